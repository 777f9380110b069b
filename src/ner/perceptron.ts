import { MIN_FEATURE_COUNT, MIN_STORED_WEIGHT, TAGS, WEIGHT_SCALE } from './constants.js';
import type { TaggedSentence } from './conll.js';
import { iobConstraints, viterbi } from './decode.js';
import { OFFSETS, PADDING_FEATURES, type WordView, featuresOfWord, sentenceLevelFeatures, viewOfWord } from './features.js';
import type { NameModelFile } from './model.js';
import type { NameListMatcher } from './name-lists.js';
import { MEMORY_FOLDS, type NameMemoryTable, buildNameMemory } from './name-memory.js';
import { normalizeArabic } from '../arabic/index.js';

/**
 * Structured averaged perceptron (Collins 2002) over the IOB2 chain: decode each training sentence
 * with the current weights, and where the best path differs from the gold one, move the weights of
 * the gold features up and the predicted ones down. The average of the weights over all steps is
 * what ships, which is what keeps a perceptron from overfitting the last sentences it saw.
 */

export interface TrainOptions {
  epochs: number;
  seed: number;
  lists: NameListMatcher;
  /** Called after each epoch with the averaged model so far (for a dev-split learning curve). */
  afterEpoch?: (epoch: number, model: NameModelFile) => void;
  /** Written into the model file. */
  trainedOn: string;
  /** More features per sentence and word, beyond what the sentence alone gives (document context). */
  extraFeatures?: readonly (readonly (readonly string[])[])[];
}

interface Encoded {
  /** Feature ids of word i: ids[offsets[i] .. offsets[i+1]). */
  ids: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
}

/** The feature strings of every word of a sentence, in the layout NameModel.emissions sums. */
export function sentenceFeatures(
  views: readonly WordView[],
  lists: NameListMatcher,
  memory: NameMemoryTable | undefined,
  cache: Map<string, string[][]>,
): string[][] {
  const byWord = views.map((v) => {
    let f = cache.get(v.written);
    if (!f) {
      f = featuresOfWord(v);
      cache.set(v.written, f);
    }
    return f;
  });
  const listed = sentenceLevelFeatures(views, lists.find(views), memory);
  const W = (OFFSETS - 1) / 2;
  return views.map((_, i) => {
    const out: string[] = [];
    for (let o = -W; o <= W; o++) {
      const j = i + o;
      const f = j < 0 ? PADDING_FEATURES.before : j >= views.length ? PADDING_FEATURES.after : byWord[j]!;
      out.push(...f[o + W]!);
    }
    out.push(...listed[i]!);
    return out;
  });
}

