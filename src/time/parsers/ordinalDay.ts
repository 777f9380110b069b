/**
 * An ordinal day of a named month: `في الخامس من حزيران`, `العشرين من يونيو / حزيران`,
 * `الحادي والعشرين من آذار الماضي`, `السادس من شباط 2023`. The ordinal carries the article and is
 * always followed by `من` and the month: `الخامس` alone is "the fifth" of anything.
 * The month may be one counted from publication (`الخامس من الشهر الماضي`, `يوم 12 من هذا الشهر`,
 * a day number then): the day of that month, not the month.
 */
import { OF_WORD, ORDINAL_TEEN, ORDINAL_TENS, ORDINAL_UNITS } from '../constants.js';
import { joined, lookup, type ParsingContext } from '../context.js';
import { monthAt, readMonthTail } from '../month.js';
import { parsePeriod } from './period.js';
import type { ParsedDate } from '../reading.js';
import type { Token } from '../../types.js';

const ARTICLE = 'ال';
const CONJUNCTION = 'و';
const MAX_DAY = 31;

function withArticle(t: Token | undefined, table: ReadonlyMap<string, number>): number | null {
  if (!t || t.kind !== 'word') return null;
  for (const b of t.bases) {
    const v = table.get(b);
    if (v !== undefined && t.norm.endsWith(ARTICLE + b)) return v;
  }
  return null;
}

/** The ordinal day starting at token i and its last token, or null. */
function ordinalAt(ctx: ParsingContext, i: number): { day: number; last: number } | null {
  const tens = withArticle(ctx.tokens[i], ORDINAL_TENS);
  if (tens !== null) return { day: tens, last: i };
  const unit = withArticle(ctx.tokens[i], ORDINAL_UNITS);
  if (unit === null) return null;
  const next = ctx.tokens[i + 1];
  if (joined(ctx, i) && next?.kind === 'word') {
    if (next.norm === ORDINAL_TEEN && unit < 10) return { day: 10 + unit, last: i + 1 };
    const compoundTens = next.norm.startsWith(CONJUNCTION + ARTICLE) ? lookup(next, ORDINAL_TENS) : null;
    if (compoundTens !== null && unit < 10 && compoundTens + unit <= MAX_DAY) return { day: compoundTens + unit, last: i + 1 };
  }
  // `حادي` is never a day alone
  return ctx.tokens[i]!.bases.includes('حادي') ? null : { day: unit, last: i };
}

/** `12 من هذا الشهر`: a day number, then `من` and a month counted from publication. */
function numericDayAt(ctx: ParsingContext, i: number): { day: number; last: number } | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'number' || !/^\d{1,2}$/.test(t.text)) return null;
  const day = Number(t.text);
  return day >= 1 && day <= MAX_DAY ? { day, last: i } : null;
}

/** `من الشهر الماضي`, `من هذا الشهر`: the day is of a month counted from publication. */
function dayOfCountedMonth(ctx: ParsingContext, i: number, day: number, ofAt: number): ParsedDate | null {
  const period = parsePeriod(ctx, ofAt + 1);
  if (!period || period.reading.kind !== 'period' || period.reading.period !== 'month') return null;
  return { first: i, last: period.last, reading: { ...period.reading, day } };
}

export function parseOrdinalDay(ctx: ParsingContext, i: number): ParsedDate | null {
  const numeric = ordinalAt(ctx, i) === null ? numericDayAt(ctx, i) : null;
  const ordinal = ordinalAt(ctx, i) ?? numeric;
  if (!ordinal) return null;
  const k = ordinal.last;
  if (!joined(ctx, k) || ctx.tokens[k + 1]?.norm !== OF_WORD || !joined(ctx, k + 1)) return null;
  const counted = dayOfCountedMonth(ctx, i, ordinal.day, k + 1);
  if (counted || numeric) return counted;
  const month = monthAt(ctx, k + 2);
  if (!month) return null;
  const tail = readMonthTail(ctx, month);
  return {
    first: i,
    last: tail.last,
    reading: { kind: 'calendar', calendar: tail.calendar, day: ordinal.day, month: tail.month, year: tail.year, direction: tail.direction, weekday: null },
  };
}

/**
 * `في الرابع والخامس من يوليو الماضي`: two ordinal days joined by و share one month; the reading is
 * the first day, the second ends the range.
 */
export function parseOrdinalDayPair(ctx: ParsingContext, i: number): ParsedDate | null {
  const first = ordinalAt(ctx, i);
  if (!first || !joined(ctx, first.last)) return null;
  const second = ctx.tokens[first.last + 1]?.norm.startsWith(CONJUNCTION) ? ordinalAt(ctx, first.last + 1) : null;
  if (!second || second.day <= first.day) return null;
  const rest = parseOrdinalDay(ctx, first.last + 1);
  if (!rest || rest.reading.kind !== 'calendar' || rest.reading.day !== second.day || rest.reading.month === null) return null;
  return {
    first: i,
    last: rest.last,
    reading: { ...rest.reading, day: first.day, until: { day: second.day, month: rest.reading.month, year: rest.reading.year } },
  };
}
