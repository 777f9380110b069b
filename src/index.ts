/** rasd as a library: `import { extract } from 'rasd'`. */
export { extract, extractPage, readArticle } from './pipeline.js';
export { cleanPage } from './clean/index.js';
export { expandPaths, readFile, pageFromInput, htmlToText, contentHash } from './ingest/index.js';
export { normalizeArabic, tokenize, splitSentences, findQuantities } from './arabic/index.js';
export { findDates, parsePublicationDate } from './time/index.js';
export { Gazetteer } from './geo/index.js';
export { ActorRegistry, findNationalities } from './entities/index.js';
export { extractEvents } from './events/index.js';
export { openStore, defaultDbPath, type Store, type EventFilter } from './store/index.js';
export { eventToJsonLine, articleToJsonLine, eventsToCsv, eventsToGeoJson, ACLED_COLUMNS } from './export/index.js';
export type * from './types.js';
