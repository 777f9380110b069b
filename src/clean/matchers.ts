/**
 * The word lists of lexicon.ts compiled once into lookups over the Arabic core's normalised forms.
 * Each matcher answers one question about one tidied line.
 */
import { hasArabic, normalizeArabic, procliticReadings, tokenize } from '../arabic/index.js';
import type { Token } from '../types.js';
import {
  CATEGORY_LABELS,
  CHROME_LINES,
  CREDIT_LABELS,
  FOLLOW_VERBS,
  KEYWORD_LABELS,
  LABEL_SEPARATORS,
  PUBLICATION_LABELS,
  SOCIAL_PLATFORMS,
  TEASER_MARKERS,
} from './lexicon.js';

/**
 * Labels and markers sit at the very start of a line; only this many characters are tokenised to find
 * them, so that a long paragraph costs no more than a short one.
 */
const LABEL_SCAN_CHARS = 80;

/** A Latin-only line of at most this many words is menu/app-store furniture (`recent`, `google-play…`). */
const MAX_LATIN_CHROME_WORDS = 3;

/**
 * A channel-promotion line longer than this is a real paragraph that happens to mention a platform
 * (e.g. a report about Telegram posts), not furniture.
 */
const MAX_FOLLOW_LINE_CHARS = 220;

const TRAILING_PUNCT = /[\s:：.…،,!\-–—|»>]+$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The matching key of a whole line: normalised, trailing punctuation dropped. */
export function lineKey(line: string): string {
  return normalizeArabic(line).replace(TRAILING_PUNCT, '');
}

const keySet = (phrases: readonly string[]) => new Set(phrases.map(lineKey));
const CHROME_KEYS = keySet(CHROME_LINES);
const CATEGORY_KEYS = keySet(CATEGORY_LABELS);

/**
 * Whole-line phrases are short; a line more than twice the longest one (room for harakat, tatweel and
 * trailing punctuation) cannot be one, and is not normalised at all: most lines are long paragraphs.
 */
const MAX_PHRASE_LINE_CHARS = 2 * Math.max(...[...CHROME_LINES, ...CATEGORY_LABELS].map((p) => p.length));

/** The line's matching key if it is short enough to be a whole-line phrase, else null. */
export function shortLineKey(line: string): string | null {
  return line.length <= MAX_PHRASE_LINE_CHARS ? lineKey(line) : null;
}

/** The first word as written (Arabic letters with their marks, or Latin), for a cheap index probe. */
const FIRST_WORD_RE = /^(?:[\u0621-\u065F\u0670-\u06D3\u06D5-\u06ED\u06FA-\u06FF\u0640]+|[A-Za-z]+)/u;
function firstWordKey(line: string): string {
  const m = FIRST_WORD_RE.exec(line);
  return m ? normalizeArabic(m[0]) : '';
}

/** A phrase list as normalised word sequences, indexed by first word. */
type PhraseIndex = Map<string, string[][]>;
function phraseIndex(phrases: readonly string[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const phrase of phrases) {
    const words = normalizeArabic(phrase).split(' ');
    const list = index.get(words[0]!) ?? [];
    if (!list.some((w) => w.join(' ') === words.join(' '))) list.push(words);
    list.sort((a, b) => b.length - a.length); // longest phrase first: `قد يهمك أيضا` before `قد يهمك`
    index.set(words[0]!, list);
  }
  return index;
}
const TEASER_INDEX = phraseIndex(TEASER_MARKERS);
const PUBLICATION_INDEX = phraseIndex(PUBLICATION_LABELS);
const CREDIT_INDEX = phraseIndex(CREDIT_LABELS);
const KEYWORD_INDEX = phraseIndex(KEYWORD_LABELS);
const SEPARATORS = new Set(LABEL_SEPARATORS);
const FOLLOW_VERB_KEYS = new Set(FOLLOW_VERBS.map((v) => normalizeArabic(v)));
const PLATFORM_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:${SOCIAL_PLATFORMS.map((p) => normalizeArabic(p)).join('|')})(?:$|[^\\p{L}])`,
  'u',
);

export interface LabelMatch {
  /** The value after the label and its separator, as written (may be empty). */
  rest: string;
  /** True if a separator (`:` `..` `-`) followed the label. */
  separated: boolean;
}

/** The line's leading words against a phrase index; the text after the phrase if it matches. */
function leadingPhrase(line: string, index: PhraseIndex): LabelMatch | null {
  if (!index.has(firstWordKey(line))) return null; // the common case: no tokenising
  const head = line.slice(0, LABEL_SCAN_CHARS);
  const tokens = tokenize(head);
  const first = tokens[0];
  if (!first || first.kind === 'punct') return null;
  const candidates = index.get(first.norm);
  if (!candidates) return null;
  for (const words of candidates) {
    if (!words.every((w, i) => tokens[i]?.norm === w)) continue;
    let next = words.length;
    let separated = false;
    while (tokens[next]?.kind === 'punct' && SEPARATORS.has(tokens[next]!.text)) {
      separated = true;
      next++;
    }
    const after: Token | undefined = tokens[next];
    if (after && after.kind === 'word' && words.length === 1 && !separated) {
      // `المصدر العسكري قال…`: a one-word label with a word straight after is a sentence, not a label.
      return null;
    }
    const rest = after ? line.slice(after.start).trim() : '';
    return { rest, separated };
  }
  return null;
}

export const teaserMarker = (line: string) => leadingPhrase(line, TEASER_INDEX);

/** A label line only counts with its separator: `المصدر: RT`, not `المصدر أن…`. */
function labelled(line: string, index: PhraseIndex): string | null {
  const m = leadingPhrase(line, index);
  return m && m.separated ? m.rest : null;
}
export const creditValue = (line: string) => labelled(line, CREDIT_INDEX);
export const keywordsValue = (line: string) => labelled(line, KEYWORD_INDEX);
/** The publication label may come without a colon (`نشر في 13 ديسمبر 2024`); the caller checks the date. */
export const publicationLabel = (line: string) => leadingPhrase(line, PUBLICATION_INDEX);

/** Whole-line furniture, by the line's shortLineKey. */
export const isChromeKey = (key: string | null) => key !== null && CHROME_KEYS.has(key);
export const isCategoryKey = (key: string | null) => key !== null && CATEGORY_KEYS.has(key);

/** No letter or digit at all: rules, bullets, stray punctuation. */
export const isSymbolsOnly = (line: string) => !LETTER_OR_DIGIT.test(line);

/** A short line with no Arabic: menu labels and run-together app-store links. */
export function isLatinChrome(line: string): boolean {
  if (hasArabic(line) || /\d/.test(line)) return false;
  return line.split(/\s+/).length <= MAX_LATIN_CHROME_WORDS;
}

/** `ولمتابعة … على تلجرام`, `تابعونا على فيسبوك`. */
export function isFollowLine(line: string): boolean {
  if (line.length > MAX_FOLLOW_LINE_CHARS) return false;
  const first = firstWordKey(line);
  if (!first || !procliticReadings(first).some((b) => FOLLOW_VERB_KEYS.has(b))) return false;
  return PLATFORM_RE.test(normalizeArabic(line));
}

const QUOTED_NAME_RE = /["“«]([^"“”«»]{2,40})["”»]/u;
/** The outlet a channel-promotion line names in quotes (`"عرب 48"`), if any. */
export function quotedName(line: string): string | null {
  return QUOTED_NAME_RE.exec(line)?.[1]?.trim() || null;
}
