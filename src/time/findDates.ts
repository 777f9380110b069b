/**
 * The time stage: every date expression in a text, resolved against the publication date.
 * Parsers run at each token, the longest parse wins and the scan resumes after it; refiners run in
 * order; the resolver turns readings into values. Read top to bottom, as in chrono-node.
 */
import { normalizeArabic, tokenize } from '../arabic/index.js';
import type { DateMention, Token } from '../types.js';
import { parseIsoDay } from './calendar.js';
import {
  BEFORE_WORD,
  DAY_PARTS,
  DETACHED_ARTICLE,
  DURATION_UNIT_WORDS,
  FIRST_WORDS,
  MIDDLE_WORD,
  MONTH_WORD,
  MONTHS_BY_FIRST_WORD,
  ORDINAL_TENS,
  ORDINAL_UNITS,
  PART_WORDS,
  PERIOD_WORDS,
  RELATIVE_DAY_WORDS,
  SINCE_WORD,
  THIS_WORDS,
  TONIGHT,
  WEEKDAYS,
  YEAR_WORDS,
} from './constants.js';
import type { ParsingContext } from './context.js';
import { parseDayMonth } from './parsers/dayMonth.js';
import { parseDuration } from './parsers/duration.js';
import { parseEnglishDate } from './parsers/english.js';
import { parseMonthOnly } from './parsers/monthOnly.js';
import { parseNumericDate } from './parsers/numeric.js';
import { parseOrdinalDay, parseOrdinalDayPair } from './parsers/ordinalDay.js';
import type { Parser } from './parsers/parser.js';
import { parsePeriod } from './parsers/period.js';
import { parseRelativeDay } from './parsers/relativeDay.js';
import { parseWeekday } from './parsers/weekday.js';
import { parseYear } from './parsers/year.js';
import { parsePublicationDate } from './published.js';
import type { ParsedDate } from './reading.js';
import { dropImpossibleDates } from './refiners/dropImpossibleDates.js';
import { dropNamedDates } from './refiners/dropNamedDates.js';
import { mergeDateRanges } from './refiners/mergeDateRanges.js';
import { mergeWeekdayWithDate } from './refiners/mergeWeekdayWithDate.js';
import type { Refiner } from './refiners/refiner.js';
import { resolveReading } from './resolve.js';
import { writingDay } from './writingDay.js';

const PARSERS: readonly Parser[] = [
  parseNumericDate,
  parseEnglishDate,
  parseDayMonth,
  parseMonthOnly,
  parseYear,
  parseRelativeDay,
  parseWeekday,
  parsePeriod,
  parseDuration,
  parseOrdinalDayPair,
  parseOrdinalDay,
];

const REFINERS: readonly Refiner[] = [dropNamedDates, mergeWeekdayWithDate, mergeDateRanges, dropImpossibleDates];

/**
 * Every word a parse can start with. Most words of an article are none of these, so the parsers
 * run only at digits, Latin words and these: the scan stays linear and cheap.
 */
/** `آخر 24 ساعة` */
const LAST_BEFORE_WORD = normalizeArabic('آخر');

const STARTER_WORDS: ReadonlySet<string> = new Set([
  ...PART_WORDS,
  MONTH_WORD,
  ...MONTHS_BY_FIRST_WORD.keys(),
  ...YEAR_WORDS,
  ...DAY_PARTS,
  MIDDLE_WORD,
  ...FIRST_WORDS,
  TONIGHT,
  ...RELATIVE_DAY_WORDS.keys(),
  ...WEEKDAYS.keys(),
  ...THIS_WORDS,
  ...PERIOD_WORDS.keys(),
  SINCE_WORD,
  BEFORE_WORD,
  LAST_BEFORE_WORD,
  DETACHED_ARTICLE,
  ...DURATION_UNIT_WORDS.keys(),
  ...ORDINAL_UNITS.keys(),
  ...ORDINAL_TENS.keys(),
]);

function mayStartDate(t: Token): boolean {
  if (t.kind === 'number' || t.kind === 'latin') return true;
  if (t.kind !== 'word') return false;
  for (const b of t.bases) if (STARTER_WORDS.has(b)) return true;
  return false;
}

/**
 * What the text says, before any reference date: every date expression as parsed and refined, in
 * text order. `refYear` (the publication year, if known) only keeps far-off bare numbers from being
 * read as years. Shared by findDates and by the publication-date inference.
 */
export function parseDates(text: string, tokens: Token[], refYear: number | null): ParsedDate[] {
  const ctx: ParsingContext = { text, tokens, refYear };
  let parsed: ParsedDate[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!mayStartDate(tokens[i]!)) {
      i++;
      continue;
    }
    let best: ParsedDate | null = null;
    for (const parse of PARSERS) {
      const p = parse(ctx, i);
      if (p && (!best || p.last > best.last)) best = p;
    }
    if (best) {
      parsed.push(best);
      i = best.last + 1;
    } else i++;
  }
  for (const refine of REFINERS) parsed = refine(ctx, parsed);
  return parsed;
}

/**
 * Every date expression in `text`, with offsets into `text`, resolved against `published`
 * (YYYY-MM-DD or null). Pass `tokens` when the caller already has `tokenize(text)`.
 */
export function findDates(text: string, published: string | null, tokens: Token[] = tokenize(text)): DateMention[] {
  const ref = parseIsoDay(published) ?? (published ? parseIsoDay(parsePublicationDate(published)) : null);
  const parsed = parseDates(text, tokens, ref?.year ?? null);

  // Calendar dates are resolved from the page's date; words like `أمس` from the day it was written.
  const relativeRef = ref ? writingDay(parsed, ref) : null;
  return parsed.map((p) => {
    const start = tokens[p.first]!.start;
    const end = tokens[p.last]!.end;
    const r = p.reading;
    return { text: text.slice(start, end), start, end, ...resolveReading(r, r.kind === 'calendar' ? ref : relativeRef) };
  });
}
