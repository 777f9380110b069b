/**
 * Readings → values, against the publication date. All year inference lives here:
 * - no direction: the nearest date not after publication (news reports what happened);
 * - `الماضي`: strictly before publication; `الجاري`/`الحالي`: the publication year (a written month
 *   wins over "current month": `6 أبريل الجاري` in a 1 May article is 6 April);
 * - `المقبل`/`القادم`: strictly after publication;
 * - a written weekday picks, among those candidate years, the one where it falls on that weekday.
 * With no publication date, anything not fully written stays null: never invent.
 */
import type { DateMention } from '../types.js';
import {
  dayNumber,
  formatDay,
  formatMonth,
  fromDayNumber,
  isValidDate,
  weekdayOf,
  type YMD,
} from './calendar.js';
import type { Direction } from './constants.js';
import { hijriDayNumber, hijriYearOf } from './hijri.js';
import type { CalendarReading, DateReading, DayOffsetReading, PeriodReading, WeekdayReading } from './reading.js';

const DAYS_PER_WEEK = 7;

export type Resolved = Pick<DateMention, 'value' | 'basis' | 'precision' | 'yearInferred'>;

export function resolveReading(r: DateReading, ref: YMD | null): Resolved {
  switch (r.kind) {
    case 'calendar':
      return r.calendar === 'hijri' ? resolveHijri(r, ref) : resolveGregorian(r, ref);
    case 'dayOffset':
      return relative(ref ? dayValue(resolveDayOffset(r, ref)) : null, 'day');
    case 'weekday':
      return relative(ref ? dayValue(resolveWeekday(r, ref)) : null, 'day');
    case 'period':
      return resolvePeriod(r, ref);
  }
}

function relative(value: string | null, precision: Resolved['precision']): Resolved {
  return { value, basis: 'relative', precision, yearInferred: value !== null };
}

function dayValue(n: number): string {
  const d = fromDayNumber(n);
  return formatDay(d.year, d.month, d.day);
}

function precisionOf(r: { day: number | null; month: number | null }): Resolved['precision'] {
  return r.day !== null ? 'day' : r.month !== null ? 'month' : 'year';
}

function resolveGregorian(r: CalendarReading, ref: YMD | null): Resolved {
  const precision = precisionOf(r);
  const explicit = (value: string | null, yearInferred: boolean): Resolved => ({ value, basis: 'explicit', precision, yearInferred });
  if (r.year !== null) {
    if (r.month === null) return explicit(String(r.year), false);
    if (r.day === null) return explicit(formatMonth(r.year, r.month), false);
    return explicit(isValidDate(r.year, r.month, r.day) ? formatDay(r.year, r.month, r.day) : null, false);
  }
  if (r.month === null || !ref) return explicit(null, false);
  const year = inferYear(r.month, r.day, r.direction, r.weekday, ref);
  if (year === null) return explicit(null, false);
  return explicit(r.day === null ? formatMonth(year, r.month) : formatDay(year, r.month, r.day), true);
}

/** Candidate years for a date without a written year, most likely first. */
function candidateYears(direction: Direction | null, refYear: number): number[] {
  if (direction === 'current') return [refYear];
  if (direction === 'future') return [refYear, refYear + 1];
  return [refYear, refYear - 1];
}

export function inferYear(month: number, day: number | null, direction: Direction | null, weekday: number | null, ref: YMD): number | null {
  const years = candidateYears(direction, ref.year).filter((y) => day === null || isValidDate(y, month, day));
  if (years.length === 0) return null;
  if (weekday !== null && day !== null) {
    const matching = years.filter((y) => weekdayOf(y, month, day) === weekday);
    if (matching.length === 1) return matching[0]!;
  }
  // Compare at the precision written: a month alone is compared with the publication month.
  const cmp = (y: number) =>
    day === null
      ? y * 12 + month - (ref.year * 12 + ref.month)
      : dayNumber(y, month, day) - dayNumber(ref.year, ref.month, ref.day);
  switch (direction) {
    case 'current':
      return years[0]!;
    case 'future':
      return years.find((y) => cmp(y) > 0) ?? null;
    case 'past':
      return years.find((y) => cmp(y) < 0) ?? null;
    default:
      return years.find((y) => cmp(y) <= 0) ?? null;
  }
}

