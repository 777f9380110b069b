/**
 * `rasd`: the command-line face of the pipeline. Every command calls the same stage functions as
 * the library (src/pipeline.ts) and writes through the same store (src/store).
 */
import { Command, Option } from 'commander';
import { fileURLToPath } from 'node:url';
import { createWriteStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ingestPaths } from './ingest.js';
import { incidentFilterFrom, registerIncidents, withIncidentFilters, writeIncidents } from './incidents.js';
import { registerScale, runParallelIngest } from './scale.js';
import { registerServe } from './serve.js';
import { registerWatch } from './watch.js';
import { printEventTable } from './table.js';
import { evaluate, formatReport } from '../eval/index.js';
import { articleToJsonLine, eventToJsonLine, eventsToCsv, eventsToGeoJson } from '../export/index.js';
import { pageFromInput } from '../ingest/index.js';
import { extractPage } from '../pipeline.js';
import { defaultDbPath, openStore, type EventFilter } from '../store/index.js';
import type { PageInput } from '../types.js';

const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

interface FilterOptions {
  from?: string;
  to?: string;
  type?: string;
  admin1?: string;
  actor?: string;
  q?: string;
  outlet?: string;
  limit?: string;
}

function withFilters(cmd: Command): Command {
  return cmd
    .option('--from <date>', 'events on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'events on or before this date (YYYY-MM-DD)')
    .option('--type <type>', 'event type, e.g. "Battles" or "Explosions/Remote violence"')
    .option('--admin1 <name>', 'governorate (OCHA English name, e.g. Idleb)')
    .option('--actor <name>', 'actor name (English or Arabic, part of it is enough)')
    .option('--q <text>', 'Arabic or English text search over the articles (clitic- and spelling-tolerant)')
    .option('--outlet <name>', 'outlet name');
}

function filterFrom(o: FilterOptions, defaultLimit?: number): EventFilter {
  // dates are checked where they are used, by the store (a RangeError naming the bound)
  const f: EventFilter = {};
  if (o.from) f.from = o.from;
  if (o.to) f.to = o.to;
  if (o.type) f.type = o.type;
  if (o.admin1) f.admin1 = o.admin1;
  if (o.actor) f.actor = o.actor;
  if (o.q) f.q = o.q;
  if (o.outlet) f.outlet = o.outlet;
  const limit = o.limit ? Number(o.limit) : defaultLimit;
  if (limit !== undefined) {
    if (!Number.isInteger(limit) || limit <= 0) throw new Error(`--limit must be a positive integer, got ${o.limit}`);
    f.limit = limit;
  }
  return f;
}

function dbPath(program: Command): string {
  return (program.opts() as { db?: string }).db ?? defaultDbPath();
}

export function buildProgram(): Command {
  const program = new Command('rasd')
    .description('rasd (رصد): Arabic conflict news → a geocoded, time-resolved event dataset')
    .option('--db <path>', 'SQLite database file or postgres:// URL (default: $RASD_DB or the user data directory)')
    .showHelpAfterError();

  program
    .command('ingest')
    .description('read .txt / .html / .jsonl pages (files or folders) into the database; idempotent by content hash')
    .argument('<paths...>', 'files or folders')
    .option('--quiet', 'no progress bar')
    .option('--threads <n>', 'extraction threads (default: one per core)')
    .option('--no-bulk', "keep the desk's indexes during a large import (slower import; a desk in use stays fast)")
    .action(async (paths: string[], o: { quiet?: boolean; threads?: string; bulk: boolean }) => {
      const store = openStore(dbPath(program));
      try {
        const threads = o.threads ? Number(o.threads) : undefined;
        if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new Error(`--threads must be a positive integer, got ${o.threads}`);
        const summary = await runParallelIngest(store, paths, { progress: !o.quiet, threads, bulk: o.bulk });
        process.stderr.write(summary.report + '\n');
        if (summary.files === 0) process.exitCode = 1;
      } finally {
        store.close();
      }
    });

  withFilters(program.command('events').description('list events as a table'))
    .option('--limit <n>', 'at most this many rows', '50')
    .option('--json', 'JSON lines instead of a table')
    .action((o: FilterOptions & { json?: boolean }) => {
      const store = openStore(dbPath(program));
      try {
        const filter = filterFrom(o, 50);
        const events = store.events(filter);
        if (o.json) for (const e of events) process.stdout.write(eventToJsonLine(e) + '\n');
        else printEventTable(events, store.countEvents({ ...filter, limit: undefined }));
      } finally {
        store.close();
      }
    });

  withIncidentFilters(withFilters(program.command('export').description('export events (jsonl, csv with ACLED columns, geojson), cleaned articles or incidents')))
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv', 'geojson']).default('jsonl'))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--articles', 'export the cleaned articles (jsonl) instead of events')
    .option('--incidents', "export incidents (jsonl): reports, corroboration, disagreements, each report's words")
    .option('--limit <n>', 'at most this many events')
    .action(async (o: FilterOptions & { format: string; out?: string; articles?: boolean; incidents?: boolean }) => {
      const store = openStore(dbPath(program));
      const out = o.out ? createWriteStream(o.out) : process.stdout;
      try {
        if (o.incidents) {
          if (o.format !== 'jsonl') throw new Error('--incidents exports jsonl only');
          writeIncidents(store, incidentFilterFrom(o), out);
        } else if (o.articles) {
          if (o.format !== 'jsonl') throw new Error('--articles exports jsonl only');
          for (const a of store.articles()) out.write(articleToJsonLine(a) + '\n');
        } else {
          const events = store.events(filterFrom(o));
          if (o.format === 'jsonl') for (const e of events) out.write(eventToJsonLine(e) + '\n');
          else if (o.format === 'csv') out.write(eventsToCsv(events));
          else out.write(JSON.stringify(eventsToGeoJson(events)) + '\n');
        }
      } finally {
        store.close();
        if (out !== process.stdout) await new Promise<void>((resolve) => (out as NodeJS.WritableStream).end(resolve));
      }
      if (o.out) process.stderr.write(`wrote ${o.out}\n`);
    });

  program
    .command('extract')
    .description(
      'filter, no database: one page per input line ({id, text|html, published?, title?, outlet?, url?} as JSON, or plain text), ' +
        'one JSON line out per page: {id, article, events}',
    )
    .action(async () => {
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      let n = 0;
      for await (const line of lines) {
        n++;
        if (!line.trim()) continue;
        const origin = `stdin:${n}`;
        let input: PageInput;
        try {
          input = line.trimStart().startsWith('{') ? (JSON.parse(line) as PageInput) : { text: line };
          if (typeof input !== 'object' || input === null || (typeof input.text !== 'string' && typeof input.html !== 'string')) {
            throw new Error('a JSON page needs a "text" or "html" string');
          }
        } catch (err) {
          const reason = err instanceof Error ? err.message : String(err);
          process.stderr.write(`${origin}: skipped: ${reason}\n`);
          process.stdout.write(JSON.stringify({ id: origin, error: reason }) + '\n');
          continue;
        }
        const ex = extractPage(pageFromInput(input, origin));
        process.stdout.write(JSON.stringify({ id: input.id ?? ex.article.id, article: ex.article, events: ex.events }) + '\n');
      }
    });

  program
    .command('eval')
    .description('compare the reading of pages with a human reading (DIR/expected.json), field by field')
    .argument('[dir]', 'folder with expected.json and the pages (or articles.jsonl)', EXAMPLES_DIR)
    .option('--json', 'the report as JSON')
    .option('--verbose', 'list every miss per document')
    .action((dir: string, o: { json?: boolean; verbose?: boolean }) => {
      if (!existsSync(dir)) throw new Error(`no such folder: ${dir}`);
      const report = evaluate(dir);
      if (o.json) {
        process.stdout.write(JSON.stringify(report, null, 1) + '\n');
        return;
      }
      process.stdout.write(formatReport(report) + '\n');
      if (o.verbose) {
        for (const d of report.documents) {
          process.stdout.write(`\n${d.file}: ${d.expectedEvents} expected, ${d.producedEvents} produced, ${d.matchedEvents} matched\n`);
          for (const m of d.misses) process.stdout.write(`  - ${m}\n`);
        }
      }
    });

  program
    .command('demo')
    .description('ingest the bundled sample corpus (examples/) and print the event table in the terminal')
    .action(async () => {
      const path = dbPath(program);
      const store = openStore(path);
      try {
        const summary = await ingestPaths(store, [EXAMPLES_DIR], { progress: true });
        process.stderr.write(summary.report + `\ndatabase: ${path}\n\n`);
        printEventTable(store.events({ limit: 100 }), store.countEvents({}));
      } finally {
        store.close();
      }
    });

  registerIncidents(program, () => dbPath(program));
  registerScale(program, () => dbPath(program));
  registerServe(program, () => dbPath(program));
  registerWatch(program, () => dbPath(program));
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    process.stderr.write(`rasd: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  }
}
