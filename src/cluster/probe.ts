/**
 * What a newcomer is compared with: an incident's probe. Joining an event reads up to
 * MAX_INCIDENT_CANDIDATES incidents and compares it with each one's reports, but reads nothing of them
 * beyond the fields `sameHappening` looks at. The full record (framing terms, outlets, the merged reading,
 * disagreements) is for the desk and is read only for the one incident joined. In the
 * scale benchmark a record of ten reports or more averaged 38 KB, and reading and parsing a hundred of them
 * per event was the writer's largest growing cost; the probe keeps each report as a bare row of values,
 * without the field names every object in the record repeats, and its evidence sentence as its wording
 * (hashed shingles, evidence.ts) rather than its text.
 */
import type { ComparableEvent } from './compatible.js';
import { MAX_REPORTS_COMPARED } from './constants.js';
import { evidenceWording } from './evidence.js';
import type { Incident, IncidentReport } from './incident.js';

export interface IncidentProbe {
  incident_id: string;
  event_type: ComparableEvent['event_type'];
  /** The reports a newcomer is compared with (the first MAX_REPORTS_COMPARED). */
  reports: ComparableEvent[];
}

/**
 * A candidate as a join first sees it: its first report alone. A newcomer must be compatible with every
 * report and the first is compared first, so a candidate whose first report already rules it out (another
 * village, another day, other parties: most of a busy bucket) is dropped without its other reports being read.
 */
export interface IncidentCandidate {
  incident_id: string;
  event_type: ComparableEvent['event_type'];
  first: ComparableEvent;
  /** The reports compared (the first MAX_REPORTS_COMPARED, `first` among them), read when asked. */
  reports(): ComparableEvent[];
}

/** An incident already read in full as a candidate. */
export function candidateOf(incident: IncidentProbe): IncidentCandidate {
  return { incident_id: incident.incident_id, event_type: incident.event_type, first: incident.reports[0]!, reports: () => incident.reports };
}

// One report's row: the order of the values in the stored probe. Changing it changes the stored format.
const FIELDS = [
  'article_id', 'sub_event_type', 'event_date', 'published', 'background', 'actor1', 'actor2', 'country',
  'admin1', 'admin2', 'admin3', 'location', 'location_en', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'date_basis',
  'wording',
] as const satisfies ReadonlyArray<keyof ComparableEvent>;

type Row = unknown[];

const rowOf = (r: IncidentReport): Row =>
  FIELDS.map((f) => {
    if (f === 'actor1' || f === 'actor2') return r[f]?.name ?? null;
    // a report stored before wordings were kept is worded here, once
    if (f === 'wording') return r.wording ?? evidenceWording(r.evidence);
    return r[f];
  });

function reportOfRow(eventType: ComparableEvent['event_type'], row: Row): ComparableEvent {
  const r: Record<string, unknown> = { event_type: eventType };
  FIELDS.forEach((f, i) => {
    const v = row[i] ?? null;
    r[f] = (f === 'actor1' || f === 'actor2') && v !== null ? { name: v } : v;
  });
  return r as ComparableEvent;
}

/** The probe of an incident, as stored: `[event_type, [row, …]]`, actors by name only. */
export function encodeProbe(incident: Incident): string {
  return JSON.stringify([incident.event_type, incident.reports.slice(0, MAX_REPORTS_COMPARED).map(rowOf)]);
}

export function decodeProbe(incidentId: string, stored: string): IncidentProbe {
  const [eventType, rows] = JSON.parse(stored) as [ComparableEvent['event_type'], Row[]];
  return { incident_id: incidentId, event_type: eventType, reports: rows.map((row) => reportOfRow(eventType, row)) };
}

/** The head of an incident, as stored: `[event_type, row]` of its first report (which never changes). */
export function encodeHead(incident: Incident): string {
  return JSON.stringify([incident.event_type, rowOf(incident.reports[0]!)]);
}

export function decodeHead(stored: string): { event_type: ComparableEvent['event_type']; first: ComparableEvent } {
  const [eventType, row] = JSON.parse(stored) as [ComparableEvent['event_type'], Row];
  return { event_type: eventType, first: reportOfRow(eventType, row) };
}
