import type { GeoPrecision, Place } from '../types.js';
import type { GazetteerEntry } from './entry.js';
import type { RawMention } from './scan.js';
import { SITE_KINDS } from './scan.js';
import { RANK } from './rank.js';
import { SURROUNDING_GOVERNORATE } from './lexicon.js';

/** A raw mention placed in its sentence, ready to be resolved. */
export interface LocatedMention extends RawMention {
  sentence: number;
}

export interface Resolution {
  place: Place;
  precision: GeoPrecision;
  reason: string;
}

export interface ResolveOptions {
  /** Governorates (OCHA English names) the caller knows the article is about. */
  admin1Hints?: readonly string[];
}

/** Lookup of a governorate's own entry, to code `ريف حماة` or an ambiguous village as the governorate. */
export type Admin1Lookup = (nameEn: string) => GazetteerEntry | null;

/** Ids of city quarters (Damascus neighbourhoods, scripts/build-gazetteer.ts). */
const QUARTER_ID_PREFIX = 'hay:';

const ADMIN_KINDS: ReadonlySet<string> = new Set(['admin1', 'admin2', 'admin3']);
const SETTLEMENT_KINDS: ReadonlySet<string> = new Set(['community', 'city']);

/** Kinds that are wider than one place even when named exactly. */
const KIND_PRECISION: Partial<Record<string, GeoPrecision>> = {
  country: 3,
  admin1: 3,
  desert: 3,
  river: 3,
  admin2: 2,
  admin3: 2,
  mountain_range: 2,
};

/**
 * Keeps the candidates the context words allow: `محافظة X` the governorate, `مدينة X` a settlement,
 * `مطار X` a site. A town and the district or sub-district named after it are one place in the
 * news (`إدلب`, `حسياء`): the administrative unit steps aside for the town.
 */
function filterCandidates(m: RawMention): GazetteerEntry[] {
  let c = m.candidates;
  const keep = (pred: (e: GazetteerEntry) => boolean) => {
    const f = c.filter(pred);
    if (f.length > 0) c = f;
  };
  if (m.context.governorate) keep((e) => e.kind === 'admin1');
  if (m.context.settlement) keep((e) => SETTLEMENT_KINDS.has(e.kind));
  if (m.context.site) keep((e) => SITE_KINDS.has(e.kind));
  if (m.context.quarter) keep((e) => e.id.startsWith(QUARTER_ID_PREFIX));
  // (`كربلاء` is the Iraqi city before the province it seats; the country keeps them apart from Syria's)
  const towns = c.filter((e) => SETTLEMENT_KINDS.has(e.kind) && e.admin1 !== null);
  const townOf = (e: GazetteerEntry) => towns.some((t) => t.admin1 === e.admin1 && t.country === e.country);
  if (towns.length > 0) c = c.filter((e) => !(ADMIN_KINDS.has(e.kind) && townOf(e)));
  return c;
}

/** The one governorate all candidates lie in, if they share one. */
function sharedAdmin1(c: readonly GazetteerEntry[]): string | null {
  const first = c[0]?.admin1 ?? null;
  if (first === null) return null;
  return c.every((e) => e.admin1 === first && e.country === 'Syria') ? first : null;
}

/** A mention names a governorate or district (what the article is about), not just a village in one. */
function namesAnArea(m: RawMention, c: readonly GazetteerEntry[]): boolean {
  return (
    m.context.countryside ||
    m.context.governorate ||
    c.every((e) => e.kind === 'admin1' || e.kind === 'admin2' || e.rank >= RANK.districtSeat)
  );
}

/**
 * The governorate a mention puts the sentence in: all its candidates share it, or it clearly names
 * a big place (`ريف القنيطرة` is the seat's countryside, whatever villages share the name).
 */
function anchorAdmin1(m: RawMention, c: readonly GazetteerEntry[]): string | null {
  const shared = sharedAdmin1(c);
  if (shared !== null) return shared;
  const alone = choose(c, new Set(), new Set());
  if (!alone || alone.toGovernorate || alone.entry.country !== 'Syria') return null;
  const big = alone.entry.rank >= RANK.districtSeat || m.context.countryside || m.context.governorate;
  return big ? alone.entry.admin1 : null;
}

