/**
 * Periods around publication: `الشهر الماضي`, `الأسبوع الماضي`, `العام الماضي`, `السنة المقبلة`,
 * `هذا الأسبوع`, `مطلع العام`, `نهاية الشهر الجاري`, `أواخر الأسبوع الماضي`. A period needs a
 * direction, `هذا`, or a part word: `العام` alone is the adjective "general" (`الأمين العام`).
 */
import { normalizeArabic } from '../../arabic/index.js';
import { PART_WORDS, PERIOD_WORDS, THIS_WORDS } from '../constants.js';
import { isWord, joined, lookup, type ParsingContext } from '../context.js';
import { readDirection } from '../month.js';
import type { ParsedDate } from '../reading.js';

const ARTICLE = 'ال';
/** Shortest noun that, with the article, makes `العام` an adjective (`الأمين العام الحالي`). */
const MIN_NOUN_WITH_ARTICLE = 4;

const OFFSETS = { past: -1, current: 0, future: 1 } as const;

/** Direction words that also qualify an office holder (`الأمين العام الحالي/المقبل/القادم`). */
const OFFICE_DIRECTIONS: ReadonlySet<string> = new Set(['الحالي', 'المقبل', 'القادم'].map(normalizeArabic));

export function parsePeriod(ctx: ParsingContext, i: number): ParsedDate | null {
  const { tokens } = ctx;
  let k = i;
  const part = isWord(tokens[k], PART_WORDS);
  if (part) {
    if (!joined(ctx, k)) return null;
    k++;
  }
  const thisWord = isWord(tokens[k], THIS_WORDS);
  if (thisWord) {
    if (!joined(ctx, k)) return null;
    k++;
  }
  const period = lookup(tokens[k], PERIOD_WORDS);
  if (period === null) return null;
  const direction = readDirection(ctx, k);
  if (!direction && !thisWord && !part) return null;
  if (period === 'year' && direction && k === i && i > 0 && joined(ctx, i - 1) && OFFICE_DIRECTIONS.has(tokens[k + 1]!.norm)) {
    // `الأمين العام الحالي`, `المدعي العام المقبل`: a noun with the article right before makes
    // `العام` "general" and the direction word is about the office holder, not the year.
    const prev = tokens[i - 1]!;
    if (prev.kind === 'word' && lookup(prev, PERIOD_WORDS) === null && prev.bases.some((b) => b.startsWith(ARTICLE) && b.length >= MIN_NOUN_WITH_ARTICLE)) {
      return null;
    }
  }
  const offset = direction ? OFFSETS[direction.direction] : 0;
  return { first: i, last: direction ? direction.last : k, reading: { kind: 'period', period, offset } };
}
