/**
 * Builds data/geo/*.json from the raw gazetteer sources in shared/data (see data/geo/SOURCE.md).
 *
 *   node --import tsx scripts/build-gazetteer.ts [SHARED_DATA_DIR]      (default ../shared/data)
 *
 * Output is deterministic (sorted, no timestamps) so that a rebuild shows as no diff.
 * Names are stored as the sources write them; the Gazetteer normalises at load time, so a change
 * to the Arabic normaliser never needs a rebuild.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { PlaceKind } from '../src/types.js';
import type { GazetteerEntry } from '../src/geo/entry.js';
import { RANK, rankOfGeoNamesPlace, rankOfOchaCapitalLevel } from '../src/geo/rank.js';
import { ADMIN1_BY_GEONAMES_CODE, COUNTRY_NAME_EN, DAMASCUS_NEIGHBOURHOODS, EXTRA_ARABIC_NAMES, EXTRA_PLACES } from '../src/geo/curated.js';
import type { AdminCollection, AdminFeature } from '../src/geo/boundaries.js';
import { AdminBoundaries } from '../src/geo/boundaries.js';
import { normalizeArabic, procliticReadings, stripArticle } from '../src/arabic/index.js';
import { nameKeys } from '../src/geo/names.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(process.argv[2] ?? join(REPO, '..', 'shared', 'data'));
const OUT = join(REPO, 'data', 'geo');

const SYRIA = 'Syria';
/** World places kept from GeoNames: capitals, first-order seats, and any city this big. */
const WORLD_MIN_POPULATION = 100_000;
/**
 * Syria's neighbours are named town by town in its conflict news (Suruç, Ceylanpınar, Jenin,
 * Harir): smaller towns are kept there.
 */
const NEIGHBOUR_COUNTRIES = new Set(['TR', 'IQ', 'LB', 'JO', 'IL', 'PS']);
const NEIGHBOUR_MIN_POPULATION = 20_000;
/** Coordinates are kept to ~10 m; more digits only grow the files. */
const COORD_DECIMALS = 5;

type Row = Record<string, string>;

function readCsv(path: string, delimiter = ','): Row[] {
  return parse(readFileSync(path, 'utf8'), {
    columns: true,
    delimiter,
    skip_empty_lines: true,
    relax_quotes: true,
    relax_column_count: true,
  }) as Row[];
}

