import { tokenize } from '../arabic/index.js';
import type { Token } from '../types.js';
import type { NameType } from './constants.js';
import { spansOfTags } from './conll.js';
import { type WordView, sentenceLevelFeatures, viewOfWord } from './features.js';
import { NameModel } from './model.js';
import { type ListedName, type NameListMatcher, defaultNameLists } from './name-lists.js';
import { documentFeatures } from './document.js';
import { type WordSpan, applyListOverrides } from './overrides.js';

/** A name found in text. Offsets are into the text given to tagNames. */
export interface NameSpan {
  start: number;
  end: number;
  text: string;
  type: NameType;
  /**
   * Confidence in [0, 1]: for the tagger, the lowest posterior of the span's word tags (a name is
   * as sure as its least sure word); for a confident list match, LIST_MATCH_SCORE.
   */
  score: number;
  /** `tagger`: read by the statistical model; `list`: a gazetteer or actor-registry name that overrode it. */
  source: 'tagger' | 'list';
}

export interface TagOptions {
  /** Lay confident gazetteer/registry matches over the tagger's reading (default true). */
  listOverrides?: boolean;
  model?: NameModel;
  lists?: NameListMatcher;
}

/** IOB2 tags of each sentence as `model` reads it alone (no posteriors: only the tags are needed). */
function sentenceTags(model: NameModel, doc: readonly (readonly WordView[])[], listed: readonly ListedName[][]): string[][] {
  return doc.map((words, k) => {
    const reading = model.read(words, sentenceLevelFeatures(words, listed[k]!, model.memory), false);
    return Array.from(reading.tags, (t) => model.tags[t]!);
  });
}

/**
 * Names in each sentence of a document, as word ranges. With a two-pass model (the shipped one),
 * a first reading of every sentence gives each word what was read for its other occurrences in the
 * document (document.ts), and the second reading decides. `window` limits a word's document to
 * that many sentences either side; by default the whole document (one article).
 *
 * A one-sentence document is read by the first pass alone: the second pass was trained with a
 * document around each sentence and reads a lone sentence worse than the first does (ANERcorp
 * test, each sentence by itself: 66.4 vs 68.2 F1).
 */
export function tagDocument(
  doc: readonly (readonly WordView[])[],
  options: TagOptions & { window?: number } = {},
): WordSpan[][] {
  const given = options.model ?? NameModel.default();
  const model = doc.length < 2 && given.firstPass ? given.firstPass : given;
  const lists = options.lists ?? defaultNameLists();
  const listed = doc.map((words) => lists.find(words));
  const context = model.firstPass
    ? documentFeatures(doc, sentenceTags(model.firstPass, doc, listed), options.window ?? Infinity)
    : null;
  const T = model.tags.length;
  return doc.map((words, k) => {
    const own = sentenceLevelFeatures(words, listed[k]!, model.memory);
    const features = context ? own.map((f, i) => [...f, ...context[k]![i]!]) : own;
    const reading = model.read(words, features);
    const tags = Array.from(reading.tags, (t) => model.tags[t]!);
    const tagged: WordSpan[] = spansOfTags(tags).map((s) => {
      let score = 1;
      for (let i = s.first; i < s.end; i++) score = Math.min(score, reading.posterior[i * T + reading.tags[i]!]!);
      return { ...s, score, source: 'tagger' };
    });
    return options.listOverrides === false ? tagged : applyListOverrides(tagged, listed[k]!);
  });
}

/** Names in one sentence read by itself (see tagDocument), as word ranges. */
export function tagSentence(words: readonly WordView[], options: TagOptions = {}): WordSpan[] {
  return tagDocument([words], options)[0]!;
}

/** Convenience for corpora: names in a sentence given as written words. */
export function tagWords(words: readonly string[], options: TagOptions = {}): WordSpan[] {
  return tagSentence(words.map(viewOfWord), options);
}

const SENTENCE_FINAL = new Set(['.', '!', '?', '؟', '…']);

/**
 * Token runs the tagger reads as sentences: a break after sentence-final punctuation and at a line
 * break, as in the training corpus, where sentences end at a period.
 */
function sentenceRuns(text: string, tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  tokens.forEach((tok, i) => {
    if (run.length > 0 && text.slice(tokens[i - 1]!.end, tok.start).includes('\n')) {
      runs.push(run);
      run = [];
    }
    run.push(tok);
    if (SENTENCE_FINAL.has(tok.text)) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Written characters that hold the first `normalised` characters of a normalised word: harakat and
 * tatweel normalise to nothing, so the written prefix can be longer.
 */
function writtenPrefixLength(written: string, normalised: number): number {
  let seen = 0;
  let k = 0;
  while (k < written.length && seen < normalised) {
    if (!/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F]/.test(written[k]!)) seen++;
    k++;
  }
  return k;
}

/** Normalised proclitic characters before `reading` in `norm` (`ولهيئه`/`هيئه` → 3; `للجيش`/`الجيش` → 1). */
function procliticLength(norm: string, reading: string): number {
  if (norm.endsWith(reading)) return norm.length - reading.length;
  // ل + ال is written لل: the article's alef is not in the text, its lam is.
  if (reading.startsWith('ال') && norm.endsWith(reading.slice(1))) return norm.length - reading.length + 1;
  return 0;
}

/**
 * Person, place, organisation and other names in Arabic text, by the averaged-perceptron tagger of
 * data/ner/model.json, reading the text as one document (see tagDocument), with confident
 * gazetteer/registry matches overriding it. A tagger name spans
 * whole tokens, proclitics included (`وألمانيا`), as the training corpus marks them; a list match
 * starts after its proclitics.
 */
export function tagNames(text: string, tokens?: Token[], options: TagOptions = {}): NameSpan[] {
  const out: NameSpan[] = [];
  const runs = sentenceRuns(text, tokens ?? tokenize(text));
  const doc = runs.map((run) => run.map((t): WordView => ({ written: t.text, norm: t.norm, bases: t.bases })));
  tagDocument(doc, options).forEach((names, k) => {
    const run = runs[k]!;
    for (const s of names) {
      const first = run[s.first]!;
      let start = first.start;
      if (s.listReading !== undefined) start += writtenPrefixLength(first.text, procliticLength(first.norm, s.listReading));
      const end = run[s.end - 1]!.end;
      out.push({ start, end, text: text.slice(start, end), type: s.type, score: s.score, source: s.source });
    }
  });
  return out;
}
