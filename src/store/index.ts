export { openStore, UNKNOWN_ADMIN1, type Store, type StoreStats } from './store.js';
export type { EventFilter } from './filter.js';
export { defaultDbPath } from './paths.js';
export { toSearchForm, toFtsQuery } from './searchForm.js';
export { dayRange, type DayRange } from './dateRange.js';
