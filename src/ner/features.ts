import { hasArabic, normalizeArabic, procliticReadings } from '../arabic/index.js';
import { WINDOW } from './constants.js';
import type { ListedName, WordKeys } from './name-lists.js';
import { type NameMemoryTable, memoryFeatures } from './name-memory.js';

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

/**
 * The word's consonant-vowel skeleton: long vowels and final ه kept, other letters C (`كوناري` →
 * `CوCاCي`). It carries the morphological pattern (فاعل, مفعول) of an Arabic word, and the vowel-heavy
 * look of a transliterated foreign name, for words never seen in training.
 */
function skeletonOf(stem: string): string {
  return stem.replace(/[^اويه]/g, 'C').replace(/ه(?!$)/g, 'C');
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
  if (shape === 'ar') at(0, `sk=${skeletonOf(stem)}`);
  for (let n = 1; n <= 4; n++) {
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

/**
 * Word-pair features (previous word with this one, this one with the next): they see phrases
 * such as `الرئيس المصري` or `وكالة الأنباء` that single-word features split apart.
 */
export function pairFeatures(words: readonly WordView[]): string[][] {
  const key = (w: WordView) => w.bases[0]!;
  return words.map((w, i) => {
    const out: string[] = [];
    out.push(`bp=${i > 0 ? key(words[i - 1]!) : BEFORE_SENTENCE}|${key(w)}`);
    out.push(`bn=${key(w)}|${i + 1 < words.length ? key(words[i + 1]!) : AFTER_SENTENCE}`);
    return out;
  });
}

/** Features that depend on the sentence or the training memory, not one word alone. */
export function sentenceLevelFeatures(
  words: readonly WordView[],
  names: readonly ListedName[],
  memory: NameMemoryTable | undefined,
): string[][] {
  const listed = listFeatures(words.length, names);
  const pairs = pairFeatures(words);
  const remembered = memory ? memoryFeatures(words, memory) : null;
  return listed.map((l, i) => [...l, ...pairs[i]!, ...(remembered ? remembered[i]! : [])]);
}
