/**
 * Work spread over machines through a PostgreSQL job queue (pg-boss, in the same database as the
 * store): `rasd enqueue PATH|URL` adds one job per page, `rasd worker` on any number of machines takes
 * jobs, extracts, and writes into the PostgreSQL store.
 *
 * Each article is stored once, even when a worker dies mid-job:
 * - a job that stays active past its expiry (the worker was killed, its machine lost) is handed out
 *   again by pg-boss's maintenance (JOB_EXPIRE_SECONDS, JOB_RETRY_LIMIT);
 * - storing is idempotent: the article id is its content hash, putReport answers 'exists' for a page
 *   already stored, and each article is one transaction, so a half-written article does not exist;
 * - a job's id is derived from the page's content hash, so enqueueing the same page twice (a re-run
 *   of `rasd enqueue` over the same folder) adds no second job while the first is kept;
 * - writes are serialised across workers (pg/database.ts), so two workers cannot both file the same
 *   happening as a new incident.
 * Results are the single-machine results (articles, events, search) whatever the order in which
 * workers finish. What can differ with order is which of two near-duplicate pages counts as the
 * original (the first stored) and so which one's events are kept — the same as storing them in
 * another order on one machine.
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { pageFromInput, readFile } from '../ingest/index.js';
import { openStore, type Store } from '../store/index.js';
import type { IngestError, RawPage } from '../types.js';
import { decodeBody } from '../watch/charset.js';
import {
  ENQUEUE_BATCH_SIZE,
  EXTRACT_QUEUE,
  JOB_BATCH_SIZE,
  JOB_EXPIRE_SECONDS,
  JOB_RETRY_LIMIT,
} from './constants.js';
import { runExtractTask, type ExtractOutcome } from './extract-task.js';
import { type ExtractPool, extractPool } from './pool.js';
import { walkPaths } from '../ingest/index.js';

/** A job: a page read by the enqueuer, or an address for the worker to fetch. */
export type PageJob = { page: RawPage } | { url: string };

export interface QueueTiming {
  /** Seconds a job may stay active before it is taken for lost and retried. */
  expireInSeconds?: number;
  retryLimit?: number;
  /** How often a worker runs pg-boss's maintenance (which retries expired jobs), in seconds. */
  maintenanceIntervalSeconds?: number;
  /** How often an idle worker asks for jobs, in seconds. */
  pollingIntervalSeconds?: number;
}

/** pg-boss keeps its tables in a schema of its own, beside the store's (`?schema=X` → `X_queue`). */
function bossOptions(dbUrl: string, timing: QueueTiming): ConstructorParameters<typeof PgBoss>[0] {
  const url = new URL(dbUrl);
  const storeSchema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  return {
    connectionString: url.toString(),
    schema: storeSchema ? `${storeSchema}_queue` : 'rasd_queue',
    max: 4,
    ...(timing.maintenanceIntervalSeconds !== undefined ? { maintenanceIntervalSeconds: timing.maintenanceIntervalSeconds } : {}),
  };
}

