/**
 * Incremental incident clustering. Every incident is filed under keys made of its event type, its
 * governorate (or country) and its date bucket; a new event reads only the few buckets its own window
 * can reach, so joining costs the same in a store of ten articles or ten million. An event joins the
 * incident whose every report it is compatible with (complete linkage: a chain of near-matches never
 * glues two different happenings) and at least one report ties it to by positive evidence (evidence.ts),
 * the closest one if several; otherwise it starts a new incident.
 */
import type { EventRecord } from '../types.js';
import { actorCode, isSpecificActor } from './actors.js';
import { sameHappening, type ComparableEvent } from './compatible.js';
import { MAX_INCIDENT_CANDIDATES, MAX_REPORTS_COMPARED, MAX_REPORTS_KEPT } from './constants.js';
import { dateWindow, monthOf, windowMonths, type DateWindow } from './dates.js';
import { isPoint } from './places.js';
import { buildIncident, countReport, reportOf, type Incident, type IncidentReport } from './incident.js';
import { candidateOf, type IncidentCandidate } from './probe.js';

/** Where incidents live: in memory for tests and the benchmark, in SQLite for the store. */
export interface IncidentRepository {
  /** Incidents filed under any of these keys, as a newcomer is compared with them. */
  candidates(keys: readonly string[]): IncidentCandidate[];
  /** An incident's full record: read for the one incident a newcomer joins. */
  incident(incidentId: string): Incident | null;
  /** Saves a new or grown incident and files it under `keys` (keys it already has may repeat). */
  save(incident: Incident, keys: readonly string[]): void;
}

export interface JoinResult {
  incident: Incident;
  created: boolean;
}

const placed = (e: ComparableEvent) => e.country !== null || e.admin1 !== null;
const countryOnly = (e: ComparableEvent) => e.admin1 === null && (e.geo_precision === 3 || !e.location);
const bothNamed = (e: ComparableEvent) => isSpecificActor(e.actor1) && isSpecificActor(e.actor2);

/**
 * Whether this report can be compatible with any report at all, from its own fields (compatible.ts):
 * it needs a place and a date window; an undated recall must be a point (it may only tie by the same
 * place); a month a point or both sides named; a country-wide report both sides named (against any other
 * report its place is only "nested"). A report that fails is never looked up, and an incident holding
 * one is never filed: no newcomer could be compatible with all its reports.
 */
export function joinable(e: ComparableEvent, w: DateWindow | null = dateWindow(e)): boolean {
  if (!w || !placed(e)) return false;
  if (w.precision === 'recalled') return isPoint(e);
  if (w.precision === 'month') return isPoint(e) || bothNamed(e);
  return !countryOnly(e) || bothNamed(e);
}

// The two sides, in either order (a battle may be told crossed), as `compatibility` compares them.
function sidesKey(e: ComparableEvent): string {
  const [a, b] = [actorCode(e.actor1!.name), actorCode(e.actor2!.name)].sort();
  return `N:${a}~${b}`;
}

// Where in space: the governorate when known, else the country, so a country-wide report can meet a local
// one. A point is filed once more under P keys and a report naming both sides under its sides (N): a vague
// newcomer (a month, a recall, a country-wide report) can only tie to those, and reading them instead of
// the governorate's whole month keeps its candidates few however large the store grows.
function filePlaceKeys(e: ComparableEvent): string[] {
  const country = e.country ?? '?';
  const out = e.admin1 ? [`A:${e.admin1}`, `C:${country}`] : [`A?:${country}`, `C:${country}`];
  if (isPoint(e)) out.push(e.admin1 ? `P:${e.admin1}` : `P?:${country}`, `PC:${country}`);
  if (bothNamed(e)) out.push(sidesKey(e));
  return out;
}

function queryPlaceKeys(e: ComparableEvent, w: DateWindow): string[] {
  const country = e.country ?? '?';
  if (w.precision === 'day' && !countryOnly(e)) return e.admin1 ? [`A:${e.admin1}`, `A?:${country}`] : [`C:${country}`];
  // vague: only the same point or the same named sides can tie it (see joinable)
  const out: string[] = [];
  if (w.precision !== 'day' && isPoint(e)) out.push(...(e.admin1 ? [`P:${e.admin1}`, `P?:${country}`] : [`PC:${country}`]));
  if (w.precision !== 'recalled' && bothNamed(e)) out.push(sidesKey(e));
  return out;
}

