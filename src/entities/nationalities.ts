import { normalizeArabic, tokenize } from '../arabic/index.js';
import type { NationalityMention, Token } from '../types.js';
import { offsetAfterNormalised, procliticLength } from './clitic-span.js';
import {
  ALSO_A_COUNTRY_NAME,
  IRREGULAR_NATIONALITY_FORMS,
  NATIONALITY_STEMS,
  NATIONALITY_SUFFIXES,
  PEOPLE_SUFFIXES,
  PLACE_PREPOSITIONS,
} from './nationality-lexicon.js';

interface FormIndex {
  countryOf: Map<string, string>;
  ambiguous: Set<string>;
  placeWords: Set<string>;
}

let index: FormIndex | undefined;

/** Normalised nationality forms, article-less (token readings supply the article-less form). */
function formIndex(): FormIndex {
  if (index) return index;
  const countryOf = new Map<string, string>();
  for (const [stem, country] of Object.entries(NATIONALITY_STEMS))
    for (const suffix of NATIONALITY_SUFFIXES) countryOf.set(normalizeArabic(stem + suffix), country);
  for (const [form, country] of Object.entries(IRREGULAR_NATIONALITY_FORMS)) countryOf.set(normalizeArabic(form), country);
  index = {
    countryOf,
    ambiguous: new Set(ALSO_A_COUNTRY_NAME.map(normalizeArabic)),
    placeWords: new Set(PLACE_PREPOSITIONS.map(normalizeArabic)),
  };
  return index;
}

/**
 * Nationality adjectives with their country: `غارات سورية روسية مشتركة` → Syria, Russia;
 * `الطيران الحربي السوري والروسي` → Syria, Russia (the span of `والروسي` is `الروسي`). Masculine,
 * feminine, sound plural and dual forms, with or without the article; `روس`, `أتراك`.
 * `سورية` without the article is also the country's name: it counts only after a word it can describe.
 * `tokens`, if given, must be `tokenize(text)`.
 */
export function findNationalities(text: string, tokens: readonly Token[] = tokenize(text)): NationalityMention[] {
  const { countryOf, ambiguous, placeWords } = formIndex();
  const out: NationalityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    for (const reading of token.bases) {
      const country = countryOf.get(reading);
      if (country === undefined) continue;
      const prefixLength = procliticLength(token.norm, reading, true);
      if (prefixLength === null) continue;
      const written = token.norm.slice(0, token.norm.length - reading.length);
      const definite = written.endsWith('ال') || written.endsWith('لل');
      if (ambiguous.has(reading) && !definite) {
        const previous = tokens[i - 1];
        const describesPrevious =
          reading === token.norm && previous?.kind === 'word' && !placeWords.has(previous.norm);
        if (!describesPrevious) break;
      }
      const start = offsetAfterNormalised(token, prefixLength);
      out.push({ start, end: token.end, text: text.slice(start, token.end), country });
      break;
    }
  }
  return out;
}

/**
 * Token index → country for the nationality adjectives in `text` that fill a whole token (`الروسية`,
 * `وأتراك`): how the registry and the people reader ask "is the next word a nationality?".
 */
export function nationalityByToken(text: string, tokens: readonly Token[]): Map<number, string> {
  const at = new Map<number, string>();
  let k = 0;
  for (const n of findNationalities(text, tokens)) {
    while (k < tokens.length && tokens[k]!.end < n.end) k++;
    if (k < tokens.length && tokens[k]!.end === n.end) at.set(k, n.country);
  }
  return at;
}

const PEOPLE_FORMS = new RegExp(`(?:${PEOPLE_SUFFIXES.map(normalizeArabic).join('|')})$`);
const IRREGULAR_PEOPLE = new Set(Object.keys(IRREGULAR_NATIONALITY_FORMS).map(normalizeArabic));

/** A nationality word that counts people (`عراقيين`, `عراقيان`, `أتراك`), not one describing a thing. */
export function namesPeople(written: string): boolean {
  const n = normalizeArabic(written);
  return PEOPLE_FORMS.test(n) || IRREGULAR_PEOPLE.has(n.replace(/^(?:ال|و|ب|ل)+/, ''));
}
