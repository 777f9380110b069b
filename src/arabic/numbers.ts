/**
 * Counts in Arabic news text: digits (`20 مسلحا`, `١٢`), number words (`ثلاث غارات`, `خمسة وعشرون`,
 * `عشر مروحيات`), duals (`قاعدتين` = 2), vague counts coded by GUIDE.md (`عشرات` = 12), with the
 * qualifier in front (`أكثر من`, `نحو`) or behind (`على الأقل`) and the counted noun that follows.
 *
 * Dates are not counts: a number directly followed by a month name (`6 أبريل`, `16 من آذار`), a year
 * after a month or after عام/سنة (`عام 2019`), a time (`23:45`) and a number that names something
 * (`الفرقة 30`, `الـ 23`, `إس-400`) are SKIPPED, not returned.
 */
import type { Quantity, Token } from '../types.js';
import { normalizeArabic } from './normalize.js';
import { tokenize } from './tokens.js';
import {
  UNITS,
  COMPOUND_ONLY_UNITS,
  TEEN_TENS,
  TENS,
  HUNDRED_WORDS,
  TWO_HUNDRED_WORDS,
  HUNDREDS_PREFIXES,
  THOUSAND_WORDS,
  TWO_THOUSAND_WORDS,
  THOUSANDS_PLURAL,
  MILLION_WORDS,
  VAGUE_WORDS,
  VAGUE_PHRASES,
  QUALIFIERS_BEFORE,
  AT_LEAST_AFTER,
  AT_LEAST_WINDOW,
  MASCULINE_DUAL_STEMS,
  NOT_DUALS,
  STAN_ENDING,
  MIN_DUAL_STEM,
  MONTHS,
  YEAR_WORDS,
  YEAR_RANGE,
  YEAR_LOOKBACK,
  GLUED_PROCLITIC,
  YEAR_GLUE,
  NAMING_WORDS,
  NOT_NOUNS,
  BILLION_WORDS,
  ALEF_LAM_NUMBER_WORDS,
  THOUSAND_ACCUSATIVE,
  POSTPOSED_COUNT_WORDS,
  NOT_COUNTED_BY_ONE,
  VAGUE_MULTIPLES,
  SOUND_PLURAL_STEMS,
  DUAL_FATHA,
  PERCENT_SIGNS,
  PERCENT_WORDS,
  DOT_THOUSANDS,
} from './number-lexicon.js';

// ---------------------------------------------------------------------------------------------
// normalised indexes, built once

const norm = normalizeArabic;
const normSet = (words: readonly string[]) => new Set(words.map(norm));
const normMap = (entries: Record<string, number>) => new Map(Object.entries(entries).map(([k, v]) => [norm(k), v]));

const UNIT = normMap(UNITS);
const COMPOUND_UNIT = normMap(COMPOUND_ONLY_UNITS);
const TEEN = normSet(TEEN_TENS);
const TEN = normMap(TENS);
const HUNDRED = normSet(HUNDRED_WORDS);
const TWO_HUNDRED = normSet(TWO_HUNDRED_WORDS);
const HUNDREDS = new Map<string, number>();
for (const [prefix, n] of Object.entries(HUNDREDS_PREFIXES))
  for (const h of HUNDRED_WORDS) HUNDREDS.set(norm(prefix + h), n * 100);
