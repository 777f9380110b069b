import { MIN_OVERRIDE_WORDS, type NameType } from './constants.js';
import { LIST_TYPE, type ListedName, type NameList } from './name-lists.js';

/** A name over words [first, end) with a type, where it came from and how sure we are. */
export interface WordSpan {
  first: number;
  end: number;
  type: NameType;
  score: number;
  source: 'tagger' | 'list';
  /** For list matches: normalised proclitic characters before the name in its first word. */
  listReading?: string;
}

/** Which list decides the type when a name is in several (a person's name may also be a village). */
const LIST_PRIORITY: readonly NameList[] = ['person', 'org', 'country', 'sy-admin', 'city', 'sy-village'];

/**
 * Lists whose one-word names are names, not ordinary words: the actor registry is hand-made, and
 * country names are never common nouns. Village and world-city lists are not (`عين`, `سلام`, `أمل`).
 */
const ONE_WORD_TRUSTED: ReadonlySet<NameList> = new Set(['person', 'org', 'country']);

/** Confidence given to a confident list match: the curated lists are taken as right where they fire. */
export const LIST_MATCH_SCORE = 1;

function confidentList(name: ListedName): NameList | null {
  const words = name.end - name.first;
  for (const list of LIST_PRIORITY) {
    if (!name.lists.includes(list)) continue;
    if (words >= MIN_OVERRIDE_WORDS || ONE_WORD_TRUSTED.has(list)) return list;
  }
  return null;
}

/**
 * The tagger's names with confident list matches laid over them. A list name replaces the tagger
 * names it overlaps, except when a tagger name strictly contains it: the tagger then read a
 * longer name around a listed one (`جامعة دمشق` ORG around the city `دمشق`), which the list cannot see.
 */
export function applyListOverrides(tagged: readonly WordSpan[], listed: readonly ListedName[]): WordSpan[] {
  const overrides: WordSpan[] = [];
  for (const name of listed) {
    const list = confidentList(name);
    if (!list) continue;
    const inside = tagged.some(
      (s) => s.first <= name.first && s.end >= name.end && s.end - s.first > name.end - name.first,
    );
    if (inside) continue;
    // Longest first: a listed name inside a longer confident one is not a second name.
    if (overrides.some((o) => o.first <= name.first && o.end >= name.end)) continue;
    overrides.push({
      first: name.first, end: name.end, type: LIST_TYPE[list], score: LIST_MATCH_SCORE, source: 'list',
      listReading: name.firstReading,
    });
  }
  const overlaps = (a: WordSpan, b: WordSpan) => a.first < b.end && b.first < a.end;
  const kept = tagged.filter((s) => !overrides.some((o) => overlaps(o, s)));
  return [...kept, ...overrides].sort((a, b) => a.first - b.first);
}
