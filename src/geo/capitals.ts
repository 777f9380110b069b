import { NATIONALITY_STEMS } from '../entities/nationality-lexicon.js';
import type { GazetteerEntry } from './entry.js';
import { NATIONAL_CAPITALS } from './lexicon.js';
import { RANK } from './rank.js';

const SETTLEMENT_KINDS: ReadonlySet<string> = new Set(['city', 'community']);
/** `العاصمة`, the word a capital is named by (feminine: its adjective takes ة). */
const CAPITAL_WORD = 'العاصمة';

/**
 * Each country's capital entry: the biggest town of that name in that country (`بغداد` the city, not
 * the province; `عمان` Amman, not Oman). `placesNamed` is the gazetteer's exact-name lookup.
 */
export function capitalEntries(placesNamed: (name: string) => readonly GazetteerEntry[]): Map<string, GazetteerEntry> {
  const out = new Map<string, GazetteerEntry>();
  for (const [country, name] of Object.entries(NATIONAL_CAPITALS)) {
    const towns = placesNamed(name).filter((e) => e.country === country && SETTLEMENT_KINDS.has(e.kind) && e.rank >= RANK.worldCity);
    const capital = [...towns].sort((a, b) => b.rank - a.rank)[0];
    if (capital) out.set(country, capital);
  }
  return out;
}

/**
 * `العاصمة العراقية`, `بالعاصمة اللبنانية`: the capital named by its country's adjective, as written
 * phrases with the place they name.
 */
export function capitalPhrases(capitals: ReadonlyMap<string, GazetteerEntry>): Array<{ phrase: string; place: GazetteerEntry }> {
  const out: Array<{ phrase: string; place: GazetteerEntry }> = [];
  for (const [stem, country] of Object.entries(NATIONALITY_STEMS)) {
    const place = capitals.get(country);
    if (place) out.push({ phrase: `${CAPITAL_WORD} ال${stem}ة`, place });
  }
  return out;
}

/**
 * `العاصمة` written bare: a placeholder found like a name, standing for the capital of the country
 * the story is set in, which only the other mentions (or the caller) can tell. Never returned.
 */
export const STORY_CAPITAL: GazetteerEntry = {
  id: 'capital:story',
  name_ar: CAPITAL_WORD,
  name_en: 'the capital',
  kind: 'city',
  lat: null,
  lon: null,
  country: '',
  admin1: null,
  admin2: null,
  admin3: null,
  source: 'rasd (placeholder)',
  rank: RANK.village,
};
export const STORY_CAPITAL_NAME = CAPITAL_WORD;

/**
 * The country a story is set in: the one most of its place mentions lie in, when they are a clear
 * majority (a Syrian report naming Moscow once stays Syrian; one naming Baghdad and Basra is Iraqi).
 */
export function majorityCountry(countries: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [country, n] of counts) if (n > bestCount) [best, bestCount] = [country, n];
  return bestCount * 2 > countries.length ? best : null;
}
