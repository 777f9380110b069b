/**
 * A year alone: `عام 2019`, `في سنة 2018`, `مطلع عام 2019`, `منذ 2011`, `عام 1591 م`. Year precision.
 * `عام` without a 4-digit year is not a date; a bare 4-digit number counts only after an
 * introducer (`في`, `منذ`), from 1900 on, and not far beyond the publication year (`في 2500 موقع`
 * is a count). A year before the common era (`3100 ق.م`) or a Hijri year alone (`عام 1420ه`) is
 * not a Gregorian year: no date.
 */
import {
  BCE_ABBREVIATION,
  BCE_WORDS,
  DATE_INTRODUCERS,
  GREGORIAN_ERA_MARKS,
  HIJRI_ERA_MARKS,
  MIN_HISTORICAL_YEAR,
  PART_WORDS,
  YEAR_WORDS,
} from '../constants.js';
import { isExactWord, isWord, joined, yearAt, type ParsingContext } from '../context.js';
import type { ParsedDate } from '../reading.js';

/** A bare number this many years past publication is not read as a year. */
const MAX_YEARS_AHEAD_OF_PUBLICATION = 5;

function isBeforeCommonEra(ctx: ParsingContext, k: number): boolean {
  if (!joined(ctx, k)) return false;
  const next = ctx.tokens[k + 1];
  if (next?.norm === BCE_ABBREVIATION) return true;
  return next?.norm === BCE_WORDS[0] && joined(ctx, k + 1) && ctx.tokens[k + 2]?.norm === BCE_WORDS[1];
}

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
  const eraMark = joined(ctx, k) && isExactWord(tokens[k + 1], GREGORIAN_ERA_MARKS);
  const year = yearAt(ctx, k, yearWord || eraMark ? MIN_HISTORICAL_YEAR : undefined);
  if (year === null) return null;
  if (!yearWord && ctx.refYear !== null && year > ctx.refYear + MAX_YEARS_AHEAD_OF_PUBLICATION) return null;
  if (isBeforeCommonEra(ctx, k) || (joined(ctx, k) && isExactWord(tokens[k + 1], HIJRI_ERA_MARKS))) return null;
  if (eraMark) k++;
  return {
    first: i,
    last: k,
    reading: { kind: 'calendar', calendar: 'gregorian', day: null, month: null, year, direction: null, weekday: null },
  };
}
