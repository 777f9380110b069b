/**
 * `rasd ingest` for folders of any size: pages are read and extracted on every core (pool.ts) while
 * this thread writes, in the order the files come, so the store ends up exactly as a one-thread import
 * would leave it (the same near-duplicate originals, the same incidents).
 *
 * Memory stays flat: files are walked as a stream (walk.ts), JSONL files are read line by line, and at
 * most IN_FLIGHT_PER_THREAD pages per thread are between reading and storing (JSONL lines go to the
 * threads PAGES_PER_TASK at a time).
 * Nothing is lost to an interruption: articles are stored in transactions of whatever is ready, each
 * page's outcome logged (store/ingest-log.ts) in the same transaction, and a file is marked done only when all its pages are stored. A
 * re-run skips finished files unopened and logged pages unparsed; anything in flight when it stopped
 * is simply done again (article ids are content hashes, so never twice). Ctrl-C stops reading, stores
 * what is in flight, and returns; a second Ctrl-C leaves at once (still consistent, only less saved).
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { readFile } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import type { IngestError, RawPage } from '../types.js';
import { BULK_IMPORT_MIN_ARTICLES, IN_FLIGHT_PER_THREAD, PAGES_PER_TASK } from './constants.js';
import type { ExtractOutcome, ExtractTask } from './extract-task.js';
import { type ExtractPool, extractPool } from './pool.js';
import { walkPaths } from '../ingest/index.js';

export interface ParallelIngestOptions {
  /** Extraction threads (default: one per core). */
  threads?: number;
  /** An existing pool (tests, benchmarks); `threads` is then ignored and the pool left open. */
  pool?: ExtractPool;
  /** Called after each stored page, for a progress display. */
  onProgress?(s: ParallelIngestSummary): void;
  /** Stop reading when aborted (Ctrl-C); what is in flight is still stored. */
  signal?: AbortSignal;
  /** Errors kept for the report; the rest are only counted (a million bad lines must not fill memory). */
  keepErrors?: number;
  /**
   * New articles after which the desk's indexes are dropped and built at the end (store/bulk.ts).
   * Default: BULK_IMPORT_MIN_ARTICLES or a quarter of the store's articles, whichever is more; Infinity: never.
   */
  bulkAfter?: number;
  /** Called before each deferred index is built at the end of the import. */
  onIndexBuild?(name: string): void;
}

export interface ParallelIngestSummary {
  files: number;
  /** Files skipped unopened: read to their end by an earlier run and unchanged since. */
  filesDone: number;
  pages: number;
  /** Pages skipped because an earlier run logged them. */
  resumed: number;
  added: number;
  duplicates: number;
  nearDuplicates: number;
  events: number;
  failed: number;
  errors: IngestError[];
  interrupted: boolean;
  /** The desk's indexes built at the end after a bulk import (0 when none was deferred). */
  indexesBuilt: number;
  report: string;
}

const DEFAULT_KEPT_ERRORS = 100;
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

interface InFlight {
  result: Promise<ExtractOutcome[]>;
  /** Pages the task holds: what is in flight is bounded in pages, whatever their grouping. */
  pages: number;
  /** Set once the result is in: such tasks at the head of the queue are stored together. */
  outcomes?: ExtractOutcome[];
  /** Set on the last task of a file: once it is stored, the file is done. */
  fileDone?: { path: string; size: number; mtimeMs: number; pages: () => number };
}

