/**
 * Reading a month name and what may follow it: a second name for the same month
 * (`يونيو/حزيران`, `يوليو (تموز)`), a direction (`الماضي`, `(الماضي)`), a year (`2019`, `عام 2019`,
 * `2024م`). Shared by the day-month and month parsers.
 */
import {
  CLITIC_UNSAFE_MONTHS,
  DIRECTION_WORDS,
  MONTH_LOOKALIKE_SPELLINGS,
  GREGORIAN_ERA_MARKS,
  HIJRI_ERA_MARKS,
  MAX_HIJRI_YEAR,
  MIN_HIJRI_YEAR,
  MIN_HISTORICAL_YEAR,
  MONTHS_BY_FIRST_WORD,
  OF_WORD,
  YEAR_WORDS,
  type Calendar,
  type Direction,
  type MonthName,
} from './constants.js';
import { isExactWord, isPunct, isWord, joined, lookup, yearAt, type ParsingContext } from './context.js';

const DIACRITICS_RE = /[\u064B-\u065F\u0670\u0640]/g;

export interface MonthMatch {
  name: MonthName;
  /** Last token of the name. */
  last: number;
}

/** The longest month name starting at token i, or null. */
export function monthAt(ctx: ParsingContext, i: number): MonthMatch | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return null;
  if (MONTH_LOOKALIKE_SPELLINGS.has(t.text.replace(DIACRITICS_RE, ''))) return null;
  let best: MonthMatch | null = null;
  for (const base of t.bases) {
    // `باب` (door) is not ب + `آب`: short month names are read only as written.
    if (base !== t.norm && CLITIC_UNSAFE_MONTHS.has(base)) continue;
    const candidates = MONTHS_BY_FIRST_WORD.get(base);
    if (!candidates) continue;
    for (const name of candidates) {
      const last = i + name.words.length - 1;
      if (best && best.last >= last) continue;
      let ok = true;
      for (let k = 1; k < name.words.length && ok; k++) {
        ok = joined(ctx, i + k - 1) && ctx.tokens[i + k]?.norm === name.words[k];
      }
      if (ok) best = { name, last };
    }
  }
  return best;
}

export interface MonthTail {
  month: number;
  calendar: Calendar;
  direction: Direction | null;
  year: number | null;
  last: number;
}

/**
 * From a month name at token i, read the optional second name, direction and year.
 * When the two names disagree (`8 كانون الأول/ يناير`), the one-word name wins: the two-word
 * Levantine names (`كانون الأول`/`كانون الثاني`) are the ones writers mix up.
 */
export function readMonthTail(ctx: ParsingContext, first: MonthMatch): MonthTail {
  const { tokens } = ctx;
  let { month, calendar } = first.name;
  let last = first.last;

  // Second name: `/ حزيران`, `(تموز)`, `- حزيران`
  if (joined(ctx, last) && (isPunct(tokens[last + 1], '/') || isPunct(tokens[last + 1], '(') || isPunct(tokens[last + 1], '-'))) {
    const second = joined(ctx, last + 1) ? monthAt(ctx, last + 2) : null;
    if (second && second.name.calendar === calendar) {
      if (second.name.month !== month && first.name.words.length > 1 && second.name.words.length === 1) {
        month = second.name.month;
      }
      last = second.last;
      if (isPunct(tokens[last + 1], ')') && joined(ctx, last)) last += 1;
    }
  }

  let direction: Direction | null = null;
  let year: number | null = null;
  // Direction and year in either order, each at most once: `الماضي 2019`, `2019`, `(الماضي)`.
  for (let round = 0; round < 2; round++) {
    if (direction === null) {
      const d = readDirection(ctx, last);
      if (d) {
        direction = d.direction;
        last = d.last;
        continue;
      }
    }
    if (year === null) {
      const y = readYear(ctx, last, calendar);
      if (y) {
        year = y.year;
        last = y.last;
        continue;
      }
    }
    break;
  }
  return { month, calendar, direction, year, last };
}

/** A direction word after token `after`, bare or in parentheses. */
export function readDirection(ctx: ParsingContext, after: number): { direction: Direction; last: number } | null {
  const { tokens } = ctx;
  if (!joined(ctx, after)) return null;
  const direct = lookup(tokens[after + 1], DIRECTION_WORDS);
  if (direct) return { direction: direct, last: after + 1 };
  if (isPunct(tokens[after + 1], '(') && joined(ctx, after + 1)) {
    const inner = lookup(tokens[after + 2], DIRECTION_WORDS);
    if (inner && isPunct(tokens[after + 3], ')')) return { direction: inner, last: after + 3 };
  }
  return null;
}

/** A year after token `after`: `2019`, `، 2019`, `عام 2019`, with an optional era mark (`2024م`, `1445 هـ`). */
export function readYear(ctx: ParsingContext, after: number, calendar: Calendar): { year: number; last: number } | null {
  const { tokens } = ctx;
  let k = after + 1;
  if (!joined(ctx, after)) return null;
  if (isPunct(tokens[k], ',') || isPunct(tokens[k], '،')) {
    if (!joined(ctx, k)) return null;
    k++;
  }
  // `26 يوليو من عام 1987`, `سبتمبر من العام 2003`
  if (tokens[k]?.norm === OF_WORD && joined(ctx, k) && isWord(tokens[k + 1], YEAR_WORDS)) k++;
  if (isWord(tokens[k], YEAR_WORDS)) {
    if (!joined(ctx, k)) return null;
    k++;
  }
  // After a month name a 4-digit number is a year, however old (`ماي 1926`, `آب عام 1836`).
  const year = calendar === 'hijri' ? yearAt(ctx, k, MIN_HIJRI_YEAR, MAX_HIJRI_YEAR) : yearAt(ctx, k, MIN_HISTORICAL_YEAR);
  if (year === null) return null;
  const marks = calendar === 'hijri' ? HIJRI_ERA_MARKS : GREGORIAN_ERA_MARKS;
  if (joined(ctx, k) && isExactWord(tokens[k + 1], marks)) k++;
  return { year, last: k };
}