/** A small seeded PRNG (mulberry32), so that a re-train with the same seed gives the same model. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainNameModel(sentences: readonly TaggedSentence[], opts: TrainOptions): NameModelFile {
  const T = TAGS.length;
  const tagIndex = new Map(TAGS.map((t, i) => [t, i]));
  const featureCache = new Map<string, string[][]>();
  // Jackknifed memories: sentences of fold k see what the other folds remember (see name-memory.ts).
  const foldOf = (k: number) => Math.floor((k * MEMORY_FOLDS) / sentences.length);
  const foldMemories = Array.from({ length: MEMORY_FOLDS }, (_, fold) =>
    buildNameMemory(sentences.filter((_, k) => foldOf(k) !== fold), normalizeArabic),
  );
  const raw = sentences.map((s, k) => {
    const own = sentenceFeatures(s.words.map(viewOfWord), opts.lists, foldMemories[foldOf(k)], featureCache);
    const extra = opts.extraFeatures?.[k];
    return extra ? own.map((f, i) => [...f, ...(extra[i] ?? [])]) : own;
  });

  const counts = new Map<string, number>();
  for (const sentence of raw) for (const word of sentence) for (const f of word) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names: string[] = [];
  const index = new Map<string, number>();
  for (const [f, c] of counts) {
    if (c < MIN_FEATURE_COUNT) continue;
    index.set(f, names.length);
    names.push(f);
  }

  const data: Encoded[] = raw.map((sentence, k) => {
    const ids: number[] = [];
    const offsets = [0];
    for (const word of sentence) {
      for (const f of word) {
        const id = index.get(f);
        if (id !== undefined) ids.push(id);
      }
      offsets.push(ids.length);
    }
    const gold = Int32Array.from(sentences[k]!.tags, (t) => tagIndex.get(t) ?? 0);
    return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold };
  });

  const F = names.length;
  // Current weights and the running sum for averaging (Daumé's trick: avg = w - u / c).
  const w = new Float64Array(F * T);
  const u = new Float64Array(F * T);
  const trans = new Float64Array(T * T);
  const transU = new Float64Array(T * T);
  const start = new Float64Array(T);
  const startU = new Float64Array(T);
  const end = new Float64Array(T);
  const endU = new Float64Array(T);
  const chain = { transition: trans, start, end, ...iobConstraints(TAGS) };
  let c = 1;

  const bump = (arr: Float64Array, acc: Float64Array, at: number, d: number) => {
    arr[at]! += d;
    acc[at]! += c * d;
  };

  const averaged = (): NameModelFile => {
    const avg = (arr: Float64Array, acc: Float64Array, at: number) => arr[at]! - acc[at]! / c;
    const round = (x: number) => Math.round(x * WEIGHT_SCALE);
    const weights: Record<string, number[]> = {};
    for (let f = 0; f < F; f++) {
      const sparse: number[] = [];
      let biggest = 0;
      for (let t = 0; t < T; t++) {
        const v = round(avg(w, u, f * T + t));
        if (v !== 0) sparse.push(t, v);
        biggest = Math.max(biggest, Math.abs(v));
      }
      if (biggest >= MIN_STORED_WEIGHT) weights[names[f]!] = sparse;
    }
    const table = (arr: Float64Array, acc: Float64Array) => Array.from(arr, (_, i) => round(avg(arr, acc, i)));
    return {
      format: 'rasd-ner-perceptron/1',
      tags: [...TAGS],
      scale: WEIGHT_SCALE,
      temperature: 1,
      transition: table(trans, transU),
      start: table(start, startU),
      end: table(end, endU),
      weights,
      memory,
      trainedOn: opts.trainedOn,
      epochs: opts.epochs,
      seed: opts.seed,
    };
  };

  const memory = buildNameMemory(sentences, normalizeArabic);
  const random = seededRandom(opts.seed);
  const order = data.map((_, i) => i);
  let emission = new Float64Array(0);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { ids, offsets, gold } = data[k]!;
      const n = gold.length;
      if (emission.length < n * T) emission = new Float64Array(n * T * 2);
      emission.fill(0, 0, n * T);
      for (let i = 0; i < n; i++) {
        for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
          const base = ids[p]! * T;
          for (let t = 0; t < T; t++) emission[i * T + t]! += w[base + t]!;
        }
      }
      const guess = viterbi(emission, n, T, chain);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const h = guess[i]!;
        if (g !== h) {
          wrong = true;
          for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
            bump(w, u, ids[p]! * T + g, 1);
            bump(w, u, ids[p]! * T + h, -1);
          }
        }
        const gp = i > 0 ? gold[i - 1]! : -1;
        const hp = i > 0 ? guess[i - 1]! : -1;
        if (gp !== hp || g !== h) {
          if (i === 0) {
            bump(start, startU, g, 1);
            bump(start, startU, h, -1);
          } else {
            bump(trans, transU, gp * T + g, 1);
            bump(trans, transU, hp * T + h, -1);
          }
        }
      }
      if (wrong && gold[n - 1] !== guess[n - 1]) {
        bump(end, endU, gold[n - 1]!, 1);
        bump(end, endU, guess[n - 1]!, -1);
      }
      c++;
    }
    opts.afterEpoch?.(epoch, averaged());
  }
  return averaged();
}
