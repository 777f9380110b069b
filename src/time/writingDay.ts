/**
 * The day an article was written, when it is not the day it is dated. Pages written in the evening
 * are often dated the next morning, and then say `أمس الأربعاء` in a Friday article: every bare
 * `أمس`/`اليوم` in that text means the writer's day, not the page's. When the weekdays written
 * next to `اليوم`/`أمس` all agree on such a shift, relative dates are resolved from the writing day.
 */
import { dayNumber, fromDayNumber, weekdayOf, type YMD } from './calendar.js';
import type { ParsedDate } from './reading.js';

const DAYS_PER_WEEK = 7;
/** A page is dated at most this many days after it was written; a larger gap is a misreading. */
const MAX_DATING_DELAY_DAYS = 2;

export function writingDay(parsed: readonly ParsedDate[], ref: YMD): YMD {
  const refDay = dayNumber(ref.year, ref.month, ref.day);
  let shift: number | null = null;
  for (const p of parsed) {
    const r = p.reading;
    if (r.kind !== 'dayOffset' || r.weekday === null) continue;
    const d = fromDayNumber(refDay + r.days);
    // Days the written weekday lies before the day counted from publication.
    const back = (weekdayOf(d.year, d.month, d.day) - r.weekday + DAYS_PER_WEEK) % DAYS_PER_WEEK;
    if (back > MAX_DATING_DELAY_DAYS) return ref;
    if (shift !== null && shift !== back) return ref;
    shift = back;
  }
  return shift ? fromDayNumber(refDay - shift) : ref;
}
