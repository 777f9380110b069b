import type { GeoPrecision, Place } from '../types.js';
import type { GazetteerEntry } from './entry.js';
import type { RawMention } from './scan.js';
import { SITE_KINDS } from './scan.js';
import { RANK } from './rank.js';

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
  const townAdmin1 = new Set(c.filter((e) => e.kind === 'community').map((e) => e.admin1));
  if (townAdmin1.size > 0) c = c.filter((e) => !(ADMIN_KINDS.has(e.kind) && townAdmin1.has(e.admin1)));
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

type Choice = { entry: GazetteerEntry; reason: string; toGovernorate?: boolean } | null;

function choose(c: readonly GazetteerEntry[], sentenceAdmin1: Set<string>, articleAdmin1: Set<string>): Choice {
  if (c.length === 0) return null;
  if (c.length === 1) return { entry: c[0]!, reason: 'only place of that name' };
  let pool = c;
  let why = '';
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

  const sentenceAdmin1 = new Map<number, Set<string>>();
  const articleAdmin1 = new Set<string>(options.admin1Hints ?? []);
  mentions.forEach((m, k) => {
    const gov = anchorAdmin1(m, filtered[k]!);
    if (gov === null) return;
    let s = sentenceAdmin1.get(m.sentence);
    if (!s) sentenceAdmin1.set(m.sentence, (s = new Set()));
    s.add(gov);
    if (namesAnArea(m, filtered[k]!)) articleAdmin1.add(gov);
  });

  return mentions.map((m, k) => {
    const choice = choose(filtered[k]!, sentenceAdmin1.get(m.sentence) ?? new Set(), articleAdmin1);
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
