/**
 * `من 28 شباط إلى 3 آذار`, `بين 30 أيلول و2 تشرين الأول`, `28 شباط - 3 آذار`: two dates joined as a
 * range are one mention, dated at the first with the second as the range's end. Ranges inside one
 * month (`5 إلى 7 آذار`) are read by the day-month parser itself.
 */
import { normalizeArabic } from '../../arabic/index.js';
import { DASHES, RANGE_JOINERS } from '../constants.js';
import { isExactWord, isPunct, isWord, joined, type ParsingContext } from '../context.js';
import type { CalendarReading, ParsedDate } from '../reading.js';
import type { Refiner } from './refiner.js';

/** Words opening a range: `من … إلى`, `بين … و`. Without one, `5 آذار و7 نيسان` are two dates. */
const RANGE_OPENERS: ReadonlySet<string> = new Set(['من', 'بين', 'منذ'].map(normalizeArabic));

type DayMonthReading = CalendarReading & { day: number; month: number };

function dayMonth(p: ParsedDate | undefined): DayMonthReading | null {
  const r = p?.reading;
  if (!r || r.kind !== 'calendar' || r.calendar !== 'gregorian' || r.until || r.day === null || r.month === null) return null;
  return r as DayMonthReading;
}

function joinedAsRange(ctx: ParsingContext, a: ParsedDate, b: ParsedDate): boolean {
  if (b.first !== a.last + 2 || !joined(ctx, a.last) || !joined(ctx, a.last + 1)) return false;
  const joiner = ctx.tokens[a.last + 1];
  if (isPunct(joiner, DASHES)) return true;
  if (!isExactWord(joiner, RANGE_JOINERS)) return false;
  return a.first > 0 && joined(ctx, a.first - 1) && isWord(ctx.tokens[a.first - 1], RANGE_OPENERS);
}

export const mergeDateRanges: Refiner = (ctx, parsed) => {
  const out: ParsedDate[] = [];
  for (const p of parsed) {
    const prev = out[out.length - 1];
    const a = dayMonth(prev);
    const b = dayMonth(p);
    if (prev && a && b && joinedAsRange(ctx, prev, p)) {
      const endsEarlier = b.month < a.month || (b.month === a.month && b.day < a.day);
      const year = a.year ?? (b.year === null ? null : b.year - (endsEarlier ? 1 : 0));
      out[out.length - 1] = {
        first: prev.first,
        last: p.last,
        reading: { ...a, year, direction: a.direction ?? b.direction, until: { day: b.day, month: b.month, year: b.year } },
      };
      continue;
    }
    out.push(p);
  }
  return out;
};
