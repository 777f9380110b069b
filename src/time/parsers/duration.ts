/**
 * Spans counted from publication:
 * - `منذ ثلاثة أيام`, `منذ 15 يوماً`, `منذ يومين`, `منذ عام` (since then, up to publication);
 * - `قبل يومين`, `قبل أسبوع`, `قبل 3 أشهر`, `قبل حوالى أسبوعين` (a point that long before publication);
 * - `الأيام الثلاثة الماضية`, `اليومين الماضيين`, `الساعات الـ24 الماضية`, `الـ48 ساعة الأخيرة`,
 *   `آخر 24 ساعة` (the span just before publication).
 * A count must be said: `منذ أيام`, `منذ سنوات`, `الأيام الماضية` are vague and give no date.
 */
import {
  APPROXIMATELY_WORDS,
  BEFORE_WORD,
  DETACHED_ARTICLE,
  DIRECTION_WORDS,
  DURATION_COUNT_WORDS,
  DURATION_UNIT_WORDS,
  INEXACT_AFTER,
  LAST_WORDS,
  MONTHS_BY_FIRST_WORD,
  NOT_FROM_PUBLICATION_AFTER,
  SINCE_WORD,
  WEEKDAYS,
  type UnitWord,
} from '../constants.js';
import { isWord, joined, lookup, type ParsingContext } from '../context.js';
import type { DurationReading, ParsedDate } from '../reading.js';
import { normalizeArabic } from '../../arabic/index.js';
import type { Token } from '../../types.js';

/** `آخر 24 ساعة`: "the last 24 hours", a past span without a direction word after it. */
const LAST_BEFORE = normalizeArabic('آخر');
const ARTICLE = 'ال';
/** Counts beyond this are not durations news counts from publication (`قبل 300 عام` is history, not a date). */
const MAX_COUNT = 100;

interface CountUnit {
  unit: UnitWord['unit'];
  count: number;
  last: number;
}

/** A unit word read without proclitic or article (`يومين`, `أيام`), or with them when `withArticle`. */
function unitAt(t: Token | undefined, withArticle: boolean): UnitWord | null {
  if (!t || t.kind !== 'word') return null;
  for (const base of t.bases) {
    const u = DURATION_UNIT_WORDS.get(base);
    if (!u) continue;
    const hasArticle = t.norm !== base && t.norm.endsWith(ARTICLE + base);
    if (hasArticle === withArticle) return u;
  }
  return null;
}

const CONJUNCTION = 'و';
const TEN = 10;

/** A count at token k: digits (`15`), a number word (`ثلاثة`, `الثلاثة`), or a compound (`الأربع والعشرين`). */
function countAt(ctx: ParsingContext, k: number): { count: number; last: number } | null {
  const t = ctx.tokens[k];
  if (!t) return null;
  if (t.kind === 'number') {
    const v = t.value;
    return v !== null && Number.isInteger(v) && v >= 1 && v <= MAX_COUNT && t.norm.length <= 3 ? { count: v, last: k } : null;
  }
  const unit = lookup(t, DURATION_COUNT_WORDS);
  if (unit === null) return null;
  const next = ctx.tokens[k + 1];
  if (unit < TEN && joined(ctx, k) && next?.kind === 'word' && next.norm.startsWith(CONJUNCTION)) {
    const tens = lookup(next, DURATION_COUNT_WORDS);
    if (tens !== null && tens >= 2 * TEN && tens % TEN === 0 && tens < MAX_COUNT) return { count: tens + unit, last: k + 1 };
  }
  return { count: unit, last: k };
}

/** `ثلاثة أيام`, `15 يوماً`, `يومين`, `أسبوع` at token k (no article). */
function readCountUnit(ctx: ParsingContext, k: number): CountUnit | null {
  const c = countAt(ctx, k);
  if (c !== null) {
    if (!joined(ctx, c.last)) return null;
    const u = unitAt(ctx.tokens[c.last + 1], false);
    return u && u.count !== 2 ? { unit: u.unit, count: c.count, last: c.last + 1 } : null;
  }
  const u = unitAt(ctx.tokens[k], false);
  if (!u || u.count === null) return null;
  // The singular may head a date instead: `منذ شهر آب`, `منذ يوم الجمعة`, `قبل عام 2011`.
  if (u.count === 1 && joined(ctx, k)) {
    const next = ctx.tokens[k + 1]!;
    if (next.kind === 'number' || lookup(next, WEEKDAYS) !== null || next.bases.some((b) => MONTHS_BY_FIRST_WORD.has(b))) return null;
  }
  return { unit: u.unit, count: u.count, last: k };
}

