/**
 * Which language a page is in, from its own text: the share of Arabic-script letters, then Persian-only
 * letters inside the Arabic script, then English function words inside the Latin script. Declared
 * languages (`<html lang>`, the source entry) only decide when the text is too short to tell.
 */
import { ARABIC_SCRIPT_LETTER, ENGLISH_FUNCTION_WORDS, LATIN_LETTER, PERSIAN_ONLY_LETTER } from './lexicon.js';

/** BCP 47 primary tag, or 'und' when neither the text nor a declaration tells. */
export type PageLanguage = 'ar' | 'fa' | 'en' | 'other' | 'und';

export interface LanguageVerdict {
  language: PageLanguage;
  /** Arabic-script letters among all letters, 0..1. */
  arabicShare: number;
  /** How it was decided, for the report. */
  basis: 'text' | 'declared' | 'none';
}

/**
 * Below this many letters the counts say little (a title, a caption); a declaration decides instead.
 * 60 letters is about a dozen words.
 */
const MIN_LETTERS = 60;

/**
 * The page is in the Arabic script when more than half its letters are. Arabic articles quote Latin
 * names and acronyms (ISIS, AFP) at a few percent; English pages quote Arabic words at less.
 */
const ARABIC_SCRIPT_MAJORITY = 0.5;

/**
 * Persian-only letters above this share of Arabic-script letters make the page Persian. Arabic text
 * has none, or a handful in a transliterated name (< 0.2%); Persian text has them in most words (> 5%).
 */
const PERSIAN_LETTER_SHARE = 0.015;

/**
 * English when function words make up at least this share of Latin-script words. English prose runs at
 * 40-50%; French, Spanish or Turkish pages with a few English words stay far below.
 */
const ENGLISH_FUNCTION_SHARE = 0.2;

const LATIN_WORD = /[A-Za-z]+/g;

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

function primaryTag(lang: string | null | undefined): PageLanguage | null {
  const tag = lang?.trim().toLowerCase().split(/[-_]/)[0];
  if (!tag) return null;
  if (tag === 'ar' || tag === 'fa' || tag === 'en') return tag;
  return 'other';
}

/** The language of a text; `declared` are the page's and the source's own claims, most specific first. */
export function detectLanguage(text: string, declared: Array<string | null | undefined> = []): LanguageVerdict {
  const arabic = count(text, ARABIC_SCRIPT_LETTER);
  const latin = count(text, LATIN_LETTER);
  const letters = arabic + latin;
  const arabicShare = letters ? arabic / letters : 0;
  if (letters < MIN_LETTERS) {
    const claim = declared.map(primaryTag).find((t) => t !== null);
    return claim ? { language: claim, arabicShare, basis: 'declared' } : { language: 'und', arabicShare, basis: 'none' };
  }
  if (arabicShare > ARABIC_SCRIPT_MAJORITY) {
    const persian = count(text, PERSIAN_ONLY_LETTER);
    return { language: persian / arabic > PERSIAN_LETTER_SHARE ? 'fa' : 'ar', arabicShare, basis: 'text' };
  }
  const words = text.match(LATIN_WORD) ?? [];
  let functionWords = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())) functionWords++;
  const english = words.length > 0 && functionWords / words.length >= ENGLISH_FUNCTION_SHARE;
  return { language: english ? 'en' : 'other', arabicShare, basis: 'text' };
}