/** A country and another country's capital written alike (`عمان`: Oman, Amman). */
function countryOrForeignCapital(a: GazetteerEntry, b: GazetteerEntry): boolean {
  const capitalOfOther = (c: GazetteerEntry, country: GazetteerEntry) => c.kind !== 'country' && c.rank >= RANK.nationalCapital && c.country !== country.country;
  return (a.kind === 'country' && capitalOfOther(b, a)) || (b.kind === 'country' && capitalOfOther(a, b));
}

/**
 * Countries other mentions put the text in (the country named, or every candidate of a mention lying
 * in it), to tell apart foreign places that share a name (`عمان` beside `الأردن` is Amman).
 */
function anchorCountry(c: readonly GazetteerEntry[]): string | null {
  const first = c[0]?.country ?? null;
  return first !== null && first !== 'Syria' && c.every((e) => e.country === first) ? first : null;
}

/**
 * `حي الخضراء ببغداد`, `بلدة القرارة في شرق خان يونس`: in a sentence a town abroad sets in its
 * country, and no governorate puts elsewhere, a quarter whose namesakes all lie in other countries, or
 * a name whose only namesakes are Syrian villages, is a
 * local place the gazetteer lacks (its Syrian villages are dense, its world towns sparse), not one of
 * them. Left unknown (never invented); the town abroad still places the event.
 */
function isStrayVillage(c: readonly GazetteerEntry[], abroad: ReadonlySet<string>, quarter: boolean): boolean {
  if (c.length === 0) return false;
  if (quarter) {
    // `حي المفرق … غرب بعقوبة`, `حي الأمل شمال خان يونس`: a quarter lies in the town the sentence is
    // in, whatever foreign town of that name the gazetteer holds (Mafraq, Amol)
    return c.every((e) => !abroad.has(e.country) && e.kind !== 'admin1' && e.kind !== 'country');
  }
  return !abroad.has('Syria') && c.every((e) => e.country === 'Syria' && e.kind !== 'admin1' && e.rank < RANK.districtSeat);
}

type Choice = { entry: GazetteerEntry; reason: string; toGovernorate?: boolean } | null;

function choose(
  c: readonly GazetteerEntry[],
  sentenceAdmin1: Set<string>,
  articleAdmin1: Set<string>,
  countries: ReadonlySet<string> = new Set(),
  sentenceCountries: ReadonlySet<string> = new Set(),
): Choice {
  if (c.length === 0) return null;
  if (c.length === 1) return { entry: c[0]!, reason: 'only place of that name' };
  let pool = c;
  let why = '';
  // `اريحا … شمال الضفة الغربية`: a foreign country the sentence names outweighs a Syrian namesake's
  // size (only Syria's: between two foreign namesakes, `موسكو` beside `أمريكا`, size still decides)
  if (pool.some((e) => e.country !== 'Syria' && sentenceCountries.has(e.country))) {
    const abroad = pool.filter((e) => e.country !== 'Syria');
    if (abroad.length < pool.length) {
      pool = abroad;
      why = 'a foreign country named in the same sentence';
    }
  }
  const narrow = (hints: Set<string>, label: string) => {
    if (hints.size === 0) return;
    const f = pool.filter((e) => e.admin1 !== null && hints.has(e.admin1));
    if (f.length > 0 && f.length < pool.length) {
      pool = f;
      why = `${label} (${[...new Set(f.map((e) => e.admin1))].join(', ')})`;
    }
  };
  narrow(sentenceAdmin1, 'governorate named in the same sentence');
  if (pool.length > 1) narrow(articleAdmin1, 'governorate named in the article');
  if (pool.length === 1) return { entry: pool[0]!, reason: why };

  const byRank = [...pool].sort((a, b) => b.rank - a.rank);
  const undecided = countryOrForeignCapital(byRank[0]!, byRank[1]!) || byRank[0]!.rank === byRank[1]!.rank;
  if (undecided && countries.size > 0) {
    // `عمان` beside `الأردن`: a foreign country the text names decides, when size cannot
    const f = pool.filter((e) => e.country !== 'Syria' && countries.has(e.country));
    if (f.length === 1) return { entry: f[0]!, reason: `${why ? why + '; ' : ''}country named in the article (${f[0]!.country})` };
  }
  if (countryOrForeignCapital(byRank[0]!, byRank[1]!)) {
    // `عمان`: Oman or Amman. Size says nothing here: both are what a writer means by the bare name.
    return null;
  }
  if (byRank[0]!.rank > byRank[1]!.rank) {
    return { entry: byRank[0]!, reason: `${why ? why + '; ' : ''}largest of ${pool.length} places of that name` };
  }
  const gov = sharedAdmin1(pool);
  if (gov !== null) {
    return { entry: pool[0]!, reason: `${pool.length} places of that name, all in ${gov}: coded as the governorate`, toGovernorate: true };
  }
  return null;
}

