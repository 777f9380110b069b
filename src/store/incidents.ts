/**
 * The incident side of the store: near-duplicate articles, incidents joined incrementally as articles
 * arrive, and the framing words of each article. `putReport` is the ingest path: one transaction that
 * stores the article (without events if it nearly repeats one already stored), links it to its original,
 * files each event into its incident and counts the article's framing terms.
 */
import type Database from 'better-sqlite3';
import {
  bestNearDuplicate,
  candidateOf,
  decodeHead,
  decodeProbe,
  encodeHead,
  encodeProbe,
  joinEvent,
  MAX_ARTICLES_PER_BAND,
  MAX_INCIDENT_CANDIDATES,
  reportCount,
  reportOf,
  signatureFromBuffer,
  signatureToBuffer,
  type Incident,
  type IncidentCandidate,
  type IncidentRepository,
  type NearDuplicate,
} from '../cluster/index.js';
import { outletProfiles, type OutletProfile, type TermCount } from '../framing/index.js';
import type { Extraction } from '../types.js';
import { dayRange } from './dateRange.js';
import { type PreparedReport, prepareReport } from './prepare.js';
import { writeUnit } from './write-unit.js';

export interface IncidentFilter {
  /** Incidents on or after / before these dates (YYYY-MM-DD); a partial date overlapping the range counts. */
  from?: string;
  to?: string;
  type?: string;
  admin1?: string;
  /** At least this many reports / independent outlets. */
  minReports?: number;
  minOutlets?: number;
  /** Only incidents whose reports disagree on something. */
  disagreeing?: boolean;
  limit?: number;
  offset?: number;
}

export interface PutReportResult {
  status: 'added' | 'exists';
  /** The stored article this one nearly repeats; its events were then not stored again. */
  nearDuplicateOf: NearDuplicate | null;
  events: number;
  incidentsCreated: number;
  incidentsJoined: number;
}

export interface IncidentMethods {
  /**
   * Ingest one extraction with near-duplicate detection, incident joining and framing counts.
   * `prepared` (prepare.ts), when the caller computed it elsewhere, must be prepareReport(ex).
   */
  putReport(ex: Extraction, prepared?: PreparedReport): PutReportResult;
  /** The original a stored article nearly repeats, if it was stored as a near-duplicate. */
  nearDuplicateOf(articleId: string): NearDuplicate | null;
  /** Stored near-duplicates of an article. */
  copiesOf(articleId: string): Array<{ articleId: string; similarity: number }>;
  incidents(filter?: IncidentFilter): Incident[];
  countIncidents(filter?: IncidentFilter): number;
  getIncident(incidentId: string): Incident | null;
  incidentOfEvent(eventId: string): string | null;
  /** Per outlet, the framing words it uses for each party and act. */
  outletProfiles(): OutletProfile[];
  /**
   * Runs several writes (putReport, logPage, …) as one transaction, which each putReport joins
   * (write-unit.ts). A commit writes every page the transaction dirtied, and one article dirties pages all over
   * the indexes (LSH bands, incident keys, search terms), so committing articles in batches writes shared
   * pages once instead of once per article. A throw rolls the whole batch back.
   */
  inOneTransaction<R>(write: () => R): R;
}

