/**
 * How big a place is, for one purpose only: when several places share a name and nothing in the
 * text says which, the one news writers mean without qualification is the big one (`طرابلس` is the
 * Libyan capital before a Lebanese seat; `القنيطرة` the governorate seat before four villages).
 * Gaps between tiers leave room for sources that fall in between.
 */
export const RANK = {
  country: 100,
  nationalCapital: 90,
  governorate: 85,
  governorateSeat: 80,
  /** Conflict sites are named in the news precisely because they matter. */
  conflictSite: 75,
  districtSeat: 70,
  largeWorldCity: 65,
  district: 62,
  subdistrictSeat: 60,
  subdistrict: 50,
  worldCity: 40,
  village: 10,
} as const;

/** OCHA CAPIT_LVL (0 national capital … 3 sub-district seat, empty none) → rank. */
export function rankOfOchaCapitalLevel(level: string): number {
  switch (level.trim()) {
    case '0':
      return RANK.nationalCapital;
    case '1':
      return RANK.governorateSeat;
    case '2':
      return RANK.districtSeat;
    case '3':
      return RANK.subdistrictSeat;
    default:
      return RANK.village;
  }
}

/** A world city of at least this population is "large": it beats a Syrian district seat of the same name. */
export const LARGE_WORLD_CITY_POPULATION = 1_000_000;

/** GeoNames feature code and population → rank. */
export function rankOfGeoNamesPlace(featureCode: string, population: number): number {
  if (featureCode === 'PPLC') return RANK.nationalCapital;
  if (featureCode === 'PPLA') return population >= LARGE_WORLD_CITY_POPULATION ? RANK.largeWorldCity : RANK.worldCity + 5;
  return population >= LARGE_WORLD_CITY_POPULATION ? RANK.largeWorldCity : RANK.worldCity;
}
