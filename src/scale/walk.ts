// The streaming folder walk lives with the rest of ingest; the parallel ingest and the queue use it from here.
export { walkPaths } from '../ingest/paths.js';
