/**
 * What an analyst's screen asks of the store besides lists of events: one event, the map's points, the
 * timeline, counts per governorate/type/outlet, and the articles a search finds. Everything is a SQL
 * aggregate under the same WHERE clause as `events(filter)`, so the map, the timeline and the list always
 * show the same selection, and none of it parses event JSON: at 100k events a JSON parse per row would
 * cost more than the whole screen may take.
 */
import type Database from 'better-sqlite3';
import type { EventRecord, EventType } from '../types.js';
import { type EventFilter, whereClause } from './filter.js';
import { toFtsQuery } from './searchForm.js';

/** Events at one point of the map (same coordinates), of one type. */
export interface MapPoint {
  lat: number;
  lon: number;
  type: EventType;
  events: number;
  /** Sum of the known fatalities; null when no event here gives a figure. */
  fatalities: number | null;
  /** The event's id when the point is a single event (a click opens it), else null (a click lists them: eventsAt). */
  id: string | null;
}

export interface MapView {
  points: MapPoint[];
  /** Events of the selection with no coordinates: counted, not drawn. */
  unplaced: number;
}

export interface TimelineView {
  /** Day-precision events per day and type: [YYYY-MM-DD, type, count], in date order. */
  days: [string, EventType, number][];
  /** Events dated only to a month or a year: they have no day to stand on. */
  partial: number;
  undated: number;
}

export type CountDimension = 'admin1' | 'event_type' | 'sub_event_type' | 'outlet' | 'actor1';

export interface ArticleHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  events: number;
}

export interface DeskViews {
  getEvent(id: string): EventRecord | null;
  /**
   * One page of `events(filter)` (same order) and the filter's total. The page's rows are chosen in the
   * covering index and only then read, so a page costs the same at 100 or 100,000 matching events.
   */
  listPage(filter: EventFilter, limit: number, offset: number): { total: number; events: EventRecord[] };
  /** The events of one article, in the order the extractor wrote them. */
  eventsOfArticle(articleId: string): EventRecord[];
  /** Events by id, in the order asked; unknown ids are left out. */
  eventsById(ids: readonly string[]): EventRecord[];
  mapPoints(filter?: EventFilter): MapView;
  /** The filtered events at one map point (exact coordinates), in date order. */
  eventsAt(lat: number, lon: number, filter?: EventFilter): EventRecord[];
  timeline(filter?: EventFilter): TimelineView;
  /** Events per value of one dimension (null = not given), most first. */
  countBy(dimension: CountDimension, filter?: EventFilter): { value: string | null; events: number }[];
  /** Articles whose title or body hold every word of `q` (Arabic-aware FTS), best match first. */
  searchArticles(q: string, page?: { limit?: number; offset?: number }): { total: number; hits: ArticleHit[] };
  /** Outlets with their article counts, most first. */
  outlets(): { outlet: string; articles: number }[];
}

/**
 * The FROM of a filtered aggregate: articles are joined only when the filter names them (the outlet
 * filter reads `a.outlet`); a join per row would otherwise be most of an aggregate's cost.
 */
const fromFor = (where: string) => (/\ba\./.test(where) ? 'FROM events e JOIN articles a ON a.id = e.article_id' : 'FROM events e');
/** Drawable: both coordinates, in range (as export/geojson.ts decides what goes on a map). */
const PLACED = 'e.latitude BETWEEN -90 AND 90 AND e.longitude BETWEEN -180 AND 180';

const DIMENSION_COLUMN: Record<CountDimension, string> = {
  admin1: 'e.admin1',
  event_type: 'e.event_type',
  sub_event_type: 'e.sub_event_type',
  outlet: 'e.outlet',
  actor1: 'e.actor1',
};

