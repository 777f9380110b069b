/**
 * Whether two events' places can be the same ground: the same place, one inside the other (a village
 * inside its district inside its governorate), or different places.
 */
import { normalizeArabic } from '../arabic/index.js';
import type { EventRecord } from '../types.js';
import { MAX_NAME_EDITS, MIN_FUZZY_NAME_LETTERS, SAME_PLACE_KM } from './constants.js';

export type PlaceRelation = 'same' | 'nested' | 'different';

type PlaceFields = Pick<
  EventRecord,
  'country' | 'admin1' | 'admin2' | 'admin3' | 'location' | 'latitude' | 'longitude' | 'geo_precision'
> & { location_en?: string | null };

// Words that describe a place without naming it (مدينة منبج = منبج; قرية زاركلي = زاركلي).
const PLACE_DESCRIPTORS = new Set(
  ['مدينه', 'بلده', 'قريه', 'قريتي', 'حي', 'حيي', 'منطقه', 'محيط', 'اطراف', 'محافظه', 'مخيم', 'بلدات', 'قري'].map((w) =>
    normalizeArabic(w),
  ),
);

/** The place name without descriptors, punctuation or article, for comparing two spellings. */
export function placeKey(location: string | null): string {
  if (!location) return '';
  return normalizeArabic(location)
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !PLACE_DESCRIPTORS.has(w))
    .map((w) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w))
    .join(' ');
}

/** Damerau–Levenshtein distance (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i]![0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Two spellings of one name: equal keys, one contained in the other, or a slip of a letter in a long name. */
export function namesAlike(a: string | null, b: string | null): boolean {
  const x = placeKey(a);
  const y = placeKey(b);
  if (!x || !y) return false;
  if (x === y || x.includes(y) || y.includes(x)) return true;
  return Math.min(x.length, y.length) >= MIN_FUZZY_NAME_LETTERS && editDistance(x, y, MAX_NAME_EDITS) <= MAX_NAME_EDITS;
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/**
 * A place named as a point: resolved to a village, town or site, or written but not found in the gazetteer
 * (an unresolved name is read as a point: nothing says it is a wide area, and treating it as one would let
 * it swallow every village around).
 */
export function isPoint(p: PlaceFields): boolean {
  return p.location !== null && p.location !== '' && (p.geo_precision === 1 || p.geo_precision === null);
}

export function placeRelation(a: PlaceFields, b: PlaceFields): PlaceRelation {
  if (a.country && b.country && a.country !== b.country) return 'different';
  for (const level of ['admin1', 'admin2', 'admin3'] as const) {
    if (a[level] && b[level] && a[level] !== b[level]) return 'different';
  }
  if (!isPoint(a) || !isPoint(b)) return 'nested';
  if (a.latitude !== null && a.longitude !== null && b.latitude !== null && b.longitude !== null) {
    // Two points far apart are two places, however alike their names (two villages called الحميدية).
    if (km(a.latitude, a.longitude, b.latitude, b.longitude) > SAME_PLACE_KM) return 'different';
    // Two gazetteer entries a town's width apart under unlike names are neighbours (بلودان / الزبداني,
    // 2.6 km): possibly one shelling told from either side, but not evidently the same ground.
    const twoEntries = a.location_en && b.location_en && a.location_en !== b.location_en;
    return twoEntries && !namesAlike(a.location, b.location) ? 'nested' : 'same';
  }
  // One gazetteer entry read under two spellings (سوروج / سوروتش → Suruc) is one place.
  if (a.location_en && a.location_en === b.location_en) return 'same';
  return namesAlike(a.location, b.location) ? 'same' : 'different';
}
