/** Tunable limits of the HTTP API. Data only; the routes that apply them are in routes/. */

/** Loopback: the desk is one analyst's tool; anything wider needs RASD_TOKEN (see server.ts). */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;

/**
 * One upload (a dropped file or a pasted page). Matches ingest's MAX_PAGE_FILE_BYTES (20 MB): a file the
 * CLI would read must not be refused by the desk, and the body is buffered, so the cap bounds memory.
 */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** A correction is a few fields of JSON; anything bigger is not one. */
export const MAX_CORRECTION_BYTES = 16 * 1024;

/** Rows per page of /api/events when the caller does not say; a screenful an analyst scans. */
export const DEFAULT_PAGE_SIZE = 50;

/** Upper bound on one page: keeps one request's JSON parse and transfer well under the 300 ms screen budget. */
export const MAX_PAGE_SIZE = 500;

/** Ids in one `/api/events?ids=` request: a map popup lists at most MAP_POINT_MAX_IDS; 200 leaves room. */
export const MAX_IDS = 200;

/** Free-text query parameters (search words, actor names) longer than this are not a search. */
export const MAX_TEXT_PARAM = 200;

/** Ingest from the UI: pages of one JSON upload (`{pages: [...]}`) before the request is refused. */
export const MAX_PAGES_PER_REQUEST = 1000;

/** Incidents listed per request (the provisional grouping reads each candidate place's events). */
export const MAX_INCIDENTS = 200;

/** Timeline buckets: a day per bar up to ~4 months, weeks up to ~3 years, months beyond (≤ ~120 bars on screen). */
export const TIMELINE_DAY_MAX_SPAN_DAYS = 120;
export const TIMELINE_WEEK_MAX_SPAN_DAYS = 3 * 366;

