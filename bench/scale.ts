/**
 * The scale benchmark: `npm run bench:scale [-- ARTICLES]` (default 20,000).
 *
 * Corpus: bench/corpus.ts (real paragraphs recombined with a fixed seed, as JSONL files).
 *
 * Prints, with the core count:
 * 1. clean → events on one thread: articles per second of CPU time (the per-core rate; the machine may
 *    be shared, so wall time is printed beside it);
 * 2. `rasd ingest` into SQLite on all cores (src/scale/ingest.ts): wall and CPU rate, measured in two
 *    halves so that any slowdown with store size shows;
 * 3. search latency p50/p95 in CPU time (searchArticles, the desk's search: best 20 of the newest
 *    1,000 matches + a total capped at 10,000; and a page of 50 events filtered by text), at half and
 *    full size, with the fitted growth exponent and an extrapolation to 1M articles. Both are bounded
 *    past the caps (views.ts: SEARCH_TOTAL_CAP, SEARCH_RANK_WINDOW, pageStrategy), so the exponent
 *    should fall towards 0 once the queries match more than 10,000 articles;
 * 4. peak memory (max RSS of the process, all threads).
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pageFromInput } from '../src/ingest/index.js';
import { extractPage } from '../src/pipeline.js';
import { ingestParallel } from '../src/scale/ingest.js';
import { extractPool } from '../src/scale/pool.js';
import { openStore, type Store } from '../src/store/index.js';
import { buildCorpus, CORPUS_SEED, outDir } from './corpus.js';

const EXTRACT_SAMPLE = 1_500;
const SEARCH_RUNS = 400;
const TARGET = 1_000_000;
/** Queries an analyst types: places (with and without hamza), actors, event words, a phrase. */
const QUERIES = ['حمص', 'ادلب', 'إدلب', 'غارات', 'الجيش السوري', 'داعش', 'قتلى', 'الطيران الروسي', 'قصف مدفعي', 'دير الزور', 'المرصد السوري', 'اشتباكات عنيفة'];

const total = Number(process.argv[2] ?? 20_000);

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

