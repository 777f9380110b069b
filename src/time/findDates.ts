/**
 * The time stage: every date expression in a text, resolved against the publication date.
 * Parsers run at each token, the longest parse wins and the scan resumes after it; refiners run in
 * order; the resolver turns readings into values. Read top to bottom, as in chrono-node.
 */
import { tokenize } from '../arabic/index.js';
import type { DateMention, Token } from '../types.js';
import { parseIsoDay } from './calendar.js';
import {
  DAY_PARTS,
  FIRST_WORDS,
  MIDDLE_WORD,
  MONTH_WORD,
  MONTHS_BY_FIRST_WORD,
  PART_WORDS,
  PERIOD_WORDS,
  RELATIVE_DAY_WORDS,
  THIS_WORDS,
  TONIGHT,
  WEEKDAYS,
  YEAR_WORDS,
} from './constants.js';
import type { ParsingContext } from './context.js';
import { parseDayMonth } from './parsers/dayMonth.js';
import { parseEnglishDate } from './parsers/english.js';
import { parseMonthOnly } from './parsers/monthOnly.js';
import { parseNumericDate } from './parsers/numeric.js';
import type { Parser } from './parsers/parser.js';
import { parsePeriod } from './parsers/period.js';
import { parseRelativeDay } from './parsers/relativeDay.js';
import { parseWeekday } from './parsers/weekday.js';
import { parseYear } from './parsers/year.js';
import { parsePublicationDate } from './published.js';
import type { ParsedDate } from './reading.js';
import { dropImpossibleDates } from './refiners/dropImpossibleDates.js';
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
];

const REFINERS: readonly Refiner[] = [mergeWeekdayWithDate, dropImpossibleDates];

/**
 * Every word a parse can start with. Most words of an article are none of these, so the parsers
 * run only at digits, Latin words and these: the scan stays linear and cheap.
 */
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
]);

function mayStartDate(t: Token): boolean {
  if (t.kind === 'number' || t.kind === 'latin') return true;
  if (t.kind !== 'word') return false;
  for (const b of t.bases) if (STARTER_WORDS.has(b)) return true;
  return false;
}

/**
 * Every date expression in `text`, with offsets into `text`, resolved against `published`
 * (YYYY-MM-DD or null). Pass `tokens` when the caller already has `tokenize(text)`.
 */
export function findDates(text: string, published: string | null, tokens: Token[] = tokenize(text)): DateMention[] {
  const ref = parseIsoDay(published) ?? (published ? parseIsoDay(parsePublicationDate(published)) : null);
  const ctx: ParsingContext = { text, tokens, refYear: ref?.year ?? null };

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

  // Calendar dates are resolved from the page's date; words like `أمس` from the day it was written.
  const relativeRef = ref ? writingDay(parsed, ref) : null;
  return parsed.map((p) => {
    const start = tokens[p.first]!.start;
    const end = tokens[p.last]!.end;
    const r = p.reading;
    return { text: text.slice(start, end), start, end, ...resolveReading(r, r.kind === 'calendar' ? ref : relativeRef) };
  });
}
