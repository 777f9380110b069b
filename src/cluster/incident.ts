/**
 * An incident: one happening and every report of it. The merged reading takes the most precise value
 * each field has among the reports; where reports differ the differences are listed, never averaged.
 */
import type { ActorRef, EventRecord } from '../types.js';
import { actorCode } from './actors.js';
import type { ComparableEvent } from './compatible.js';

/** A framing term a report uses for one of its actors or its act (see src/framing). */
export interface ReportTerm {
  text: string;
  term: string;
  referent: string;
  stance: string;
}

/** One report of an incident: an event as one article tells it, with its own values. */
export interface IncidentReport extends ComparableEvent {
  event_id: string;
  outlet: string | null;
  location_en: string | null;
  fatalities: number | null;
  fatalities_text: string | null;
  date_basis: EventRecord['date_basis'];
  actor1: ActorRef | null;
  actor2: ActorRef | null;
  evidence: string;
  /** The outlet's words for this report's actors and act, when framing was read. */
  terms?: ReportTerm[];
}

export type DisagreementField = 'fatalities' | 'event_date' | 'sub_event_type' | 'actor1' | 'actor2' | 'location';

/** Reports that give different values for one field, each value with who gave it. */
export interface Disagreement {
  field: DisagreementField;
  values: Array<{ value: string | number; outlets: Array<string | null>; event_ids: string[] }>;
}

/** The merged reading of an incident uses the event record's own fields (their types stay one definition). */
type MergedReading = Pick<
  EventRecord,
  | 'event_type' | 'sub_event_type' | 'event_date' | 'actor1' | 'actor2' | 'country' | 'admin1' | 'admin2' | 'admin3'
  | 'location' | 'location_en' | 'latitude' | 'longitude' | 'geo_precision'
>;

export interface Incident extends MergedReading {
  incident_id: string;
  /** ACLED's rule: the lowest figure any report gives. Other figures are in `disagreements`. */
  fatalities: number | null;
  /** Distinct outlets among the reports (reports with no outlet count once each). */
  corroboration: number;
  outlets: string[];
  /** True when every report recalls it as background: nobody reported it as the news. */
  recalled_only: boolean;
  /** The first reports in full (at most MAX_REPORTS_KEPT): the merged reading is made of them. */
  reports: IncidentReport[];
  /** Every report filed, when more than `reports` keeps. */
  report_count?: number;
  disagreements: Disagreement[];
}

export function reportOf(e: EventRecord): IncidentReport {
  return {
    event_id: e.event_id,
    article_id: e.article_id,
    outlet: e.outlet,
    published: e.published,
    background: e.background,
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    event_date: e.event_date,
    date_basis: e.date_basis,
    actor1: e.actor1,
    actor2: e.actor2,
    country: e.country,
    admin1: e.admin1,
    admin2: e.admin2,
    admin3: e.admin3,
    location: e.location,
    location_en: e.location_en,
    latitude: e.latitude,
    longitude: e.longitude,
    geo_precision: e.geo_precision,
    fatalities: e.fatalities,
    fatalities_text: e.fatalities_text,
    evidence: e.evidence.text,
  };
}

const DATE_RANK: Record<string, number> = { explicit: 0, relative: 1, publication: 2, unknown: 3 };
const datePrecision = (d: string | null) => (d ? d.length : 0); // YYYY-MM-DD > YYYY-MM > YYYY

/** The report whose place is the most precise: a point first, then the deepest admin level. */
function placeDepth(r: IncidentReport): number {
  const precision = r.geo_precision === null ? 0 : 4 - r.geo_precision;
  return precision * 10 + (r.admin3 ? 3 : r.admin2 ? 2 : r.admin1 ? 1 : 0) + (r.location ? 0.5 : 0);
}

/** The value most reports give; ties to the earliest report (reports are kept in arrival order). */
function majority<T>(reports: IncidentReport[], get: (r: IncidentReport) => T | null, key: (v: T) => string): T | null {
  const counts = new Map<string, { v: T; n: number; first: number }>();
  reports.forEach((r, i) => {
    const v = get(r);
    if (v === null) return;
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { v, n: 1, first: i });
  });
  let best: { v: T; n: number; first: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best?.v ?? null;
}

/** A named actor rather than "unidentified" / a generic code, when some report names one. */
function bestActor(reports: IncidentReport[], side: 'actor1' | 'actor2'): ActorRef | null {
  const named = reports.filter((r) => r[side] && actorCode(r[side]!.name) !== 'unidentified armed group');
  return majority(named.length ? named : reports, (r) => r[side], (a) => actorCode(a.name));
}

