export { openStore, UNKNOWN_ADMIN1, type Store, type StoreStats } from './store.js';
export type { EventFilter } from './filter.js';
export { defaultDbPath } from './paths.js';
export { toSearchForm, toFtsQuery } from './searchForm.js';
export { dayRange, type DayRange } from './dateRange.js';
export {
  CORRECTION_FIELDS, CorrectionError, isCorrectionField,
  type Correction, type CorrectionField, type EventPatch, type NewCorrection,
} from './corrections.js';
export { SEARCH_TOTAL_CAP, type ArticleHit, type ArticleSearch, type CountDimension, type EventPage, type Facets, type MapPoint, type MapView, type TimelineView } from './views.js';
export type { IngestLogMethods, PageStatus } from './ingest-log.js';
