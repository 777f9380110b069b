/**
 * Where in the cleaned article each field of an event was read. The event keeps one evidence span (the
 * clause that states it) and the values as written (location, fatalities_text, the actors' Arabic names,
 * the trigger); the date is a resolved value. We read the article again with the pipeline's own stages
 * (`readArticle`) and take, for each field, the mention inside the evidence clause — or, failing that,
 * in the sentences around it — whose value is the event's. A field found nowhere near is not marked:
 * an analyst then sees that the value came from elsewhere (publication date, coding rule).
 */
import { readArticle } from '../pipeline.js';
import type { CleanArticle, EventRecord, Reading, Span } from '../types.js';

export type EvidenceField = 'date' | 'location' | 'actor1' | 'assoc_actor1' | 'actor2' | 'assoc_actor2' | 'fatalities' | 'trigger';

export interface FieldEvidence extends Span {
  field: EvidenceField;
  text: string;
}

export interface EventEvidence {
  /** The event's evidence clause, as stored. */
  evidence: Span;
  /** The sentence(s) holding it: the context an analyst reads. */
  sentence: Span;
  fields: FieldEvidence[];
}

const within = (s: Span, r: Span) => s.start >= r.start && s.end <= r.end;

/** The first occurrence of `needle` inside the region, as a span of the body. */
function findIn(body: string, needle: string | null | undefined, region: Span): Span | null {
  if (!needle) return null;
  const i = body.slice(region.start, region.end).indexOf(needle);
  return i < 0 ? null : { start: region.start + i, end: region.start + i + needle.length };
}

export function eventEvidence(article: CleanArticle, event: EventRecord, reading: Reading = readArticle(article)): EventEvidence {
  const body = article.body;
  const ev: Span = { start: event.evidence.start, end: event.evidence.end };
  const touching = reading.sentences.filter((s) => s.end > ev.start && s.start < ev.end);
  const sentence: Span = touching.length
    ? { start: Math.min(ev.start, touching[0]!.start), end: Math.max(ev.end, touching[touching.length - 1]!.end) }
    : ev;
  const regions = [ev, sentence];
  const fields: FieldEvidence[] = [];
  const add = (field: EvidenceField, span: Span | null) => {
    if (span) fields.push({ field, start: span.start, end: span.end, text: body.slice(span.start, span.end) });
  };
  /** The first region (evidence, then sentence) where `find` succeeds. */
  const first = (find: (r: Span) => Span | null) => {
    for (const r of regions) {
      const s = find(r);
      if (s) return s;
    }
    return null;
  };

  if (event.event_date) {
    const date = event.event_date;
    add('date', first((r) => reading.dates.find((d) => within(d, r) && (d.value === date || d.range?.from === date)) ?? null));
  }
  if (event.location) {
    const loc = event.location;
    add('location', first((r) =>
      findIn(body, loc, r) ??
      reading.places.find((p) => within(p, r) && (loc.includes(p.text) || (event.location_en !== null && p.place.name_en === event.location_en))) ??
      null));
  }
  for (const field of ['actor1', 'assoc_actor1', 'actor2', 'assoc_actor2'] as const) {
    const ref = event[field];
    if (!ref) continue;
    add(field, first((r) =>
      findIn(body, ref.name_ar, r) ?? reading.actors.find((a) => within(a, r) && a.actor.name === ref.name) ?? null));
  }
  if (event.fatalities !== null || event.fatalities_text) {
    add('fatalities', first((r) =>
      findIn(body, event.fatalities_text, r) ??
      reading.quantities.find((q) => within(q, r) && q.value === event.fatalities) ?? null));
  }
  add('trigger', first((r) => findIn(body, event.trigger, r)));
  fields.sort((a, b) => a.start - b.start);
  return { evidence: ev, sentence, fields };
}
