import type { Place, PlaceMention, Token } from '../types.js';
import { normalizeArabic, splitSentences, tokenize } from '../arabic/index.js';
import type { GazetteerEntry } from './entry.js';
import type { CommonWords } from './load.js';
import { loadAdminBoundaries, loadCommonWords, loadGazetteerEntries } from './load.js';
import type { AdminBoundaries, AdminUnits } from './boundaries.js';
import { EXACT_MARK, NameIndex, nameKeys } from './names.js';
import { commonWordKeys, contextStartKeys, isSiteTrailingKey, isSiteWordKey, notAPlaceForms } from './context.js';
import { Scanner } from './scan.js';
import { STORY_CAPITAL, STORY_CAPITAL_NAME, capitalEntries, capitalPhrases, majorityCountry } from './capitals.js';
import type { LocatedMention, ResolveOptions } from './resolve.js';
import { resolveMentions, toPlace } from './resolve.js';

export interface FindPlacesOptions extends ResolveOptions {
  /**
   * The country other evidence sets the story in (the victims' nationality), for a bare `العاصمة`
   * when the places the text names do not say.
   */
  country?: string | null;
}

let cached: Gazetteer | null = null;

/**
 * Syrian and world places with their Arabic spellings, and the matcher that finds them in text.
 * Build once (`Gazetteer.default()`); every lookup afterwards is a few Map reads per token.
 */
export class Gazetteer {
  private readonly names = new NameIndex();
  private readonly siteNames = new NameIndex();
  private readonly english = new Map<string, GazetteerEntry[]>();
  private readonly admin1ByName = new Map<string, GazetteerEntry>();
  /** Country (English) → its capital's entry. */
  private readonly capitals: Map<string, GazetteerEntry>;
  private readonly scanner: Scanner;
  /** Polygons are read on the first adminAt call: findPlaces never needs them. */
  private boundaries: AdminBoundaries | null = null;

  /** The gazetteer in data/geo, loaded on first use and shared. */
  static default(): Gazetteer {
    cached ??= new Gazetteer(loadGazetteerEntries(), loadCommonWords());
    return cached;
  }

  constructor(entries: readonly GazetteerEntry[], common: CommonWords = { name_keys: [], unsplittable: [] }) {
    for (const e of entries) {
      for (const name of [e.name_ar, ...(e.variants_ar ?? [])]) {
        const keys = nameKeys(name, e.kind === 'country');
        this.names.add(keys, e);
        const bare = withoutSiteWord(keys);
        if (bare && isSiteEntry(e)) this.siteNames.add(bare, e);
      }
      for (const name of [e.name_en, ...(e.variants_en ?? [])]) {
        const k = name.toLowerCase();
        const list = this.english.get(k);
        if (!list) this.english.set(k, [e]);
        else if (!list.includes(e)) list.push(e);
      }
      if (e.kind === 'admin1' && e.admin1) this.admin1ByName.set(e.admin1.toLowerCase(), e);
    }
    this.capitals = capitalEntries((name) => this.names.get(nameKeys(name))?.places ?? []);
    for (const { phrase, place } of capitalPhrases(this.capitals)) this.names.add(nameKeys(phrase), place);
    // exact: `عاصمة إقليم كردستان` (a region's capital) is not the country's
    this.names.add(nameKeys(STORY_CAPITAL_NAME, true), STORY_CAPITAL);
    this.names.seal();
    this.siteNames.seal();
    const startKeys = new Set<string>(contextStartKeys());
    for (const k of [...this.names.firstKeys(), ...this.siteNames.firstKeys()]) {
      // an exact key is a whole reading; an article-less key is also reached as ال + key
      startKeys.add(k.startsWith(EXACT_MARK) ? k.slice(EXACT_MARK.length) : k);
    }
    this.scanner = new Scanner(
      this.names,
      this.siteNames,
      commonWordKeys(common.name_keys),
      notAPlaceForms(common.unsplittable),
      startKeys,
    );
  }

  /** Places written so: Arabic (any spelling, with or without ال and proclitics) or English. Biggest first. */
  lookup(name: string): Place[] {
    const found = new Set<GazetteerEntry>();
    for (const e of this.english.get(name.trim().toLowerCase()) ?? []) found.add(e);
    const tokens = tokenize(name);
    if (tokens.length > 0) {
      const m = this.names.matchAt(tokens, 0);
      if (m && m.end === tokens.length) for (const e of m.places) found.add(e);
      const exact = this.names.get(nameKeys(name));
      if (exact) for (const e of exact.places) found.add(e);
    }
    return [...found].sort((a, b) => b.rank - a.rank).map(toPlace);
  }

  /** A governorate by its OCHA English name (`Idleb`, `Rural Damascus`). */
  admin1(nameEn: string): Place | null {
    const e = this.admin1Entry(nameEn);
    return e ? toPlace(e) : null;
  }