export async function ingestParallel(store: Store, paths: readonly string[], opts: ParallelIngestOptions = {}): Promise<ParallelIngestSummary> {
  const pool = opts.pool ?? extractPool(opts.threads);
  const window = pool.threads * IN_FLIGHT_PER_THREAD;
  let pagesInFlight = 0;
  const keepErrors = opts.keepErrors ?? DEFAULT_KEPT_ERRORS;
  const s: ParallelIngestSummary = {
    files: 0, filesDone: 0, pages: 0, resumed: 0, added: 0, duplicates: 0, nearDuplicates: 0, events: 0, failed: 0,
    errors: [], interrupted: false, indexesBuilt: 0, report: '',
  };
  // an earlier bulk import that was stopped left its indexes deferred: this one goes on without them
  const bulkAfter = store.deferredDeskIndexes().length ? 0
    : opts.bulkAfter ?? Math.max(BULK_IMPORT_MIN_ARTICLES, store.countArticles() / 4);
  let bulk = false;
  const inFlight: InFlight[] = [];

  const fail = (origin: string, reason: string) => {
    s.failed++;
    if (s.errors.length < keepErrors) s.errors.push({ origin, reason });
    store.logPage(origin, null, 'failed', reason);
  };

  const storeOutcome = (o: ExtractOutcome) => {
    s.pages++;
    if (!o.ok) return fail(o.origin, o.reason);
    const r = store.putReport(o.extraction, o.prepared);
    const id = o.extraction.article.id;
    if (r.status === 'exists') {
      s.duplicates++;
      // stored by a run that stopped before logging it: it stays logged as stored
      const before = store.pageStatus(o.origin);
      if (before !== 'stored' && before !== 'near_duplicate') store.logPage(o.origin, id, 'duplicate');
    } else {
      s.added++;
      s.events += r.events;
      if (r.nearDuplicateOf) s.nearDuplicates++;
      store.logPage(o.origin, id, r.nearDuplicateOf ? 'near_duplicate' : 'stored');
    }
  };

  /**
   * Stores the oldest task's pages, and with them every task behind it whose pages are ready, in one
   * transaction: results are written in the order the pages were read, and when the writer is the
   * bottleneck (it is: one thread against all the extraction threads) the batches grow by themselves,
   * which makes each commit cheaper per article. A crash loses at most the open batch; a re-run redoes it.
   */
  const drainReady = async () => {
    await inFlight[0]!.result;
    const batch: InFlight[] = [];
    while (inFlight.length && inFlight[0]!.outcomes) batch.push(inFlight.shift()!);
    for (const t of batch) pagesInFlight -= t.pages;
    store.inOneTransaction(() => {
      for (const t of batch) {
        for (const o of t.outcomes!) storeOutcome(o);
        if (t.fileDone) store.markFileIngested(t.fileDone.path, t.fileDone.size, t.fileDone.mtimeMs, t.fileDone.pages());
      }
    });
    if (!bulk && s.added >= bulkAfter) {
      store.deferDeskIndexes();
      bulk = true;
    }
    opts.onProgress?.(s);
  };
  const track = (t: InFlight) => {
    t.result.then((o) => (t.outcomes = o), () => undefined); // a failure is rethrown where it is awaited
    inFlight.push(t);
    pagesInFlight += t.pages;
  };
  const submit = async (task: ExtractTask, fileDone?: InFlight['fileDone']) => {
    track({ result: pool.run(task), pages: task.kind === 'pages' ? task.pages.length : 1, fileDone });
    while (pagesInFlight >= window) await drainReady();
  };

  try {
    for await (const path of walkPaths(paths)) {
      if (opts.signal?.aborted) break;
      s.files++;
      let info;
      try {
        info = await stat(path);
      } catch {
        info = null; // readFile (in the thread) reports why
      }
      if (info?.isFile() && store.fileIngested(path, info.size, info.mtimeMs)) {
        s.filesDone++;
        continue;
      }
      const done = info?.isFile() ? { path, size: info.size, mtimeMs: info.mtimeMs } : undefined;
      if (!JSONL_EXTENSIONS.has(extname(path).toLowerCase())) {
        // one page per file: read and parsed in the thread; its origin is the path
        const status = store.pageStatus(path);
        if (status !== null && status !== 'failed') {
          s.resumed++;
          if (done) store.markFileIngested(done.path, done.size, done.mtimeMs, 1);
          continue;
        }
        await submit({ kind: 'file', path }, done && { ...done, pages: () => 1 });
        continue;
      }
      // JSONL: streamed here line by line, records extracted in a thread PAGES_PER_TASK at a time
      let records = 0;
      let interrupted = false;
      let pages: RawPage[] = [];
      const submitPages = async () => {
        if (!pages.length) return;
        const task: ExtractTask = { kind: 'pages', pages };
        pages = [];
        await submit(task);
      };
      for await (const item of readFile(path)) {
        if (opts.signal?.aborted) {
          interrupted = true;
          break;
        }
        records++;
        if (item.kind === 'error') {
          s.pages++;
          fail(item.error.origin, item.error.reason);
          continue;
        }
        const status = store.pageStatus(item.page.origin);
        if (status !== null && status !== 'failed') {
          s.resumed++;
          continue;
        }
        if (store.hasArticle(item.page.id)) {
          // the same text is stored already: no need to extract it again
          s.pages++;
          s.duplicates++;
          store.logPage(item.page.origin, item.page.id, 'duplicate');
          continue;
        }
        pages.push(item.page);
        if (pages.length === PAGES_PER_TASK) await submitPages();
      }
      await submitPages();
      if (!interrupted && done) {
        // marked when the file's last page is stored (the task queue is in order)
        track({ result: Promise.resolve([]), pages: 0, fileDone: { ...done, pages: () => records } });
      }
    }
    s.interrupted = opts.signal?.aborted ?? false;
    while (inFlight.length) await drainReady();
  } finally {
    // an error while storing: wait for the threads' answers (so none is left running) before closing
    await Promise.allSettled(inFlight.map((t) => t.result));
    if (!opts.pool) await pool.close();
    // also after an error: the desk needs its indexes whatever stopped the import
    s.indexesBuilt = store.buildDeskIndexes(opts.onIndexBuild);
  }

  const lines = [
    `${s.files} files (${s.filesDone} done before), ${s.pages} pages (${s.resumed} done before): ${s.added} new, ` +
      `${s.duplicates} already stored, ${s.nearDuplicates} near-duplicates, ${s.events} events, ${s.failed} failed` +
      (s.interrupted ? ' — interrupted: run again to resume' : '') +
      (s.indexesBuilt ? ` (bulk import: ${s.indexesBuilt} desk indexes built at the end)` : ''),
    ...s.errors.map((e) => `  error: ${e.origin}: ${e.reason}`),
  ];
  if (s.failed > s.errors.length) lines.push(`  … and ${s.failed - s.errors.length} more errors`);
  if (s.files === 0) lines.unshift(`no .txt/.html/.jsonl files under: ${paths.join(', ')}`);
  return { ...s, report: lines.join('\n') };
}
