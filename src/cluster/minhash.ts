/**
 * MinHash signatures and LSH band keys: the estimated Jaccard similarity of two shingle sets from two
 * short signatures, and a handful of keys per article under which near-duplicates collide.
 */
import { LSH_BANDS, LSH_ROWS, MINHASH_PERMUTATIONS } from './constants.js';
import { fnv1a } from './shingles.js';

/** MINHASH_PERMUTATIONS minimum hash values. */
export type MinHashSignature = Uint32Array;

/** murmur3's finaliser: a cheap, well-mixed bijection on 32 bits, so `mix(x ^ seed)` acts as one permutation. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

// One seed per permutation, fixed forever: stored signatures must stay comparable with new ones.
const SEEDS = Uint32Array.from({ length: MINHASH_PERMUTATIONS }, (_, i) => mix32(0x9e3779b9 + i * 0x632be5ab));

export function minhashSignature(shingles: Uint32Array): MinHashSignature {
  const sig = new Uint32Array(MINHASH_PERMUTATIONS).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let i = 0; i < MINHASH_PERMUTATIONS; i++) {
      const h = mix32(x ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** The share of permutations whose minima agree: an unbiased estimate of the Jaccard similarity. */
export function estimateJaccard(a: MinHashSignature, b: MinHashSignature): number {
  let same = 0;
  for (let i = 0; i < MINHASH_PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_PERMUTATIONS;
}

/** Exact Jaccard of two shingle sets (for measuring the estimate in the benchmark). */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  const sa = new Set(a);
  let inter = 0;
  for (const x of b) if (sa.has(x)) inter++;
  const union = sa.size + b.length - inter;
  return union === 0 ? 0 : inter / union;
}

/** One key per band: the band's index and rows hashed together, as a signed 32-bit integer (an SQLite INTEGER). */
export function lshBandKeys(sig: MinHashSignature): number[] {
  const keys: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = fnv1a(String(b));
    for (let r = 0; r < LSH_ROWS; r++) h = mix32(h ^ sig[b * LSH_ROWS + r]!);
    keys.push(h | 0);
  }
  return keys;
}

/** Signatures as stored (SQLite BLOB) and back. */
export function signatureToBuffer(sig: MinHashSignature): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function signatureFromBuffer(buf: Uint8Array): MinHashSignature {
  const copy = new Uint8Array(buf); // aligned copy: a Buffer from SQLite may not start on a 4-byte boundary
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
