/**
 * A year alone: `عام 2019`, `في سنة 2018`, `مطلع عام 2019`, `منذ 2011`. Year precision.
 * `عام` without a 4-digit year is not a date; a bare 4-digit number counts only after an
 * introducer (`في`, `منذ`) and not far beyond the publication year (`في 2500 موقع` is a count).
 */
import { DATE_INTRODUCERS, GREGORIAN_ERA_MARKS, PART_WORDS, YEAR_WORDS } from '../constants.js';
import { isExactWord, isWord, joined, yearAt, type ParsingContext } from '../context.js';
import type { ParsedDate } from '../reading.js';

/** A bare number this many years past publication is not read as a year. */
const MAX_YEARS_AHEAD_OF_PUBLICATION = 5;

export function parseYear(ctx: ParsingContext, i: number): ParsedDate | null {
  const { tokens } = ctx;
  let k = i;
  if (isWord(tokens[k], PART_WORDS)) {
    if (!joined(ctx, k)) return null;
    k++;
  }
  const yearWord = isWord(tokens[k], YEAR_WORDS);
  if (yearWord) {
    if (!joined(ctx, k)) return null;
    k++;
  } else if (k === i && !(i > 0 && joined(ctx, i - 1) && isWord(tokens[i - 1], DATE_INTRODUCERS))) {
    return null;
  }
  const year = yearAt(ctx, k);
  if (year === null) return null;
  if (!yearWord && ctx.refYear !== null && year > ctx.refYear + MAX_YEARS_AHEAD_OF_PUBLICATION) return null;
  if (joined(ctx, k) && isExactWord(tokens[k + 1], GREGORIAN_ERA_MARKS)) k++;
  return {
    first: i,
    last: k,
    reading: { kind: 'calendar', calendar: 'gregorian', day: null, month: null, year, direction: null, weekday: null },
  };
}
