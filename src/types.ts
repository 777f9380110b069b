/**
 * Types shared between stages. Each stage is a function from one of these to the next:
 *   PageInput → (ingest) RawPage → (clean) CleanArticle → (arabic) Token[] → (time) DateMention[]
 *   → (geo) PlaceMention[] → (entities) ActorMention[] → (events) EventRecord[] → (store/export)
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into the string named on the type,
 * end exclusive, so `text.slice(start, end)` gives back what was read.
 */

/** A half-open character range [start, end) into a known string. */
export interface Span {
  start: number;
  end: number;
}

/** Where a value was read: the exact text and its span in the cleaned body. */
export interface Evidence extends Span {
  text: string;
}

// ---------------------------------------------------------------------------------------------
// ingest

/** One page as a caller hands it over (JSONL line, file, `extract` input). */
export interface PageInput {
  id?: string;
  url?: string;
  outlet?: string;
  /** ISO date or date-time from the page's metadata, if the caller knows it. */
  published?: string;
  title?: string;
  text?: string;
  html?: string;
}

/** A page read from disk/stdin, reduced to plain text lines, before any Arabic-specific cleaning. */
export interface RawPage {
  /** Content hash of the page text (sha256, first 16 hex chars); the article id. */
  id: string;
  /** The caller's id (extract), else null. */
  sourceId: string | null;
  /** Where it came from: file path, `file.jsonl:LINE`, url or `stdin:LINE`. */
  origin: string;
  format: 'text' | 'html' | 'jsonl';
  /** Plain text, one block (paragraph, heading, list item) per line. */
  text: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
}

/** A file or record that could not be read; the run goes on. */
export interface IngestError {
  origin: string;
  reason: string;
}

// ---------------------------------------------------------------------------------------------
// clean

/** An unrelated article glued under the main one by the site ("إقرأ أيضاً"). Kept apart. */
export interface Teaser {
  title: string;
  body: string;
}

export interface CleanArticle {
  id: string;
  sourceId: string | null;
  origin: string;
  url: string | null;
  title: string | null;
  /** Publication date YYYY-MM-DD, from metadata or the page's publication line; null if none. */
  published: string | null;
  /**
   * When the page has no publication date: the date its own text pins (a weekday with a day of the
   * month, a dated mention of a known event), with the anchor that pinned it. Used as the reference for
   * relative dates; never shown as `published`.
   */
  publishedInferred?: InferredDate | null;
  /** Outlet: the caller's, else the page's source credit (`المصدر: …`), else null. */
  outlet: string | null;
  keywords: string[];
  /** The cleaned main article: one paragraph per line, title and chrome removed. Evidence points here. */
  body: string;
  teasers: Teaser[];
  /** Lines dropped as site chrome, for inspection. */
  chrome: string[];
}

// ---------------------------------------------------------------------------------------------
// arabic

export type TokenKind = 'word' | 'number' | 'latin' | 'punct';

export interface Token extends Span {
  /** As written. */
  text: string;
  kind: TokenKind;
  /** Matching form: normalised (see arabic/normalize), proclitics still attached. */
  norm: string;
  /**
   * Matching forms with proclitics (و ف ب ل ك س and the article ال) removed, most likely first,
   * always ending with `norm` itself. Lexicon and gazetteer lookups try each in turn.
   */
  bases: string[];
  /** Numeric value for digit tokens (Arabic-Indic and Persian digits included), else null. */
  value: number | null;
}

export interface Sentence extends Span {
  text: string;
}

/** A count read from text: `أكثر من 20`, `قاعدتين`, `عشرات`. */
export interface Quantity extends Span {
  text: string;
  /** The coded value: exact or lower bound; vague words coded by GUIDE.md (عشرات 12, مئات 100, عدد من 3). */
  value: number;
  qualifier: 'exact' | 'more_than' | 'at_least' | 'about' | 'less_than' | 'vague' | 'dual';
  /** The counted noun as written, when it follows the number (`مسلحا`, `قاعدتين`). */
  noun: string | null;
}

export type CasualtyKind = 'killed' | 'wounded' | 'captured' | 'missing';
export type CasualtyGroup = 'militants' | 'soldiers' | 'civilians' | 'children' | 'women' | 'police' | 'fighters' | 'people';

/** Who was killed, wounded, captured or went missing, and how many (`مقتل 20 مسلحا`). */
export interface Casualty extends Span {
  /** The words that state it, from the cue to the last word of the victims (`مقتل 20 مسلحا`). */
  text: string;
  kind: CasualtyKind;
  /** How many, coded per GUIDE.md; null when the text names victims it does not count (`مقتل أبو خليل`). */
  count: number | null;
  /** As Quantity's: exact, more_than, at_least, about, less_than, vague, dual; null with a null count. */
  qualifier: Quantity['qualifier'] | null;
  /** The words that gave the count (`أكثر من 20`, `عشرات`, `جنديين`, the singular `مدني`), or null. */
  countText: string | null;
  group: CasualtyGroup | null;
  /** The words that gave the group (`مسلحا`, `عنصراً لقوات النظام`, `آخرين`), or null. */
  groupText: string | null;
  /** One figure for killed and wounded together: `count` is then the vague 3, the figure is in countText. */
  pooled: boolean;
  /**
   * The count is GUIDE.md's vague 3 standing for people the text does not count: a bare plural
   * (`مقتل مسلحين`, `شهداء وجرحى`), `من في السيارتين`, `خسائر في الأرواح`, or a pooled figure.
   * A written figure for the same event (`مقتل عشرات المسلحين` in the body) should win over it.
   */
  implied: boolean;
}

