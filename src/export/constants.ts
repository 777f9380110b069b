/** Column lists and code tables for exports. Data only; the code that uses them is in csv.ts/flatten.ts. */
import type { EventType, PartialDate } from '../types.js';

/** ACLED's export columns, in ACLED's order, so an ACLED workflow can read rasd's CSV unchanged. */
export const ACLED_COLUMNS: readonly string[] = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor1', 'inter1', 'actor2', 'assoc_actor2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
];

/** rasd's own columns after ACLED's: what makes each row traceable to its article and its text. */
export const RASD_COLUMNS: readonly string[] = [
  'article_id', 'location_ar', 'date_basis', 'background', 'claimed_by', 'confidence', 'evidence_start', 'evidence_end',
];

/** ACLED time_precision: 1 = the day is known, 2 = only the month (or a week/range within it), 3 = only the year. */
export function timePrecision(date: PartialDate): 1 | 2 | 3 {
  return date.length >= 10 ? 1 : date.length >= 7 ? 2 : 3;
}

/**
 * ACLED's disorder_type per event type. Diplomacy is rasd's addition and has no ACLED disorder type:
 * left blank rather than forced into one. Mob violence is the one riot ACLED files as political violence.
 */
export const DISORDER_TYPE: Record<EventType, string> = {
  Battles: 'Political violence',
  'Explosions/Remote violence': 'Political violence',
  'Violence against civilians': 'Political violence',
  Protests: 'Demonstrations',
  Riots: 'Demonstrations',
  'Strategic developments': 'Strategic developments',
  Diplomacy: '',
};
export const MOB_VIOLENCE = 'Mob violence';
export const MOB_VIOLENCE_DISORDER = 'Political violence';

/** ACLED's civilian_targeting value; set when the target (actor2) is a civilians actor. */
export const CIVILIAN_TARGETING = 'Civilian targeting';
/** GUIDE.md names civilian actors "Civilians (COUNTRY)". */
export const CIVILIANS_PREFIX = 'Civilians';

export interface CountryCode {
  /** ISO 3166-1 numeric, as ACLED's `iso` column. */
  iso: number;
  /** ACLED region. */
  region: string;
}

/**
 * The countries rasd's sources report on, by every English name the gazetteer or actor lists use.
 * ISO numbers from data/world/countries_capitals_ar.csv (ccn3); regions are ACLED's.
 * A country not listed gets blank iso/region, not a guess.
 */
const MIDDLE_EAST = 'Middle East';
export const COUNTRY_CODES: Record<string, CountryCode> = {
  Syria: { iso: 760, region: MIDDLE_EAST },
  'Syrian Arab Republic': { iso: 760, region: MIDDLE_EAST },
  Iraq: { iso: 368, region: MIDDLE_EAST },
  Lebanon: { iso: 422, region: MIDDLE_EAST },
  Jordan: { iso: 400, region: MIDDLE_EAST },
  Israel: { iso: 376, region: MIDDLE_EAST },
  Palestine: { iso: 275, region: MIDDLE_EAST },
  'State of Palestine': { iso: 275, region: MIDDLE_EAST },
  Turkey: { iso: 792, region: MIDDLE_EAST },
  Türkiye: { iso: 792, region: MIDDLE_EAST },
  Iran: { iso: 364, region: MIDDLE_EAST },
  'Islamic Republic of Iran': { iso: 364, region: MIDDLE_EAST },
  Yemen: { iso: 887, region: MIDDLE_EAST },
  'Saudi Arabia': { iso: 682, region: MIDDLE_EAST },
  Qatar: { iso: 634, region: MIDDLE_EAST },
  'United Arab Emirates': { iso: 784, region: MIDDLE_EAST },
  Kuwait: { iso: 414, region: MIDDLE_EAST },
  Bahrain: { iso: 48, region: MIDDLE_EAST },
  Oman: { iso: 512, region: MIDDLE_EAST },
  Egypt: { iso: 818, region: 'Northern Africa' },
  Libya: { iso: 434, region: 'Northern Africa' },
  Sudan: { iso: 729, region: 'Northern Africa' },
  Algeria: { iso: 12, region: 'Northern Africa' },
  Tunisia: { iso: 788, region: 'Northern Africa' },
  Morocco: { iso: 504, region: 'Northern Africa' },
  Russia: { iso: 643, region: 'Europe' },
  'Russian Federation': { iso: 643, region: 'Europe' },
  Ukraine: { iso: 804, region: 'Europe' },
  Cyprus: { iso: 196, region: 'Europe' },
  France: { iso: 250, region: 'Europe' },
  Germany: { iso: 276, region: 'Europe' },
  'United Kingdom': { iso: 826, region: 'Europe' },
  Armenia: { iso: 51, region: 'Caucasus and Central Asia' },
  Azerbaijan: { iso: 31, region: 'Caucasus and Central Asia' },
  Georgia: { iso: 268, region: 'Caucasus and Central Asia' },
  Afghanistan: { iso: 4, region: 'South Asia' },
  Pakistan: { iso: 586, region: 'South Asia' },
  'United States': { iso: 840, region: 'North America' },
  'United States of America': { iso: 840, region: 'North America' },
};
