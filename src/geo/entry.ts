import type { Place } from '../types.js';

/**
 * One row of data/geo/*.json: a Place plus the spellings it is found by and how big it is.
 * Written by scripts/build-gazetteer.ts, read by the Gazetteer.
 */
export interface GazetteerEntry extends Place {
  /** Further Arabic spellings as written by the sources (aliases, the halves of a twin village). */
  variants_ar?: string[];
  /** Further English spellings. */
  variants_en?: string[];
  /**
   * Importance used only to choose among same-named places (see RANK in geo/lexicon.ts):
   * a country beats a capital beats a governorate seat beats a village.
   */
  rank: number;
}