/** A UUID that depends only on the page text: the same page enqueued twice is one job. */
export function jobIdOf(articleId: string): string {
  const h = createHash('sha256').update(`rasd-job:${articleId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

async function startBoss(dbUrl: string, timing: QueueTiming): Promise<PgBoss> {
  const boss = new PgBoss(bossOptions(dbUrl, timing));
  boss.on('error', (err) => process.stderr.write(`rasd queue: ${err instanceof Error ? err.message : String(err)}\n`));
  await boss.start();
  await boss.createQueue(EXTRACT_QUEUE, {
    name: EXTRACT_QUEUE,
    expireInSeconds: timing.expireInSeconds ?? JOB_EXPIRE_SECONDS,
    retryLimit: timing.retryLimit ?? JOB_RETRY_LIMIT,
  });
  return boss;
}

export interface EnqueueSummary {
  pages: number;
  /** Jobs written (a page already queued under the same content keeps its one job). */
  sent: number;
  urls: number;
  errors: IngestError[];
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Adds a job per page under the paths (read here, so workers need no shared disk) and per URL. */
export async function enqueue(dbUrl: string, inputs: readonly string[], timing: QueueTiming = {}): Promise<EnqueueSummary> {
  // the store's schema must exist before workers write into it; opening the store migrates it
  openStore(dbUrl).close();
  const boss = await startBoss(dbUrl, timing);
  const s: EnqueueSummary = { pages: 0, sent: 0, urls: 0, errors: [] };
  let batch: { id: string; name: string; data: PageJob; expireInSeconds?: number; retryLimit?: number }[] = [];
  const jobOptions = {
    ...(timing.expireInSeconds !== undefined ? { expireInSeconds: timing.expireInSeconds } : {}),
    ...(timing.retryLimit !== undefined ? { retryLimit: timing.retryLimit } : {}),
  };
  const flush = async () => {
    if (!batch.length) return;
    await boss.insert(batch);
    s.sent += batch.length;
    batch = [];
  };
  try {
    const urls = inputs.filter(isUrl);
    for (const url of urls) {
      batch.push({ id: jobIdOf(createHash('sha256').update(url).digest('hex').slice(0, 16)), name: EXTRACT_QUEUE, data: { url }, ...jobOptions });
      s.urls++;
    }
    for await (const path of walkPaths(inputs.filter((i) => !isUrl(i)))) {
      for await (const item of readFile(path)) {
        if (item.kind === 'error') {
          s.errors.push(item.error);
          continue;
        }
        s.pages++;
        batch.push({ id: jobIdOf(item.page.id), name: EXTRACT_QUEUE, data: { page: item.page }, ...jobOptions });
        if (batch.length >= ENQUEUE_BATCH_SIZE) await flush();
      }
    }
    await flush();
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  return s;
}

/** How many jobs are waiting, being retried or running. */
export async function pendingJobs(dbUrl: string): Promise<number> {
  const boss = new PgBoss({ ...bossOptions(dbUrl, {}), supervise: false, schedule: false });
  await boss.start();
  try {
    return await boss.getQueueSize(EXTRACT_QUEUE, { before: 'completed' });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

async function fetchPage(url: string): Promise<RawPage> {
  const res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const { text } = decodeBody(new Uint8Array(await res.arrayBuffer()), res.headers.get('content-type'));
  const isHtml = /html/i.test(res.headers.get('content-type') ?? '') || /^\s*</.test(text);
  return pageFromInput(isHtml ? { html: text, url } : { text, url }, url);
}

export interface WorkerOptions extends QueueTiming {
  /** Extraction threads; 1 extracts on the worker's own thread. */
  threads?: number;
  batchSize?: number;
  /** Return once no job has been pending for this many seconds (a batch run); default: run until stopped. */
  idleExitSeconds?: number;
  signal?: AbortSignal;
  onStored?(s: WorkerSummary): void;
}

export interface WorkerSummary {
  jobs: number;
  added: number;
  duplicates: number;
  failed: number;
}

function storeOutcome(store: Store, o: ExtractOutcome, s: WorkerSummary): void {
  if (!o.ok) {
    s.failed++;
    store.logPage(o.origin, null, 'failed', o.reason);
    return;
  }
  const r = store.putReport(o.extraction, o.prepared);
  const id = o.extraction.article.id;
  if (r.status === 'added') {
    s.added++;
    store.logPage(o.origin, id, r.nearDuplicateOf ? 'near_duplicate' : 'stored');
    return;
  }
  s.duplicates++;
  // a retried job whose page its first worker stored before dying stays logged as stored
  if (!isStoredStatus(store.pageStatus(o.origin))) store.logPage(o.origin, id, 'duplicate');
}

const isStoredStatus = (status: string | null) => status === 'stored' || status === 'near_duplicate';

/**
 * Takes jobs until stopped (signal) or idle: extracts each page and stores it. A job completes only
 * after its article's transaction committed; a worker that dies before leaves the job active, and it
 * comes back after expiry. A page the pipeline cannot read is logged as failed and completes (retrying
 * would fail the same way); a store that cannot write (connection lost) fails the job, to be retried.
 */
export async function runWorker(dbUrl: string, opts: WorkerOptions = {}): Promise<WorkerSummary> {
  const store = openStore(dbUrl);
  const pool: ExtractPool | null = (opts.threads ?? 1) > 1 ? extractPool(opts.threads) : null;
  const boss = await startBoss(dbUrl, opts);
  const s: WorkerSummary = { jobs: 0, added: 0, duplicates: 0, failed: 0 };
  let lastWork = Date.now();
  try {
    await boss.work<PageJob>(
      EXTRACT_QUEUE,
      { batchSize: opts.batchSize ?? JOB_BATCH_SIZE, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 1 },
      async (jobs) => {
        lastWork = Date.now();
        const pages = await Promise.all(jobs.map(async (j) => ('page' in j.data ? j.data.page : fetchPage(j.data.url))));
        // extracted in parallel, stored in job order
        const outcomes = await Promise.all(pages.map((page) => (pool ? pool.run({ kind: 'page', page }) : runExtractTask({ kind: 'page', page }))));
        // an article and its page's log line commit together: a worker killed between the two would leave
        // a stored article whose page the retry then logs as a duplicate of itself
        for (const list of outcomes) for (const o of list) store.inOneTransaction(() => storeOutcome(store, o, s));
        s.jobs += jobs.length;
        lastWork = Date.now();
        opts.onStored?.(s);
      },
    );
    await new Promise<void>((resolve) => {
      const check = setInterval(async () => {
        const idleFor = (Date.now() - lastWork) / 1000;
        let stop = opts.signal?.aborted ?? false;
        if (!stop && opts.idleExitSeconds !== undefined && idleFor >= opts.idleExitSeconds) {
          stop = (await boss.getQueueSize(EXTRACT_QUEUE, { before: 'completed' })) === 0;
        }
        if (stop) {
          clearInterval(check);
          resolve();
        }
      }, 250);
      opts.signal?.addEventListener('abort', () => {
        clearInterval(check);
        resolve();
      });
    });
  } finally {
    // graceful: jobs in hand are finished (and so stored) before the worker lets go
    await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    await pool?.close();
    store.close();
  }
  return s;
}
