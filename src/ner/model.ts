import { readFileSync } from 'node:fs';
import { TAGS, WORD_CACHE_LIMIT } from './constants.js';
import { dataFile } from './data-file.js';
import { type ChainScores, iobConstraints, posteriors, viterbi } from './decode.js';
import type { NameMemoryTable } from './name-memory.js';
import { OFFSETS, PADDING_FEATURES, type WordView, featuresOfWord } from './features.js';

/** data/ner/model.json as written by scripts/train-ner.ts. */
export interface NameModelFile {
  format: 'rasd-ner-perceptron/1';
  tags: string[];
  /** Stored weights are integers; divide by this. */
  scale: number;
  /** Softmax temperature for confidences (see decode.posteriors), in unscaled units. */
  temperature: number;
  /** Scaled integer transition scores, `transition[prev * T + tag]`, and start/end scores per tag. */
  transition: number[];
  start: number[];
  end: number[];
  /** Feature → sparse scaled weights `[tag, weight, tag, weight, …]`. */
  weights: Record<string, number[]>;
  /**
   * Added to the O tag's score of every word (unscaled). A perceptron trained on text where most
   * words are O is cautious (precision well above recall); a negative offset, fitted on held-out
   * text for the best F1, moves it back to the balance entity F1 rewards. Optional: 0 when absent.
   */
  outsideBias?: number;
  /** Words mostly tagged as names in training (see name-memory.ts). Optional: no memory features when absent. */
  memory?: NameMemoryTable;
  /**
   * The sentence-level model whose reading of a whole document gives this model its document
   * features (see document.ts). Optional: without it the model reads each sentence alone.
   */
  firstPass?: NameModelFile;
  /**
   * Sentences either side that made up a word's document in training (the corpus has no article
   * breaks). Tagging a corpus the same way gives comparable scores; an article is read whole.
   */
  documentWindow?: number;
  /** Provenance, for SOURCE.md and the benchmark header. */
  trainedOn: string;
  epochs: number;
  seed: number;
}

/** Tags, sequence: what the model read in one sentence, with per-word posteriors. */
export interface SentenceReading {
  tags: Int32Array;
  /** `posterior[i * T + tag]` */
  posterior: Float64Array;
}

/** A trained averaged-perceptron chain model, ready to tag word sequences. */
export class NameModel {
  readonly tags: readonly string[];
  readonly temperature: number;
  readonly outsideBias: number;
  readonly memory: NameMemoryTable | undefined;
  /** The first-pass model when this one reads documents (see NameModelFile.firstPass). */
  readonly firstPass: NameModel | null;
  readonly documentWindow: number;
  private readonly T: number;
  private readonly weights = new Map<string, Float32Array>();
  private readonly chain: ChainScores;
  /** Written word → its score contribution at each offset (`OFFSETS * T`), see features.ts. */
  private readonly wordCache = new Map<string, Float32Array>();
  private readonly padBefore: Float32Array;
  private readonly padAfter: Float32Array;

  constructor(file: NameModelFile) {
    if (file.format !== 'rasd-ner-perceptron/1') throw new Error(`unknown NER model format: ${String(file.format)}`);
    if (file.tags.join(' ') !== TAGS.join(' ')) throw new Error(`NER model tags ${file.tags.join(' ')} ≠ ${TAGS.join(' ')}`);
    this.tags = file.tags;
    this.T = file.tags.length;
    this.temperature = file.temperature;
    this.memory = file.memory;
    this.outsideBias = file.outsideBias ?? 0;
    this.firstPass = file.firstPass ? new NameModel(file.firstPass) : null;
    this.documentWindow = file.documentWindow ?? Infinity;
    const T = this.T;
    const unscale = (xs: number[]) => Float64Array.from(xs, (x) => x / file.scale);
    for (const [feature, sparse] of Object.entries(file.weights)) {
      const w = new Float32Array(T);
      for (let k = 0; k + 1 < sparse.length; k += 2) w[sparse[k]!] = sparse[k + 1]! / file.scale;
      this.weights.set(feature, w);
    }
    this.chain = {
      transition: unscale(file.transition),
      start: unscale(file.start),
      end: unscale(file.end),
      ...iobConstraints(file.tags),
    };
    this.padBefore = this.contribution(PADDING_FEATURES.before);
    this.padAfter = this.contribution(PADDING_FEATURES.after);
  }

  private static shared: NameModel | undefined;

  /** The shipped model (data/ner/model.json), loaded on first use. */
  static default(): NameModel {
    NameModel.shared ??= NameModel.fromFile(dataFile('ner/model.json'));
    return NameModel.shared;
  }

  static fromFile(path: string): NameModel {
    return new NameModel(JSON.parse(readFileSync(path, 'utf8')) as NameModelFile);
  }

  private contribution(featuresByOffset: string[][]): Float32Array {
    const T = this.T;
    const out = new Float32Array(OFFSETS * T);
    featuresByOffset.forEach((features, slot) => {
      for (const f of features) {
        const w = this.weights.get(f);
        if (w) for (let t = 0; t < T; t++) out[slot * T + t]! += w[t]!;
      }
    });
    return out;
  }

  private wordContribution(view: WordView): Float32Array {
    let c = this.wordCache.get(view.written);
    if (!c) {
      if (this.wordCache.size >= WORD_CACHE_LIMIT) this.wordCache.clear();
      c = this.contribution(featuresOfWord(view));
      this.wordCache.set(view.written, c);
    }
    return c;
  }

  /** Emission scores `[i * T + tag]` of a sentence, from word features and list-match features. */
  emissions(words: readonly WordView[], listFeaturesByWord: readonly string[][]): Float64Array {
    const T = this.T;
    const n = words.length;
    const out = new Float64Array(n * T);
    const own = words.map((w) => this.wordContribution(w));
    const W = (OFFSETS - 1) / 2;
    for (let i = 0; i < n; i++) {
      for (let o = -W; o <= W; o++) {
        const j = i + o;
        const c = j < 0 ? this.padBefore : j >= n ? this.padAfter : own[j]!;
        const slot = (o + W) * T;
        for (let t = 0; t < T; t++) out[i * T + t]! += c[slot + t]!;
      }
      out[i * T]! += this.outsideBias;
      for (const f of listFeaturesByWord[i] ?? []) {
        const w = this.weights.get(f);
        if (w) for (let t = 0; t < T; t++) out[i * T + t]! += w[t]!;
      }
    }
    return out;
  }

  /** Best tags of a sentence, and their posteriors when `withPosterior` (costs about one more pass). */
  read(words: readonly WordView[], listFeaturesByWord: readonly string[][], withPosterior = true): SentenceReading {
    const e = this.emissions(words, listFeaturesByWord);
    const tags = viterbi(e, words.length, this.T, this.chain);
    const posterior = withPosterior ? posteriors(e, words.length, this.T, this.chain, this.temperature) : new Float64Array(0);
    return { tags, posterior };
  }
}
