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
  addMonths,
  dayNumber,
  daysInMonth,
  formatDay,
  formatMonth,
  formatYMD,
  fromDayNumber,
  isValidDate,
  weekdayOf,
  type YMD,
} from './calendar.js';
import type { Direction } from './constants.js';
import { hijriDayNumber, hijriYearOf } from './hijri.js';
import type {
  CalendarReading,
  DateReading,
  DayOffsetReading,
  DurationReading,
  PeriodReading,
  WeekdayReading,
} from './reading.js';

const DAYS_PER_WEEK = 7;
const HOURS_PER_DAY = 24;

export type Resolved = Pick<DateMention, 'value' | 'basis' | 'precision' | 'yearInferred' | 'range'>;
type Range = NonNullable<DateMention['range']>;

export function resolveReading(r: DateReading, ref: YMD | null): Resolved {
  switch (r.kind) {
    case 'calendar':
      return r.calendar === 'hijri' ? resolveHijri(r, ref) : withCalendarRange(r, resolveGregorian(r, ref));
    case 'dayOffset':
      return relative(ref ? dayValue(resolveDayOffset(r, ref)) : null, 'day');
    case 'weekday':
      return ref ? resolveWeekdays(r, ref) : relative(null, 'day');
    case 'period':
      return resolvePeriod(r, ref);
    case 'duration':
      return resolveDuration(r, ref);
  }
}

function relative(value: string | null, precision: Resolved['precision'], range?: Range): Resolved {
  return { value, basis: 'relative', precision, yearInferred: value !== null, ...(range && value !== null ? { range } : {}) };
}

/** `5 إلى 7 آذار`, `من 28 شباط إلى 3 آذار`: the last day is in the first day's year, or the next if it comes earlier in the calendar. */
function withCalendarRange(r: CalendarReading, first: Resolved): Resolved {
  if (!r.until || first.value === null || first.precision !== 'day') return first;
  const start = parseDay(first.value);
  const { day, month } = r.until;
  const wraps = month < start.month || (month === start.month && day < start.day);
  const year = r.until.year ?? start.year + (wraps ? 1 : 0);
  if (!isValidDate(year, month, day) || dayNumber(year, month, day) < dayNumber(start.year, start.month, start.day)) return first;
  return { ...first, range: { from: first.value, to: formatDay(year, month, day) } };
}

function parseDay(value: string): YMD {
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
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

/**
 * A weekday, or the pair `يومي الاثنين والثلاثاء الماضيين`: the direction is said of the later day
 * (both lie before publication), and the earlier one is counted back from it.
 */
function resolveWeekdays(r: WeekdayReading, ref: YMD): Resolved {
  const until = r.untilWeekday ?? null;
  if (until === null) return relative(dayValue(resolveWeekday(r, ref)), 'day');
  const gap = (until - r.weekday + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  const last = r.direction === 'future' ? resolveWeekday(r, ref) + gap : resolveWeekday({ ...r, weekday: until }, ref);
  return relative(dayValue(last - gap), 'day', { from: dayValue(last - gap), to: dayValue(last) });
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
  if (!ref) return relative(null, r.period === 'year' ? 'year' : 'month');
  if (r.period === 'year') {
    const y = ref.year + r.offset;
    return relative(String(y), 'year', { from: formatDay(y, 1, 1), to: formatDay(y, 12, 31) });
  }
  const refDay = dayNumber(ref.year, ref.month, ref.day);
  if (r.period === 'week') {
    const d = fromDayNumber(refDay + r.offset * DAYS_PER_WEEK);
    // `الأسبوع الماضي`: the seven days before publication. The current and next week have no agreed
    // first day (Saturday, Sunday or Monday by country), so they get no range.
    const range = r.offset < 0 ? { from: dayValue(refDay + r.offset * DAYS_PER_WEEK), to: dayValue(refDay + (r.offset + 1) * DAYS_PER_WEEK - 1) } : undefined;
    return relative(formatMonth(d.year, d.month), 'month', range);
  }
  const m = addMonths({ ...ref, day: 1 }, r.offset);
  if (r.day !== undefined && r.period === 'month') {
    return isValidDate(m.year, m.month, r.day) ? relative(formatDay(m.year, m.month, r.day), 'day') : relative(null, 'day');
  }
  return relative(formatMonth(m.year, m.month), 'month', {
    from: formatDay(m.year, m.month, 1),
    to: formatDay(m.year, m.month, daysInMonth(m.year, m.month)),
  });
}

/** Days back from publication for a count of units; months and years move on the calendar. */
function countBack(unit: DurationReading['unit'], count: number, ref: YMD, round: 'down' | 'up'): YMD {
  const refDay = dayNumber(ref.year, ref.month, ref.day);
  switch (unit) {
    case 'hour':
      // `قبل 3 ساعات` is still the publication day; `منذ 36 ساعة` reaches back into the second day before.
      return fromDayNumber(refDay - (round === 'down' ? Math.floor(count / HOURS_PER_DAY) : Math.ceil(count / HOURS_PER_DAY)));
    case 'day':
      return fromDayNumber(refDay - count);
    case 'week':
      return fromDayNumber(refDay - count * DAYS_PER_WEEK);
    case 'month':
      return addMonths(ref, -count);
    case 'year':
      return addMonths(ref, -count * 12);
  }
}

function atPrecision(d: YMD, precision: Resolved['precision']): string {
  return precision === 'day' ? formatYMD(d) : precision === 'month' ? formatMonth(d.year, d.month) : String(d.year);
}

/**
 * `قبل يومين` is a day; `منذ ثلاثة أيام` runs from then to publication; `الأيام الثلاثة الماضية` are the
 * whole days before publication (hours count the publication day: `الـ24 ساعة الماضية` reach into it).
 */
function resolveDuration(r: DurationReading, ref: YMD | null): Resolved {
  const exact: Resolved['precision'] = r.unit === 'month' ? 'month' : r.unit === 'year' ? 'year' : 'day';
  const precision: Resolved['precision'] = !r.approximate ? exact : exact === 'day' ? 'month' : 'year';
  if (!ref) return relative(null, precision);
  if (r.relation === 'ago') return relative(atPrecision(countBack(r.unit, r.count, ref, 'down'), precision), precision);
  const from = countBack(r.unit, r.count, ref, 'up');
  const refDay = dayNumber(ref.year, ref.month, ref.day);
  const to = r.relation === 'since' || r.unit === 'hour' ? refDay : refDay - 1;
  return relative(atPrecision(from, precision), precision, { from: formatYMD(from), to: dayValue(to) });
}
