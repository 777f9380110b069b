/** English dates in Arabic pages (publication lines, quoted metadata): `1st, May 2024`, `May 1, 2024`. */
import { ENGLISH_MONTHS } from '../constants.js';
import { dayAt, isPunct, joined, yearAt, type ParsingContext } from '../context.js';
import type { ParsedDate } from '../reading.js';

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

function englishMonthAt(ctx: ParsingContext, i: number): number | null {
  const t = ctx.tokens[i];
  return t && t.kind === 'latin' ? (ENGLISH_MONTHS.get(t.norm) ?? null) : null;
}

/** Skip a comma or full stop after token k (`May.`, `1st,`). */
function skipPunct(ctx: ParsingContext, k: number): number {
  return joined(ctx, k) && (isPunct(ctx.tokens[k + 1], ',') || isPunct(ctx.tokens[k + 1], '.')) ? k + 1 : k;
}

export function parseEnglishDate(ctx: ParsingContext, i: number): ParsedDate | null {
  let day = dayAt(ctx, i);
  let month: number | null;
  let k = i;
  if (day !== null) {
    const suffix = ctx.tokens[k + 1];
    if (suffix?.kind === 'latin' && ORDINAL_SUFFIXES.has(suffix.norm) && suffix.start === ctx.tokens[k]!.end) k++;
    k = skipPunct(ctx, k);
    if (!joined(ctx, k)) return null;
    month = englishMonthAt(ctx, k + 1);
    if (month === null) return null;
    k++;
  } else {
    month = englishMonthAt(ctx, i);
    if (month === null || !joined(ctx, k)) return null;
    k = skipPunct(ctx, k);
    day = dayAt(ctx, k + 1);
    if (day === null) return null;
    k++;
    const suffix = ctx.tokens[k + 1];
    if (suffix?.kind === 'latin' && ORDINAL_SUFFIXES.has(suffix.norm) && suffix.start === ctx.tokens[k]!.end) k++;
  }
  const beforeYear = skipPunct(ctx, k);
  const year = joined(ctx, beforeYear) ? yearAt(ctx, beforeYear + 1) : null;
  if (year !== null) k = beforeYear + 1;
  return { first: i, last: k, reading: { kind: 'calendar', calendar: 'gregorian', day, month, year, direction: null, weekday: null } };
}