// ---------------------------------------------------------------------------------------------
// time

export type DateBasis = 'explicit' | 'relative' | 'publication' | 'unknown';

/** YYYY-MM-DD, YYYY-MM or YYYY. */
export type PartialDate = string;

/** A date read from the text's anchors rather than written as the publication date. */
export interface InferredDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  value: PartialDate;
  precision: 'day' | 'month' | 'year';
  /** Which anchor pinned it, in words (e.g. "weekday+day: السبت 18 يونيو; known event: بدء الحملة الروسية 2015-09-30"). */
  anchor: string;
}

export interface DateMention extends Span {
  text: string;
  /** Resolved value, or null when it cannot be known (relative with no reference date). */
  value: PartialDate | null;
  basis: 'explicit' | 'relative';
  precision: 'day' | 'month' | 'year';
  /** True when the year was inferred, not written. */
  yearInferred: boolean;
  /** For durations and ranges (`بين 5 و7 آذار`, `منذ ثلاثة أيام`): first and last day; `value` is the first. */
  range?: { from: PartialDate; to: PartialDate } | null;
}

// ---------------------------------------------------------------------------------------------
// geo

export type PlaceKind =
  | 'country'
  | 'admin1'
  | 'admin2'
  | 'admin3'
  | 'community'
  | 'city'
  | 'airbase'
  | 'port'
  | 'base'
  | 'border_crossing'
  | 'mountain_range'
  | 'desert'
  | 'river'
  | 'region'
  | 'site';

export interface Place {
  id: string;
  name_ar: string;
  name_en: string;
  kind: PlaceKind;
  lat: number | null;
  lon: number | null;
  /** English country name. */
  country: string;
  /** OCHA English names for Syria (e.g. "Idleb", "Rural Damascus"). */
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  source: string;
}

/** 1 = the place itself, 2 = near it / part of a region (ريف حماة, قرب تدمر), 3 = governorate or wider. */
export type GeoPrecision = 1 | 2 | 3;

export interface PlaceMention extends Span {
  text: string;
  place: Place;
  precision: GeoPrecision;
  /** Why this place was chosen among same-named candidates. */
  reason: string;
}

// ---------------------------------------------------------------------------------------------
// entities

export type ActorType =
  | 'state_forces'
  | 'government'
  | 'rebel_group'
  | 'jihadist_group'
  | 'militia'
  | 'civilians'
  | 'protesters'
  | 'international_organisation'
  | 'unidentified_armed_group'
  | 'other';

export interface Actor {
  /** Canonical English name, ACLED style: "Military Forces of Russia". */
  name: string;
  name_ar: string;
  type: ActorType;
  country: string | null;
  parent: string | null;
}

export interface ActorMention extends Span {
  text: string;
  actor: Actor;
}

/** A nationality adjective (`الروسي`, `سورية`) with the English country name it points to. */
export interface NationalityMention extends Span {
  text: string;
  country: string;
}

/** Who says so: the source a claim verb introduces (`أفاد المرصد السوري لحقوق الإنسان`, `مصدر عسكري سوري`). */
export interface SourceMention extends Span {
  text: string;
  kind: 'organisation' | 'person' | 'actor' | 'anonymous';
  /** English label for `claimed_by`: "Syrian Observatory for Human Rights", "Syrian military source". */
  label: string;
  actor: Actor | null;
}

// ---------------------------------------------------------------------------------------------
// reading: everything the language stages found in one cleaned body, computed once per article

export interface Reading {
  tokens: Token[];
  sentences: Sentence[];
  dates: DateMention[];
  places: PlaceMention[];
  actors: ActorMention[];
  nationalities: NationalityMention[];
  quantities: Quantity[];
  casualties: Casualty[];
  sources: SourceMention[];
  /** People named with their office (`وزير الخارجية العراقي ناجي صبري`), each with the actor they act for. */
  people: Array<Span & { text: string; actor: Actor | null }>;
}

// ---------------------------------------------------------------------------------------------
// events

export type EventType =
  | 'Battles'
  | 'Explosions/Remote violence'
  | 'Violence against civilians'
  | 'Protests'
  | 'Riots'
  | 'Strategic developments'
  | 'Diplomacy';

export interface ActorRef {
  name: string;
  name_ar: string;
}

/** The event record: the JSONL export and `rasd extract` output. Field names are a public contract. */
export interface EventRecord {
  event_id: string;
  article_id: string;
  origin: string;
  outlet: string | null;
  published: string | null;
  event_date: PartialDate | null;
  date_basis: DateBasis;
  event_type: EventType;
  sub_event_type: string;
  actor1: ActorRef | null;
  assoc_actor1: ActorRef | null;
  actor2: ActorRef | null;
  assoc_actor2: ActorRef | null;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  /** The place as written in Arabic. */
  location: string | null;
  location_en: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: GeoPrecision | null;
  fatalities: number | null;
  fatalities_text: string | null;
  claimed_by: string | null;
  background: boolean;
  evidence: Evidence;
  confidence: number;
  /** The trigger word or phrase that made the frame. */
  trigger: string;
}

/** The output of the whole pipeline for one page (`rasd extract`). */
export interface Extraction {
  id: string;
  article: CleanArticle;
  events: EventRecord[];
}
