/**
 * What a newcomer is compared with: an incident's probe. Joining an event reads up to
 * MAX_INCIDENT_CANDIDATES incidents and compares it with each one's reports, but reads nothing of them
 * beyond the fields `sameHappening` looks at. The full record (framing terms, English place names, the
 * merged reading, disagreements) is for the desk and is read only for the one incident joined. In the
 * scale benchmark a record of ten reports or more averaged 38 KB, and reading and parsing a hundred of them
 * per event was the writer's largest growing cost; the probe keeps each report as a bare row of values,
 * without the field names every object in the record repeats, and its evidence sentence as its wording
 * (hashed shingles, evidence.ts) rather than its text.
 */
import type { ComparableEvent } from './compatible.js';
import { MAX_REPORTS_COMPARED } from './constants.js';
import { evidenceWording } from './evidence.js';
import type { Incident } from './incident.js';

export interface IncidentProbe {
  incident_id: string;
  event_type: ComparableEvent['event_type'];
  /** The reports a newcomer is compared with (the first MAX_REPORTS_COMPARED). */
  reports: ComparableEvent[];
}

// One report's row: the order of the values in the stored probe. Changing it changes the stored format.
const FIELDS = [
  'article_id', 'sub_event_type', 'event_date', 'published', 'background', 'actor1', 'actor2', 'country',
  'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'date_basis',
  'wording',
] as const satisfies ReadonlyArray<keyof ComparableEvent>;

type Row = unknown[];

/** The probe of an incident, as stored: `[event_type, [row, …]]`, actors by name only. */
export function encodeProbe(incident: Incident): string {
  const rows = incident.reports.slice(0, MAX_REPORTS_COMPARED).map((r): Row =>
    FIELDS.map((f) => {
      if (f === 'actor1' || f === 'actor2') return r[f]?.name ?? null;
      // a report stored before wordings were kept is worded here, once
      if (f === 'wording') return r.wording ?? evidenceWording(r.evidence);
      return r[f];
    }),
  );
  return JSON.stringify([incident.event_type, rows]);
}

export function decodeProbe(incidentId: string, stored: string): IncidentProbe {
  const [eventType, rows] = JSON.parse(stored) as [ComparableEvent['event_type'], Row[]];
  const reports = rows.map((row) => {
    const r: Record<string, unknown> = { event_type: eventType };
    FIELDS.forEach((f, i) => {
      const v = row[i] ?? null;
      r[f] = (f === 'actor1' || f === 'actor2') && v !== null ? { name: v } : v;
    });
    return r as ComparableEvent;
  });
  return { incident_id: incidentId, event_type: eventType, reports };
}