export function deskViews(db: Database.Database): DeskViews {
  const getRecord = db.prepare<[string], string>('SELECT record FROM events WHERE event_id = ?').pluck();
  const ofArticle = db.prepare<[string], string>('SELECT record FROM events WHERE article_id = ? ORDER BY rowid').pluck();
  const cache = new Map<string, Database.Statement>();
  /** One prepared statement per distinct SQL text (filters differ only in their WHERE clause). */
  const stmt = <R>(sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s as Database.Statement<unknown[], R>;
  };

  return {
    getEvent(id) {
      const json = getRecord.get(id);
      return json === undefined ? null : (JSON.parse(json) as EventRecord);
    },

    listPage(filter, limit, offset) {
      const w = whereClause(filter);
      const from = fromFor(w.sql);
      const total = stmt<number>(`SELECT count(*) ${from} ${w.sql}`).pluck().get(...w.params) ?? 0;
      const events = stmt<string>(
        `SELECT ev.record FROM (
           SELECT e.rowid AS r, e.date_first AS d ${from} ${w.sql}
           ORDER BY e.date_first IS NULL, e.date_first, e.rowid LIMIT ? OFFSET ?
         ) p JOIN events ev ON ev.rowid = p.r
         ORDER BY p.d IS NULL, p.d, p.r`,
      ).pluck().all(...w.params, limit, offset).map((j) => JSON.parse(j) as EventRecord);
      return { total, events };
    },

    eventsOfArticle(articleId) {
      return ofArticle.all(articleId).map((j) => JSON.parse(j) as EventRecord);
    },

    eventsById(ids) {
      const out: EventRecord[] = [];
      for (const id of ids) {
        const json = getRecord.get(id);
        if (json !== undefined) out.push(JSON.parse(json) as EventRecord);
      }
      return out;
    },

    mapPoints(filter = {}) {
      const w = whereClause(filter);
      const placed = w.sql ? `${w.sql} AND ${PLACED}` : `WHERE ${PLACED}`;
      type Row = [number, number, EventType, number, number | null, string | null];
      const rows = stmt<Row>(
        `SELECT e.latitude, e.longitude, e.event_type, count(*), sum(e.fatalities),
           CASE WHEN count(*) = 1 THEN min(e.event_id) END
         ${fromFor(w.sql)} ${placed} GROUP BY e.latitude, e.longitude, e.event_type`,
      ).raw().all(...w.params);
      // the rest of the selection: counted, cheaper than a scan for the rows that are not placed
      const total = stmt<number>(`SELECT count(*) ${fromFor(w.sql)} ${w.sql}`).pluck().get(...w.params) ?? 0;
      let placedEvents = 0;
      for (const r of rows) placedEvents += r[3];
      const unplaced = total - placedEvents;
      return {
        points: rows.map(([lat, lon, type, events, fatalities, id]) => ({ lat, lon, type, events, fatalities, id })),
        unplaced,
      };
    },

    eventsAt(lat, lon, filter = {}) {
      const w = whereClause(filter);
      const at = 'e.latitude = ? AND e.longitude = ?';
      return stmt<string>(
        `SELECT e.record ${fromFor(w.sql)} ${w.sql ? `${w.sql} AND ${at}` : `WHERE ${at}`}
         ORDER BY e.date_first IS NULL, e.date_first, e.rowid`,
      ).pluck().all(...w.params, lat, lon).map((j) => JSON.parse(j) as EventRecord);
    },

    timeline(filter = {}) {
      const w = whereClause(filter);
      const and = (cond: string) => (w.sql ? `${w.sql} AND ${cond}` : `WHERE ${cond}`);
      const days = stmt<[string, EventType, number]>(
        `SELECT e.date_first, e.event_type, count(*) ${fromFor(w.sql)} ${and('e.date_first = e.date_last')}
         GROUP BY e.date_first, e.event_type ORDER BY e.date_first`,
      ).raw().all(...w.params);
      const partial = stmt<number>(`SELECT count(*) ${fromFor(w.sql)} ${and('e.date_first < e.date_last')}`).pluck().get(...w.params) ?? 0;
      const undated = stmt<number>(`SELECT count(*) ${fromFor(w.sql)} ${and('e.date_first IS NULL')}`).pluck().get(...w.params) ?? 0;
      return { days, partial, undated };
    },

    countBy(dimension, filter = {}) {
      const w = whereClause(filter);
      const col = DIMENSION_COLUMN[dimension];
      return stmt<{ value: string | null; events: number }>(
        `SELECT ${col} AS value, count(*) AS events ${fromFor(w.sql)} ${w.sql} GROUP BY ${col} ORDER BY events DESC, value`,
      ).all(...w.params);
    },

    searchArticles(q, page = {}) {
      const match = toFtsQuery(q);
      if (!match) return { total: 0, hits: [] };
      const total = stmt<number>('SELECT count(*) FROM article_search WHERE article_search MATCH ?').pluck().get(match) ?? 0;
      const hits = stmt<ArticleHit>(
        `SELECT a.id, a.title, a.outlet, a.published, (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events
         FROM article_search s JOIN articles a ON a.id = s.article_id
         WHERE article_search MATCH ? ORDER BY s.rank LIMIT ? OFFSET ?`,
      ).all(match, page.limit ?? -1, page.offset ?? 0);
      return { total, hits };
    },

    outlets() {
      return stmt<{ outlet: string; articles: number }>(
        'SELECT outlet, count(*) AS articles FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY articles DESC, outlet',
      ).all();
    },
  };
}
