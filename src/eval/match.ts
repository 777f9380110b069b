/**
 * When a predicted event is the event a human coded (issue "Event extraction", the scoring rule):
 * same type; same governorate, or the same country where the reading names no governorate; and dates
 * within a day where both are known, a month or year date matching any day inside it.
 */
import { normalizeArabic } from '../arabic/index.js';
import type { EventRecord } from '../types.js';

export interface ExpectedEvent {
  type: string;
  sub_type?: string;
  date: string | null;
  date_basis?: string;
  actor1?: string | null;
  actor2?: string | null;
  country?: string | null;
  admin1?: string | null;
  location?: string | null;
  fatalities?: number | null;
  background?: boolean;
}

/** Days allowed between two day-precision dates of the same event (a night strike reported the next morning). */
const DATE_TOLERANCE_DAYS = 1;

function dayRange(partial: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(partial);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const t = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
    return [t, t];
  }
  if (m[2]) return [Date.UTC(y, Number(m[2]) - 1, 1), Date.UTC(y, Number(m[2]), 0)];
  return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
}

export function datesCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  const x = dayRange(a);
  const y = dayRange(b);
  if (!x || !y) return a === b;
  const slack = DATE_TOLERANCE_DAYS * 86_400_000;
  return x[0] - slack <= y[1] && y[0] - slack <= x[1];
}

/**
 * Same governorate; or, where one side names no governorate, the same country. An event the pipeline
 * could not place at all matches only a reading that has no governorate either.
 */
export function placesCompatible(e: ExpectedEvent, o: EventRecord): boolean {
  if (e.admin1 && o.admin1) return e.admin1 === o.admin1;
  if (e.admin1) return o.country !== null && o.country === (e.country ?? o.country);
  if (e.country) return o.country === null || o.country === e.country;
  return true;
}

export function isMatch(e: ExpectedEvent, o: EventRecord): boolean {
  return e.type === o.event_type && placesCompatible(e, o) && datesCompatible(e.date, o.event_date);
}

const key = (s: string | null | undefined) =>
  normalizeArabic(s ?? '').replace(/\([^)]*\)/g, '').replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();

/** Text equality that forgives spelling, punctuation and one side naming a wider stretch (`ريف حماة` / `ريف حماة الشمالي`). */
export function looseEqual(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = key(a);
  const y = key(b);
  if (!x || !y) return !x && !y;
  return x === y || x.includes(y) || y.includes(x);
}

/** Readings may annotate actors: "Sergei Shoigu (Government of Russia)", "Hayat Tahrir al-Sham (escort)". */
export function actorMatches(expected: string | null | undefined, ours: { name: string } | null): boolean {
  if (!expected) return ours === null;
  if (!ours) return false;
  const e = expected.toLowerCase();
  const o = ours.name.toLowerCase();
  return e === o || e.startsWith(`${o} (`) || e.includes(`(${o})`);
}

/** Among matching pairs, prefer the one that also agrees on details. */
function agreement(e: ExpectedEvent, o: EventRecord): number {
  let s = 0;
  if (e.sub_type === o.sub_event_type) s += 2;
  if (e.date && e.date === o.event_date) s += 2;
  if (e.location && looseEqual(e.location, o.location)) s += 1;
  if (actorMatches(e.actor1, o.actor1)) s += 1;
  if ((e.background ?? false) === o.background) s += 1;
  if ((e.fatalities ?? null) === o.fatalities) s += 0.5;
  return s;
}

/** One-to-one matching, best-agreeing pairs first. */
export function matchEvents(expected: readonly ExpectedEvent[], ours: readonly EventRecord[]): Array<[ExpectedEvent, EventRecord]> {
  const pairs: Array<{ e: number; o: number; s: number }> = [];
  expected.forEach((e, i) => ours.forEach((o, j) => {
    if (isMatch(e, o)) pairs.push({ e: i, o: j, s: agreement(e, o) });
  }));
  pairs.sort((a, b) => b.s - a.s || a.e - b.e || a.o - b.o);
  const usedE = new Set<number>();
  const usedO = new Set<number>();
  const out: Array<[ExpectedEvent, EventRecord]> = [];
  for (const p of pairs) {
    if (usedE.has(p.e) || usedO.has(p.o)) continue;
    usedE.add(p.e);
    usedO.add(p.o);
    out.push([expected[p.e]!, ours[p.o]!]);
  }
  return out;
}
