/**
 * `rasd eval DIR`: how much of a careful human reading (DIR/expected.json, the format of
 * shared/seeds and shared/gold) the pipeline reproduces, field by field. Pages come from the files
 * the reading names (seeds) or from DIR/articles.jsonl (gold: doc_id, text, title, published, outlet).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeArabic } from '../arabic/index.js';
import { pageFromInput } from '../ingest/index.js';
import { extractPage } from '../pipeline.js';
import type { EventRecord, Extraction, PageInput } from '../types.js';

export interface ExpectedEvent {
  type: string;
  sub_type?: string;
  date: string | null;
  date_basis?: string;
  actor1?: string | null;
  actor2?: string | null;
  admin1?: string | null;
  location?: string | null;
  fatalities?: number | null;
  background?: boolean;
}

export interface ExpectedDocument {
  file: string;
  title?: string;
  published?: string | null;
  outlet_credit?: string;
  outlet?: string;
  teasers?: string[];
  events: ExpectedEvent[];
}

export interface FieldScore {
  field: string;
  matched: number;
  total: number;
}

export interface DocumentReport {
  file: string;
  expectedEvents: number;
  producedEvents: number;
  alignedEvents: number;
  misses: string[];
}

export interface EvalReport {
  fields: FieldScore[];
  documents: DocumentReport[];
  expectedEvents: number;
  producedEvents: number;
  alignedEvents: number;
}

/** The fields scored, in the order they are printed. */
export const EVAL_FIELDS = [
  'title', 'published', 'outlet', 'teasers', 'event count', 'events found', 'type', 'sub_type', 'date', 'admin1',
  'location', 'actor1', 'actor2', 'fatalities', 'background',
] as const;
export type EvalField = (typeof EVAL_FIELDS)[number];

/**
 * Two events align when they have the same type and their agreement reaches this score (see
 * `alignmentScore`): type (2) plus at least one of governorate (2), date (2), or sub-type and place (1 + 1).
 */
const MIN_ALIGNMENT_SCORE = 4;

const key = (s: string | null | undefined) =>
  normalizeArabic(s ?? '').replace(/\([^)]*\)/g, '').replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();

function looseEqual(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = key(a);
  const y = key(b);
  if (!x || !y) return !x && !y;
  return x === y || x.includes(y) || y.includes(x);
}

/** Expected actor strings may carry notes: "Sergei Shoigu (Government of Russia)", "Hayat Tahrir al-Sham (escort)". */
function actorMatches(expected: string | null | undefined, ours: { name: string } | null): boolean {
  if (!expected) return ours === null;
  if (!ours) return false;
  const e = expected.toLowerCase();
  const o = ours.name.toLowerCase();
  return e === o || e.startsWith(o) || e.includes(`(${o})`) || e.includes(o);
}

function alignmentScore(e: ExpectedEvent, o: EventRecord): number {
  let s = 0;
  if (e.type === o.event_type) s += 2;
  if (e.sub_type && e.sub_type === o.sub_event_type) s += 1;
  if (e.admin1 && e.admin1 === o.admin1) s += 2;
  if (e.date && e.date === o.event_date) s += 2;
  if (e.location && o.location && looseEqual(e.location, o.location)) s += 1;
  if ((e.background ?? false) === o.background) s += 0.5;
  if (actorMatches(e.actor1, o.actor1)) s += 0.5;
  return s;
}

/** Greedy one-to-one alignment, best pairs first. */
export function alignEvents(expected: ExpectedEvent[], ours: EventRecord[]): Array<[ExpectedEvent, EventRecord]> {
  const pairs: Array<{ e: number; o: number; s: number }> = [];
  expected.forEach((e, i) => ours.forEach((o, j) => pairs.push({ e: i, o: j, s: alignmentScore(e, o) })));
  pairs.sort((a, b) => b.s - a.s);
  const usedE = new Set<number>();
  const usedO = new Set<number>();
  const out: Array<[ExpectedEvent, EventRecord]> = [];
  for (const p of pairs) {
    if (p.s < MIN_ALIGNMENT_SCORE || usedE.has(p.e) || usedO.has(p.o)) continue;
    if (expected[p.e]!.type !== ours[p.o]!.event_type) continue;
    usedE.add(p.e);
    usedO.add(p.o);
    out.push([expected[p.e]!, ours[p.o]!]);
  }
  return out;
}

interface GoldArticle {
  doc_id: string;
  outlet?: string;
  published?: string;
  title?: string;
  url?: string;
  text: string;
}

