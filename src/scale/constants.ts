/** Tunables of the parallel import and the job queue. */

/**
 * Pages handed to the extraction threads ahead of the one being stored, per thread. Enough that a
 * thread never waits for work while the store writes (a write is ~1–3 ms, an extraction ~2 ms), and
 * that the pages ready when the writer comes back make a batch worth one commit (ingest.ts: one commit
 * per 16 articles instead of per article took ~20% off the store's CPU per article; 64 gained little
 * more); few enough that memory stays flat: each page in flight holds its text and then its extraction (~50 KB).
 */
export const IN_FLIGHT_PER_THREAD = 8;

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