const THOUSAND = normSet(THOUSAND_WORDS);
const TWO_THOUSAND = normSet(TWO_THOUSAND_WORDS);
const THOUSANDS = normSet(THOUSANDS_PLURAL);
const MILLION = normSet(MILLION_WORDS);
const BILLION = normSet(BILLION_WORDS);
const ALEF_LAM_NUMBER = normSet(ALEF_LAM_NUMBER_WORDS);
const THOUSAND_ACC = norm(THOUSAND_ACCUSATIVE);
const VAGUE_MULTIPLE = normSet(VAGUE_MULTIPLES);
const SOUND_PLURAL_DUALS = new Set(SOUND_PLURAL_STEMS.map((s) => norm(s) + 'ين'));
const PERCENT_SIGN = new Set(PERCENT_SIGNS);
const PERCENT_WORD = normSet(PERCENT_WORDS);
const NOT_ONE = normSet(NOT_COUNTED_BY_ONE);
const VAGUE = normMap(VAGUE_WORDS);
const VAGUE_PHRASE = VAGUE_PHRASES.map(([p, v]) => ({ words: norm(p).split(' '), value: v }));
const QUALIFIER_PHRASES = QUALIFIERS_BEFORE.map(([p, q]) => ({ words: norm(p).split(' '), qualifier: q })).sort(
  (a, b) => b.words.length - a.words.length,
);
const AT_LEAST_WORDS = norm(AT_LEAST_AFTER).split(' ');
const ONE_WORD_QUALIFIER = new Set(QUALIFIER_PHRASES.filter((p) => p.words.length === 1).map((p) => p.words[0]!));
const MASCULINE_DUALS = new Set(MASCULINE_DUAL_STEMS.flatMap((s) => [norm(s) + 'ين', norm(s) + 'ان']));
const NOT_DUAL = normSet(NOT_DUALS);
const MONTH = normSet(MONTHS);
const YEAR_GLUE_WORD = normSet(YEAR_GLUE);
const YEAR_WORD = normSet(YEAR_WORDS);
const NAMING_WORD = normSet(NAMING_WORDS);
const NOT_NOUN = normSet(NOT_NOUNS);
const POSTPOSED_COUNTS = normMap(POSTPOSED_COUNT_WORDS);
const ARTICLE = 'ال';

// ---------------------------------------------------------------------------------------------

interface Core {
  first: number;
  /** One past the last token of the number. */
  end: number;
  value: number;
  qualifier: Quantity['qualifier'];
  /** For duals: the token is its own noun. */
  selfNoun: boolean;
  /** Normalised characters of proclitics before the number in its first token (وثلاثة → 1). */
  prefixLength: number;
}

/**
 * All counts in `text`, in order. `tokens`, if given, must be `tokenize(text)`.
 * `value` is the exact figure or the lower bound; vague words carry their GUIDE.md code.
 */
export function findQuantities(text: string, tokens: readonly Token[] = tokenize(text)): Quantity[] {
  const out: Quantity[] = [];
  let dualEnd = -1;
  for (let i = 0; i < tokens.length; ) {
    const core = readCore(tokens, i) ?? postposedOne(tokens, i);
    if (!core) {
      i++;
      continue;
    }
    i = core.end;
    if (isDateOrName(tokens, core)) continue;
    // سيارتين عسكريتين تابعتين: adjectives agree in the dual; one count
    if (core.qualifier === 'dual') {
      const agrees = core.first === dualEnd;
      dualEnd = core.end;
      if (agrees) continue;
    }

    let qualifier = core.qualifier;
    let first = core.first;
    let prefixLength = core.prefixLength;
    const before = qualifierBefore(tokens, core.first);
    if (before && qualifier !== 'vague' && qualifier !== 'dual') {
      qualifier = before.qualifier;
      first = before.first;
      prefixLength = before.prefixLength;
    }
    const nounIndex = core.selfNoun ? core.end - 1 : (nounAfter(tokens, core.end) ?? postposedNoun(tokens, core));
    if (qualifier === 'exact' && atLeastAfter(tokens, nounIndex === null ? core.end : nounIndex + 1)) qualifier = 'at_least';

    const start = offsetInToken(tokens[first]!, prefixLength);
    const end = tokens[core.end - 1]!.end;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value: core.value,
      qualifier,
      noun: nounIndex === null ? null : nounText(tokens[nounIndex]!, core.selfNoun ? prefixLength : 0),
    });
  }
  return out;
}