/**
 * Chooses a place for each mention, or drops it when the text cannot say which: first the
 * governorate named in the same sentence, then in the article (or given by the caller), then the
 * biggest place, then the governorate every candidate shares (precision 3). Never at random.
 */
export function resolveMentions(
  mentions: readonly LocatedMention[],
  admin1Of: Admin1Lookup,
  options: ResolveOptions = {},
): (Resolution | null)[] {
  const filtered = mentions.map(filterCandidates);

  // Governorates each mention puts its sentence / the article in. A mention is never its own
  // evidence: `المالكية` alone must not vouch for the Hasakeh town of that name.
  const anchors = mentions.map((m, k) => anchorAdmin1(m, filtered[k]!));
  const areas = mentions.map((m, k) => anchors[k] !== null && namesAnArea(m, filtered[k]!));
  // counts, so that leaving one mention out stays a lookup, not a rescan
  const bySentence = new Map<number, Map<string, number>>();
  const byArticle = new Map<string, number>();
  anchors.forEach((gov, k) => {
    if (gov === null) return;
    const s = mentions[k]!.sentence;
    let m = bySentence.get(s);
    if (!m) bySentence.set(s, (m = new Map()));
    m.set(gov, (m.get(gov) ?? 0) + 1);
    if (areas[k]) byArticle.set(gov, (byArticle.get(gov) ?? 0) + 1);
  });
  const others = (counts: Map<string, number> | undefined, own: string | null, extra: readonly string[] = []) => {
    const out = new Set<string>(extra);
    if (counts) for (const [gov, n] of counts) if (n > (gov === own ? 1 : 0)) out.add(gov);
    return out;
  };
  const hints = options.admin1Hints ?? [];
  const sentenceOthers = (k: number) => others(bySentence.get(mentions[k]!.sentence), anchors[k]!);
  const articleOthers = (k: number) => others(byArticle, areas[k] ? anchors[k]! : null, hints);
  const countries = new Set<string>();
  const countriesBySentence = new Map<number, Set<string>>();
  mentions.forEach((m, k) => {
    const country = anchorCountry(filtered[k]!);
    if (country === null) return;
    countries.add(country);
    let inSentence = countriesBySentence.get(m.sentence);
    if (!inSentence) countriesBySentence.set(m.sentence, (inSentence = new Set()));
    inSentence.add(country);
  });
  const noCountries = new Set<string>();

  // One sense per article: a name the text once pinned by its context (`قرية المالكية` beside `ريف
  // حلب`) means the same place when it comes back bare, even if size alone would pick another.
  // Towns abroad that set a sentence in their country (`ببغداد`, `جنوب قطاع غزة`): not country names,
  // which Syrian reports name as neighbours and parties (`على الحدود مع لبنان`).
  const townCountries = mentions.map((m, k) => (filtered[k]!.some((e) => e.kind === 'country') ? null : anchorCountry(filtered[k]!)));
  const townsBySentence = new Map<number, number[]>();
  townCountries.forEach((c, k) => {
    if (c === null) return;
    const s = mentions[k]!.sentence;
    townsBySentence.set(s, [...(townsBySentence.get(s) ?? []), k]);
  });
  const strayVillage = (k: number) => {
    const towns = townsBySentence.get(mentions[k]!.sentence);
    if (!towns || towns.every((j) => j === k)) return false;
    const abroad = new Set(towns.filter((j) => j !== k).map((j) => townCountries[j]!));
    return sentenceOthers(k).size === 0 && isStrayVillage(filtered[k]!, abroad, mentions[k]!.context.quarter);
  };
  const choices = mentions.map((_m, k) => (strayVillage(k) ? null : filtered[k]!.length > 1 ? choose(filtered[k]!, sentenceOthers(k), articleOthers(k), countries, countriesBySentence.get(mentions[k]!.sentence) ?? noCountries) : choose(filtered[k]!, new Set(), new Set())));
  const pinned = new Map<readonly GazetteerEntry[], GazetteerEntry>();
  choices.forEach((c, k) => {
    if (c && c.reason.startsWith('governorate named in the same sentence') && !pinned.has(mentions[k]!.candidates)) pinned.set(mentions[k]!.candidates, c.entry);
  });

  return mentions.map((m, k) => {
    let choice = choices[k]!;
    const earlier = pinned.get(m.candidates);
    if (earlier && filtered[k]!.includes(earlier) && (!choice || !choice.reason.startsWith('governorate named in the same sentence'))) {
      choice = { entry: earlier, reason: 'same name pinned by its governorate elsewhere in the article' };
    }
    if (!choice) return null;
    let place: GazetteerEntry = choice.entry;
    let reason = choice.reason;
    let precision: GeoPrecision = KIND_PRECISION[place.kind] ?? 1;

    if (choice.toGovernorate) {
      const gov = admin1Of(place.admin1!);
      if (!gov) return null;
      place = gov;
      precision = 3;
    } else if (m.context.countryside) {
      // `ريف حماة` is the governorate's countryside; `ريف القامشلي` the town's.
      if (place.kind === 'community' && place.rank >= RANK.governorateSeat && place.admin1) {
        const gov = admin1Of(place.admin1);
        if (gov) {
          place = gov;
          reason += '; countryside of the governorate seat';
        }
      }
      precision = place.kind === 'country' ? 3 : 2;
    } else if (m.context.governorate) {
      precision = 3;
    } else if (m.context.near || m.context.direction || (m.context.site && !SITE_KINDS.has(place.kind))) {
      precision = Math.max(precision, 2) as GeoPrecision;
      const around = m.context.near && !m.context.inside && place.kind === 'community' && place.rank >= RANK.governorateSeat;
      const surrounding = around && place.admin1 ? SURROUNDING_GOVERNORATE[place.admin1] : undefined;
      const gov = surrounding ? admin1Of(surrounding) : null;
      if (gov) {
        // `محيط دمشق`: the capital is a governorate by itself; what lies around it is Rural Damascus
        place = gov;
        reason += `; around ${choice.entry.name_en}, which is a governorate by itself`;
      }
    } else if (place.kind === 'region' && place.lat === null) {
      // a region with no point of its own (`الغوطة الشرقية`) is coded as part of a region
      precision = 2;
    }
    return { place: toPlace(place), precision, reason };
  });
}

const placeOfEntry = new WeakMap<GazetteerEntry, Place>();

/** The public Place: the entry without its matching data (one object per entry). */
export function toPlace(e: GazetteerEntry): Place {
  let p = placeOfEntry.get(e);
  if (p) return p;
  p = {
    id: e.id,
    name_ar: e.name_ar,
    name_en: e.name_en,
    kind: e.kind,
    lat: e.lat,
    lon: e.lon,
    country: e.country,
    admin1: e.admin1,
    admin2: e.admin2,
    admin3: e.admin3,
    source: e.source,
  };
  placeOfEntry.set(e, p);
  return p;
}
