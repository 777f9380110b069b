/**
 * Near-duplicate articles: syndicated copies and light rewrites of a text already seen. An article is
 * fingerprinted once (title and body, so a copy under a new headline still shares the body); candidates
 * come from LSH band collisions, and the estimated Jaccard similarity decides.
 */
import type { CleanArticle } from '../types.js';
import { MIN_SHINGLES, NEAR_DUPLICATE_JACCARD } from './constants.js';
import { estimateJaccard, lshBandKeys, minhashSignature, type MinHashSignature } from './minhash.js';
import { shingleSet } from './shingles.js';

export interface ArticleFingerprint {
  signature: MinHashSignature;
  bands: number[];
  /** Distinct shingles; short texts are not compared (MIN_SHINGLES). */
  shingles: number;
}

export interface NearDuplicate {
  /** The earlier article this one nearly repeats. */
  originalId: string;
  /** Estimated Jaccard similarity of the two texts' shingle sets. */
  similarity: number;
}

/** The text compared: the body only. A syndicated copy keeps the body and often changes the headline. */
export function fingerprintText(text: string): ArticleFingerprint {
  const shingles = shingleSet(text);
  const signature = minhashSignature(shingles);
  return { signature, bands: lshBandKeys(signature), shingles: shingles.length };
}

export function fingerprintArticle(article: CleanArticle): ArticleFingerprint {
  return fingerprintText(article.body);
}

/** Of candidates (already narrowed by band keys), the most similar one at or above the threshold. */
export function bestNearDuplicate(
  fp: ArticleFingerprint,
  candidates: Iterable<{ id: string; signature: MinHashSignature }>,
  threshold = NEAR_DUPLICATE_JACCARD,
): NearDuplicate | null {
  if (fp.shingles < MIN_SHINGLES) return null;
  let best: NearDuplicate | null = null;
  for (const c of candidates) {
    const similarity = estimateJaccard(fp.signature, c.signature);
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = { originalId: c.id, similarity };
  }
  return best;
}

/** An in-memory LSH index (the store keeps the same bands in SQLite): add articles, ask for a copy's original. */
export class NearDuplicateIndex {
  private readonly byBand = new Map<number, string[]>();
  private readonly signatures = new Map<string, MinHashSignature>();

  constructor(private readonly threshold = NEAR_DUPLICATE_JACCARD) {}

  get size(): number {
    return this.signatures.size;
  }

  /** The earlier article this text nearly repeats, or null. */
  find(fp: ArticleFingerprint): NearDuplicate | null {
    if (fp.shingles < MIN_SHINGLES) return null;
    const ids = new Set<string>();
    for (const b of fp.bands) for (const id of this.byBand.get(b) ?? []) ids.add(id);
    return bestNearDuplicate(fp, [...ids].map((id) => ({ id, signature: this.signatures.get(id)! })), this.threshold);
  }

  add(id: string, fp: ArticleFingerprint): void {
    if (this.signatures.has(id) || fp.shingles < MIN_SHINGLES) return;
    this.signatures.set(id, fp.signature);
    for (const b of fp.bands) {
      const list = this.byBand.get(b);
      if (list) list.push(id);
      else this.byBand.set(b, [id]);
    }
  }
}
