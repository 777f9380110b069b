/** Tunables of the parallel import and the job queue. */

/**
 * Pages handed to the extraction threads ahead of the one being stored, per thread. Enough that a
 * thread never waits for work while the store writes (a write is ~1 ms, an extraction ~2 ms), and that
 * the pages ready when the writer comes back make a batch worth one commit (one commit per 16 articles
 * instead of per article took ~20% off the store's CPU per article; more gains little); few enough that
 * memory stays flat: each page in flight holds its text and then its extraction (~50 KB). 32 is four
 * tasks of PAGES_PER_TASK: a thread has its next task waiting while its last one is being stored.
 */
export const IN_FLIGHT_PER_THREAD = 32;

/**
 * JSONL lines sent to a thread as one task. Posting a task costs the importing thread ~0.3 ms whatever
 * its size (10% of that thread's time, one page per task, in a profile of `rasd ingest`), and that thread
 * is the import's bottleneck; 8 pages share the cost and still keep both threads fed.
 */
export const PAGES_PER_TASK = 8;

/** The pg-boss queue of pages to extract. */
export const EXTRACT_QUEUE = 'rasd-extract';

/**
 * How long a job may stay active before pg-boss takes its worker for dead and hands the job to another.
 * An extraction takes milliseconds and a store write well under a second, so a minute means a worker
 * that died or hangs, not a slow page.
 */
export const JOB_EXPIRE_SECONDS = 60;

/** A job that failed this many times (a page that crashes the pipeline) stays failed, for a person to look at. */
export const JOB_RETRY_LIMIT = 3;

/** Jobs a worker takes per fetch: amortises the queue round trip, small enough that a dead worker strands few. */
export const JOB_BATCH_SIZE = 8;

/** Jobs written per INSERT when enqueueing a folder. */
export const ENQUEUE_BATCH_SIZE = 500;

/**
 * New articles after which an import drops the desk's indexes and builds them at its end (store/bulk.ts),
 * or a quarter of the store it started with if that is more: building an index is a sort of every event
 * in the store, which pays once the import adds many events to a large store, not for a few pages.
 */
export const BULK_IMPORT_MIN_ARTICLES = 20_000;