  /**
   * The Syrian governorate and district (OCHA English names) a point lies in, by point-in-polygon on
   * the simplified OCHA 2015 boundaries; a point just outside every polygon (border villages, the
   * coast) gets the nearest one within NEAREST_UNIT_MAX_KM. Null outside Syria.
   */
  adminAt(lat: number, lon: number): AdminUnits | null {
    this.boundaries ??= loadAdminBoundaries();
    return this.boundaries.at(lat, lon);
  }

  private admin1Entry(nameEn: string): GazetteerEntry | null {
    return this.admin1ByName.get(nameEn.trim().toLowerCase()) ?? null;
  }

  /**
   * Every place mention in `text`, in text order, offsets into `text`. Pass the tokens if the caller
   * already has them (they must come from `tokenize(text)`). Mentions whose place cannot be told
   * apart from same-named places are left out.
   */
  findPlaces(text: string, tokens?: Token[], options: FindPlacesOptions = {}): PlaceMention[] {
    const toks = tokens ?? tokenize(text);
    const raw = this.scanner.scan(toks);
    if (raw.length === 0) return [];

    const sentences = splitSentences(text);
    let s = 0;
    const located: LocatedMention[] = raw.map((m) => {
      const start = toks[m.firstToken]!.start;
      while (s + 1 < sentences.length && sentences[s]!.end <= start) s++;
      return { ...m, sentence: s };
    });

    const resolved = this.resolve(located, options);
    const out: PlaceMention[] = [];
    located.forEach((m, k) => {
      const r = resolved[k];
      if (!r) return;
      const firstTok = toks[m.firstToken]!;
      const start = firstTok.start + cliticLength(firstTok.text, firstTok.norm, m.firstBase);
      const end = toks[m.endToken - 1]!.end;
      out.push({ start, end, text: text.slice(start, end), place: r.place, precision: r.precision, reason: r.reason });
    });
    return out;
  }

  /**
   * resolveMentions, with a bare `العاصمة` read as the capital of the country the other mentions
   * set the story in (else the caller's country); dropped when neither says.
   */
  private resolve(located: LocatedMention[], options: FindPlacesOptions): ReturnType<typeof resolveMentions> {
    const admin1Of = (n: string) => this.admin1Entry(n);
    const isBare = (m: LocatedMention) => m.candidates.includes(STORY_CAPITAL);
    if (!located.some(isBare)) return resolveMentions(located, admin1Of, options);
    const named = located.filter((m) => !isBare(m));
    const countries = resolveMentions(named, admin1Of, options).flatMap((r) => (r ? [r.place.country] : []));
    const country = majorityCountry(countries) ?? (countries.length === 0 ? (options.country ?? null) : null);
    const capital = country ? this.capitals.get(country) : undefined;
    const read = located.map((m) => (isBare(m) ? { ...m, candidates: capital ? [capital] : [] } : m));
    return resolveMentions(read, admin1Of, options).map((r, k) =>
      r && isBare(located[k]!) ? { ...r, reason: `${r.reason}; the capital of ${country}, where the story is set` } : r,
    );
  }
}

const SITE_ENTRY_KINDS: ReadonlySet<string> = new Set(['airbase', 'port', 'base', 'border_crossing', 'site', 'region', 'oil_field']);
function isSiteEntry(e: GazetteerEntry): boolean {
  return e.id.startsWith('site:') || e.id.startsWith('airport:') || SITE_ENTRY_KINDS.has(e.kind);
}

/** `مطار الشعيرات العسكري` → `شعيرات`: the name a site word may stand before. */
function withoutSiteWord(keys: string[]): string[] | null {
  if (keys.length < 2 || !isSiteWordKey(keys[0]!)) return null;
  let end = keys.length;
  while (end > 1 && isSiteTrailingKey(keys[end - 1]!)) end--;
  const rest = keys.slice(1, end);
  return rest.length > 0 ? rest : null;
}

/**
 * How many UTF-16 units at the start of a token are proclitics to leave out of the mention
 * (`بريف` → `ريف`, `وإدلب` → `إدلب`). The article stays (`واللاذقية` → `اللاذقية`); so does the ل
 * of ل + ال (`للاذقية`).
 */
function cliticLength(written: string, norm: string, base: string): number {
  if (!norm.endsWith(base)) {
    // a synthetic reading (ل + ال → ال…): keep the whole token
    return 0;
  }
  let letters = norm.length - base.length;
  const prefix = norm.slice(0, letters);
  if (prefix.endsWith('ال')) letters -= 2;
  else if (prefix.endsWith('ل') && base.startsWith('ل')) letters -= 1;
  if (letters <= 0) return 0;
  // walk the written token: letters survive normalisation one for one, marks and tatweel do not
  let i = 0;
  while (i < written.length && letters > 0) {
    if (normalizeArabic(written[i]!) !== '') letters--;
    i++;
  }
  while (i < written.length && normalizeArabic(written[i]!) === '') i++;
  return i;
}