/** The number starting at token i: digits, number words, a vague word or phrase, or a dual noun. */
function readCore(tokens: readonly Token[], i: number): Core | null {
  const t = tokens[i]!;
  if (t.kind === 'number' && t.value !== null) {
    let value = t.value;
    let end = i + 1;
    const next = tokens[end];
    const m = next?.kind === 'word' ? multiplierOf(next.norm) : undefined;
    if (m) {
      value *= m;
      end++;
    } else if (DOT_THOUSANDS.test(t.norm)) value = Number(t.norm.replace(/\./g, ''));
    return { first: i, end, value, qualifier: 'exact', selfNoun: false, prefixLength: 0 };
  }
  if (t.kind !== 'word') return null;
  for (const { words, value } of VAGUE_PHRASE) {
    const prefix = phraseAt(tokens, i, words);
    if (prefix !== null) return { first: i, end: i + words.length, value, qualifier: 'vague', selfNoun: false, prefixLength: prefix };
  }
  for (const reading of t.bases) {
    const prefix = procliticPrefix(t.norm, reading);
    if (prefix === null) continue;
    // يوم الاثنين is Monday, الأحد Sunday: a number word with the article is not a count
    const attached = t.norm.slice(0, t.norm.length - reading.length);
    const definite =
      (reading.startsWith(ARTICLE) && !ALEF_LAM_NUMBER.has(reading)) || attached.endsWith(ARTICLE) || attached.endsWith('لل');
    const words = definite ? null : readNumberWords(tokens, i, reading);
    if (words) return { ...words, prefixLength: prefix };
    const vague = VAGUE.get(reading);
    if (vague !== undefined) {
      // بضع عشرات, عدة مئات: a few dozen is coded as dozens
      let value = vague;
      let end = i + 1;
      const multiple = tokens[end];
      if (multiple?.kind === 'word' && VAGUE_MULTIPLE.has(multiple.norm) && !VAGUE_MULTIPLE.has(reading)) {
        value = VAGUE.get(multiple.norm)!;
        end++;
      }
      // عشرات الآلاف: dozens of thousands
      const next = tokens[end];
      const times = next?.kind === 'word' ? (multiplierOf(next.norm) ?? multiplierOf(stripArticleOf(next.norm))) : undefined;
      if (times) end++;
      return { first: i, end, value: value * (times ?? 1), qualifier: 'vague', selfNoun: false, prefixLength: prefix };
    }
    if (!definite && isDual(reading, t, tokens[i + 1]))
      return { first: i, end: i + 1, value: 2, qualifier: 'dual', selfNoun: true, prefixLength: prefix };
  }
  return null;
}

/** ألف, آلاف, مليون, مليار after a number multiply it. */
function multiplierOf(word: string): number | undefined {
  if (THOUSAND.has(word) || THOUSANDS.has(word) || word === THOUSAND_ACC) return 1000;
  if (MILLION.has(word)) return 1_000_000;
  if (BILLION.has(word)) return 1_000_000_000;
  return undefined;
}

function stripArticleOf(word: string): string {
  return word.startsWith(ARTICLE) ? word.slice(ARTICLE.length) : word;
}

/**
 * Number words from token i (whose reading is `first`): a unit, a teen (ثلاثة عشر), unit و tens
 * (خمسة وعشرون), hundreds (ثلاثمئة, ثلاث مئة, مئتان), thousands (ثلاثة آلاف, ألفان), joined by و.
 */
