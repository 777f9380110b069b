/**
 * Day + month (+ year): `في 5 مارس`, `18 يونيو/حزيران`, `13 كانون الأول الماضي`,
 * `8 كانون الأول/ يناير الماضي 2019`, `5 من مارس`, and day ranges within one month, dated at their
 * first day with the second as the range's end (`ما بين 17 و26 تشرين الأول`, `5-7 مارس`).
 */
import { DASHES, OF_WORD, RANGE_JOINERS } from '../constants.js';
import { dayAt, isExactWord, isPunct, joined, type ParsingContext } from '../context.js';
import { monthAt, readMonthTail } from '../month.js';
import type { ParsedDate } from '../reading.js';

export function parseDayMonth(ctx: ParsingContext, i: number): ParsedDate | null {
  const day = dayAt(ctx, i);
  if (day === null) return null;
  let k = i;
  const { tokens } = ctx;
  // A range `17 و26` / `5-7` / `5 إلى 7`: the first day is the date, the second ends its range.
  let lastDay: number | null = null;
  if (joined(ctx, k) && joined(ctx, k + 1) && (isExactWord(tokens[k + 1], RANGE_JOINERS) || isPunct(tokens[k + 1], DASHES))) {
    const second = dayAt(ctx, k + 2);
    if (second !== null && second > day && joined(ctx, k + 2) && monthAt(ctx, k + 3) !== null) {
      lastDay = second;
      k += 2;
    }
  }
  if (joined(ctx, k) && tokens[k + 1]?.norm === OF_WORD) k++;
  if (!joined(ctx, k)) return null;
  const month = monthAt(ctx, k + 1);
  if (!month) return null;
  const tail = readMonthTail(ctx, month);
  return {
    first: i,
    last: tail.last,
    reading: {
      kind: 'calendar',
      calendar: tail.calendar,
      day,
      month: tail.month,
      year: tail.year,
      direction: tail.direction,
      weekday: null,
      until: lastDay === null ? null : { day: lastDay, month: tail.month, year: tail.year },
    },
  };
}
