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

/**
 * Place lists whose multi-word names override, in order of precedence. Not Syrian villages: their
 * names are often also person names (`عز الدين`, `السيد علي`).
 */
const LIST_PRIORITY: readonly NameList[] = ['country', 'sy-governorate', 'sy-admin', 'city'];

/** Confidence given to a confident list match: the curated lists are taken as right where they fire. */
export const LIST_MATCH_SCORE = 1;

/**
 * The list that may replace the tagger's reading: a registry person (those entries are all proper
 * names), a Syrian governorate (14 names, none an ordinary word in news), or a place name of two
 * words or more; a registry organisation only where the tagger also saw a name in it (`الشام` in
 * `هيئة تحرير الشام`), because many registry aliases are descriptions that code an actor but are
 * not names (`الرئيس الأميركي`, `مسلحين`). One-word places are often ordinary words (`المالي`, `عين`).
 */
function overridingList(name: ListedName, tagged: readonly WordSpan[]): NameList | null {
  if (name.lists.includes('person')) return 'person';
  if (name.lists.includes('sy-governorate')) return 'sy-governorate';
  if (name.lists.includes('org') && tagged.some((s) => s.first < name.end && name.first < s.end)) return 'org';
  if (name.end - name.first < MIN_OVERRIDE_WORDS) return null;
  return LIST_PRIORITY.find((l) => name.lists.includes(l)) ?? null;
}

/**
 * The tagger's names with confident list matches laid over them. An overriding list name replaces
 * the tagger names it overlaps, except when a tagger name strictly contains it: the tagger then read a
 * longer name around a listed one (`جامعة دمشق` ORG around the city `دمشق`), which the list cannot see.
 * A list never retypes a tagger name: a country is an ORG when it is a team (`مصر` in a match report).
 */
export function applyListOverrides(tagged: readonly WordSpan[], listed: readonly ListedName[]): WordSpan[] {
  const overrides: WordSpan[] = [];
  for (const name of listed) {
    const list = overridingList(name, tagged);
    if (!list) continue;
    const inside = tagged.some(
      (s) => s.first <= name.first && s.end >= name.end && s.end - s.first > name.end - name.first,
    );
    if (inside) continue;
    // A list alias may carry a title or a descriptor around the name (`الرئيس الروسي فلاديمير بوتين`):
    // where the tagger found a name of the same type inside it, the tagger's tighter span is the name.
    const type = LIST_TYPE[list];
    if (tagged.some((s) => s.type === type && s.first >= name.first && s.end <= name.end && s.end - s.first < name.end - name.first)) continue;
    // Longest first: a listed name inside a longer confident one is not a second name.
    if (overrides.some((o) => o.first <= name.first && o.end >= name.end)) continue;
    overrides.push({
      first: name.first, end: name.end, type, score: LIST_MATCH_SCORE, source: 'list',
      listReading: name.firstReading,
    });
  }
  const overlaps = (a: WordSpan, b: WordSpan) => a.first < b.end && b.first < a.end;
  const kept = tagged.filter((s) => !overrides.some((o) => overlaps(o, s)));
  return [...kept, ...overrides].sort((a, b) => a.first - b.first);
}
