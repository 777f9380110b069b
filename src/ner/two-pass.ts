import type { TaggedSentence } from './conll.js';
import { documentFeatures } from './document.js';
import { sentenceLevelFeatures, viewOfWord } from './features.js';
import { NameModel, type NameModelFile } from './model.js';
import { type TrainOptions, trainNameModel } from './perceptron.js';

/**
 * Training of the two-pass (document) tagger: a sentence-level first pass, then a second pass
 * that also sees the first pass's reading of each word's other occurrences (document.ts).
 *
 * The second pass must learn from first-pass readings as wrong as they will be on new text, not
 * from a model that has memorised the sentences it reads. So its training features come from
 * jackknifed first passes: the corpus in FIRST_PASS_FOLDS contiguous parts (whole articles),
 * each read by a first pass trained on the other parts (stacking, Wolpert 1992).
 */

/** More folds read the corpus with first passes closer to the shipped one, each fold costs one training. */
export const FIRST_PASS_FOLDS = 5;

export interface TwoPassOptions extends Omit<TrainOptions, 'extraFeatures' | 'afterEpoch'> {
  /** O-tag offset of the first pass (see NameModelFile.outsideBias), used when it reads for the second. */
  firstPassOutsideBias: number;
  /** Sentences either side that make up a word's document (the corpus has no article breaks). */
  documentWindow: number;
  /** Called after each epoch of the SECOND pass with the two-pass model so far. */
  afterEpoch?: (epoch: number, model: NameModelFile) => void;
}

function firstPassTags(file: NameModelFile, sentences: readonly TaggedSentence[], opts: TwoPassOptions): string[][] {
  const model = new NameModel(file);
  return sentences.map((s) => {
    const views = s.words.map(viewOfWord);
    const reading = model.read(views, sentenceLevelFeatures(views, opts.lists.find(views), model.memory), false);
    return Array.from(reading.tags, (t) => model.tags[t]!);
  });
}

export function trainTwoPassModel(sentences: readonly TaggedSentence[], opts: TwoPassOptions): NameModelFile {
  const base = { epochs: opts.epochs, seed: opts.seed, lists: opts.lists, trainedOn: opts.trainedOn };
  const jackknifed: string[][] = [];
  for (let fold = 0; fold < FIRST_PASS_FOLDS; fold++) {
    const lo = Math.floor((fold * sentences.length) / FIRST_PASS_FOLDS);
    const hi = Math.floor(((fold + 1) * sentences.length) / FIRST_PASS_FOLDS);
    const file = trainNameModel([...sentences.slice(0, lo), ...sentences.slice(hi)], base);
    jackknifed.push(...firstPassTags({ ...file, outsideBias: opts.firstPassOutsideBias }, sentences.slice(lo, hi), opts));
  }
  const firstPass: NameModelFile = { ...trainNameModel(sentences, base), outsideBias: opts.firstPassOutsideBias };
  const views = sentences.map((s) => s.words.map(viewOfWord));
  const extraFeatures = documentFeatures(views, jackknifed, opts.documentWindow);
  const withFirstPass = (m: NameModelFile): NameModelFile => ({ ...m, firstPass, documentWindow: opts.documentWindow });
  const second = trainNameModel(sentences, {
    ...base,
    extraFeatures,
    ...(opts.afterEpoch ? { afterEpoch: (e: number, m: NameModelFile) => opts.afterEpoch!(e, withFirstPass(m)) } : {}),
  });
  return withFirstPass(second);
}
