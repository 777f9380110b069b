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
function shareBucket(count: number, total: number): string {
  return count === total ? 'all' : 2 * count >= total ? 'most' : 'some';
}

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
        return { kind: k[0]!, type: CLASSES[best]!, share: bestCount === 0 ? '' : shareBucket(bestCount, total) };
      });
    });
    out.push(
      verdicts.map((vs, i) => {
        const f: string[] = [];
        for (const v of vs) if (v) f.push(v.share ? `0d${v.kind}=${v.type}-${v.share}` : `0d${v.kind}=O`);
        for (const [o, at] of [[-1, i - 1], [1, i + 1]] as const) {
          const v = verdicts[at]?.[0];
          if (v && v.type !== 'O') f.push(`${o}dw=${v.type}`);
        }
        return f;
      }),
    );
  }
  return out;
}
