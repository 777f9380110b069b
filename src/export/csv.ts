/** Events as CSV: ACLED's columns, then rasd's, RFC 4180 (CRLF rows, fields quoted when needed). */
import type { EventRecord } from '../types.js';
import {
  ACLED_COLUMNS, CIVILIAN_TARGETING, CIVILIANS_PREFIX, COUNTRY_CODES, type CountryCode, DISORDER_TYPE,
  MOB_VIOLENCE, MOB_VIOLENCE_DISORDER, RASD_COLUMNS, timePrecision,
} from './constants.js';

export const CSV_COLUMNS: readonly string[] = [...ACLED_COLUMNS, ...RASD_COLUMNS];

type Cell = string | number | boolean | null;

const COUNTRIES = new Map<string, CountryCode>(Object.entries(COUNTRY_CODES));

/**
 * One event as a CSV row keyed by column. Values the record does not have stay null (blank cells):
 * inter1/inter2/interaction need actor types the record does not carry; source_scale, tags and
 * timestamp have no rasd counterpart; fatalities is blank, not 0, when the text gives no toll.
 */
export function acledRow(e: EventRecord): Record<string, Cell> {
  const code = e.country ? COUNTRIES.get(e.country) : undefined;
  const disorder = e.sub_event_type === MOB_VIOLENCE ? MOB_VIOLENCE_DISORDER : DISORDER_TYPE[e.event_type];
  return {
    event_id_cnty: e.event_id,
    event_date: e.event_date,
    year: e.event_date ? e.event_date.slice(0, 4) : null,
    time_precision: e.event_date ? timePrecision(e.event_date) : null,
    disorder_type: disorder || null,
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    actor1: e.actor1?.name ?? null,
    assoc_actor1: e.assoc_actor1?.name ?? null,
    inter1: null,
    actor2: e.actor2?.name ?? null,
    assoc_actor2: e.assoc_actor2?.name ?? null,
    inter2: null,
    interaction: null,
    civilian_targeting: e.actor2?.name.startsWith(CIVILIANS_PREFIX) ? CIVILIAN_TARGETING : null,
    iso: code?.iso ?? null,
    region: code?.region ?? null,
    country: e.country,
    admin1: e.admin1,
    admin2: e.admin2,
    admin3: e.admin3,
    location: e.location_en ?? e.location,
    latitude: e.latitude,
    longitude: e.longitude,
    geo_precision: e.geo_precision,
    source: e.outlet,
    source_scale: null,
    notes: e.evidence.text,
    fatalities: e.fatalities,
    tags: null,
    timestamp: null,
    article_id: e.article_id,
    location_ar: e.location,
    date_basis: e.date_basis,
    background: e.background,
    claimed_by: e.claimed_by,
    confidence: e.confidence,
    evidence_start: e.evidence.start,
    evidence_end: e.evidence.end,
  };
}

// RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled. Leading/trailing
// spaces are quoted too, since some readers trim unquoted fields.
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(value: Cell): string {
  if (value === null) return '';
  const s = String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CRLF = '\r\n';

/** Header and one row per event, each line ending in CRLF. UTF-8 without BOM. */
export function eventsToCsv(events: Iterable<EventRecord>): string {
  const lines = [CSV_COLUMNS.map(csvField).join(',')];
  for (const e of events) {
    const row = acledRow(e);
    lines.push(CSV_COLUMNS.map((c) => csvField(row[c] ?? null)).join(','));
  }
  return lines.join(CRLF) + CRLF;
}
