import { tokenize } from '../arabic/index.js';
import type { Token } from '../types.js';
import type { NameType } from './constants.js';
import { spansOfTags } from './conll.js';
import { type WordView, sentenceLevelFeatures, viewOfWord } from './features.js';
import { NameModel } from './model.js';
import { type NameListMatcher, defaultNameLists } from './name-lists.js';
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

/** Names in one sentence of words, as word ranges. The benchmark scores this directly. */
export function tagSentence(words: readonly WordView[], options: TagOptions = {}): WordSpan[] {
  const model = options.model ?? NameModel.default();
  const lists = options.lists ?? defaultNameLists();
  const listed = lists.find(words);
  const reading = model.read(words, sentenceLevelFeatures(words, listed, model.memory));
  const T = model.tags.length;
  const tags = Array.from(reading.tags, (t) => model.tags[t]!);
  const tagged: WordSpan[] = spansOfTags(tags).map((s) => {
    let score = 1;
    for (let i = s.first; i < s.end; i++) score = Math.min(score, reading.posterior[i * T + reading.tags[i]!]!);
    return { ...s, score, source: 'tagger' };
  });
  return options.listOverrides === false ? tagged : applyListOverrides(tagged, listed);
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
 * data/ner/model.json, with confident gazetteer/registry matches overriding it. A tagger name spans
 * whole tokens, proclitics included (`وألمانيا`), as the training corpus marks them; a list match
 * starts after its proclitics.
 */
export function tagNames(text: string, tokens?: Token[], options: TagOptions = {}): NameSpan[] {
  const out: NameSpan[] = [];
  for (const run of sentenceRuns(text, tokens ?? tokenize(text))) {
    const views: WordView[] = run.map((t) => ({ written: t.text, norm: t.norm, bases: t.bases }));
    for (const s of tagSentence(views, options)) {
      const first = run[s.first]!;
      let start = first.start;
      if (s.listReading !== undefined) start += writtenPrefixLength(first.text, procliticLength(first.norm, s.listReading));
      const end = run[s.end - 1]!.end;
      out.push({ start, end, text: text.slice(start, end), type: s.type, score: s.score, source: s.source });
    }
  }
  return out;
}
