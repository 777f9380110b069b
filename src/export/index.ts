export { eventToJsonLine, articleToJsonLine } from './jsonl.js';
export { ACLED_COLUMNS, RASD_COLUMNS } from './constants.js';
export { CSV_COLUMNS, eventsToCsv, acledRow, csvField } from './csv.js';
export { eventsToGeoJson, type EventFeature, type EventFeatureCollection } from './geojson.js';
export { flattenEvent, type FlatEvent, type FlatValue } from './flatten.js';
