export { Gazetteer } from './gazetteer.js';
export type { FindPlacesOptions } from './gazetteer.js';
export type { GazetteerEntry } from './entry.js';
export type { AdminUnits } from './boundaries.js';
export { AdminBoundaries, NEAREST_UNIT_MAX_KM } from './boundaries.js';
export { majorityCountry } from './capitals.js';
