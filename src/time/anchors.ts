/**
 * What a text says about the day it was written, as sets of candidate days (see candidateDays.ts):
 * - a weekday with a day-month (`السبت 18 يونيو`): that day fell on that weekday, so only some
 *   years remain; and it is most likely the news day itself;
 * - a dated mention of a known event (`في 30 سبتمبر الماضي` in a sentence about the Russian
 *   campaign): the mention's year is the event's, and `الماضي`/`الجاري`/`المقبل` place the page
 *   within the year after, the same year, or the year before;
 * - a written date with such a direction (`8 كانون الثاني الماضي 2019`: the page is after it), or
 *   after `منذ`;
 * - `X الجاري` (`12 كانون الثاني الجاري`): the page is in that month (or just after it);
 * - `اليوم الخميس`, `أمس الأربعاء`: the weekday of the page;
 * - a known event named (`معركة الباغوز`): the page is not older than it; named with `اليوم`/`أمس`
 *   in news-time words (`بعد تولي جو بايدن`): the page is from the days right after it.
 */
import { splitSentences, tokenize } from '../arabic/index.js';
import type { Token } from '../types.js';
import { dayNumber, daysInMonth, isValidDate, weekdayOf } from './calendar.js';
import { FIRST_YEAR, lastYear, maskOfIntervals, maskWhere, union, type DayMask } from './candidateDays.js';
import { SINCE_WORD, type Direction } from './constants.js';
import { parseDates } from './findDates.js';
import { findLandmarks, sentenceAt, type KnownEvent } from './landmarkMatch.js';
import type { CalendarReading, ParsedDate } from './reading.js';

/** Kinds of anchor, most trusted first: a conflict between two is settled for the earlier kind. */
export const ANCHOR_KINDS = [
  'known event',
  'dated mention',
  'event in the news',
  'since',
  'named event',
  'weekday of the day',
  'current month',
  'weekday+day',
] as const;
export type AnchorKind = (typeof ANCHOR_KINDS)[number];

export interface Anchor {
  kind: AnchorKind;
  /** The anchor in words, for InferredDate.anchor. */
  description: string;
  /** Days the page may be from, by this anchor alone. */
  days: DayMask;
  /** For a weekday+day pair: the day itself, the likeliest news day (a subset of `days`). */
  point?: DayMask;
}

/**
 * Reports sources disagree by a day on when an event happened (time zones, announcement vs. start:
 * Putin's withdrawal order of 14 March 2016 is "15 March" in Arabic reports).
 */
const EVENT_DAY_TOLERANCE = 1;
/**
 * How long news-time words (`بعد تولي جو بايدن`, `الرئيس الأمريكي الجديد`) keep being said with
 * `اليوم`: a page reacting to the event the same week.
 */
const FRESH_WINDOW_DAYS = 7;
/**
 * `6 أبريل الجاري` in a page of 1 May 2024 (seed 000): `الجاري` after a named month means the
 * current year as often as the current month, so the page may be up to one month later.
 */
const CURRENT_MONTH_SLACK = 1;
/** Relative-day offsets that put a sentence on the page's own day or the day before (`اليوم`, `أمس`). */
const NEWS_DAY_OFFSETS = new Set([0, -1]);
const DAYS_PER_WEEK = 7;

type Interval = readonly [number, number];

/** Day numbers of the next and previous year's occurrence of a day-month (29 February: four years). */
function occurrence(year: number, month: number, day: number, step: 1 | -1): number {
  let y = year + step;
  while (!isValidDate(y, month, day)) y += step;
  return dayNumber(y, month, day);
}

/**
 * The days a page may be from if the mention (month, day?, direction), resolved against the page
 * date as resolve.ts does it, falls in `year`.
 */