/** Extractions for every document the reading names. */
export function extractionsFor(dir: string, documents: ExpectedDocument[]): Map<string, Extraction> {
  const out = new Map<string, Extraction>();
  const jsonl = join(dir, 'articles.jsonl');
  if (existsSync(jsonl)) {
    for (const line of readFileSync(jsonl, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as GoldArticle;
      const input: PageInput = { id: a.doc_id, text: a.text, title: a.title, published: a.published, outlet: a.outlet, url: a.url };
      out.set(a.doc_id, extractPage(pageFromInput(input, `${jsonl}:${a.doc_id}`)));
    }
    return out;
  }
  for (const d of documents) {
    const path = join(dir, d.file);
    out.set(d.file, extractPage(pageFromInput({ text: readFileSync(path, 'utf8') }, path)));
  }
  return out;
}

export function evaluate(dir: string): EvalReport {
  const reading = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { documents: ExpectedDocument[] };
  const extractions = extractionsFor(dir, reading.documents);
  const score = new Map<EvalField, FieldScore>(EVAL_FIELDS.map((f) => [f, { field: f, matched: 0, total: 0 }]));
  const count = (field: EvalField, ok: boolean) => {
    const s = score.get(field)!;
    s.total++;
    if (ok) s.matched++;
  };
  const documents: DocumentReport[] = [];
  let expectedEvents = 0;
  let producedEvents = 0;
  let alignedEvents = 0;

  for (const doc of reading.documents) {
    const ex = extractions.get(doc.file);
    if (!ex) throw new Error(`eval: no page for ${doc.file} in ${dir}`);
    const a = ex.article;
    if (doc.title !== undefined) count('title', key(doc.title) === key(a.title));
    if (doc.published !== undefined) count('published', (doc.published ?? null) === a.published);
    const outlet = doc.outlet_credit ?? doc.outlet;
    if (outlet !== undefined) count('outlet', looseEqual(outlet, a.outlet));
    const teasers = doc.teasers ?? [];
    count('teasers', teasers.length === a.teasers.length && teasers.every((t, i) => looseEqual(t, a.teasers[i]?.title)));
    count('event count', doc.events.length === ex.events.length);

    const pairs = alignEvents(doc.events, ex.events);
    const misses: string[] = [];
    for (const e of doc.events) {
      const pair = pairs.find(([x]) => x === e);
      const o = pair?.[1];
      count('events found', Boolean(o));
      const check = (field: EvalField, ok: boolean) => {
        count(field, ok);
        if (!ok) misses.push(`${field}: expected ${JSON.stringify(expectedValue(field, e))}, got ${o ? JSON.stringify(ourValue(field, o)) : 'no event'}`);
      };
      check('type', o?.event_type === e.type);
      if (e.sub_type) check('sub_type', o?.sub_event_type === e.sub_type);
      check('date', Boolean(o) && (e.date ?? null) === o!.event_date);
      check('admin1', Boolean(o) && (e.admin1 ?? null) === o!.admin1);
      check('location', Boolean(o) && (e.location ? looseEqual(e.location, o!.location) : o!.location === null));
      check('actor1', Boolean(o) && actorMatches(e.actor1, o!.actor1));
      if (e.actor2 !== undefined) check('actor2', Boolean(o) && actorMatches(e.actor2, o!.actor2));
      check('fatalities', Boolean(o) && (e.fatalities ?? null) === o!.fatalities);
      check('background', Boolean(o) && (e.background ?? false) === o!.background);
    }
    expectedEvents += doc.events.length;
    producedEvents += ex.events.length;
    alignedEvents += pairs.length;
    documents.push({ file: doc.file, expectedEvents: doc.events.length, producedEvents: ex.events.length, alignedEvents: pairs.length, misses });
  }
  return { fields: [...score.values()].filter((s) => s.total > 0), documents, expectedEvents, producedEvents, alignedEvents };
}

function expectedValue(field: EvalField, e: ExpectedEvent): unknown {
  switch (field) {
    case 'type': return e.type;
    case 'sub_type': return e.sub_type;
    case 'date': return e.date;
    case 'admin1': return e.admin1;
    case 'location': return e.location;
    case 'actor1': return e.actor1;
    case 'actor2': return e.actor2;
    case 'fatalities': return e.fatalities;
    case 'background': return e.background;
    default: return null;
  }
}

function ourValue(field: EvalField, o: EventRecord): unknown {
  switch (field) {
    case 'type': return o.event_type;
    case 'sub_type': return o.sub_event_type;
    case 'date': return o.event_date;
    case 'admin1': return o.admin1;
    case 'location': return o.location;
    case 'actor1': return o.actor1?.name ?? null;
    case 'actor2': return o.actor2?.name ?? null;
    case 'fatalities': return o.fatalities;
    case 'background': return o.background;
    default: return null;
  }
}

/** The report as a plain-text table. */
export function formatReport(r: EvalReport): string {
  const lines = ['field          matched / expected', '-------------- ------------------'];
  for (const f of r.fields) {
    const pct = f.total ? Math.round((100 * f.matched) / f.total) : 0;
    lines.push(`${f.field.padEnd(14)} ${String(f.matched).padStart(4)} / ${String(f.total).padEnd(4)} ${String(pct).padStart(3)}%`);
  }
  const precision = r.producedEvents ? Math.round((100 * r.alignedEvents) / r.producedEvents) : 0;
  lines.push('', `events: ${r.expectedEvents} expected, ${r.producedEvents} produced, ${r.alignedEvents} aligned (precision ${precision}%, recall ${r.expectedEvents ? Math.round((100 * r.alignedEvents) / r.expectedEvents) : 0}%)`);
  return lines.join('\n');
}
