import type { TaggedSentence } from './conll.js';
import type { WordView } from './features.js';

/**
 * What the training corpus says about a word as a whole: the entity type it was mostly tagged with
 * (`كوفي` → PERS). Word-identity features already hold this for words seen often; the memory gives
 * one shared feature ("known person word") whose weight is learned over all such words, so a name seen
 * once or twice in training is still recognised in a new context.
 *
 * At training time each sentence sees a memory built from the OTHER folds only (jackknifing), so the
 * model learns how far to trust the memory on words it has not memorised, which is the situation at run time.
 */

/** A word goes into the memory when at least this share of its training occurrences are inside a name. */
const MIN_NAME_SHARE = 0.5;
/** Jackknife folds: more folds make each fold's memory closer to the full one, at no training cost. */
export const MEMORY_FOLDS = 10;

/** norm → the entity type it was mostly seen as. */
export type NameMemoryTable = Record<string, string>;

export function buildNameMemory(sentences: readonly TaggedSentence[], normOf: (w: string) => string): NameMemoryTable {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const key = normOf(w);
      const type = s.tags[i] === 'O' ? 'O' : s.tags[i]!.slice(2);
      let c = counts.get(key);
      if (!c) counts.set(key, (c = new Map()));
      c.set(type, (c.get(type) ?? 0) + 1);
    });
  }
  const table: NameMemoryTable = {};
  for (const [key, c] of counts) {
    let total = 0;
    let best = 'O';
    let bestCount = 0;
    for (const [type, n] of c) {
      total += n;
      if (type !== 'O' && n > bestCount) {
        best = type;
        bestCount = n;
      }
    }
    if (best !== 'O' && bestCount / total >= MIN_NAME_SHARE) table[key] = best;
  }
  return table;
}

/** Memory features of a sentence: the remembered type of each word and of its neighbours. */
export function memoryFeatures(words: readonly WordView[], memory: NameMemoryTable): string[][] {
  const known = words.map((w) => memory[w.norm]);
  return words.map((_, i) => {
    const out: string[] = [];
    const here = known[i];
    const before = i > 0 ? known[i - 1] : undefined;
    const after = i + 1 < known.length ? known[i + 1] : undefined;
    if (here) out.push(`0m=${here}`);
    if (before) out.push(`-1m=${before}`);
    if (after) out.push(`1m=${after}`);
    if (here && before === here) out.push(`m=${here}-cont`);
    return out;
  });
}
