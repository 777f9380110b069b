/** `rasd watch SOURCES`: follow outlets' feeds and sitemaps and keep the database current (src/watch). */
import type { Command } from 'commander';
import { openStore } from '../store/index.js';
import { formatCycle, loadSources, progressLine, Watcher, type WatchOptions } from '../watch/index.js';

interface WatchCliOptions {
  once?: boolean;
  cycles?: string;
  baseUrl?: string;
  timeout?: string;
  hostDelay?: string;
  maxPages?: string;
  retries?: string;
  userAgent?: string;
  json?: boolean;
  quiet?: boolean;
}

function numberOption(name: string, v: string | undefined, kind: 'count' | 'positive count' | 'amount'): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  const ok = Number.isFinite(n) && n >= 0 && (kind === 'amount' || Number.isInteger(n)) && (kind !== 'positive count' || n > 0);
  if (!ok) throw new Error(`${name} must be a ${kind === 'amount' ? 'non-negative number' : kind === 'count' ? 'whole number' : 'positive whole number'}, got ${v}`);
  return n;
}

export function registerWatch(program: Command, dbPath: () => string): void {
  program
    .command('watch')
    .description(
      'follow the outlets of a sources file (JSON): poll their RSS/Atom/JSON feeds and sitemaps, fetch new articles politely ' +
        '(robots.txt, per-host rate limit, conditional requests) and store them; failures are retried with backoff',
    )
    .argument('<sources>', 'sources file (see examples/sources.json)')
    .option('--once', 'one pass over every feed and the queued pages, then exit (for scripts and cron)')
    .option('--cycles <n>', 'stop after this many polling cycles')
    .option('--base-url <url>', "resolve the sources file's relative URLs against this (overrides its baseUrl)")
    .option('--timeout <seconds>', 'give up on a request after this long', '20')
    .option('--host-delay <ms>', 'minimum pause between two requests to one host (robots.txt Crawl-delay can raise it)', '1000')
    .option('--retries <n>', 'quick retries of a failed request within a cycle, before it waits for a later cycle', '2')
    .option('--max-pages <n>', 'article pages fetched per cycle at most; the rest wait, newest first', '200')
    .option('--user-agent <ua>', 'User-Agent sent to the sites (default: rasd/VERSION with a contact URL)')
    .option('--json', "each cycle's report as one JSON line on standard output")
    .option('--quiet', 'no progress line')
    .action(async (file: string, o: WatchCliOptions) => {
      const { sources } = loadSources(file, o.baseUrl);
      if (!sources.length) throw new Error(`${file}: every source is disabled`);
      const cycles = o.once ? 1 : numberOption('--cycles', o.cycles, 'positive count');
      const stop = new AbortController();
      const onSignal = () => {
        process.stderr.write('\nwatch: stopping after the current request (Ctrl-C again to quit at once)\n');
        process.off('SIGINT', onSignal);
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);

      const store = openStore(dbPath());
      const live = !o.quiet && process.stderr.isTTY;
      let watcher: Watcher | null = null;
      const opts: WatchOptions = {
        signal: stop.signal,
        forceFirst: o.once === true,
        timeoutMs: numberOption('--timeout', o.timeout, 'amount')! * 1000,
        hostDelayMs: numberOption('--host-delay', o.hostDelay, 'amount'),
        maxPagesPerCycle: numberOption('--max-pages', o.maxPages, 'positive count'),
        retries: numberOption('--retries', o.retries, 'count'),
        onProgress(p) {
          if (live && !p.done) process.stderr.write(`\r${progressLine(p)}\x1b[K`);
          if (!p.done) return;
          if (live) process.stderr.write('\r\x1b[K');
          if (!o.quiet) process.stderr.write(formatCycle(p.current) + '\n');
          if (o.json) process.stdout.write(JSON.stringify(p.current) + '\n');
          const next = watcher?.nextDue();
          const more = cycles === undefined || p.cycle < cycles;
          if (!o.quiet && more && !stop.signal.aborted && next !== null && next !== undefined) {
            process.stderr.write(`watch: next poll at ${new Date(Math.max(next, Date.now())).toISOString()} (Ctrl-C to stop)\n`);
          }
        },
      };
      if (cycles !== undefined) opts.cycles = cycles;
      if (o.userAgent) opts.userAgent = o.userAgent;
      try {
        watcher = new Watcher(store, sources, opts);
        const reports = await watcher.run();
        // for scripts: failure only when nothing at all could be read
        const checked = reports.reduce((n, r) => n + r.feeds.checked, 0);
        const failed = reports.reduce((n, r) => n + r.feeds.failed, 0);
        if (checked > 0 && failed === checked) process.exitCode = 1;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        store.close();
      }
    });
}
