import type { Token } from '../types.js';
import { normalizeArabic, stripArticle } from '../arabic/index.js';
import {
  COMMON_WORD_EXCEPTIONS,
  COMMON_WORD_NAMES,
  COUNTRYSIDE_DUAL_WORDS,
  COUNTRYSIDE_WORDS,
  DIRECTION_WORDS,
  GOVERNORATE_DUAL_WORDS,
  GOVERNORATE_WORDS,
  INSIDE_PHRASES,
  LINEAGE_WORDS,
  MEDIA_TRAILING_WORDS,
  MEDIA_WORDS,
  NEAR_PHRASES,
  NOT_A_PLACE_FORMS,
  PERSON_HONORIFICS,
  PLACE_TYPE_LIST_WORDS,
  PLACE_TYPE_WORDS,
  QUARTER_WORDS,
  SETTLEMENT_WORDS,
  SITE_TRAILING_WORDS,
  SITE_WORDS,
  VOUCHING_TYPE_WORDS,
} from './lexicon.js';

/** What a context word says about the name after it. */
export type ContextRole = 'countryside' | 'governorate' | 'site' | 'type';

export interface ContextWord {
  role: ContextRole;
  /** Introduces a list (`ريفي حلب وإدلب`): the names joined by و share the role. */
  list: boolean;
  /** The next place is a settlement (`مدينة`, `قرية`), not a country or an administrative area. */
  settlement: boolean;
  /** The word vouches for a common word after it being a place (`قرية السلام`; not `منطقة`). */
  vouches: boolean;
  /** `حي X`: a city quarter. */
  quarter: boolean;
}

export interface PhraseMatch {
  end: number;
  /** The reading of the first token that matched. */
  base: string;
}

const norm = (w: string) => normalizeArabic(w);

/**
 * A context word may carry a conjunction or preposition (`وبريف`, `بالقرب`) but not an article it
 * does not list: `الشرق` (the East) is not `شرق` (east of).
 */
export function cliticOnlyPrefix(tokenNorm: string, base: string): boolean {
  if (!tokenNorm.endsWith(base)) return false;
  const prefix = tokenNorm.slice(0, tokenNorm.length - base.length);
  return /^[وفبلك]{0,2}$/.test(prefix);
}

function readingIn<T>(t: Token, table: Map<string, T>): { value: T; base: string } | null {
  if (t.kind !== 'word') return null;
  // least stripped first: `بلدة` is the word, not ب + `لدة`
  for (let r = t.bases.length - 1; r >= 0; r--) {
    const base = t.bases[r]!;
    const value = table.get(base);
    if (value !== undefined && cliticOnlyPrefix(t.norm, base)) return { value, base };
  }
  return null;
}

const CONTEXT_WORDS = new Map<string, ContextWord>();
function addContext(words: string[], role: ContextRole, list: boolean) {
  for (const w of words) {
    const k = norm(w);
    const settlement = SETTLEMENT_WORDS.some((s) => norm(s) === k);
    const previous = CONTEXT_WORDS.get(k);
    const vouches = role !== 'type' || settlement || VOUCHING_TYPE_WORDS.some((s) => norm(s) === k);
    const quarter = QUARTER_WORDS.some((s) => norm(s) === k);
    CONTEXT_WORDS.set(k, { role, list: list || (previous?.list ?? false), settlement, vouches, quarter });
  }
}
addContext(PLACE_TYPE_WORDS, 'type', false);
addContext(PLACE_TYPE_LIST_WORDS, 'type', true);
addContext(SITE_WORDS, 'site', false);
addContext(['مطاري', 'قاعدتي', 'حقول'], 'site', true);
addContext(GOVERNORATE_WORDS, 'governorate', false);
addContext(GOVERNORATE_DUAL_WORDS, 'governorate', true);
addContext(COUNTRYSIDE_WORDS, 'countryside', false);
addContext(COUNTRYSIDE_DUAL_WORDS, 'countryside', true);

export function contextWordAt(t: Token | undefined): { word: ContextWord; base: string } | null {
  if (!t) return null;
  const hit = readingIn(t, CONTEXT_WORDS);
  return hit ? { word: hit.value, base: hit.base } : null;
}

