/**
 * What a parser reads, before it is resolved against the publication date. Like chrono-node's
 * parsed components: a parser says only what the text says (day 18, month 6, no year, "الماضي");
 * the resolver decides what that means for a given reference date.
 */
import type { Calendar, Direction, DurationUnit, Period } from './constants.js';

/** The last day of a written range (`5 إلى 7 آذار`, `من 28 شباط إلى 3 آذار`). */
export interface RangeEnd {
  day: number;
  month: number;
  /** Written year of the last day, when the range ends with one. */
  year: number | null;
}

/** A calendar date written with at least a month or a year: `18 يونيو/حزيران`, `عام 2019`, `13/12/2024`. */
export interface CalendarReading {
  kind: 'calendar';
  calendar: Calendar;
  day: number | null;
  month: number | null;
  year: number | null;
  /** `الماضي`, `الجاري`, `المقبل` after the date, when written. */
  direction: Direction | null;
  /** A weekday written with the date (`السبت 18 يونيو`), 0 = Sunday. */
  weekday: number | null;
  /** The last day, when the text writes a range; the reading itself is the first day. */
  until?: RangeEnd | null;
}

/** A day counted from publication: `اليوم` 0, `أمس` -1, `أول أمس` -2, `غداً` +1. */
export interface DayOffsetReading {
  kind: 'dayOffset';
  days: number;
  /** A weekday written with it (`أمس الأربعاء`), 0 = Sunday; null if none. */
  weekday: number | null;
}

/** A weekday without a date: `الخميس`, `يوم الخميس الماضي`, `ليل السبت-الأحد` (dated on the first night). */
export interface WeekdayReading {
  kind: 'weekday';
  weekday: number;
  direction: Direction | null;
  /** The second day of `يومي الاثنين والثلاثاء`: the reading covers both. */
  untilWeekday?: number | null;
}

/** A period around publication: `الشهر الماضي`, `الأسبوع الماضي`, `العام الجاري`, `مطلع العام`. */
export interface PeriodReading {
  kind: 'period';
  period: Period;
  /** -1 last, 0 this, +1 next. */
  offset: number;
  /** `الخامس من الشهر الماضي`, `يوم 12 من هذا الشهر`: one day of the month, when written. */
  day?: number;
}

/**
 * A count of days, weeks, months or years from publication:
 * - `ago`: `قبل يومين` (a point: two days before publication);
 * - `since`: `منذ ثلاثة أيام` (from then up to publication);
 * - `past`: `خلال الأيام الثلاثة الماضية`, `الـ24 ساعة الماضية` (the span just before publication).
 */
export interface DurationReading {
  kind: 'duration';
  unit: DurationUnit;
  count: number;
  relation: 'ago' | 'since' | 'past';
  /** `قبل حوالى أسبوعين`: the count is approximate, so the value is said one step coarser. */
  approximate: boolean;
}

export type DateReading = CalendarReading | DayOffsetReading | WeekdayReading | PeriodReading | DurationReading;

/** One parse: a reading and the tokens it covers (inclusive indexes). */
export interface ParsedDate {
  first: number;
  last: number;
  reading: DateReading;
}
