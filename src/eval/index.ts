/**
 * `rasd eval DIR`: how much of a careful human reading (DIR/expected.json, the format of shared/seeds
 * and shared/gold) the pipeline reproduces. Pages come from the files the reading names (seeds) or
 * from DIR/articles.jsonl (gold: doc_id, text, title, published, outlet). Three views:
 * - fields: per document (title, date, outlet, teasers) and per expected event, how many values come out as read;
 * - detection: precision, recall and F1 of events, for all events and for the news of the day alone;
 * - arguments: on matched events, how often each argument agrees.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageFromInput } from '../ingest/index.js';
import { extractPage } from '../pipeline.js';
import type { EventRecord, Extraction, PageInput } from '../types.js';
import { actorMatches, looseEqual, matchEvents, type ExpectedEvent } from './match.js';

export { matchEvents, isMatch, datesCompatible, type ExpectedEvent } from './match.js';

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

export interface Detection {
  expected: number;
  produced: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface DocumentReport {
  file: string;
  expectedEvents: number;
  producedEvents: number;
  matchedEvents: number;
  misses: string[];
}

export interface EvalReport {
  /** Values reproduced out of the values the reading gives (unmatched expected events count as not reproduced). */
  fields: FieldScore[];
  detection: { all: Detection; news: Detection };
  /** Agreement on matched events only. */
  arguments: FieldScore[];
  documents: DocumentReport[];
}

type ArgumentField = 'sub_type' | 'date' | 'admin1' | 'location' | 'actor1' | 'actor2' | 'fatalities' | 'background';
const ARGUMENTS: ArgumentField[] = ['sub_type', 'date', 'admin1', 'location', 'actor1', 'actor2', 'fatalities', 'background'];

function argumentAgrees(field: ArgumentField, e: ExpectedEvent, o: EventRecord): boolean | null {
  switch (field) {
    case 'sub_type': return e.sub_type === undefined ? null : e.sub_type === o.sub_event_type;
    case 'date': return (e.date ?? null) === o.event_date;
    case 'admin1': return (e.admin1 ?? null) === o.admin1;
    case 'location': return e.location ? looseEqual(e.location, o.location) : o.location === null;
    case 'actor1': return actorMatches(e.actor1, o.actor1);
    case 'actor2': return e.actor2 === undefined ? null : actorMatches(e.actor2, o.actor2);
    case 'fatalities': return (e.fatalities ?? null) === o.fatalities;
    case 'background': return (e.background ?? false) === o.background;
  }
}

function expectedValue(field: ArgumentField, e: ExpectedEvent): unknown {
  return field === 'sub_type' ? e.sub_type : e[field];
}

function ourValue(field: ArgumentField, o: EventRecord): unknown {
  switch (field) {
    case 'sub_type': return o.sub_event_type;
    case 'date': return o.event_date;
    case 'actor1': return o.actor1?.name ?? null;
    case 'actor2': return o.actor2?.name ?? null;
    default: return o[field];
  }
}