function disagreement(
  field: DisagreementField,
  reports: IncidentReport[],
  get: (r: IncidentReport) => string | number | null,
): Disagreement | null {
  const byValue = new Map<string | number, Disagreement['values'][number]>();
  for (const r of reports) {
    const v = get(r);
    if (v === null) continue;
    const entry = byValue.get(v) ?? { value: v, outlets: [], event_ids: [] };
    if (!entry.outlets.includes(r.outlet)) entry.outlets.push(r.outlet);
    entry.event_ids.push(r.event_id);
    byValue.set(v, entry);
  }
  return byValue.size > 1 ? { field, values: [...byValue.values()] } : null;
}

/** The incident's merged reading, corroboration and disagreements, from its reports (at least one). */
export function buildIncident(incidentId: string, reports: IncidentReport[]): Incident {
  const first = reports[0]!;
  const news = reports.filter((r) => !r.background);
  const dated = (news.length ? news : reports).filter((r) => r.event_date);
  // the most precise date most reports give, explicit dates before relative before the publication date
  const bestPrecision = Math.max(0, ...dated.map((r) => datePrecision(r.event_date)));
  const precise = dated
    .filter((r) => datePrecision(r.event_date) === bestPrecision)
    .sort((a, b) => DATE_RANK[a.date_basis]! - DATE_RANK[b.date_basis]!);
  const eventDate = majority(precise, (r) => r.event_date, (d) => d);
  const place = [...reports].sort((a, b) => placeDepth(b) - placeDepth(a))[0]!;
  const withDeaths = reports.filter((r) => r.fatalities !== null);
  const outlets = [...new Set(reports.map((r) => r.outlet).filter((o): o is string => o !== null))];

  const disagreements = [
    disagreement('fatalities', reports, (r) => r.fatalities),
    disagreement('event_date', reports, (r) => (r.event_date && r.event_date.length === 10 ? r.event_date : null)),
    disagreement('sub_event_type', reports, (r) => r.sub_event_type),
    disagreement('actor1', reports, (r) => (r.actor1 ? r.actor1.name : null)),
    disagreement('actor2', reports, (r) => (r.actor2 ? r.actor2.name : null)),
    disagreement('location', reports, (r) => r.location),
  ].filter((d): d is Disagreement => d !== null);

  return {
    incident_id: incidentId,
    event_type: first.event_type,
    sub_event_type: majority(news.length ? news : reports, (r) => r.sub_event_type, (s) => s) ?? first.sub_event_type,
    event_date: eventDate,
    actor1: bestActor(reports, 'actor1'),
    actor2: bestActor(reports, 'actor2'),
    country: place.country,
    admin1: place.admin1,
    admin2: place.admin2,
    admin3: place.admin3,
    location: place.location,
    location_en: place.location_en,
    latitude: place.latitude,
    longitude: place.longitude,
    geo_precision: place.geo_precision,
    fatalities: withDeaths.length ? Math.min(...withDeaths.map((r) => r.fatalities!)) : null,
    corroboration: outlets.length + reports.filter((r) => r.outlet === null).length,
    outlets,
    recalled_only: news.length === 0,
    reports,
    disagreements,
  };
}

/** How many reports an incident has, kept in full or only counted. */
export const reportCount = (i: Incident): number => i.report_count ?? i.reports.length;

/**
 * An incident that keeps no more reports in full takes one more as a count: its outlet (corroboration),
 * its toll (ACLED's lowest figure) and whether someone told it as news.
 */
export function countReport(incident: Incident, report: IncidentReport): Incident {
  const outlets = report.outlet && !incident.outlets.includes(report.outlet) ? [...incident.outlets, report.outlet] : incident.outlets;
  const unnamed = incident.corroboration - incident.outlets.length + (report.outlet === null ? 1 : 0);
  const fatalities = report.fatalities === null ? incident.fatalities
    : incident.fatalities === null ? report.fatalities : Math.min(incident.fatalities, report.fatalities);
  return {
    ...incident,
    outlets,
    corroboration: outlets.length + unnamed,
    fatalities,
    recalled_only: incident.recalled_only && report.background,
    report_count: reportCount(incident) + 1,
  };
}

/** Disagreements in words: "fatalities: 3 (alriyadh) vs 10 (alyaum)". */
export function describeDisagreement(d: Disagreement): string {
  const values = d.values.map((v) => `${v.value} (${v.outlets.map((o) => o ?? '?').join(', ')})`);
  return `${d.field}: ${values.join(' vs ')}`;
}