function resolveHijri(r: CalendarReading, ref: YMD | null): Resolved {
  const explicit = (value: string | null, precision: Resolved['precision'], yearInferred: boolean): Resolved => ({
    value,
    basis: 'explicit',
    precision,
    yearInferred,
  });
  if (r.month === null) return explicit(null, 'year', false);
  if (r.year !== null && r.day !== null) {
    const n = hijriDayNumber(r.year, r.month, r.day);
    return explicit(n === null ? null : dayValue(n), 'day', false);
  }
  if (r.year !== null) {
    // A Hijri month straddles two Gregorian months: only the Gregorian year can be said, when shared.
    const first = hijriDayNumber(r.year, r.month, 1);
    const last = first === null ? null : first + 28;
    if (first === null || last === null) return explicit(null, 'year', false);
    const a = fromDayNumber(first).year;
    return explicit(a === fromDayNumber(last).year ? String(a) : null, 'year', false);
  }
  if (r.day === null || !ref) return explicit(null, 'day', false);
  const refHijriYear = hijriYearOf(ref);
  if (refHijriYear === null) return explicit(null, 'day', false);
  const refDay = dayNumber(ref.year, ref.month, ref.day);
  const candidates = candidateYears(r.direction, refHijriYear)
    .map((hy) => hijriDayNumber(hy, r.month!, r.day!))
    .filter((n): n is number => n !== null);
  const pick =
    r.direction === 'current'
      ? candidates[0]
      : r.direction === 'future'
        ? candidates.find((n) => n > refDay)
        : r.direction === 'past'
          ? candidates.find((n) => n < refDay)
          : candidates.find((n) => n <= refDay);
  return explicit(pick === undefined ? null : dayValue(pick), 'day', pick !== undefined);
}

/**
 * `أمس الأربعاء` in an article dated Friday: the article was written on Thursday and dated when put
 * online. The weekday written is the firmer fact, so the day moves to the nearest such weekday
 * (earlier on a tie: pages are dated after they are written, not before).
 */
function resolveDayOffset(r: DayOffsetReading, ref: YMD): number {
  const n = dayNumber(ref.year, ref.month, ref.day) + r.days;
  if (r.weekday === null) return n;
  const d = fromDayNumber(n);
  const back = (weekdayOf(d.year, d.month, d.day) - r.weekday + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  return back <= DAYS_PER_WEEK / 2 ? n - back : n + (DAYS_PER_WEEK - back);
}

function resolveWeekday(r: WeekdayReading, ref: YMD): number {
  const refDay = dayNumber(ref.year, ref.month, ref.day);
  const refWeekday = weekdayOf(ref.year, ref.month, ref.day);
  const back = (refWeekday - r.weekday + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  switch (r.direction) {
    case 'past':
      // `الخميس الماضي` is never the publication day itself.
      return refDay - (back || DAYS_PER_WEEK);
    case 'future':
      return refDay + ((r.weekday - refWeekday + DAYS_PER_WEEK) % DAYS_PER_WEEK || DAYS_PER_WEEK);
    default:
      // A bare weekday is the most recent one, the publication day included (`اليوم الجمعة` style).
      return refDay - back;
  }
}

function resolvePeriod(r: PeriodReading, ref: YMD | null): Resolved {
  if (r.period === 'year') return relative(ref ? String(ref.year + r.offset) : null, 'year');
  if (!ref) return relative(null, 'month');
  if (r.period === 'week') {
    const d = fromDayNumber(dayNumber(ref.year, ref.month, ref.day) + r.offset * DAYS_PER_WEEK);
    return relative(formatMonth(d.year, d.month), 'month');
  }
  const m = ref.year * 12 + (ref.month - 1) + r.offset;
  return relative(formatMonth(Math.floor(m / 12), (m % 12) + 1), 'month');
}