function readNumberWords(tokens: readonly Token[], i: number, first: string): Omit<Core, 'prefixLength'> | null {
  let total = 0;
  let current = 0;
  let end = i;
  let reading: string | undefined = first;
  let expectAnd = false;
  /** The last multiplier used: a later group must be smaller (ألف وخمسمئة), else it is a list (ألفين وثلاثة آلاف). */
  let scale = Infinity;
  let firstGroupEnd = i;
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    if (k > i) {
      reading = undefined;
      // within a number, words follow directly (ثلاثة عشر, ثلاث مئة, ثلاثة آلاف) or after و
      if (TEEN.has(t.norm) || HUNDRED.has(t.norm) || multiplierOf(t.norm) !== undefined) reading = t.norm;
      else if (t.norm.startsWith('و') && expectAnd) reading = t.norm.slice(1);
      if (reading === undefined) break;
    }
    const r: string = reading;
    const unit = UNIT.get(r) ?? (k === i ? COMPOUND_UNIT.get(r) : undefined);
    const compound = k === i && COMPOUND_UNIT.has(r) && !UNIT.has(r);
    if (k > i && TEEN.has(r) && current >= 1 && current <= 9 && end === k) current += 10;
    else if (k > i && HUNDRED.has(r) && current >= 1 && current <= 9 && end === k) current *= 100;
    else if (k > i && multiplierOf(r) !== undefined && current >= 1 && end === k) {
      const m = multiplierOf(r)!;
      if (m >= scale) return { first: i, end: firstGroupEnd, value: total, qualifier: 'exact', selfNoun: false };
      total += current * m;
      current = 0;
      scale = m;
      firstGroupEnd = k + 1;
    } else if (unit !== undefined && (k === i || current % 10 === 0)) {
      if (compound && !continuesCompound(tokens[k + 1])) return null;
      current += unit;
    } else if (TEN.has(r) && current % 100 < 10) current += TEN.get(r)!;
    else if (HUNDREDS.has(r) && current === 0) current += HUNDREDS.get(r)!;
    else if (HUNDRED.has(r) && current === 0) current += 100;
    else if (TWO_HUNDRED.has(r) && current === 0) current += 200;
    else if ((THOUSAND.has(r) || TWO_THOUSAND.has(r) || MILLION.has(r) || BILLION.has(r)) && current === 0 && total === 0) {
      scale = multiplierOf(r) ?? 1000;
      total += TWO_THOUSAND.has(r) ? 2000 : scale;
      firstGroupEnd = k + 1;
    } else break;
    end = k + 1;
    expectAnd = true;
  }
  if (end === i) return null;
  const value = total + current;
  if (value === 0) return null;
  // ordinals: التاسع عشر is "nineteenth", not ten
  const previous = tokens[i - 1];
  if (TEEN.has(first) && end === i + 1 && previous?.kind === 'word' && previous.norm.startsWith(ARTICLE)) return null;
  return { first: i, end, value, qualifier: 'exact', selfNoun: false };
}

/** أحد and اثنا count only inside a compound: أحد عشر, إحدى وعشرون. */
function continuesCompound(next: Token | undefined): boolean {
  if (!next || next.kind !== 'word') return false;
  return TEEN.has(next.norm) || (next.norm.startsWith('و') && TEN.has(next.norm.slice(1)));
}

/**
 * A dual noun, indefinite: a definite dual (الطائرتين, القريبتين) points back to things already
 * counted, or is an adjective agreeing with them, or a name (القريتين); it is not a new count.
 * The feminine dual (-تين, -تان; -تي before its complement: قاعدتي الشعيرات) is reliable.
 * The masculine -ين/-ان is nearly always a plural (مدنيين, مسلحين), so it counts only for nouns listed
 * in MASCULINE_DUAL_STEMS, whose plural is broken (جنديين vs جنود).
 */
function isDual(reading: string, token: Token, next: Token | undefined): boolean {
  const stem = reading;
  const shortest = token.bases[0]!;
  if (NOT_DUAL.has(stem) || stem.endsWith(STAN_ENDING)) return false;
  // مدنيين is a plural, مدنيَين (fatha written) a dual
  if (SOUND_PLURAL_DUALS.has(stem)) return hasDualFatha(token.text);
  if (MASCULINE_DUALS.has(stem)) return true;
  for (const ending of ['تين', 'تان']) {
    if (stem.endsWith(ending) && stem.length - ending.length >= MIN_DUAL_STEM) return true;
  }
  // construct dual (قاعدتي الشعيرات), followed by the definite word it governs; judged on the most
  // stripped reading, since -تي also ends verbs (وتأتي)
  return (
    shortest.endsWith('تي') && shortest.length - 2 >= MIN_DUAL_STEM && next?.kind === 'word' && next.norm.startsWith(ARTICLE)
  );
}

