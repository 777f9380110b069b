export { Gazetteer } from './gazetteer.js';
export type { FindPlacesOptions } from './gazetteer.js';
export type { GazetteerEntry } from './entry.js';