function isPastMarker(t: Token | undefined): boolean {
  return lookup(t, DIRECTION_WORDS) === 'past' || isWord(t, LAST_WORDS);
}

function reading(first: number, last: number, r: Omit<DurationReading, 'kind'>): ParsedDate {
  return { first, last, reading: { kind: 'duration', ...r } };
}

/** `منذ ثلاثة أيام`, `قبل يومين`. */
function parseFromPublication(ctx: ParsingContext, i: number): ParsedDate | null {
  const t = ctx.tokens[i]!;
  const since = t.bases.includes(SINCE_WORD);
  if (!since && !t.bases.includes(BEFORE_WORD)) return null;
  if (!joined(ctx, i)) return null;
  let k = i + 1;
  const approximate = isWord(ctx.tokens[k], APPROXIMATELY_WORDS);
  if (approximate) {
    if (!joined(ctx, k)) return null;
    k++;
  }
  const cu = readCountUnit(ctx, k);
  if (!cu) return null;
  const after = joined(ctx, cu.last) ? ctx.tokens[cu.last + 1] : undefined;
  if (isWord(after, INEXACT_AFTER) || (!since && isWord(after, NOT_FROM_PUBLICATION_AFTER))) return null;
  return reading(i, cu.last, { unit: cu.unit, count: cu.count, relation: since ? 'since' : 'ago', approximate });
}

/** `الأيام الثلاثة الماضية`, `اليومين الماضيين`, `الساعات الـ24 الماضية`. */
function parseDefiniteSpan(ctx: ParsingContext, i: number): ParsedDate | null {
  const u = unitAt(ctx.tokens[i], true);
  if (!u || u.count === 1 || !joined(ctx, i)) return null;
  let k = i;
  let count: number | null = u.count;
  if (count === null) {
    k++;
    if (ctx.tokens[k]?.norm === DETACHED_ARTICLE && joined(ctx, k)) k++;
    const c = countAt(ctx, k);
    if (c === null || !joined(ctx, c.last)) return null;
    count = c.count;
    k = c.last;
  }
  if (!isPastMarker(ctx.tokens[k + 1])) return null;
  return reading(i, k + 1, { unit: u.unit, count, relation: 'past', approximate: false });
}

/** `الـ24 ساعة الماضية`, `آخر 24 ساعة`, `24 ساعة الماضية`. */
function parseCountedSpan(ctx: ParsingContext, i: number): ParsedDate | null {
  const t = ctx.tokens[i]!;
  let k = i;
  // `آخر` (last), not `الآخر` (the other)
  const lastBefore = t.kind === 'word' && t.bases.includes(LAST_BEFORE) && !t.norm.endsWith(ARTICLE + LAST_BEFORE);
  if (lastBefore || t.norm === DETACHED_ARTICLE) {
    if (!joined(ctx, k)) return null;
    k++;
  }
  // a written count is needed here: `الـ ساعة الماضية` is no span
  if (countAt(ctx, k) === null) return null;
  const cu = readCountUnit(ctx, k);
  if (!cu) return null;
  if (joined(ctx, cu.last) && isPastMarker(ctx.tokens[cu.last + 1])) {
    return reading(i, cu.last + 1, { unit: cu.unit, count: cu.count, relation: 'past', approximate: false });
  }
  return lastBefore ? reading(i, cu.last, { unit: cu.unit, count: cu.count, relation: 'past', approximate: false }) : null;
}

export function parseDuration(ctx: ParsingContext, i: number): ParsedDate | null {
  const t = ctx.tokens[i];
  if (!t || t.kind === 'punct' || t.kind === 'latin') return null;
  return parseFromPublication(ctx, i) ?? parseDefiniteSpan(ctx, i) ?? parseCountedSpan(ctx, i);
}
