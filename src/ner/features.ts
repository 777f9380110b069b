import { hasArabic, normalizeArabic, procliticReadings } from '../arabic/index.js';
import { WINDOW } from './constants.js';
import { type ListedName, NAME_LISTS, type WordKeys } from './name-lists.js';

/**
 * Feature strings of the tagger. Every feature is a fact about ONE word, prefixed by its offset
 * from the word being tagged (`-1w=قال`), so a word's contribution to its neighbours' scores can be
 * computed once per word form and cached; only the list-match features depend on the sentence.
 */

/** The number of context positions, -WINDOW..+WINDOW. */
export const OFFSETS = 2 * WINDOW + 1;

/** A word as the feature templates see it. */
export interface WordView extends WordKeys {
  written: string;
}

export function viewOfWord(written: string): WordView {
  const norm = normalizeArabic(written);
  return { written, norm, bases: hasArabic(norm) ? procliticReadings(norm) : [norm] };
}

/** Padding beyond the sentence edges: its own word feature only. */
const BEFORE_SENTENCE = '<s>';
const AFTER_SENTENCE = '</s>';

function shapeOf(norm: string): string {
  if (/^\d+([.,]\d+)*%?$/.test(norm)) return 'num';
  if (/\d/.test(norm)) return 'hasnum';
  if (/^[a-z]/.test(norm)) return 'latin';
  if (!/[\p{L}\p{N}]/u.test(norm)) return 'punct';
  return hasArabic(norm) ? 'ar' : 'other';
}

/** Length buckets: very short Arabic words are mostly particles, very long ones foreign names. */
function lengthBucket(n: number): string {
  return n <= 2 ? 'S' : n <= 4 ? 'M' : n <= 7 ? 'L' : 'XL';
}

/**
 * The feature strings one word contributes at each offset (index 0 = offset -WINDOW). The word
 * itself gets the rich set (affixes of the word and of its most stripped reading, every proclitic
 * reading, shape); near neighbours their form, stem, suffix and shape; far ones form and stem.
 */
export function featuresOfWord(w: WordView | typeof BEFORE_SENTENCE | typeof AFTER_SENTENCE): string[][] {
  const out: string[][] = [];
  for (let k = 0; k < OFFSETS; k++) out.push([]);
  const at = (offset: number, f: string) => out[offset + WINDOW]!.push(`${offset}${f}`);
  if (typeof w === 'string') {
    for (let o = -WINDOW; o <= WINDOW; o++) if (o !== 0) at(o, `w=${w}`);
    return out;
  }
  const { norm, bases } = w;
  const stem = bases[0]!;
  const shape = shapeOf(norm);
  const word = shape === 'num' ? '<num>' : norm;

  at(0, 'bias');
  at(0, `w=${word}`);
  for (const b of bases) if (b !== norm) at(0, `b=${b}`);
  at(0, `sh=${shape}`);
  at(0, `len=${lengthBucket(stem.length)}`);
  for (let n = 1; n <= 3; n++) {
    if (norm.length > n) {
      at(0, `p${n}=${norm.slice(0, n)}`);
      at(0, `x${n}=${norm.slice(-n)}`);
    }
    if (stem !== norm && stem.length > n) {
      at(0, `sp${n}=${stem.slice(0, n)}`);
      at(0, `sx${n}=${stem.slice(-n)}`);
    }
  }
  // The written form keeps what normalising folds away: hamza seats and ة are spelled more
  // carefully in names than in loanwords and foreign names.
  if (w.written !== norm) at(0, `r=${w.written}`);

  for (const o of [-1, 1]) {
    at(o, `w=${word}`);
    if (stem !== norm) at(o, `s=${stem}`);
    if (norm.length > 2) at(o, `x2=${norm.slice(-2)}`);
    at(o, `sh=${shape}`);
  }
  for (const o of [-2, 2]) {
    at(o, `w=${word}`);
    if (stem !== norm) at(o, `s=${stem}`);
  }
  return out;
}

export const PADDING_FEATURES = {
  before: featuresOfWord(BEFORE_SENTENCE),
  after: featuresOfWord(AFTER_SENTENCE),
};

/**
 * List-match features per word of a sentence: which list's name covers the word, whether it begins
 * there, and whether the name is one word or more (one-word list names are often ordinary words).
 */
export function listFeatures(length: number, names: readonly ListedName[]): string[][] {
  const out: string[][] = Array.from({ length }, () => []);
  for (const name of names) {
    const size = name.end - name.first === 1 ? '1' : 'n';
    for (const list of name.lists) {
      for (let i = name.first; i < name.end; i++) {
        const pos = i === name.first ? 'B' : 'I';
        out[i]!.push(`0g=${list}-${pos}-${size}`);
        if (i > 0 && i === name.first) out[i - 1]!.push(`1g=${list}`);
        if (i + 1 < length && i === name.end - 1) out[i + 1]!.push(`-1g=${list}`);
      }
    }
  }
  return out;
}

/** All feature names list matches can produce (the model needs none beyond these). */
export function isListFeature(f: string): boolean {
  return /^-?\d+g=/.test(f) && NAME_LISTS.some((l) => f.includes(l));
}