/** Multi-token phrases matched on normalised tokens, longest first. */
class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  constructor(phrases: string[]) {
    for (const p of phrases) {
      const keys = norm(p).split(' ');
      const list = this.byFirst.get(keys[0]!) ?? [];
      list.push(keys);
      this.byFirst.set(keys[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }
  matchAt(tokens: readonly Token[], i: number): PhraseMatch | null {
    const t = tokens[i];
    if (!t) return null;
    const hit = readingIn(t, this.byFirst);
    if (!hit) return null;
    for (const keys of hit.value) {
      let j = i + 1;
      let ok = true;
      for (let k = 1; k < keys.length && ok; k++, j++) ok = tokens[j]?.norm === keys[k];
      if (ok) return { end: i + keys.length, base: hit.base };
    }
    return null;
  }
}

export const NEAR = new PhraseSet(NEAR_PHRASES);
const INSIDE = new Set(INSIDE_PHRASES.map(norm));
/** A near-phrase starting with this reading puts the event inside the place (`وسط`). */
export const isInsidePhrase = (base: string) => INSIDE.has(base);

const MEDIA = new Map(MEDIA_WORDS.map((w) => [norm(w), true] as const));
const MEDIA_TRAILING = new Set(MEDIA_TRAILING_WORDS.map(norm));
/** `قناة`, `وبصحيفة`: the next name is an outlet's. */
export const isMediaWord = (t: Token | undefined) => t !== undefined && readingIn(t, MEDIA) !== null;
export const isMediaTrailingWord = (t: Token | undefined) => t !== undefined && MEDIA_TRAILING.has(t.norm);

/** Readings that can start a context word or phrase, for the scanner's per-token pre-check. */
export function contextStartKeys(): string[] {
  return [...CONTEXT_WORDS.keys(), ...NEAR_PHRASES.map((p) => norm(p).split(' ')[0]!)];
}

const DIRECTION = new Set(DIRECTION_WORDS.map(norm));
const SITE_TRAILING = new Set(SITE_TRAILING_WORDS.map(norm));
const SITE_WORD_KEYS = new Set(SITE_WORDS.map((w) => stripArticle(norm(w))));

export const isDirectionWord = (t: Token | undefined) => t !== undefined && DIRECTION.has(t.norm);
export const isSiteTrailingWord = (t: Token | undefined) => t !== undefined && SITE_TRAILING.has(t.norm);
/** Token key of a site word (`مطار`, `قاعده`), as names.ts keys name tokens. */
export const isSiteWordKey = (key: string) => SITE_WORD_KEYS.has(key);
export const isSiteTrailingKey = (key: string) => SITE_TRAILING.has(key) || SITE_TRAILING.has('ال' + key);

/** Keys (article removed) of one-word names that are common words when written bare. */
export function commonWordKeys(measured: readonly string[]): Set<string> {
  // a direction adjective (`الشمالية`) is never a place by itself, though OCHA has such villages
  const hand = [...COMMON_WORD_NAMES, ...DIRECTION_WORDS].map((w) => nameKey(w));
  const keys = new Set([...measured, ...hand]);
  for (const w of COMMON_WORD_EXCEPTIONS) keys.delete(nameKey(w));
  return keys;
}

/** Written forms never taken as a place: measured ones plus NOT_A_PLACE_FORMS. */
export function notAPlaceForms(measured: readonly string[]): Set<string> {
  return new Set([...measured, ...NOT_A_PLACE_FORMS.map(norm)]);
}

/** The key a (possibly multi-word) name is stop-listed by: its token keys joined by spaces. */
function nameKey(w: string): string {
  return norm(w)
    .split(' ')
    .map((x) => stripArticle(x))
    .join(' ');
}

/** Quotes and brackets that may stand between a place word and the name (`قرية "باسنكول"`). */
const QUOTE_PUNCT = new Set(['"', '«', '»', '“', '”', "'", '(', '„']);
export const isQuote = (t: Token | undefined) => t !== undefined && t.kind === 'punct' && QUOTE_PUNCT.has(t.text);

const HONORIFIC_KEYS = new Set(PERSON_HONORIFICS.map((w) => stripArticle(norm(w))));
const LINEAGE = new Set(LINEAGE_WORDS.map(norm));

/**
 * `خالد شيخ محمد`, `الشيخ محمد بن راشد`: a name starting with an honorific read as a person's, not the
 * village's. `firstReading` is the first token's reading (clitics removed), `after` the token after the name.
 */
export function isPersonsName(keys: readonly string[], firstReading: string, after: Token | undefined): boolean {
  if (keys.length < 2 || !HONORIFIC_KEYS.has(keys[0]!)) return false;
  return !firstReading.startsWith('ال') || (after !== undefined && LINEAGE.has(after.norm));
}