/** The written word ends -َين / -َيْن: the fatha before ي marks the dual. */
export function hasDualFatha(written: string): boolean {
  // the marks written on the letter before the ي of -ين
  for (let k = written.lastIndexOf('ي') - 1; k >= 0 && HARAKA.test(written[k]!); k--) if (written[k] === DUAL_FATHA) return true;
  return false;
}
const HARAKA = /[\u064B-\u0652]/;

/** Normalised length of the proclitics in front of `reading` (article kept), or null if it is not a clitic reading. */
function procliticPrefix(wordNorm: string, reading: string): number | null {
  if (reading === wordNorm) return 0;
  if (!wordNorm.endsWith(reading)) return reading.startsWith(ARTICLE) && wordNorm.endsWith(reading.slice(1)) ? 0 : null;
  const prefix = wordNorm.slice(0, wordNorm.length - reading.length);
  if (!/^[وف]?[بلك]?(?:ال)?$/.test(prefix)) return null;
  return prefix.endsWith(ARTICLE) ? prefix.length - ARTICLE.length : prefix.length;
}

/** The tokens at i read `words` (the first may carry a conjunction or preposition). Returns the prefix length. */
function phraseAt(tokens: readonly Token[], i: number, words: readonly string[]): number | null {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return null;
  const reading = first.bases.find((b) => b === words[0]);
  if (reading === undefined) return null;
  const prefix = procliticPrefix(first.norm, reading);
  if (prefix === null) return null;
  for (let k = 1; k < words.length; k++) if (tokens[i + k]?.norm !== words[k]) return null;
  return prefix;
}

function qualifierBefore(tokens: readonly Token[], at: number): { qualifier: Quantity['qualifier']; first: number; prefixLength: number } | null {
  for (const { words, qualifier } of QUALIFIER_PHRASES) {
    const first = at - words.length;
    if (first < 0) continue;
    const prefix = phraseAt(tokens, first, words);
    if (prefix !== null) return { qualifier, first, prefixLength: prefix };
  }
  return null;
}

function atLeastAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + AT_LEAST_WINDOW - 1; k++) {
    if (tokens[k]!.kind === 'punct') return false;
    if (phraseAt(tokens, k, AT_LEAST_WORDS) !== null) return true;
  }
  return false;
}

/** The counted noun: the next word, or the word after a partitive من (20 من عناصر). Never a month. */
function nounAfter(tokens: readonly Token[], from: number): number | null {
  let k = from;
  if (tokens[k]?.kind === 'word' && tokens[k]!.norm === 'من') k++;
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  if (NOT_NOUN.has(t.norm) || t.bases.some((b) => MONTH.has(b))) return null;
  // the counted noun follows the number directly; a word with و is the next clause (اثنين وجرح)
  if (t.norm.startsWith('و') && t.bases.length > 1 && !t.bases.every((b) => b.startsWith('و'))) return null;
  return k;
}

/** عدة and اثنين may follow their noun (مناطق عدة, مسلحين اثنين): the noun is then the word before. */
function postposedNoun(tokens: readonly Token[], core: Core): number | null {
  if (core.end - core.first !== 1 || !POSTPOSED_COUNTS.has(tokens[core.first]!.norm)) return null;
  const previous = tokens[core.first - 1];
  return previous?.kind === 'word' && !NOT_NOUN.has(previous.norm) ? core.first - 1 : null;
}

/** واحد alone after a noun: قتيل واحد, شخص واحد (never a count elsewhere: أحد عناصر, في آن واحد). */
function postposedOne(tokens: readonly Token[], i: number): Core | null {
  const t = tokens[i]!;
  if (t.kind !== 'word' || POSTPOSED_COUNTS.get(t.norm) !== 1) return null;
  const previous = tokens[i - 1];
  if (previous?.kind !== 'word' || NOT_NOUN.has(previous.norm) || previous.bases.some((b) => NOT_ONE.has(b))) return null;
  return { first: i, end: i + 1, value: 1, qualifier: 'exact', selfNoun: false, prefixLength: 0 };
}

