import { tokenize } from '../arabic/index.js';
import type { Token } from '../types.js';
import { procliticLength } from './clitic-span.js';

/**
 * Longest-match lookup of actor aliases over tokens. Unlike arabic/PhraseMatcher (cue lists), a name
 * is stricter: only its first word may carry proclitics, a reading that drops the article is refused
 * (`مدني` must not fire on `المدني`), quotes inside a name are crossed, and the match reports where
 * the name starts inside its first token. A phrase is stored as the normalised forms of
 * its words in a trie; the first text word is looked up by its Token.bases (`وقوات النظام`).
 */

interface Node<T> {
  next: Map<string, Node<T>>;
  value: T | undefined;
}

export interface AliasMatch<T> {
  value: T;
  /** Index of the first and one past the last token of the match. */
  first: number;
  end: number;
  /** Normalised characters of proclitics before the phrase in the first token. */
  prefixLength: number;
}

// Quotes inside a name (هيئة "تحرير الشام") do not break it; any other punctuation does.
const QUOTES = new Set(['"', "'", '«', '»', '“', '”', '„', '‘', '’']);

export class AliasMatcher<T> {
  private readonly root = new Map<string, Node<T>>();

  /** The matching key of a phrase: its word and number tokens, normalised. */
  static keyOf(phrase: string): string[] {
    return tokenize(phrase)
      .filter((t) => t.kind !== 'punct')
      .map((t) => t.norm);
  }

  /** Adds a phrase; returns the value already stored under the same key, if any (the caller decides). */
  add(phrase: string, value: T): T | undefined {
    const key = AliasMatcher.keyOf(phrase);
    if (key.length === 0) throw new Error(`empty phrase: ${JSON.stringify(phrase)}`);
    let level = this.root;
    let node: Node<T> | undefined;
    for (const word of key) {
      node = level.get(word);
      if (!node) {
        node = { next: new Map(), value: undefined };
        level.set(word, node);
      }
      level = node.next;
    }
    const previous = node!.value;
    if (previous === undefined) node!.value = value;
    return previous;
  }

  /** The longest phrase starting at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number, keepArticle = false): AliasMatch<T> | null {
    const first = tokens[i];
    if (!first || first.kind === 'punct') return null;
    let best: AliasMatch<T> | null = null;
    const readings = first.kind === 'word' ? first.bases : [first.norm];
    for (const reading of readings) {
      const start = this.root.get(reading);
      if (!start) continue;
      const prefixLength = procliticLength(first.norm, reading, keepArticle);
      if (prefixLength === null) continue;
      let node: Node<T> | undefined = start;
      let j = i + 1;
      let lastEnd = node.value !== undefined ? j : -1;
      let lastValue = node.value;
      while (node && j < tokens.length) {
        let k = j;
        while (k < tokens.length && tokens[k]!.kind === 'punct' && QUOTES.has(tokens[k]!.text)) k++;
        const next = tokens[k];
        if (!next || next.kind === 'punct') break;
        node = node.next.get(next.norm);
        if (!node) break;
        j = k + 1;
        if (node.value !== undefined) {
          lastEnd = j;
          lastValue = node.value;
        }
      }
      if (lastEnd > 0 && lastValue !== undefined && (!best || lastEnd > best.end))
        best = { value: lastValue, first: i, end: lastEnd, prefixLength };
    }
    return best;
  }

  /** Leftmost-longest matches over the whole token list, non-overlapping. */
  *scan(tokens: readonly Token[], keepArticle = false): Generator<AliasMatch<T>> {
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i, keepArticle);
      if (m) {
        yield m;
        i = m.end;
      } else i++;
    }
  }
}

const CLOSING: Record<string, string> = { '«': '»', '“': '”', '"': '"', '„': '“', '‘': '’' };
const CLOSERS = new Set(Object.values(CLOSING));

/**
 * A phrase read across a quote (`مقاتلي «حزب الله»`) would end inside it; take the closing quote in,
 * so that the span reads as written.
 */
export function endAfterOpenQuote(text: string, start: number, end: number): number {
  // almost every name is followed by something other than a closing quote: then there is nothing to count
  // (this runs for every actor and person found; counting quotes in the span each time was a hot spot)
  if (!CLOSERS.has(text[end] ?? '')) return end;
  const span = text.slice(start, end);
  for (const [open, close] of Object.entries(CLOSING)) {
    const opens = span.split(open).length - 1;
    const unbalanced = open === close ? opens % 2 === 1 : opens > span.split(close).length - 1;
    if (unbalanced && text[end] === close) return end + 1;
  }
  return end;
}