/** CPU milliseconds of one call: the machine may be shared, and wall time would count the neighbours. */
const cpuMs = (f: () => unknown) => {
  const since = process.cpuUsage();
  f();
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

function searchLatency(store: Store): { p50: number; p95: number; eventsP50: number; eventsP95: number } {
  const times: number[] = [];
  const eventTimes: number[] = [];
  for (let i = 0; i < SEARCH_RUNS; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    times.push(cpuMs(() => store.searchArticles(q, { limit: 20 })));
    eventTimes.push(cpuMs(() => store.events({ q, limit: 50 })));
  }
  return { p50: pct(times, 50), p95: pct(times, 95), eventsP50: pct(eventTimes, 50), eventsP95: pct(eventTimes, 95) };
}

async function main() {
  const cores = availableParallelism();
  console.log(`rasd scale benchmark: ${total} articles, ${cores} cores, Node ${process.version}`);
  const t0 = performance.now();
  const files = buildCorpus(total);
  console.log(`corpus: ${files.length} JSONL files, seed ${CORPUS_SEED}, built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // 1. clean → events, one thread
  const sample = readFileSync(files[0]!, 'utf8').split('\n').filter(Boolean).slice(0, EXTRACT_SAMPLE).map((l) => JSON.parse(l));
  extractPage(pageFromInput(sample[0], 'warmup'));
  let events = 0;
  const cpu1 = process.cpuUsage();
  const w1 = performance.now();
  for (const [i, r] of sample.entries()) events += extractPage(pageFromInput(r, `sample:${i}`)).events.length;
  const extractCpu = cpuSeconds(cpu1);
  const extractWall = (performance.now() - w1) / 1000;
  console.log(
    `\n1. clean → events (one thread, ${sample.length} articles, ${events} events): ` +
      `${(sample.length / extractCpu).toFixed(0)} articles/s per core (CPU time); ${(sample.length / extractWall).toFixed(0)} articles/s wall`,
  );

  // 2. ingest into SQLite, all cores, in two halves
  const db = join(outDir, `bench-${total}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const store = openStore(db);
  const pool = extractPool(cores);
  const half = Math.ceil(files.length / 2);
  const rows: string[] = [];
  let stored = 0;
  let ingestWall = 0;
  let ingestCpu = 0;
  const searches: { size: number; s: ReturnType<typeof searchLatency> }[] = [];
  for (const part of [files.slice(0, half), files]) {
    const cpu = process.cpuUsage();
    const w = performance.now();
    let indexStart = 0;
    const s = await ingestParallel(store, part, { pool, onIndexBuild: () => (indexStart ||= performance.now()) });
    const wall = (performance.now() - w) / 1000;
    const indexWall = indexStart ? (performance.now() - indexStart) / 1000 : 0;
    const c = cpuSeconds(cpu);
    ingestWall += wall;
    ingestCpu += c;
    stored += s.added;
    rows.push(
      `   ${String(s.pages).padStart(7)} pages → ${stored} articles, ${s.events} events: ${(s.pages / wall).toFixed(0)} articles/s wall, ` +
        `${(s.pages / c).toFixed(0)} per CPU-second (${c.toFixed(0)} CPU-s over ${wall.toFixed(0)} s)${s.failed ? `, ${s.failed} failed` : ''}` +
        (s.indexesBuilt ? `; of that, ${indexWall.toFixed(0)} s building the ${s.indexesBuilt} desk indexes deferred by the bulk import` : ''),
    );
    searches.push({ size: store.stats().articles, s: searchLatency(store) });
  }
  await pool.close();
  const rate = stored / ingestWall;
  console.log(`\n2. ingest into SQLite (${cores} extraction threads + the writer):`);
  for (const r of rows) console.log(r);
  console.log(
    `   overall ${rate.toFixed(0)} articles/s wall → ${TARGET.toLocaleString('en')} articles in ${(TARGET / rate / 3600).toFixed(2)} h ` +
      `at this rate (${(stored / ingestCpu).toFixed(0)} articles per CPU-second: ${(TARGET / (stored / ingestCpu) / cores / 3600).toFixed(2)} h on ${cores} idle cores)`,
  );
  const size = statSync(db).size;
  console.log(`   database: ${(size / 2 ** 20).toFixed(0)} MiB, ${(size / stored / 1024).toFixed(1)} KiB per article → ~${((size / stored) * TARGET / 2 ** 30).toFixed(1)} GiB at 1M`);

  console.log(`\n3. search latency, CPU time (${SEARCH_RUNS} queries of ${QUERIES.length} kinds):`);
  for (const { size: n, s } of searches) {
    console.log(
      `   ${String(n).padStart(7)} articles: searchArticles p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms; ` +
        `events({q}) p50 ${s.eventsP50.toFixed(1)} ms, p95 ${s.eventsP95.toFixed(1)} ms`,
    );
  }
  const [small, big] = searches;
  if (small && big && big.size > small.size) {
    // the cost of a match grows with the posting lists, at most linearly in the number of articles
    const growth = Math.log(big.s.p95 / small.s.p95) / Math.log(big.size / small.size);
    const eventsGrowth = Math.log(big.s.eventsP95 / small.s.eventsP95) / Math.log(big.size / small.size);
    console.log(`   growth exponents (p95): searchArticles ${growth.toFixed(2)}, events({q}) ${eventsGrowth.toFixed(2)}`);
    const linear = big.s.p95 * (TARGET / big.size);
    const fitted = big.s.p95 * (TARGET / big.size) ** Math.max(0, growth);
    console.log(
      `   extrapolated to 1M: p95 ≈ ${fitted.toFixed(0)} ms on the measured growth (exponent ${growth.toFixed(2)}), ` +
        `≤ ${linear.toFixed(0)} ms if linear — an extrapolation, not a measurement`,
    );
  }
  store.close();

  const maxRss = process.resourceUsage().maxRSS / 1024;
  console.log(`\n4. peak memory: ${maxRss.toFixed(0)} MiB max RSS (all threads)`);
}

await main();