function pageDaysFor(month: number, day: number | null, direction: Direction | null, year: number): Interval | null {
  if (direction === 'current') return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
  if (day === null) {
    const first = (y: number) => dayNumber(y, month, 1);
    const last = (y: number) => dayNumber(y, month, daysInMonth(y, month));
    if (direction === 'past') return [last(year) + 1, last(year + 1)];
    if (direction === 'future') return [first(year - 1), first(year) - 1];
    return [first(year), first(year + 1) - 1];
  }
  if (!isValidDate(year, month, day)) return null;
  const d = dayNumber(year, month, day);
  if (direction === 'past') return [d + 1, occurrence(year, month, day, 1)];
  if (direction === 'future') return [occurrence(year, month, day, -1), d - 1];
  return [d, occurrence(year, month, day, 1) - 1];
}

function pageDaysForYears(r: CalendarReading, years: Iterable<number>): DayMask {
  const intervals: Interval[] = [];
  for (const y of years) {
    const iv = pageDaysFor(r.month!, r.day, r.direction, y);
    if (iv) intervals.push(iv);
  }
  return maskOfIntervals(intervals);
}

/** Years of the universe (and one on each side) in which day-month fell on the weekday. */
function weekdayYears(month: number, day: number, weekday: number): number[] {
  const out: number[] = [];
  for (let y = FIRST_YEAR - 1; y <= lastYear() + 1; y++) {
    if (isValidDate(y, month, day) && weekdayOf(y, month, day) === weekday) out.push(y);
  }
  return out;
}

/** Known events of the sentence that a calendar mention dates: same month, and the day within tolerance. */
function eventsDated(r: CalendarReading, events: ReadonlySet<KnownEvent> | undefined): KnownEvent[] {
  if (!events || r.month === null) return [];
  const out: KnownEvent[] = [];
  for (const e of events) {
    if (e.ymd.month !== r.month || (r.year !== null && r.year !== e.ymd.year)) continue;
    if (r.day !== null && Math.abs(dayNumber(e.ymd.year, r.month, r.day) - e.day) > EVENT_DAY_TOLERANCE) continue;
    out.push(e);
  }
  return out;
}

function calendarAnchors(r: CalendarReading, text: string, tokens: Token[], p: ParsedDate, cued: ReadonlySet<KnownEvent> | undefined): Anchor[] {
  if (r.calendar !== 'gregorian' || r.month === null) return [];
  const out: Anchor[] = [];
  const quoted = text.slice(tokens[p.first]!.start, tokens[p.last]!.end);

  if (r.weekday !== null && r.day !== null) {
    const years = r.year !== null ? [r.year].filter((y) => weekdayOf(y, r.month!, r.day!) === r.weekday) : weekdayYears(r.month, r.day, r.weekday);
    if (years.length > 0) {
      const point = r.direction === null ? maskOfIntervals(years.map((y) => [dayNumber(y, r.month!, r.day!), dayNumber(y, r.month!, r.day!)] as const)) : undefined;
      out.push({ kind: 'weekday+day', description: `weekday+day: ${quoted}`, days: pageDaysForYears(r, years), ...(point ? { point } : {}) });
    }
  }

  const events = r.year === null ? eventsDated(r, cued) : [];
  if (events.length > 0) {
    const what = events.map((e) => `${e.landmark.event} ${e.landmark.date}`).join(' or ');
    out.push({ kind: 'known event', description: `known event: ${what} (${quoted})`, days: pageDaysForYears(r, events.map((e) => e.ymd.year)) });
  }

  if (r.year !== null && r.direction !== null) {
    // With the year written, `الماضي`/`المقبل` only say which side of the page the date lies on
    // (`8 كانون الثاني الماضي 2019` in a 2023 page), not that it lies within a year of it.
    const first = dayNumber(r.year, r.month, r.day ?? 1);
    const last = r.day !== null ? first : dayNumber(r.year, r.month, daysInMonth(r.year, r.month));
    const days =
      r.direction === 'past'
        ? maskOfIntervals([[last + 1, Number.MAX_SAFE_INTEGER]])
        : r.direction === 'future'
          ? maskOfIntervals([[Number.MIN_SAFE_INTEGER, first - 1]])
          : pageDaysForYears(r, [r.year]);
    out.push({ kind: 'dated mention', description: `dated mention: ${quoted}`, days });
  }

  if (r.year === null && r.direction === 'current') {
    const month = r.month;
    out.push({
      kind: 'current month',
      description: `current month: ${quoted}`,
      days: maskWhere((i, u) => u.month[i] === month || (u.month[i] === month + CURRENT_MONTH_SLACK && month + CURRENT_MONTH_SLACK <= 12)),
    });
  }

  const before = tokens[p.first - 1];
  if (r.year !== null && before?.kind === 'word' && before.bases.includes(SINCE_WORD)) {
    const start = dayNumber(r.year, r.month, r.day ?? 1);
    out.push({ kind: 'since', description: `since: ${before.text} ${quoted}`, days: maskOfIntervals([[start, Number.MAX_SAFE_INTEGER]]) });
  }
  return out;
}

