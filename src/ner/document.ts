import { NAME_TYPES } from './constants.js';
import type { WordView } from './features.js';

/**
 * Document context: what a first reading of the tagger said about the SAME word elsewhere in the
 * article. A name is introduced once in a clear context (`نادي سلتيك الاسكتلندي`, `الرئيس طالباني`)
 * and then repeated bare (`وفرض سلتيك افضليته`), where a sentence-level tagger misses it; the
 * second pass reads each word with the first pass's verdict on its other occurrences
 * (Krishnan & Manning 2006; Ratinov & Roth 2009, "extended prediction history").
 */

/** Tag classes counted per word: O, then the name types. */
const CLASSES = ['O', ...NAME_TYPES] as const;
const C = CLASSES.length;
const classOf = (tag: string): number => (tag === 'O' ? 0 : 1 + NAME_TYPES.indexOf(tag.slice(2) as (typeof NAME_TYPES)[number]));

/**
 * Lookup keys of a word: its form, and its most stripped reading, so that `وسلتيك` and `لسلتيك`
 * count as `سلتيك`. Words without two letters in a row (punctuation, numbers) are not looked up.
 */
function keysOf(w: WordView): string[] {
  if (!/\p{L}{2}/u.test(w.norm)) return [];
  const stem = w.bases[0]!;
  return stem === w.norm ? [`w${w.norm}`] : [`w${w.norm}`, `s${stem}`];
}

/** `all`, `most` or `some` of a word's other occurrences read as its most frequent name type. */
const SHARES = ['all', 'most', 'some'] as const;
function shareBucket(count: number, total: number): number {
  return count === total ? 0 : 2 * count >= total ? 1 : 2;
}

/**
 * Every feature string, built once: the same string objects each time keep the model's weight
 * lookups from hashing freshly built strings, which was most of the second pass's extra cost.
 * VERDICT[kind][class][share] (class 0 = O, share unused), NEIGHBOUR[offset side][class].
 */
const VERDICT = (['w', 's'] as const).map((kind) =>
  CLASSES.map((cls, c) => (c === 0 ? [`0d${kind}=O`] : SHARES.map((share) => `0d${kind}=${cls}-${share}`))),
);
const NEIGHBOUR = [-1, 1].map((o) => CLASSES.map((cls) => `${o}dw=${cls}`));

/**
 * Document features of every word, from a first reading's IOB2 tags of all the document's
 * sentences: for the word form (`0dw=`) and its stripped stem (`0ds=`), the name type the first
 * reading gave most of the word's OTHER occurrences within `window` sentences either side, with
 * its share; `O` when they were all outside names. The neighbours' form verdicts (`±1dw=`) let a
 * known surname pull in an unknown first name. `window` is Infinity for one article; a corpus
 * without article breaks (ANERcorp) uses a sliding window of sentences as the document.
 */
export function documentFeatures(
  doc: readonly (readonly WordView[])[],
  firstTags: readonly (readonly string[])[],
  window = Infinity,
): string[][][] {
  const keys = doc.map((s) => s.map(keysOf));
  const counts = new Map<string, Int32Array>();
  const count = (s: number, d: number) => {
    keys[s]!.forEach((ks, i) => {
      const cls = classOf(firstTags[s]![i]!);
      for (const k of ks) {
        let c = counts.get(k);
        if (!c) counts.set(k, (c = new Int32Array(C)));
        c[cls]! += d;
      }
    });
  };
  // Sliding window [s - w, s + w] of sentences, counted incrementally: linear in the document.
  const w = Math.min(window, doc.length);
  for (let s = 0; s < w; s++) count(s, 1);
  const out: string[][][] = [];
  for (let s = 0; s < doc.length; s++) {
    if (s + w < doc.length) count(s + w, 1);
    if (s - w - 1 >= 0) count(s - w - 1, -1);
    const verdicts = keys[s]!.map((ks, i) => {
      const own = classOf(firstTags[s]![i]!);
      return ks.map((k) => {
        const c = counts.get(k)!;
        let total = 0;
        let best = 0;
        let bestCount = 0;
        for (let x = 0; x < C; x++) {
          const n = c[x]! - (x === own ? 1 : 0);
          total += n;
          if (x > 0 && n > bestCount) [best, bestCount] = [x, n];
        }
        if (total === 0) return null;
        return { kind: k[0] === 'w' ? 0 : 1, cls: best, share: bestCount === 0 ? 0 : shareBucket(bestCount, total) };
      });
    });
    out.push(
      verdicts.map((vs, i) => {
        const f: string[] = [];
        for (const v of vs) if (v) f.push(VERDICT[v.kind]![v.cls]![v.share]!);
        const before = verdicts[i - 1]?.[0];
        const after = verdicts[i + 1]?.[0];
        if (before && before.cls !== 0) f.push(NEIGHBOUR[0]![before.cls]!);
        if (after && after.cls !== 0) f.push(NEIGHBOUR[1]![after.cls]!);
        return f;
      }),
    );
  }
  return out;
}
