import { readFileSync } from 'node:fs';
import type { GazetteerEntry } from './entry.js';
import type { AdminCollection } from './boundaries.js';
import { AdminBoundaries } from './boundaries.js';

/** The files scripts/build-gazetteer.ts writes, in the order their entries are indexed. */
export const GAZETTEER_FILES = ['syria_admin.json', 'syria_communities.json', 'syria_sites.json', 'world.json'];

/**
 * The data folder, relative to this module: src/geo/ and dist/geo/ (tsconfig.build.json has
 * rootDir src) both sit two levels under the package root, beside data/.
 */
function dataUrl(file: string): URL {
  return new URL(`../../data/geo/${file}`, import.meta.url);
}

export function loadGazetteerEntries(files: readonly string[] = GAZETTEER_FILES): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const f of files) {
    const entries = JSON.parse(readFileSync(dataUrl(f), 'utf8')) as GazetteerEntry[];
    for (const e of entries) out.push(e);
  }
  return out;
}

/** Words measured as common in newswire (data/geo/common_words.json, built from ANERcorp). */
export interface CommonWords {
  /** Keys of one-word names mostly used as ordinary words (`سلام`, `عين`). */
  name_keys: string[];
  /** Words that become a name only by stripping a clitic that is not one (`وزاره` → `زاره`). */
  unsplittable: string[];
}

export function loadCommonWords(): CommonWords {
  try {
    return JSON.parse(readFileSync(dataUrl('common_words.json'), 'utf8')) as CommonWords;
  } catch {
    return { name_keys: [], unsplittable: [] };
  }
}

/** The simplified governorate and district polygons (data/geo/syria_admin{1,2}.geojson). */
export function loadAdminBoundaries(): AdminBoundaries {
  const layer = (f: string) => JSON.parse(readFileSync(dataUrl(f), 'utf8')) as AdminCollection;
  return new AdminBoundaries(layer('syria_admin1.geojson'), layer('syria_admin2.geojson'));
}
