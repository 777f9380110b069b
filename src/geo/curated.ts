/**
 * Hand-made additions to the gazetteer sources, read by scripts/build-gazetteer.ts. Each one fixes a
 * gap measured on the seed and gold articles or noted in the sources' SOURCE.md; the reason is
 * beside it. Adding a spelling here never needs a code change.
 */
import type { GazetteerEntry } from './entry.js';
import { RANK } from './rank.js';

/** Extra Arabic spellings for an entry, by entry id. */
export const EXTRA_ARABIC_NAMES: Record<string, string[]> = {
  // OCHA writes بسنقول (Idleb, Ariha); the news writes باسنكول (seed 000: `قرية "باسنكول" في محافظة إدلب`).
  'ocha:C4322': ['باسنكول', 'بسنكول', 'باسنقول'],
  // The Russian naval facility sits in the port; `ميناء طرطوس` in Russian-deployment news means it (seed 002).
  'site:tartus_naval_facility': ['ميناء طرطوس'],
  // OCHA has only `الباغوز فوقاني` (Upper Baghuz), the town the news calls `الباغوز` (seed 003).
  'ocha:C5184': ['الباغوز', 'باغوز'],
  // Both spellings are standard; world-countries has only سوريا.
  'country:SY': ['سورية', 'الجمهورية العربية السورية', 'الأراضي السورية'],
  // The country is more often named by its short forms than by `الولايات المتحدة`.
  'country:US': ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية'],
  // `مطار دمشق` (gold am-1768555) is the international airport, missing from conflict_sites.csv.
  'airport:OSDI': ['مطار دمشق', 'مطار دمشق الدولي'],
};

/** Places no source file has with an Arabic name. */
export const EXTRA_PLACES: GazetteerEntry[] = [
  // Regions the conflict news names constantly, absent from every source file (OCHA has only a
  // Lattakia village القلمون and an Aleppo twin village with a half الجولان, which the bare names
  // then wrongly hit in the gold articles). No source at hand states a coordinate: left null.
  region('region:qalamoun', 'القلمون', ['جبال القلمون', 'منطقة القلمون'], 'Qalamoun Mountains', 'mountain_range', 'Rural Damascus'),
  region('region:eastern_qalamoun', 'القلمون الشرقي', ['منطقة القلمون الشرقي'], 'Eastern Qalamoun', 'mountain_range', 'Rural Damascus'),
  region('region:western_qalamoun', 'القلمون الغربي', ['منطقة القلمون الغربي'], 'Western Qalamoun', 'mountain_range', 'Rural Damascus'),
  region('region:golan', 'الجولان', ['مرتفعات الجولان', 'الجولان السوري', 'الجولان السوري المحتل', 'الجولان المحتل'], 'Golan Heights', 'region', 'Quneitra'),
  {
    // GeoNames cities500 has Washington, D.C. (4140963) without any Arabic name, while `واشنطن`
    // there only names small US towns; news always means the capital.
    id: 'geonames:4140963',
    name_ar: 'واشنطن',
    name_en: 'Washington, D.C.',
    variants_en: ['Washington'],
    kind: 'city',
    lat: 38.89511,
    lon: -77.03637,
    country: 'United States',
    admin1: null,
    admin2: null,
    admin3: null,
    source: 'GeoNames',
    rank: RANK.nationalCapital,
  },
];

/** English country names where ACLED (and the gold standard) differ from world-countries' common name. */
export const COUNTRY_NAME_EN: Record<string, string> = {
  TR: 'Turkey',
  CZ: 'Czech Republic',
};

function region(id: string, name_ar: string, variants_ar: string[], name_en: string, kind: 'mountain_range' | 'region', admin1: string): GazetteerEntry {
  return {
    id,
    name_ar,
    variants_ar,
    name_en,
    kind,
    lat: null,
    lon: null,
    country: 'Syria',
    admin1,
    admin2: null,
    admin3: null,
    source: 'rasd (hand-added; no coordinate source)',
    rank: RANK.conflictSite,
  };
}
