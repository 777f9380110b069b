/**
 * The writer of `rasd ingest` alone: `npm run bench:writer [-- ARTICLES BATCH]` (default 8,000, 16).
 *
 * The bench corpus (bench/corpus.ts) is extracted once on every core and the extractions kept under
 * .tmp/bench-scale/ (v8-serialised); each run then replays them into a fresh SQLite store the way
 * src/scale/ingest.ts does (putReport with the forms the threads prepare, + the page log, BATCH pages per
 * transaction) and prints the
 * writer's articles per CPU-second and per wall second, in quarters so that any slowdown with the store's
 * size shows, and the file's bytes per article. Extraction is out of the picture, so a profile of this
 * (`node --cpu-prof --cpu-prof-dir=.tmp/prof --import tsx bench/writer.ts`) shows only the store.
 * With RASD_STMT_PROFILE=1 it prints, per quarter, the CPU microseconds per article of each SQL statement
 * and of the commits: which part of the store grows with its size.
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readFile } from '../src/ingest/index.js';
import type { ExtractOutcome } from '../src/scale/extract-task.js';
import { extractPool } from '../src/scale/pool.js';
import { openStore } from '../src/store/index.js';
import { prepareReport } from '../src/store/prepare.js';
import { buildCorpus, CORPUS_SEED, outDir } from './corpus.js';

const total = Number(process.argv[2] ?? 8_000);
const batchSize = Number(process.argv[3] ?? 16);
const QUARTERS = 4;

async function extractions(): Promise<ExtractOutcome[]> {
  const cache = join(outDir, `extractions-${total}-${CORPUS_SEED}.v8`);
  // kept without the prepared forms (the threads' share of the work), which are recomputed untimed
  if (existsSync(cache)) return (deserialize(readFileSync(cache)) as ExtractOutcome[]).map((o) => (o.ok ? { ...o, prepared: prepareReport(o.extraction) } : o));
  const pool = extractPool(availableParallelism());
  const pending: Promise<ExtractOutcome[]>[] = [];
  for (const file of buildCorpus(total)) {
    for await (const item of readFile(file)) if (item.kind === 'page') pending.push(pool.run({ kind: 'page', page: item.page }));
  }
  const out = (await Promise.all(pending)).flat();
  await pool.close();
  writeFileSync(cache, serialize(out.map((o) => (o.ok ? { ...o, prepared: undefined } : o))));
  return out;
}

const outcomes = await extractions();
const db = join(outDir, `writer-${total}.db`);
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
// RASD_STMT_PROFILE=1: CPU time per SQL statement and per commit, per quarter (what grows with the store)
const stmtCpu = new Map<string, number>();
if (process.env.RASD_STMT_PROFILE) {
  const D = (await import('better-sqlite3')).default;
  const proto = (D as unknown as { prototype: { prepare: (sql: string) => unknown } }).prototype;
  const prepare = proto.prepare;
  proto.prepare = function (this: unknown, sql: string) {
    const stmt = prepare.call(this, sql) as Record<string, (...a: unknown[]) => unknown>;
    const key = sql.replace(/\s+/g, ' ').slice(0, 90);
    for (const m of ['run', 'get', 'all']) {
      const f = stmt[m]!;
      stmt[m] = (...a: unknown[]) => {
        const c = process.cpuUsage();
        try { return f.apply(stmt, a); } finally { const u = process.cpuUsage(c); stmtCpu.set(key, (stmtCpu.get(key) ?? 0) + u.user + u.system); }
      };
    }
    return stmt;
  };
}
const store = openStore(db);
console.log(`writer: ${outcomes.length} extractions replayed into SQLite, ${batchSize} per transaction`);
const quarter = Math.ceil(outcomes.length / QUARTERS);
let cpuAll = 0;
let wallAll = 0;
for (let q = 0; q < QUARTERS; q++) {
  const part = outcomes.slice(q * quarter, (q + 1) * quarter);
  const cpu = process.cpuUsage();
  const w = performance.now();
  for (let i = 0; i < part.length; i += batchSize) {
    const txCpu = process.cpuUsage();
    let inner = 0;
    store.inOneTransaction(() => {
      const ic = process.cpuUsage();
      for (const o of part.slice(i, i + batchSize)) {
        if (!o.ok) continue;
        const r = store.putReport(o.extraction, o.prepared);
        store.logPage(o.origin, o.extraction.article.id, r.nearDuplicateOf ? 'near_duplicate' : r.status === 'added' ? 'stored' : 'duplicate');
      }
      const iu = process.cpuUsage(ic);
      inner = iu.user + iu.system;
    });
    const tu = process.cpuUsage(txCpu);
    stmtCpu.set('(begin+commit)', (stmtCpu.get('(begin+commit)') ?? 0) + tu.user + tu.system - inner);
    stmtCpu.set('(all writes)', (stmtCpu.get('(all writes)') ?? 0) + inner);
  }
  const u = process.cpuUsage(cpu);
  const c = (u.user + u.system) / 1e6;
  const wall = (performance.now() - w) / 1000;
  cpuAll += c;
  wallAll += wall;
  console.log(`  ${String((q + 1) * quarter).padStart(7)}: ${(part.length / c).toFixed(0)} articles per CPU-second, ${(part.length / wall).toFixed(0)} per wall second`);
  if (process.env.RASD_STMT_PROFILE) {
    for (const [k, us] of [...stmtCpu].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`      ${(us / part.length).toFixed(0).padStart(6)} µs/article  ${k}`);
    stmtCpu.clear();
  }
}
const stats = store.stats();
store.close();
const size = statSync(db).size;
console.log(
  `overall ${(outcomes.length / cpuAll).toFixed(0)} articles per CPU-second, ${(outcomes.length / wallAll).toFixed(0)} per wall second; ` +
    `${stats.articles} articles, ${stats.events} events; ${(size / 2 ** 20).toFixed(1)} MiB = ${(size / stats.articles / 1024).toFixed(1)} KiB per article`,
);
