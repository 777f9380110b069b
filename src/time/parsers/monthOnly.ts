/**
 * A month without a day: `في مارس/آذار الماضي`, `مطلع أيار/مايو الفائت`, `منتصف يوليو (تموز)`,
 * `آذار 2011`, `في شهر آب`. Month precision. A bare month name must be introduced (`في`, `منذ`,
 * `مطلع`…) or qualified (second name, direction, year): `مارس` alone is also a verb.
 */
import { DATE_INTRODUCERS, MONTH_WORD, PART_WORDS } from '../constants.js';
import { isWord, joined, type ParsingContext } from '../context.js';
import { monthAt, readMonthTail } from '../month.js';
import type { ParsedDate } from '../reading.js';

export function parseMonthOnly(ctx: ParsingContext, i: number): ParsedDate | null {
  const { tokens } = ctx;
  let k = i;
  const part = isWord(tokens[k], PART_WORDS);
  if (part) {
    if (!joined(ctx, k)) return null;
    k++;
  }
  const monthWord = tokens[k]?.kind === 'word' && tokens[k]!.bases.includes(MONTH_WORD);
  if (monthWord) {
    if (!joined(ctx, k)) return null;
    k++;
  }
  const month = monthAt(ctx, k);
  if (!month) return null;
  const tail = readMonthTail(ctx, month);
  const introduced = part || monthWord || (i > 0 && joined(ctx, i - 1) && isWord(tokens[i - 1], DATE_INTRODUCERS));
  const qualified = tail.last > month.last;
  // Hijri month names are also personal names (رمضان, رجب): read only with a written year.
  if (tail.calendar === 'hijri' && tail.year === null) return null;
  if (tail.year === null && !introduced && !qualified) return null;
  return {
    first: i,
    last: tail.last,
    reading: {
      kind: 'calendar',
      calendar: tail.calendar,
      day: null,
      month: tail.month,
      year: tail.year,
      direction: tail.direction,
      weekday: null,
    },
  };
}
