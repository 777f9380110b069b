import { readFileSync } from 'node:fs';
import { normalizeArabic } from '../arabic/index.js';
import { dataFile } from './data-file.js';

/**
 * The names rasd already lists (data/geo gazetteer, data/actors registry), as a word trie the
 * tagger reads two ways: as features ("this word is inside a listed country name") and as
 * confident overrides of its own reading.
 */

/** Which list a name comes from. The tagger learns one weight per list, so a noisy list costs little. */
export const NAME_LISTS = ['country', 'city', 'sy-governorate', 'sy-admin', 'sy-village', 'org', 'person'] as const;
export type NameList = (typeof NAME_LISTS)[number];

/** The entity type a list's names have when they override the tagger. */
export const LIST_TYPE: Record<NameList, 'LOC' | 'ORG' | 'PERS'> = {
  country: 'LOC', city: 'LOC', 'sy-governorate': 'LOC', 'sy-admin': 'LOC', 'sy-village': 'LOC', org: 'ORG', person: 'PERS',
};

interface Node {
  next: Map<string, Node>;
  /** Bit set of NAME_LISTS indexes whose name ends here. */
  lists: number;
}

/** A listed name found in a word sequence: words [first, end), from the lists in `lists`. */
export interface ListedName {
  first: number;
  end: number;
  lists: NameList[];
  /** The reading of the first word that matched (its proclitics stripped), e.g. `هيئه` for `لهيئة`. */
  firstReading: string;
}

/** What the matcher needs of a word: its normalised form and its proclitic readings (Token.norm/bases). */
export interface WordKeys {
  norm: string;
  bases: readonly string[];
}

interface GeoRow {
  name_ar?: string;
  variants_ar?: string[];
  kind?: string;
}
interface ActorRow {
  name_ar?: string;
  aliases_ar?: string[];
  role?: string;
}

export class NameListMatcher {
  private readonly root = new Map<string, Node>();

  add(name: string, list: NameList): void {
    const words = normalizeArabic(name).replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => w.length > 0);
    if (words.length === 0) return;
    let level = this.root;
    let node: Node | undefined;
    for (const w of words) {
      node = level.get(w);
      if (!node) {
        node = { next: new Map(), lists: 0 };
        level.set(w, node);
      }
      level = node.next;
    }
    node!.lists |= 1 << NAME_LISTS.indexOf(list);
  }

  /**
   * Every longest listed name starting at each word. Only the first word may carry proclitics
   * (`وهيئة تحرير الشام`); later words must match as written (normalised).
   */
  find(words: readonly WordKeys[]): ListedName[] {
    const out: ListedName[] = [];
    for (let i = 0; i < words.length; i++) {
      let best: ListedName | null = null;
      for (const reading of words[i]!.bases) {
        let node = this.root.get(reading);
        let j = i + 1;
        while (node) {
          if (node.lists !== 0 && (!best || j > best.end)) {
            best = { first: i, end: j, lists: listsOf(node.lists), firstReading: reading };
          }
          if (j >= words.length) break;
          node = node.next.get(words[j]!.norm);
          j++;
        }
      }
      if (best) out.push(best);
    }
    return out;
  }
}

function listsOf(bits: number): NameList[] {
  return NAME_LISTS.filter((_, k) => (bits & (1 << k)) !== 0);
}

let shared: NameListMatcher | undefined;

/** The matcher over the shipped data files, built on first use. */
export function defaultNameLists(): NameListMatcher {
  if (shared) return shared;
  const m = new NameListMatcher();
  const readJson = (rel: string): unknown => JSON.parse(readFileSync(dataFile(rel), 'utf8'));
  const addGeo = (rel: string, listOf: (kind: string) => NameList) => {
    for (const row of readJson(rel) as GeoRow[]) {
      const list = listOf(row.kind ?? '');
      for (const name of [row.name_ar, ...(row.variants_ar ?? [])]) if (name) m.add(name, list);
    }
  };
  addGeo('geo/world.json', (kind) => (kind === 'country' ? 'country' : 'city'));
  addGeo('geo/syria_admin.json', (kind) => (kind === 'admin1' ? 'sy-governorate' : 'sy-admin'));
  addGeo('geo/syria_sites.json', () => 'sy-admin');
  addGeo('geo/syria_communities.json', () => 'sy-village');
  const actors = readJson('actors/actors.json') as { actors: ActorRow[] };
  for (const a of actors.actors) {
    const list: NameList = a.role === 'person' ? 'person' : 'org';
    for (const name of [a.name_ar, ...(a.aliases_ar ?? [])]) if (name) m.add(name, list);
  }
  shared = m;
  return m;
}