/** `منذ 2011`, `منذ عام 2013`: a year alone after "since". */
function sinceYearAnchor(r: CalendarReading, text: string, tokens: Token[], p: ParsedDate): Anchor | null {
  const before = tokens[p.first - 1];
  if (r.year === null || r.month !== null || r.calendar !== 'gregorian' || before?.kind !== 'word' || !before.bases.includes(SINCE_WORD)) return null;
  const quoted = text.slice(tokens[p.first]!.start, tokens[p.last]!.end);
  return { kind: 'since', description: `since: ${before.text} ${quoted}`, days: maskOfIntervals([[dayNumber(r.year, 1, 1), Number.MAX_SAFE_INTEGER]]) };
}

/** Every anchor of one text, in text order within each kind. */
export function findAnchors(text: string): Anchor[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const parsed = parseDates(text, tokens, null);
  const { cued, phrases } = findLandmarks(text, tokens, sentences);
  const out: Anchor[] = [];
  /** Sentences that speak of the page's own day (`اليوم`, `أمس`). */
  const newsDaySentences = new Set<number>();

  for (const p of parsed) {
    const r = p.reading;
    const s = sentenceAt(sentences, tokens[p.first]!.start);
    if (r.kind === 'calendar') {
      out.push(...calendarAnchors(r, text, tokens, p, cued.get(s)));
      const since = sinceYearAnchor(r, text, tokens, p);
      if (since) out.push(since);
    } else if (r.kind === 'dayOffset') {
      if (NEWS_DAY_OFFSETS.has(r.days)) newsDaySentences.add(s);
      if (r.weekday !== null) {
        const pageWeekday = (((r.weekday - r.days) % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
        const quoted = text.slice(tokens[p.first]!.start, tokens[p.last]!.end);
        out.push({ kind: 'weekday of the day', description: `weekday of the day: ${quoted}`, days: maskWhere((i, u) => u.weekday[i] === pageWeekday) });
      }
    }
  }

  for (const hit of phrases) {
    if (hit.kind === 'name') {
      const first = Math.min(...hit.events.map((e) => e.day));
      const what = hit.events.map((e) => `${e.landmark.event} ${e.landmark.date}`).join(' or ');
      out.push({ kind: 'named event', description: `named event: ${hit.text} (${what})`, days: maskOfIntervals([[first, Number.MAX_SAFE_INTEGER]]) });
    } else if (newsDaySentences.has(hit.sentence)) {
      const what = hit.events.map((e) => `${e.landmark.event} ${e.landmark.date}`).join(' or ');
      let days = maskOfIntervals([]);
      for (const e of hit.events) days = union(days, maskOfIntervals([[e.day, e.day + FRESH_WINDOW_DAYS]]));
      out.push({ kind: 'event in the news', description: `event in the news: ${hit.text} (${what})`, days });
    }
  }
  return out.sort((a, b) => ANCHOR_KINDS.indexOf(a.kind) - ANCHOR_KINDS.indexOf(b.kind));
}
