/**
 * Hijri (Umm al-Qura) → Gregorian, through the ICU calendar Node ships (`Intl`, no table of our own).
 * Intl only formats Gregorian instants as Hijri, so we estimate the day arithmetically and search
 * the few days around it for the one ICU names (y, m, d).
 */
import { dayNumber, fromDayNumber, type YMD } from './calendar.js';

/** 1 Muharram 1 AH (16 July 622 Julian) as days since 1970-01-01. */
const HIJRI_EPOCH_DAY = -492_148;
/** Mean lengths: the arithmetic estimate is off by at most a day or two from Umm al-Qura. */
const MEAN_YEAR_DAYS = 354.367;
const MEAN_MONTH_DAYS = 29.5306;
/** Days searched on each side of the estimate. */
const SEARCH_RADIUS = 4;

let formatter: Intl.DateTimeFormat | null | undefined;
function hijriFormatter(): Intl.DateTimeFormat | null {
  if (formatter === undefined) {
    try {
      const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      // A Node built without full ICU silently falls back to Gregorian: refuse rather than mislabel.
      formatter = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
    } catch {
      formatter = null;
    }
  }
  return formatter;
}

/** The Hijri date of a day number, or null without ICU support. */
export function toHijri(day: number): YMD | null {
  const f = hijriFormatter();
  if (!f) return null;
  let year = 0;
  let month = 0;
  let d = 0;
  for (const p of f.formatToParts(new Date(day * 86_400_000))) {
    if (p.type === 'year') year = Number.parseInt(p.value, 10);
    else if (p.type === 'month') month = Number(p.value);
    else if (p.type === 'day') d = Number(p.value);
  }
  return { year, month, day: d };
}

/** Gregorian day number of a Hijri date, or null if it does not exist (day 30 of a 29-day month). */
export function hijriDayNumber(year: number, month: number, day: number): number | null {
  const estimate = Math.round(HIJRI_EPOCH_DAY + (year - 1) * MEAN_YEAR_DAYS + (month - 1) * MEAN_MONTH_DAYS + (day - 1));
  for (let delta = 0; delta <= SEARCH_RADIUS; delta++) {
    for (const n of delta === 0 ? [estimate] : [estimate - delta, estimate + delta]) {
      const h = toHijri(n);
      if (!h) return null;
      if (h.year === year && h.month === month && h.day === day) return n;
    }
  }
  return null;
}

export function hijriToGregorian(year: number, month: number, day: number): YMD | null {
  const n = hijriDayNumber(year, month, day);
  return n === null ? null : fromDayNumber(n);
}

/** The Hijri year in which a Gregorian day falls. */
export function hijriYearOf(d: YMD): number | null {
  return toHijri(dayNumber(d.year, d.month, d.day))?.year ?? null;
}