function coord(v: string | undefined): number | null {
  if (v === undefined || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? Number(n.toFixed(COORD_DECIMALS)) : null;
}

function splitList(v: string | undefined): string[] {
  return (v ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * GeoNames "Arabic-script" names mix in Persian, Urdu, Kurdish and Uyghur spellings. Only names written
 * with the Arabic alphabet proper (plus harakat) are kept: the others are not how Arabic news writes
 * the place, and some fold onto unrelated Arabic words.
 */
const ARABIC_ONLY = /^[\u0621-\u063A\u0641-\u0652\u0670 \-']+$/u;
/** Shorter single words are more often particles than names (`في`, `لا`). */
const MIN_NAME_LETTERS = 3;

function usableArabicName(name: string): boolean {
  return ARABIC_ONLY.test(name) && normalizeArabic(name).replace(/[\s\-']/g, '').length >= MIN_NAME_LETTERS;
}

function uniq(names: string[], except: string): string[] | undefined {
  const seen = new Set([normalizeArabic(except)]);
  const out: string[] = [];
  for (const n of names) {
    const k = normalizeArabic(n);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out.length > 0 ? out : undefined;
}

function uniqEn(names: string[], except: string): string[] | undefined {
  const seen = new Set([except.toLowerCase()]);
  const out = names.filter((n) => {
    const k = n.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return out.length > 0 ? out : undefined;
}

// -------------------------------------------------------------------------------------------------
// Syria: OCHA communities give the English admin names every other Syrian row is coded with.

const communitiesCsv = readCsv(join(SHARED, 'gazetteer', 'syria_communities_ocha.csv'));
const adminEnByPcode = new Map<string, string>();
for (const r of communitiesCsv) {
  adminEnByPcode.set(r.admin1_pcode!, r.admin1_en!);
  adminEnByPcode.set(r.admin2_pcode!, r.admin2_en!);
  adminEnByPcode.set(r.admin3_pcode!, r.admin3_en!);
}
// Sub-districts whose P-code changed after 2015: the current code maps back to the 2015 one.
const crosswalk = readCsv(join(SHARED, 'gazetteer', 'admin3_pcode_crosswalk_2015_to_current.csv'));
for (const r of crosswalk) {
  const en = adminEnByPcode.get(r.admin3_pcode_2015!);
  if (en) adminEnByPcode.set(r.admin3_pcode_current!, en);
  const en2 = adminEnByPcode.get(r.admin2_pcode_2015!);
  if (en2 && !adminEnByPcode.has(r.admin2_pcode_current!)) adminEnByPcode.set(r.admin2_pcode_current!, en2);
}

// -------------------------------------------------------------------------------------------------
// Boundaries: the simplified OCHA 2015 governorate and district polygons are shipped (for the map and
// Gazetteer.adminAt); the full-resolution ones place the sites below. Both vintages match the
// communities' 2015 P-codes. Properties are cut down to P-code, OCHA English name, Arabic name.

type RawFeature = { properties: Record<string, string>; geometry: AdminFeature['geometry'] };
function adminLayer(file: string): AdminCollection {
  const raw = JSON.parse(readFileSync(join(SHARED, 'boundaries', file), 'utf8')) as { features: RawFeature[] };
  const features: AdminFeature[] = raw.features.map((f) => {
    const p = f.properties;
    const a1 = p.ADMIN1_COD;
    return {
      type: 'Feature',
      properties: {
        pcode: p.PCODE!,
        name_en: adminEnByPcode.get(p.PCODE!) ?? p.NAME_EN!,
        name_ar: p.NAME_ARA!,
        ...(a1 ? { admin1: adminEnByPcode.get(a1) ?? p.ADMIN1_EN!, admin1_pcode: a1 } : {}),
      },
      geometry: f.geometry,
    };
  });
  features.sort((a, b) => (a.properties.pcode < b.properties.pcode ? -1 : 1));
  return { type: 'FeatureCollection', features };
}
const admin1Simplified = adminLayer('syr_admin1_ocha2015.simplified.geojson');
const admin2Simplified = adminLayer('syr_admin2_ocha2015.simplified.geojson');
const boundaries = new AdminBoundaries(adminLayer('syr_admin1_ocha2015.geojson'), adminLayer('syr_admin2_ocha2015.geojson'));

// Twin villages (`الصفا_التياس`): each half is indexed as a spelling of the pair unless that half is
// already the name of some other place (`الحجلية- الباب` must not make `الباب` ambiguous) — decided
// below, once every other name is known.
const TWIN_SEPARATOR = /\s*[_\-]\s*/;

const communities: GazetteerEntry[] = communitiesCsv.map((r) => {
  const twin = r.name_ar!.split(TWIN_SEPARATOR).filter((h) => h.length > 0);
  const name_ar = r.name_ar!;
  return {
    id: `ocha:${r.pcode}`,
    name_ar,
    name_en: r.name_en!,
    variants_en: uniqEn([r.name_en_ref!], r.name_en!),
    kind: 'community' as PlaceKind,
    lat: coord(r.lat),
    lon: coord(r.lon),
    country: SYRIA,
    admin1: r.admin1_en!,
    admin2: r.admin2_en!,
    admin3: r.admin3_en!,
    source: 'UN OCHA',
    rank: rankOfOchaCapitalLevel(r.capital_level ?? ''),
    // halves filled in below
    ...(twin.length > 1 ? { variants_ar: twin } : {}),
  };
});

// -------------------------------------------------------------------------------------------------
// Syria: governorates, districts, sub-districts (OpenSyria), coded with OCHA English names.

const adminCsv = readCsv(join(SHARED, 'gazetteer', 'syria_admin_opensyria', 'admin_units_flat.csv'));
const unitById = new Map(adminCsv.map((r) => [r.id!, r]));
const ADMIN_KIND: Record<string, PlaceKind> = { '1': 'admin1', '2': 'admin2', '3': 'admin3' };
const ADMIN_RANK: Record<string, number> = { '1': RANK.governorate, '2': RANK.district, '3': RANK.subdistrict };

function ochaName(r: Row | undefined): string | null {
  if (!r) return null;
  return adminEnByPcode.get(r.ocha_pcode!) ?? r.name_en ?? null;
}

const admins: GazetteerEntry[] = adminCsv.map((r) => {
  const gov = unitById.get(r.governorate_id!);
  const district = r.level === '3' ? unitById.get(r.parent_id!) : r.level === '2' ? r : undefined;
  return {
    id: `opensyria:${r.id}`,
    name_ar: r.name_ar!,
    // `مدينة إدلب` is listed as an alias of Idleb district; in text it is the city (OCHA community).
    variants_ar: uniq(splitList(r.aliases_ar).filter((a) => !a.startsWith('مدينة ')), r.name_ar!),
    name_en: ochaName(r)!,
    variants_en: uniqEn([r.name_en!, ...splitList(r.aliases_en)], ochaName(r)!),
    kind: ADMIN_KIND[r.level!]!,
    lat: coord(r.lat),
    lon: coord(r.lon),
    country: SYRIA,
    admin1: ochaName(gov),
    admin2: ochaName(district),
    admin3: r.level === '3' ? ochaName(r) : null,
    source: 'OpenSyria',
    rank: ADMIN_RANK[r.level!]!,
  };
});

// -------------------------------------------------------------------------------------------------
// Syria: conflict sites (hand-compiled) and the airfields they do not already cover.

/** conflict_sites.csv kinds that PlaceKind has no word for. */
const SITE_KIND: Record<string, PlaceKind> = { prison: 'site', dam: 'site', oil_field: 'site' };

/** The OCHA community nearest a point among those of one district: gives a site its sub-district. */
function nearestCommunityIn(lat: number, lon: number, admin2: string): GazetteerEntry | null {
  let best: GazetteerEntry | null = null;
  let bestD = Infinity;
  const k = Math.cos((lat * Math.PI) / 180);
  for (const c of communities) {
    if (c.lat === null || c.lon === null || c.admin2 !== admin2) continue;
    const d = (c.lat - lat) ** 2 + ((c.lon - lon) * k) ** 2;
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/**
 * Kinds that are one point on the map. A range, a desert or a river spans several governorates: its
 * (label) point says nothing about which one a report means.
 */
const POINT_KINDS: ReadonlySet<PlaceKind> = new Set(['airbase', 'base', 'port', 'border_crossing', 'site', 'region', 'community', 'city']);

/**
 * Admin units for a point: governorate and district by point-in-polygon, sub-district from the
 * nearest community in that district. A governorate the source states wins: when the polygon
 * disagrees, the district and sub-district are left null rather than contradict it.
 */
function siteAdmin(lat: number | null, lon: number | null, admin1: string | null, kind: PlaceKind) {
  const none = { admin1, admin2: null, admin3: null };
  if (lat === null || lon === null || !POINT_KINDS.has(kind)) return none;
  const units = boundaries.at(lat, lon);
  if (!units || (admin1 !== null && units.admin1 !== admin1)) return none;
  const near = units.admin2 ? nearestCommunityIn(lat, lon, units.admin2) : null;
  return { admin1: units.admin1, admin2: units.admin2, admin3: near?.admin3 ?? null };
}

const sitesCsv = readCsv(join(SHARED, 'gazetteer', 'conflict_sites.csv'));
const sites: GazetteerEntry[] = sitesCsv.map((r) => {
  const lat = coord(r.lat);
  const lon = coord(r.lon);
  const admin1 = r.admin1_en?.trim() ? r.admin1_en.trim() : null;
  // Tower 22 is in Jordan (its note says so) and has no governorate.
  const country = r.id === 'tower_22' ? 'Jordan' : SYRIA;
  const kind = SITE_KIND[r.kind!] ?? (r.kind as PlaceKind);
  const units = country === SYRIA ? siteAdmin(lat, lon, admin1, kind) : { admin1: null, admin2: null, admin3: null };
  return {
    id: `site:${r.id}`,
    name_ar: r.name_ar!,
    variants_ar: uniq(splitList(r.aliases_ar), r.name_ar!),
    name_en: r.name_en!,
    variants_en: uniqEn(splitList(r.aliases_en), r.name_en!),
    kind,
    lat,
    lon,
    country,
    ...units,
    source: 'conflict_sites (compiled for rasd; coordinate sources per row)',
    rank: RANK.conflictSite,
  };
});

const airfieldsCsv = readCsv(join(SHARED, 'gazetteer', 'syria_airfields_ourairports.csv'));
const airfields: GazetteerEntry[] = [];
for (const r of airfieldsCsv) {
  // conflict_sites.csv reuses these rows by ident; only the airfields it lacks are added.
  if (sitesCsv.some((s) => (s.coord_source ?? '').includes(`row ${r.ident}`) || (s.coord_source ?? '').includes(` ${r.ident} `))) continue;
  const lat = coord(r.latitude_deg);
  const lon = coord(r.longitude_deg);
  const arabic = (r.keywords ?? '').split(',').map((s) => s.trim()).filter((s) => usableArabicName(s));
  const extra = EXTRA_ARABIC_NAMES[`airport:${r.ident}`] ?? [];
  const names = [...arabic, ...extra];
  if (names.length === 0) continue; // an airfield Arabic news cannot name is of no use to the matcher
  airfields.push({
    id: `airport:${r.ident}`,
    name_ar: names[0]!,
    variants_ar: uniq(names.slice(1), names[0]!),
    name_en: r.name!,
    kind: 'airbase',
    lat,
    lon,
    country: SYRIA,
    ...siteAdmin(lat, lon, null, 'airbase'),
    source: 'OurAirports',
    rank: RANK.conflictSite,
  });
}

// -------------------------------------------------------------------------------------------------
// World: countries (world-countries + i18n-iso-countries) and big places (GeoNames).

const countriesCsv = readCsv(join(SHARED, 'world', 'countries_capitals_ar.csv'));
const countryEnByIso2 = new Map<string, string>();
const countries: GazetteerEntry[] = countriesCsv.map((r) => {
  const name_en = COUNTRY_NAME_EN[r.iso2!] ?? r.name_en_common!;
  countryEnByIso2.set(r.iso2!, name_en);
  const names = [r.name_ar_common!, r.name_ar_official!, ...splitList(r.name_ar_i18n)].filter(usableArabicName);
  return {
    id: `country:${r.iso2}`,
    name_ar: names[0] ?? r.name_ar_common!,
    variants_ar: uniq(names.slice(1), names[0] ?? r.name_ar_common!),
    name_en,
    variants_en: uniqEn([r.name_en_common!, r.name_en_official!, ...splitList(r.name_en_i18n)], name_en),
    kind: 'country',
    lat: coord(r.country_lat),
    lon: coord(r.country_lon),
    country: name_en,
    admin1: null,
    admin2: null,
    admin3: null,
    source: 'world-countries (mledoze, ODbL); i18n-iso-countries (MIT)',
    rank: RANK.country,
  };
});

const geonamesRows = readCsv(join(SHARED, 'world', 'geonames_cities500_arabic.tsv'), '\t');
const world: GazetteerEntry[] = [];
for (const r of geonamesRows) {
  // Syria is covered, with OCHA coding, by the files above.
  if (r.country_code === 'SY') continue;
  const population = Number(r.population) || 0;
  const code = r.feature_code ?? '';
  const minPopulation = NEIGHBOUR_COUNTRIES.has(r.country_code!) ? NEIGHBOUR_MIN_POPULATION : WORLD_MIN_POPULATION;
  if (code !== 'PPLC' && code !== 'PPLA' && population < minPopulation) continue;
  const names = splitList(r.arabic_script_names).filter(usableArabicName);
  if (names.length === 0) continue;
  world.push({
    id: `geonames:${r.geonameid}`,
    name_ar: names[0]!,
    variants_ar: uniq(names.slice(1), names[0]!),
    name_en: r.name!,
    variants_en: uniqEn([r.asciiname!], r.name!),
    kind: 'city',
    lat: coord(r.lat),
    lon: coord(r.lon),
    country: countryEnByIso2.get(r.country_code!) ?? r.country_code!,
    admin1: ADMIN1_BY_GEONAMES_CODE[`${r.country_code}.${r.admin1_code}`] ?? null,
    admin2: null,
    admin3: null,
    source: 'GeoNames',
    rank: rankOfGeoNamesPlace(code, population),
  });
}
// Damascus neighbourhoods: OCHA polygons (English names), Arabic names from curated.ts, the polygon's
// vertex mean as the point (the polygons are small and compact).
const hayFeatures = (JSON.parse(readFileSync(join(SHARED, 'boundaries', 'damascus_neighbourhoods_ocha2015.geojson'), 'utf8')) as { features: RawFeature[] }).features;
for (const n of DAMASCUS_NEIGHBOURHOODS) {
  const f = hayFeatures.find((x) => x.properties.HAY_EN === n.hay_en);
  if (!f) throw new Error(`Damascus neighbourhood not in the OCHA layer: ${n.hay_en}`);
  const ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0]! : f.geometry.coordinates[0]![0]!;
  const lon = ring.reduce((a, p) => a + p[0], 0) / ring.length;
  const lat = ring.reduce((a, p) => a + p[1], 0) / ring.length;
  communities.push({
    id: `hay:${f.properties.HAY_PCODE}`,
    name_ar: n.name_ar,
    ...(n.variants_ar ? { variants_ar: n.variants_ar } : {}),
    name_en: n.hay_en.replace(/\s+/g, ' '),
    kind: 'community',
    lat: coord(String(lat)),
    lon: coord(String(lon)),
    country: SYRIA,
    admin1: 'Damascus',
    admin2: 'Damascus',
    admin3: 'Damascus',
    source: 'UN OCHA (Damascus neighbourhood polygons, 2015); Arabic name hand-added',
    // a neighbourhood is no bigger than a village for choosing among same-named places
    rank: RANK.village,
  });
}

for (const p of EXTRA_PLACES) {
  if (p.country === SYRIA) {
    sites.push(p);
    continue;
  }
  const i = world.findIndex((w) => w.id === p.id);
  if (i >= 0) world[i] = p;
  else world.push(p);
}

// -------------------------------------------------------------------------------------------------
// Curated spellings, then the twin-village halves that are safe to index.

const all = [...admins, ...communities, ...sites, ...airfields, ...countries, ...world];
for (const e of all) {
  const extra = EXTRA_ARABIC_NAMES[e.id];
  if (extra) e.variants_ar = uniq([...(e.variants_ar ?? []), ...extra], e.name_ar);
}

const key = (name: string) => stripArticle(normalizeArabic(name));
const ownersOfKey = new Map<string, Set<string>>();
for (const e of all) {
  for (const n of [e.name_ar, ...(e.variants_ar ?? [])]) {
    const k = key(n);
    if (!ownersOfKey.has(k)) ownersOfKey.set(k, new Set());
    ownersOfKey.get(k)!.add(e.id);
  }
}
let twinHalvesKept = 0;
let twinHalvesDropped = 0;
const droppedHalves: string[] = [];
for (const c of communities) {
  if (!c.variants_ar) continue;
  const halves = c.variants_ar.filter((h) => {
    const owners = ownersOfKey.get(key(h));
    const clash = owners !== undefined && [...owners].some((id) => id !== c.id);
    if (clash) {
      twinHalvesDropped++;
      droppedHalves.push(h);
    } else twinHalvesKept++;
    return !clash && usableArabicName(h);
  });
  const kept = uniq(halves, c.name_ar);
  if (kept) c.variants_ar = kept;
  else delete c.variants_ar;
}

// -------------------------------------------------------------------------------------------------

function clean(e: GazetteerEntry): GazetteerEntry {
  // Fixed key order and no empty lists: a stable, compact file.
  const out: GazetteerEntry = {
    id: e.id,
    name_ar: e.name_ar,
    ...(e.variants_ar?.length ? { variants_ar: e.variants_ar } : {}),
    name_en: e.name_en,
    ...(e.variants_en?.length ? { variants_en: e.variants_en } : {}),
    kind: e.kind,
    lat: e.lat,
    lon: e.lon,
    country: e.country,
    admin1: e.admin1,
    admin2: e.admin2,
    admin3: e.admin3,
    source: e.source,
    rank: e.rank,
  };
  return out;
}

function write(name: string, entries: GazetteerEntry[]) {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(clean);
  // One entry per line: compact, yet a rebuild diffs line by line.
  const text = '[\n' + sorted.map((e) => JSON.stringify(e)).join(',\n') + '\n]\n';
  writeFileSync(join(OUT, name), text);
  console.log(`${name}: ${sorted.length} entries, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`);
}

// -------------------------------------------------------------------------------------------------
// Common words: gazetteer names that newswire mostly uses as ordinary words (ANERcorp tags them
// O, PERS, ORG …, rarely LOC), and words that only become a place name by stripping a "clitic"
// (`وزارة` → و + `زارة`, a village). Measured, not guessed; see data/geo/SOURCE.md.

/** A word seen at least this often outside LOC tags is common enough to matter. */
const COMMON_MIN_COUNT = 3;
/** …and counts as a common word when fewer than this share of its uses are tagged LOC. */
const COMMON_MAX_LOC_SHARE = 0.2;
const ANERCORP_FILES = ['ANERCorp_CamelLab_train.reconstructed.txt', 'ANERCorp_CamelLab_test.repaired.txt'];

function commonWords(entries: GazetteerEntry[]): { name_keys: string[]; unsplittable: string[] } | null {
  const dir = join(SHARED, 'ner', 'anercorp');
  if (!existsSync(join(dir, ANERCORP_FILES[0]!))) return null;
  const loc = new Map<string, number>();
  const other = new Map<string, number>();
  for (const f of ANERCORP_FILES) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const sp = line.lastIndexOf(' ');
      if (sp <= 0) continue;
      const w = normalizeArabic(line.slice(0, sp));
      const m = line.slice(sp + 1).endsWith('LOC') ? loc : other;
      m.set(w, (m.get(w) ?? 0) + 1);
    }
  }
  const isCommon = (w: string) => {
    const o = other.get(w) ?? 0;
    const l = loc.get(w) ?? 0;
    return o >= COMMON_MIN_COUNT && l / (o + l) < COMMON_MAX_LOC_SHARE;
  };
  const singleKeys = new Set<string>();
  for (const e of entries) for (const n of [e.name_ar, ...(e.variants_ar ?? [])]) {
    const k = nameKeys(n);
    if (k.length === 1) singleKeys.add(k[0]!);
  }
  // a name key is common if a word written just so (with or without ال) is
  const nameKeysOut = new Set<string>();
  const unsplittable = new Set<string>();
  for (const w of new Set([...other.keys()])) {
    if (!isCommon(w)) continue;
    const k = stripArticle(w);
    if (singleKeys.has(k)) {
      nameKeysOut.add(k);
      continue;
    }
    if (procliticReadings(w).some((r) => r !== w && singleKeys.has(stripArticle(r)))) unsplittable.add(w);
  }
  return { name_keys: [...nameKeysOut].sort(), unsplittable: [...unsplittable].sort() };
}

if (!existsSync(SHARED)) throw new Error(`shared data not found: ${SHARED}`);
mkdirSync(OUT, { recursive: true });
write('syria_admin.json', admins);
write('syria_communities.json', communities);
write('syria_sites.json', [...sites, ...airfields]);
write('world.json', [...countries, ...world]);
for (const [name, layer] of [['syria_admin1.geojson', admin1Simplified], ['syria_admin2.geojson', admin2Simplified]] as const) {
  // one feature per line, like the JSON files
  const text = '{"type":"FeatureCollection","features":[\n' + layer.features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n';
  writeFileSync(join(OUT, name), text);
  console.log(`${name}: ${layer.features.length} polygons, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`);
}
const common = commonWords(all);
if (common) {
  writeFileSync(join(OUT, 'common_words.json'), JSON.stringify(common, null, 0).replace(/","/g, '",\n"') + '\n');
  console.log(`common_words.json: ${common.name_keys.length} name keys, ${common.unsplittable.length} unsplittable words`);
}
console.log(`twin-village halves indexed: ${twinHalvesKept}, skipped as another place's name: ${twinHalvesDropped}`);
console.log(`  skipped halves, e.g.: ${droppedHalves.slice(0, 12).join('، ')}`);