function incidentWhere(f: IncidentFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (f.from) {
    clauses.push('date_last >= ?');
    params.push(dayRange(f.from)?.first ?? f.from);
  }
  if (f.to) {
    clauses.push('date_first <= ?');
    params.push(dayRange(f.to)?.last ?? f.to);
  }
  if (f.type) {
    clauses.push('event_type = ? COLLATE NOCASE');
    params.push(f.type);
  }
  if (f.admin1) {
    clauses.push('admin1 = ? COLLATE NOCASE');
    params.push(f.admin1);
  }
  if (f.minReports) {
    clauses.push('reports >= ?');
    params.push(f.minReports);
  }
  if (f.minOutlets) {
    clauses.push('corroboration >= ?');
    params.push(f.minOutlets);
  }
  if (f.disagreeing) clauses.push('disagreements > 0');
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/**
 * The newest MAX_INCIDENT_CANDIDATES incidents filed under any of `keys` keys (one `?` each): each key's
 * newest read backwards from incident_keys_newest (migration 10) and the read stops, however full the bucket.
 */
export function newestIncidentsSql(keys: number): string {
  const perKey = `SELECT * FROM (SELECT seq, incident_id FROM incident_keys WHERE key = ? ORDER BY seq DESC LIMIT ${MAX_INCIDENT_CANDIDATES}) newest`;
  return `SELECT DISTINCT seq, incident_id FROM (${new Array(keys).fill(perKey).join(' UNION ALL ')}) k ORDER BY seq DESC LIMIT ${MAX_INCIDENT_CANDIDATES}`;
}

/** The heads of those newest incidents, newest first (null for an incident stored before migration 11). */
function candidateHeadsSql(keys: number): string {
  return `SELECT n.incident_id, n.seq, h.head FROM (${newestIncidentsSql(keys)}) n LEFT JOIN incident_heads h ON h.seq = n.seq ORDER BY n.seq DESC`;
}

export function incidentMethods(
  db: Database.Database,
  deps: { put: (ex: Extraction, search: string) => 'added' | 'exists' },
): IncidentMethods {
  const hasArticle = db.prepare<[string]>('SELECT 1 FROM articles WHERE id = ?').pluck();
  const bandCandidates = new Map<number, Database.Statement<unknown[], { article_id: string; signature: Buffer }>>();
  const insertFingerprint = db.prepare('INSERT OR REPLACE INTO article_fingerprints (article_id, signature) VALUES (?, ?)');
  const insertBand = db.prepare('INSERT INTO article_bands (band, article_id) VALUES (?, ?)');
  const insertNearDuplicate = db.prepare('INSERT OR REPLACE INTO near_duplicates (article_id, original_id, similarity) VALUES (?, ?, ?)');
  const getNearDuplicate = db.prepare<[string], { original_id: string; similarity: number }>(
    'SELECT original_id, similarity FROM near_duplicates WHERE article_id = ?',
  );
  const getCopies = db.prepare<[string], { article_id: string; similarity: number }>(
    'SELECT article_id, similarity FROM near_duplicates WHERE original_id = ? ORDER BY similarity DESC',
  );
  const keyCandidates = new Map<number, Database.Statement<unknown[], { incident_id: string; seq: number; head: string | null }>>();
  // the head is the first report's, which never changes: written once
  const insertHead = db.prepare('INSERT OR IGNORE INTO incident_heads (seq, head) VALUES (?, ?)');
  const upsertProbe = db.prepare('INSERT OR REPLACE INTO incident_probes (seq, probe) VALUES (?, ?)');
  const getProbe = db.prepare<[number], string>('SELECT probe FROM incident_probes WHERE seq = ?').pluck();
  const upsertIncident = db.prepare(
    `INSERT INTO incidents (incident_id, event_type, admin1, date_first, date_last, reports, corroboration, disagreements, record)
     VALUES (@incident_id, @event_type, @admin1, @date_first, @date_last, @reports, @corroboration, @disagreements, @record)
     ON CONFLICT(incident_id) DO UPDATE SET event_type = excluded.event_type, admin1 = excluded.admin1,
       date_first = excluded.date_first, date_last = excluded.date_last, reports = excluded.reports,
       corroboration = excluded.corroboration, disagreements = excluded.disagreements, record = excluded.record`,
  );
  const insertKey = db.prepare('INSERT OR IGNORE INTO incident_keys (key, incident_id, seq) VALUES (?, ?, ?)');
  const incidentSeq = db.prepare<[string], number>('SELECT rowid FROM incidents WHERE incident_id = ?').pluck();
  const insertReport = db.prepare('INSERT OR REPLACE INTO incident_reports (event_id, incident_id, article_id, outlet) VALUES (?, ?, ?, ?)');
  const getIncidentStmt = db.prepare<[string], { record: string }>('SELECT record FROM incidents WHERE incident_id = ?');
  const incidentOfEventStmt = db.prepare<[string], string>('SELECT incident_id FROM incident_reports WHERE event_id = ?').pluck();
  const insertTerm = db.prepare('INSERT INTO article_terms (article_id, term, referent, stance, uses) VALUES (?, ?, ?, ?, ?)');

  // Statements with IN (?, ?, …) are prepared once per list length and reused.
  function inList<R>(cache: Map<number, Database.Statement<unknown[], R>>, n: number, sql: (marks: string) => string) {
    let stmt = cache.get(n);
    if (!stmt) {
      stmt = db.prepare<unknown[], R>(sql(new Array(n).fill('?').join(', ')));
      cache.set(n, stmt);
    }
    return stmt;
  }

  const readIncident = (incidentId: string): Incident | null => {
    const r = getIncidentStmt.get(incidentId);
    return r ? (JSON.parse(r.record) as Incident) : null;
  };

  const repository: IncidentRepository = {
    candidates(keys) {
      if (keys.length === 0) return [];
      // the newest MAX_INCIDENT_CANDIDATES incidents of the buckets: ids first, each bucket's newest read
      // from the index backwards (a bounded read however full the bucket), with their heads
      const stmt = inList(keyCandidates, keys.length, () => candidateHeadsSql(keys.length));
      return stmt.all(...keys).map((r): IncidentCandidate => {
        // an incident stored before migration 11 has no head: its record serves
        if (r.head === null) return candidateOf(JSON.parse(getIncidentStmt.get(r.incident_id)!.record) as Incident);
        const { event_type, first } = decodeHead(r.head);
        const reports = () => decodeProbe(r.incident_id, getProbe.get(r.seq)!).reports;
        return { incident_id: r.incident_id, event_type, first, reports };
      });
    },
    incident: readIncident,
    save(incident, keys) {
      const range = incident.event_date ? dayRange(incident.event_date) : null;
      upsertIncident.run({
        incident_id: incident.incident_id,
        event_type: incident.event_type,
        admin1: incident.admin1,
        date_first: range?.first ?? null,
        date_last: range?.last ?? null,
        reports: reportCount(incident),
        corroboration: incident.corroboration,
        disagreements: incident.disagreements.length,
        record: JSON.stringify(incident),
      });
      // only a filed incident is ever a candidate; a joined report always has keys (it was joinable)
      if (!keys.length) return;
      const seq = incidentSeq.get(incident.incident_id);
      for (const k of keys) insertKey.run(k, incident.incident_id, seq);
      insertHead.run(seq, encodeHead(incident));
      upsertProbe.run(seq, encodeProbe(incident));
    },
  };

  const putReport = writeUnit(db, (ex: Extraction, prepared: PreparedReport): PutReportResult => {
    const a = ex.article;
    const none = { nearDuplicateOf: null, events: 0, incidentsCreated: 0, incidentsJoined: 0 };
    if (hasArticle.get(a.id) !== undefined) return { status: 'exists', ...none };

    const fp = prepared.fingerprint;
    // the newest MAX_ARTICLES_PER_BAND of each band: one query, a bounded read per band
    const bands = [...new Set(fp.bands)];
    const candidateRows = inList(bandCandidates, bands.length, () =>
      `SELECT DISTINCT f.article_id, f.signature FROM (${bands.map(() =>
        `SELECT * FROM (SELECT article_id FROM article_bands WHERE band = ? ORDER BY rowid DESC LIMIT ${MAX_ARTICLES_PER_BAND}) newest`).join(' UNION ALL ')}) b
       JOIN article_fingerprints f ON f.article_id = b.article_id`,
    ).all(...bands);
    const original = bestNearDuplicate(fp, candidateRows.map((r) => ({ id: r.article_id, signature: signatureFromBuffer(r.signature) })));

    // A near-duplicate is kept (its outlet carried the story) but its events would only repeat the original's.
    const events = original ? [] : ex.events;
    if (deps.put({ ...ex, events }, prepared.search) === 'exists') return { status: 'exists', ...none };
    if (original) insertNearDuplicate.run(a.id, original.originalId, original.similarity);
    else {
      insertFingerprint.run(a.id, signatureToBuffer(fp.signature));
      for (const b of new Set(fp.bands)) insertBand.run(b, a.id);
    }

    for (const u of prepared.terms) insertTerm.run(a.id, u.term, u.referent, u.stance, u.uses);

    let created = 0;
    let joined = 0;
    for (const [i, e] of events.entries()) {
      const r = joinEvent(repository, { ...reportOf(e), terms: prepared.eventTerms[i]!, wording: prepared.eventWordings[i]! });
      insertReport.run(e.event_id, r.incident.incident_id, e.article_id, e.outlet);
      if (r.created) created++;
      else joined++;
    }
    return { status: 'added', nearDuplicateOf: original, events: events.length, incidentsCreated: created, incidentsJoined: joined };
  });

  const listStmts = new Map<string, Database.Statement<unknown[], { record: string }>>();
  const countStmts = new Map<string, Database.Statement<unknown[], number>>();

  const batch = db.transaction((write: () => unknown) => write());

  return {
    putReport: (ex, prepared) => putReport(ex, prepared ?? prepareReport(ex)),

    inOneTransaction: <R>(write: () => R): R => batch(write) as R,

    nearDuplicateOf(articleId) {
      const r = getNearDuplicate.get(articleId);
      return r ? { originalId: r.original_id, similarity: r.similarity } : null;
    },

    copiesOf: (articleId) => getCopies.all(articleId).map((r) => ({ articleId: r.article_id, similarity: r.similarity })),

    incidents(filter = {}) {
      const where = incidentWhere(filter);
      let stmt = listStmts.get(where.sql);
      if (!stmt) {
        stmt = db.prepare(
          `SELECT record FROM incidents ${where.sql}
           ORDER BY date_first IS NULL, date_first, reports DESC, incident_id LIMIT ? OFFSET ?`,
        );
        listStmts.set(where.sql, stmt);
      }
      return stmt.all(...where.params, filter.limit ?? -1, filter.offset ?? 0).map((r) => JSON.parse(r.record) as Incident);
    },

    countIncidents(filter = {}) {
      const where = incidentWhere(filter);
      let stmt = countStmts.get(where.sql);
      if (!stmt) {
        stmt = db.prepare<unknown[], number>(`SELECT count(*) FROM incidents ${where.sql}`).pluck();
        countStmts.set(where.sql, stmt);
      }
      return stmt.get(...where.params) ?? 0;
    },

    getIncident: readIncident,

    incidentOfEvent: (eventId) => incidentOfEventStmt.get(eventId) ?? null,

    outletProfiles() {
      const counts = db
        .prepare<[], TermCount>(
          `SELECT a.outlet AS outlet, t.term AS term, t.referent AS referent, t.stance AS stance, count(*) AS articles
           FROM article_terms t JOIN articles a ON a.id = t.article_id GROUP BY a.outlet, t.term`,
        )
        .all();
      const perOutlet = new Map<string | null, number>();
      for (const r of db.prepare<[], { outlet: string | null; n: number }>('SELECT outlet, count(*) AS n FROM articles GROUP BY outlet').all()) {
        perOutlet.set(r.outlet, r.n);
      }
      return outletProfiles(counts, perOutlet);
    },
  };
}