// When: a day-precise incident under its day and its month-of-days; a month under its month; a recall
// window under each month it spans. A query reads only what its own precision can match.
function timeKeys(w: DateWindow, forQuery: boolean): string[] {
  if (w.precision === 'day') {
    if (!forQuery) return [`D:${w.first}`, `MD:${monthOf(w.first)}`];
    const days = [w.first - 1, w.first, w.first + 1];
    const months = [...new Set(days.map(monthOf))];
    return [...days.map((d) => `D:${d}`), ...months.map((m) => `M:${m}`), ...months.map((m) => `W:${m}`)];
  }
  const months = windowMonths(w);
  const own = w.precision === 'month' ? 'M' : 'W';
  if (!forQuery) return months.map((m) => `${own}:${m}`);
  return months.flatMap((m) => [`M:${m}`, `MD:${m}`, `W:${m}`]);
}

function keysOf(e: ComparableEvent, w: DateWindow, forQuery: boolean): string[] {
  const out: string[] = [];
  const places = forQuery ? queryPlaceKeys(e, w) : filePlaceKeys(e);
  for (const p of places) for (const t of timeKeys(w, forQuery)) out.push(`${e.event_type}|${p}|${t}`);
  return out;
}

/** The keys an incident holding this report is filed under (none when it can never be joined). */
export function fileKeys(r: ComparableEvent): string[] {
  const w = dateWindow(r);
  return w && joinable(r, w) ? keysOf(r, w, false) : [];
}

/** The incident this event belongs to, if any is compatible with all its reports. */
export function findIncident(repo: IncidentRepository, e: ComparableEvent): IncidentCandidate | null {
  const w = dateWindow(e);
  if (!w || !joinable(e, w)) return null;
  let best: { incident: IncidentCandidate; score: number } | null = null;
  for (const incident of repo.candidates(keysOf(e, w, true))) {
    if (incident.event_type !== e.event_type) continue;
    // the first report first: where it rules the incident out, the rest is never read
    const first = sameHappening(e, incident.first, w);
    if (!first) continue;
    const reports = incident.reports();
    let score = first.compatibility.score;
    let ok = true;
    // The strongest evidence tying the newcomer to any one report: compatibility must hold with all of
    // them, but one report telling the same village, parties or toll is what makes it this incident.
    let tied = first.merge ? first.evidence.points : 0;
    for (const r of reports.slice(1, MAX_REPORTS_COMPARED)) {
      const m = sameHappening(e, r, w);
      if (!m) {
        ok = false;
        break;
      }
      score += m.compatibility.score;
      if (m.merge) tied = Math.max(tied, m.evidence.points);
    }
    if (!ok || tied === 0) continue;
    const mean = score / Math.min(reports.length, MAX_REPORTS_COMPARED) + tied;
    if (!best || mean > best.score) best = { incident, score: mean };
  }
  return best?.incident ?? null;
}

/** Adds one event: into the closest compatible incident, or as a new one named after the event. */
export function joinEvent(repo: IncidentRepository, e: EventRecord | IncidentReport): JoinResult {
  const report = 'evidence' in e && typeof e.evidence === 'object' ? reportOf(e as EventRecord) : (e as IncidentReport);
  const probe = findIncident(repo, report);
  const found = probe && repo.incident(probe.incident_id);
  if (probe && !found) throw new Error(`incident ${probe.incident_id} has a probe but no record`);
  const incident = !found
    ? buildIncident(`inc-${report.event_id}`, [report])
    : found.reports.length < MAX_REPORTS_KEPT
      ? buildIncident(found.incident_id, [...found.reports, report])
      : countReport(found, report);
  repo.save(incident, fileKeys(report));
  return { incident, created: !found };
}

/** Incidents in memory, keyed and read as the store's are: newest first, at most MAX_INCIDENT_CANDIDATES. */
export class MemoryIncidents implements IncidentRepository {
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byId = new Map<string, Incident>();
  /** Storing order, as the store's rowid. */
  private readonly seq = new Map<string, number>();

  candidates(keys: readonly string[]): IncidentCandidate[] {
    const ids = new Set<string>();
    for (const k of keys) for (const id of this.byKey.get(k) ?? []) ids.add(id);
    return [...ids]
      .sort((a, b) => this.seq.get(b)! - this.seq.get(a)!)
      .slice(0, MAX_INCIDENT_CANDIDATES)
      .map((id) => candidateOf(this.byId.get(id)!));
  }

  incident(incidentId: string): Incident | null {
    return this.byId.get(incidentId) ?? null;
  }

  save(incident: Incident, keys: readonly string[]): void {
    if (!this.seq.has(incident.incident_id)) this.seq.set(incident.incident_id, this.seq.size);
    this.byId.set(incident.incident_id, incident);
    for (const k of keys) {
      const set = this.byKey.get(k);
      if (set) set.add(incident.incident_id);
      else this.byKey.set(k, new Set([incident.incident_id]));
    }
  }

  all(): Incident[] {
    return [...this.byId.values()];
  }

  /** The incident of each event id. */
  assignment(): Map<string, string> {
    const out = new Map<string, string>();
    for (const i of this.byId.values()) for (const r of i.reports) out.set(r.event_id, i.incident_id);
    return out;
  }
}