function detection(expected: number, produced: number, matched: number): Detection {
  const precision = produced ? matched / produced : 0;
  const recall = expected ? matched / expected : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { expected, produced, matched, precision, recall, f1 };
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
export function extractionsFor(dir: string, documents: readonly ExpectedDocument[]): Map<string, Extraction> {
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
  const fields = new Map<string, FieldScore>();
  const args = new Map<string, FieldScore>(ARGUMENTS.map((f) => [f, { field: f, matched: 0, total: 0 }]));
  const count = (map: Map<string, FieldScore>, field: string, ok: boolean) => {
    const s = map.get(field) ?? { field, matched: 0, total: 0 };
    map.set(field, s);
    s.total++;
    if (ok) s.matched++;
  };
  const totals = { expected: 0, produced: 0, matched: 0, newsExpected: 0, newsProduced: 0, newsMatched: 0 };
  const documents: DocumentReport[] = [];

  for (const doc of reading.documents) {
    const ex = extractions.get(doc.file);
    if (!ex) throw new Error(`eval: no page for ${doc.file} in ${dir}`);
    const a = ex.article;
    if (doc.title !== undefined) count(fields, 'title', looseEqual(doc.title, a.title) && Boolean(a.title));
    if (doc.published !== undefined) count(fields, 'published', (doc.published ?? null) === a.published);
    const outlet = doc.outlet_credit ?? doc.outlet;
    if (outlet !== undefined) count(fields, 'outlet', looseEqual(outlet, a.outlet));
    const teasers = doc.teasers ?? [];
    count(fields, 'teasers', teasers.length === a.teasers.length && teasers.every((t, i) => looseEqual(t, a.teasers[i]?.title)));
    count(fields, 'event count', doc.events.length === ex.events.length);

    const pairs = matchEvents(doc.events, ex.events);
    const misses: string[] = [];
    for (const e of doc.events) {
      const o = pairs.find(([x]) => x === e)?.[1];
      count(fields, 'events found', Boolean(o));
      if (!o) misses.push(`missed: ${e.type} ${e.date ?? '?'} ${e.admin1 ?? ''} ${e.location ?? ''}${e.background ? ' (background)' : ''}`);
      count(fields, 'type', Boolean(o)); // a match has the same type by definition
      for (const f of ARGUMENTS) {
        const agrees = o ? argumentAgrees(f, e, o) : null;
        if (o && agrees === null) continue;
        if (!o && f === 'sub_type' && e.sub_type === undefined) continue;
        if (!o && f === 'actor2' && e.actor2 === undefined) continue;
        count(fields, f, Boolean(agrees));
        if (o) {
          count(args, f, Boolean(agrees));
          if (!agrees) misses.push(`${f}: expected ${JSON.stringify(expectedValue(f, e))}, got ${JSON.stringify(ourValue(f, o))}`);
        }
      }
    }
    for (const o of ex.events) {
      if (!pairs.some(([, x]) => x === o)) misses.push(`extra: ${o.event_type} ${o.event_date ?? '?'} ${o.admin1 ?? ''} ${o.location ?? ''} «${o.evidence.text.slice(0, 80)}»`);
    }
    const news = matchEvents(doc.events.filter((e) => !e.background), ex.events.filter((o) => !o.background));
    totals.expected += doc.events.length;
    totals.produced += ex.events.length;
    totals.matched += pairs.length;
    totals.newsExpected += doc.events.filter((e) => !e.background).length;
    totals.newsProduced += ex.events.filter((o) => !o.background).length;
    totals.newsMatched += news.length;
    documents.push({ file: doc.file, expectedEvents: doc.events.length, producedEvents: ex.events.length, matchedEvents: pairs.length, misses });
  }
  return {
    fields: [...fields.values()],
    detection: {
      all: detection(totals.expected, totals.produced, totals.matched),
      news: detection(totals.newsExpected, totals.newsProduced, totals.newsMatched),
    },
    arguments: [...args.values()].filter((s) => s.total > 0),
    documents,
  };
}

const pct = (x: number) => `${Math.round(100 * x)}%`.padStart(4);

/** The report as plain-text tables. */
export function formatReport(r: EvalReport): string {
  const lines = ['field          reproduced / expected', '-------------- ---------------------'];
  for (const f of r.fields) lines.push(`${f.field.padEnd(14)} ${String(f.matched).padStart(4)} / ${String(f.total).padEnd(4)} ${pct(f.total ? f.matched / f.total : 0)}`);
  lines.push('', 'events         expected produced matched precision recall   F1', '-------------- -------- -------- ------- --------- ------ ----');
  for (const [name, d] of [['all', r.detection.all], ['news of day', r.detection.news]] as const) {
    lines.push(`${name.padEnd(14)} ${String(d.expected).padStart(8)} ${String(d.produced).padStart(8)} ${String(d.matched).padStart(7)} ${pct(d.precision).padStart(9)} ${pct(d.recall).padStart(6)} ${d.f1.toFixed(2).padStart(4)}`);
  }
  lines.push('', 'argument       agree / matched events', '-------------- ---------------------');
  for (const f of r.arguments) lines.push(`${f.field.padEnd(14)} ${String(f.matched).padStart(4)} / ${String(f.total).padEnd(4)} ${pct(f.total ? f.matched / f.total : 0)}`);
  return lines.join('\n');
}
