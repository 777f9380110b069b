import type { Token } from '../types.js';
import { normalizeArabic } from './normalize.js';

/** A phrase found in a token list: tokens [first, last] inclusive. */
export interface PhraseMatch<T> {
  first: number;
  last: number;
  value: T;
}

/**
 * A dictionary of multi-word phrases matched over tokens, longest first. Every word of the text may
 * carry proclitics (`وبالتعاون`, `للمسلحين`), so a word matches when any of its readings
 * (Token.bases) equals the phrase word. Built once; matching costs one Map lookup per token reading.
 */
export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, Array<{ words: string[]; value: T }>>();

  constructor(entries: Iterable<readonly [phrase: string, value: T]>) {
    for (const [phrase, value] of entries) {
      const words = normalizeArabic(phrase).split(' ').filter(Boolean);
      if (words.length === 0) continue;
      const list = this.byFirstWord.get(words[0]!) ?? [];
      list.push({ words, value });
      this.byFirstWord.set(words[0]!, list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at token i, or null. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const t = tokens[i];
    if (!t || t.kind === 'punct') return null;
    let best: PhraseMatch<T> | null = null;
    for (const reading of t.bases) {
      const candidates = this.byFirstWord.get(reading);
      if (!candidates) continue;
      for (const c of candidates) {
        if (best && c.words.length <= best.last - best.first + 1) break;
        if (wordsMatch(tokens, i, c.words)) best = { first: i, last: i + c.words.length - 1, value: c.value };
      }
    }
    return best;
  }

  /** All non-overlapping phrases, scanning left to right, longest match at each position. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.last;
      }
    }
    return out;
  }

  /** True if any reading of token i is a one-word entry. */
  has(token: Token): boolean {
    return token.bases.some((b) => this.byFirstWord.get(b)?.some((c) => c.words.length === 1));
  }
}

function wordsMatch(tokens: readonly Token[], i: number, words: string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.kind === 'punct') return false;
    const w = words[k]!;
    if (t.norm !== w && !t.bases.includes(w)) return false;
  }
  return true;
}

/** A set of single words or phrases, for cue lists. */
export function phraseSet(phrases: readonly string[]): PhraseMatcher<true> {
  return new PhraseMatcher(phrases.map((p) => [p, true] as const));
}