function nounText(token: Token, prefixLength: number): string {
  const start = offsetInToken(token, prefixLength);
  return token.text.slice(start - token.start);
}

/** Dates, years, times and numbers that name a unit or a model are not counts. */
function isDateOrName(tokens: readonly Token[], core: Core): boolean {
  const first = tokens[core.first]!;
  const next = tokens[core.end];
  // 50%, 30 في المئة, ستة في المائة, خمسين بالمئة: a share
  if (next && (PERCENT_SIGN.has(next.text) || PERCENT_WORD.has(next.norm) || (next.norm === 'في' && PERCENT_WORD.has(tokens[core.end + 1]?.norm ?? ''))))
    return true;
  if (first.kind !== 'number') return false;
  const previous = tokens[core.first - 1];
  // 6 أبريل, 16 من آذار, 30 سبتمبر/أيلول
  const monthAt = (k: number) => tokens[k]?.kind === 'word' && tokens[k]!.bases.some((b) => MONTH.has(b));
  if (monthAt(core.end) || (next?.norm === 'من' && monthAt(core.end + 1))) return true;
  // 23:45, 13/12/2024
  if (next?.kind === 'punct' && (next.text === ':' || next.text === '/') && tokens[core.end + 1]?.kind === 'number') return true;
  if (previous?.kind === 'punct' && (previous.text === ':' || previous.text === '/') && tokens[core.first - 2]?.kind === 'number') return true;
  // إس-400, T4, F16: glued to a letter or a hyphen (بـ22 and ب22 are a preposition, not a name)
  if (previous?.kind === 'latin') return true;
  if (next?.kind === 'latin' && next.start === tokens[core.end - 1]!.end) return true; // 1st, 4x4
  if (previous && previous.end === first.start) {
    if (previous.kind === 'punct' && previous.text === '-' && tokens[core.first - 2]?.end === previous.start) return true;
    // حوالى100: a missing space after a qualifier, common in scraped text
    if (previous.kind === 'word' && !GLUED_PROCLITIC.test(previous.norm) && !ONE_WORD_QUALIFIER.has(previous.norm)) return true;
  }
  if (previous?.kind === 'word' && previous.bases.some((b) => NAMING_WORD.has(b) || NAMING_WORD.has(ARTICLE + b))) return true;
  // years: after a month or a year word, looking past a list of years (أعوام 2016 و2018 و2019)
  if (isYearNumber(first)) {
    for (let k = core.first - 1; k >= Math.max(0, core.first - YEAR_LOOKBACK); k--) {
      const t = tokens[k]!;
      if (t.kind === 'word' && t.bases.some((b) => MONTH.has(b) || YEAR_WORD.has(b))) return true;
      const listGlue = isYearNumber(t) || YEAR_GLUE_WORD.has(t.norm) || '،,/()'.includes(t.kind === 'punct' ? t.text : '#');
      if (!listGlue) break;
    }
  }
  return false;
}

function isYearNumber(t: Token): boolean {
  const value = t.value ?? 0;
  return t.kind === 'number' && Number.isInteger(value) && value >= YEAR_RANGE.min && value <= YEAR_RANGE.max && t.text.length === 4;
}

/** Offset in the text after `count` normalised characters of the token (harakat and tatweel skipped). */
export function offsetInToken(token: Token, count: number): number {
  if (count <= 0) return token.start;
  let seen = 0;
  let i = 0;
  while (i < token.text.length && seen < count) {
    if (normalizeArabic(token.text[i]!) !== '') seen++;
    i++;
  }
  while (i < token.text.length && normalizeArabic(token.text[i]!) === '') i++;
  return token.start + i;
}
