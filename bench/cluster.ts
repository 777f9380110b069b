/**
 * Incidents and near-duplicates, measured (issue 6):
 *  1. near-duplicate detection on the test corpus (real articles + documented syndicated copies): pair
 *     precision/recall per similarity threshold, and where copies and distinct articles fall;
 *  2. incident merging on the labelled pairs (test/fixtures/cluster): pair precision/recall on the human
 *     reading's events and on the pipeline's own events;
 *  3. incremental cost: the time to add one article to a store of N articles, for N = 10 and N = 10,000.
 * Run: `node --import tsx bench/cluster.ts [storeSize=10000]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryIncidents, NEAR_DUPLICATE_JACCARD, estimateJaccard, fingerprintText, joinEvent } from '../src/cluster/index.js';
import { matchEvents, type ExpectedEvent } from '../src/eval/match.js';
import { pageFromInput } from '../src/ingest/index.js';
import { extractPage } from '../src/pipeline.js';
import { openStore } from '../src/store/index.js';
import type { EventRecord, Extraction } from '../src/types.js';
import { corpusPages, goldEventRecords, scoreMerges, type PairScore } from '../test/fixtures/cluster/load.js';

const STORE_SIZE = Number(process.argv[2] ?? 10_000);
const TIMED_ADDS = 50;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

// ---------------------------------------------------------------------------------------------
// 1. near-duplicates
const pages = corpusPages().sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
const extractions = pages.map((p) => extractPage(pageFromInput(p, `corpus:${p.id}`)));
const prints = extractions.map((ex) => fingerprintText(ex.article.body));
const sims: Array<{ sim: number; dup: boolean; a: string; b: string }> = [];
for (let i = 0; i < pages.length; i++) {
  for (let j = i + 1; j < pages.length; j++) {
    const dup = pages[i]!.copyOf === pages[j]!.id || pages[j]!.copyOf === pages[i]!.id;
    sims.push({ sim: estimateJaccard(prints[i]!.signature, prints[j]!.signature), dup, a: pages[i]!.id, b: pages[j]!.id });
  }
}
const dupSims = sims.filter((s) => s.dup).map((s) => s.sim);
const otherMax = sims.filter((s) => !s.dup).sort((a, b) => b.sim - a.sim)[0]!;
console.log(`near-duplicates: ${pages.length} pages (${pages.filter((p) => p.copyOf).length} syndicated copies), ${sims.length} pairs`);
console.log(`  copies score ${Math.min(...dupSims).toFixed(2)}–${Math.max(...dupSims).toFixed(2)}; the most similar distinct pair ${otherMax.sim.toFixed(2)} (${otherMax.a} / ${otherMax.b})`);
for (const t of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
  const flagged = sims.filter((s) => s.sim >= t);
  const tp = flagged.filter((s) => s.dup).length;
  const p = flagged.length ? tp / flagged.length : 1;
  console.log(`  threshold ${t.toFixed(1)}${t === NEAR_DUPLICATE_JACCARD ? ' (chosen)' : '         '}: precision ${pct(p)}, recall ${pct(tp / dupSims.length)}`);
}

// ---------------------------------------------------------------------------------------------
// 2. incident merging
function printScore(label: string, s: PairScore): void {
  console.log(
    `  ${label}: precision ${pct(s.precision)} (${s.truePositives}/${s.truePositives + s.falsePositives}), ` +
      `recall ${pct(s.recall)} (${s.truePositives}/${s.truePositives + s.falseNegatives}); unsure pairs merged (not scored): ${s.unsureMerged}`,
  );
  for (const w of s.wrong) console.log(`    wrong merge: ${w.join(' + ')}`);
  for (const m of s.missed) console.log(`    missed: ${m.join(' + ')}`);
}
const byPublication = (a: EventRecord, b: EventRecord) => (a.published ?? '').localeCompare(b.published ?? '') || a.article_id.localeCompare(b.article_id);

console.log('\nincident merging on the labelled pairs (test/fixtures/cluster/corpus.json):');
const goldRepo = new MemoryIncidents();
for (const e of goldEventRecords().sort(byPublication)) joinEvent(goldRepo, e);
printScore('human reading', scoreMerges(goldRepo.assignment()));

// The pipeline's events stand for the human reading's events they match (the eval's rule), per article.
const goldEvents = goldEventRecords();
const goldOfPipeline = new Map<string, string>();
const pipelineEvents: EventRecord[] = [];
extractions.forEach((ex, i) => {
  const page = pages[i]!;
  if (page.copyOf) return; // a copy is a near-duplicate: its events are not stored
  const expected = goldEvents.filter((g) => g.article_id === page.id);
  const asExpected: Array<ExpectedEvent & { id: string }> = expected.map((g) => ({
    id: g.event_id,
    type: g.event_type,
    sub_type: g.sub_event_type,
    date: g.event_date,
    actor1: g.actor1?.name ?? null,
    actor2: g.actor2?.name ?? null,
    country: g.country,
    admin1: g.admin1,
    location: g.location,
    fatalities: g.fatalities,
    background: g.background,
  }));
  for (const [e, o] of matchEvents(asExpected, ex.events)) goldOfPipeline.set(o.event_id, (e as ExpectedEvent & { id: string }).id);
  pipelineEvents.push(...ex.events.map((e) => ({ ...e, outlet: page.outlet ?? e.outlet })));
});
const pipeRepo = new MemoryIncidents();
for (const e of pipelineEvents.sort(byPublication)) joinEvent(pipeRepo, e);
const pipeAssignment = pipeRepo.assignment();
printScore('pipeline reading', scoreMerges(pipeAssignment, (id) => goldOfPipeline.get(id) ?? null));
const unlabelledMerges = pipeRepo.all().filter((i) => i.reports.length > 1 && i.reports.some((r) => !goldOfPipeline.has(r.event_id))).length;
console.log(`    (${unlabelledMerges} merged incidents involve pipeline events that match no human-read event: not scorable)`);

// ---------------------------------------------------------------------------------------------
// 3. incremental cost
console.log(`\nincremental cost (store of 10 vs ${STORE_SIZE.toLocaleString('en')} articles; ${TIMED_ADDS} timed additions each, median):`);
// Distinct real-text articles: paragraphs of the corpus recombined, published on random days of 2015-2024,
// so dates, places and incidents spread as a real archive's do. Seeded, so runs are comparable.
let seed = 42;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const paragraphs = pages.filter((p) => !p.copyOf).flatMap((p) => p.text!.split('\n').filter((l) => l.trim().length > 80));
const outlets = ['aawsat', 'alyaum', 'alriyadh', 'aljazirah', '3alyoum', 'الميادين'];
function syntheticExtraction(n: number): Extraction {
  const k = 3 + Math.floor(random() * 4);
  const body = Array.from({ length: k }, () => paragraphs[Math.floor(random() * paragraphs.length)]!).join('\n');
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3650) * 86_400_000).toISOString().slice(0, 10);
  return extractPage(pageFromInput({ text: `${body}\n${n}`, published: day, outlet: outlets[n % outlets.length]! }, `synthetic:${n}`));
}
const dir = mkdtempSync(join(tmpdir(), 'rasd-cluster-bench-'));
const store = openStore(join(dir, 'bench.db'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function timeAdds(from: number): { putMs: number; extractMs: number } {
  const put: number[] = [];
  const extract: number[] = [];
  for (let n = from; n < from + TIMED_ADDS; n++) {
    const t0 = performance.now();
    const ex = syntheticExtraction(n);
    const t1 = performance.now();
    store.putReport(ex);
    put.push(performance.now() - t1);
    extract.push(t1 - t0);
  }
  return { putMs: median(put), extractMs: median(extract) };
}
let n = 0;
const fill = (to: number) => {
  for (; n < to; n++) store.putReport(syntheticExtraction(n));
};
fill(10);
const small = timeAdds(1_000_000);
const t0 = performance.now();
fill(STORE_SIZE);
const fillSeconds = (performance.now() - t0) / 1000;
const large = timeAdds(2_000_000);
console.log(`  filled ${STORE_SIZE.toLocaleString('en')} articles in ${fillSeconds.toFixed(1)} s (${(STORE_SIZE / fillSeconds).toFixed(0)} articles/s with extraction); ${store.countIncidents().toLocaleString('en')} incidents`);
console.log(`  adding one article to a store of ~10:      ${small.putMs.toFixed(2)} ms (near-duplicate check + store + incident join), extraction ${small.extractMs.toFixed(2)} ms`);
console.log(`  adding one article to a store of ~${STORE_SIZE.toLocaleString('en')}: ${large.putMs.toFixed(2)} ms (near-duplicate check + store + incident join), extraction ${large.extractMs.toFixed(2)} ms`);
store.close();
rmSync(dir, { recursive: true, force: true });
