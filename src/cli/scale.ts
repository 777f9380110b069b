/**
 * The commands that scale rasd out: `rasd worker` and `rasd enqueue PATH|URL` (a PostgreSQL job queue,
 * any number of machines), and the parallel, resumable import behind `rasd ingest` (all cores, flat
 * memory, Ctrl-C safe). The work itself is in src/scale.
 */
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { ingestParallel, type ParallelIngestSummary } from '../scale/ingest.js';
import { enqueue, pendingJobs, runWorker, type QueueTiming } from '../scale/queue.js';
import type { Store } from '../store/index.js';

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got ${value}`);
  return n;
}

function requirePostgres(url: string): string {
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new Error(`the job queue lives in PostgreSQL: pass --db postgres://… (or set RASD_DB), not ${url}`);
  }
  return url;
}

interface TimingFlags {
  expire?: string;
  retries?: string;
  maintenance?: string;
}

function timingFrom(o: TimingFlags): QueueTiming {
  const t: QueueTiming = {};
  const expire = positiveInt('--expire', o.expire);
  const maintenance = positiveInt('--maintenance', o.maintenance);
  if (expire !== undefined) t.expireInSeconds = expire;
  if (o.retries !== undefined) {
    const r = Number(o.retries);
    if (!Number.isInteger(r) || r < 0) throw new Error(`--retries must be a whole number, got ${o.retries}`);
    t.retryLimit = r;
  }
  if (maintenance !== undefined) t.maintenanceIntervalSeconds = maintenance;
  return t;
}

/** Aborts on the first SIGINT/SIGTERM (finish what is in hand); the second one exits at once. */
function stopSignal(what: string): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write(`\n${what}: stopping after the pages in hand (again to quit now; a re-run resumes)\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/**
 * `rasd ingest` on all cores: the progress bar counts pages (a folder is streamed, so its size is not
 * known up front), Ctrl-C stops cleanly. `threads` defaults to the core count.
 */
export async function runParallelIngest(
  store: Store,
  paths: string[],
  opts: { progress: boolean; threads?: number; bulk?: boolean },
): Promise<ParallelIngestSummary> {
  const bar = opts.progress && process.stderr.isTTY
    ? new SingleBar({ format: 'ingest {value} pages | {added} new | {failed} failed | {rate} pages/s', stream: process.stderr }, Presets.shades_classic)
    : null;
  const started = Date.now();
  bar?.start(0, 0, { added: 0, failed: 0, rate: 0 });
  const stop = stopSignal('ingest');
  try {
    return await ingestParallel(store, paths, {
      threads: opts.threads,
      signal: stop.signal,
      ...(opts.bulk === false ? { bulkAfter: Infinity } : {}),
      onIndexBuild: (name) => {
        bar?.stop();
        if (opts.progress) process.stderr.write(`building the desk index ${name} (dropped for the bulk import)…\n`);
      },
      onProgress: (s) => {
        const rate = Math.round(s.pages / Math.max(1e-3, (Date.now() - started) / 1000));
        bar?.setTotal(s.pages);
        bar?.update(s.pages, { added: s.added, failed: s.failed, rate });
      },
    });
  } finally {
    bar?.stop();
    stop.dispose();
  }
}

export function registerScale(program: Command, dbPath: () => string): void {
  program
    .command('enqueue')
    .description('add pages (files, folders, or http(s) URLs) to the PostgreSQL job queue for `rasd worker`s; a page already queued is not queued twice')
    .argument('<inputs...>', 'files, folders or URLs')
    .option('--expire <seconds>', 'a job active this long is taken for lost and handed to another worker')
    .option('--retries <n>', 'attempts after the first before a job stays failed')
    .action(async (inputs: string[], o: TimingFlags) => {
      const url = requirePostgres(dbPath());
      const s = await enqueue(url, inputs, timingFrom(o));
      process.stderr.write(`${s.pages} pages and ${s.urls} URLs queued (${s.sent} jobs sent), ${s.errors.length} unreadable\n`);
      for (const e of s.errors) process.stderr.write(`  error: ${e.origin}: ${e.reason}\n`);
    });

  program
    .command('worker')
    .description('take pages from the PostgreSQL job queue, extract and store them; run one per machine (or more)')
    .option('--threads <n>', 'extraction threads (default 1 per worker process)')
    .option('--batch <n>', 'jobs taken per fetch')
    .option('--idle-exit <seconds>', 'exit once the queue has been empty this long (batch runs)')
    .option('--maintenance <seconds>', 'how often this worker retries expired jobs of dead workers')
    .option('--quiet', 'no progress lines')
    .action(async (o: TimingFlags & { threads?: string; batch?: string; idleExit?: string; quiet?: boolean }) => {
      const url = requirePostgres(dbPath());
      const stop = stopSignal('worker');
      let last = 0;
      try {
        const s = await runWorker(url, {
          ...timingFrom(o),
          threads: positiveInt('--threads', o.threads),
          batchSize: positiveInt('--batch', o.batch),
          idleExitSeconds: o.idleExit !== undefined ? Number(o.idleExit) : undefined,
          signal: stop.signal,
          onStored: (s) => {
            if (o.quiet || Date.now() - last < 5_000) return;
            last = Date.now();
            process.stderr.write(`worker: ${s.jobs} jobs, ${s.added} new, ${s.duplicates} already stored, ${s.failed} failed\n`);
          },
        });
        process.stderr.write(`worker done: ${s.jobs} jobs, ${s.added} new, ${s.duplicates} already stored, ${s.failed} failed\n`);
      } finally {
        stop.dispose();
      }
    });

  program
    .command('queue')
    .description('how many jobs are waiting or running in the PostgreSQL job queue')
    .action(async () => {
      process.stdout.write(`${await pendingJobs(requirePostgres(dbPath()))}\n`);
    });
}
