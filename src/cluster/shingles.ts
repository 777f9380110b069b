/**
 * An article's text as a set of hashed word shingles over the normalised, clitic-stripped words, so that
 * `وقالت` / `قالت`, `إدلب` / `ادلب` and harakat do not make two copies of one text look different.
 */
import { tokenize } from '../arabic/index.js';
import { SHINGLE_WORDS } from './constants.js';

/** 32-bit FNV-1a over the UTF-16 code units: stable across runs and machines, which stored signatures need. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The matching form of each word and number of a text, in order. */
export function shingleWords(text: string): string[] {
  const words: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'punct') continue;
    words.push(t.kind === 'word' ? t.bases[0]! : t.norm);
  }
  return words;
}

/** Distinct hashed shingles of SHINGLE_WORDS consecutive words; a text shorter than that is one shingle. */
export function shingleSet(text: string): Uint32Array {
  const words = shingleWords(text);
  const set = new Set<number>();
  if (words.length > 0 && words.length < SHINGLE_WORDS) set.add(fnv1a(words.join(' ')));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) set.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return Uint32Array.from(set);
}
