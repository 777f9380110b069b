/**
 * What an analyst's screen asks of the store besides lists of events: one event, the map's points, the
 * timeline, counts per governorate/type/outlet, and the articles a search finds. Everything is a SQL
 * aggregate under the same WHERE clause as `events(filter)` (filter.ts), so the map, the timeline and the
 * list always show the same selection. At 100k events the budget for a whole screen is 300 ms, so:
 * - no aggregate parses event JSON or joins articles unless the filter names the outlet (migration 2
 *   keeps coordinates and outlet as columns);
 * - each aggregate is one pass over a covering index (migration 2), never row-by-row reads of the table;
 * - one pass per view: the map, the timeline and the facet counts each read the selection once;
 * - a text search is matched in the FTS index once per query text and store state, not once per pass;
 * - a text search's own answers are bounded whatever the store's size (issue 8): searchArticles counts
 *   up to SEARCH_TOTAL_CAP and ranks the newest SEARCH_RANK_WINDOW matches; a page of its events is
 *   found by walking the dates until the page is full (pageStrategy), and listPage can count up to a
 *   cap. The map, timeline and counts still aggregate every match: that is what they show.
 */
import type Database from 'better-sqlite3';
import type { EventRecord, EventType } from '../types.js';
import { type EventFilter, MATCHED_ARTICLE_IDS, type SqlWhere, whereClause } from './filter.js';
import { toFtsQuery } from './searchForm.js';

/** Events at one place of the map (same coordinates). */
export interface MapPoint {
  lat: number;
  lon: number;
  /** The type of most of the place's events (ties: the first in alphabetical order). */
  type: EventType;
  /** Events per type at this place. */
  byType: Partial<Record<EventType, number>>;
  events: number;
  /** Sum of the known fatalities; null when no event here gives a figure. */
  fatalities: number | null;
  /** The event's id when the place holds a single event (a click opens it), else null (a click lists them: eventsAt). */
  id: string | null;
}

export interface MapView {
  points: MapPoint[];
  /** Events of the selection with no usable coordinates: counted, not drawn. */
  unplaced: number;
}

export interface TimelineView {
  /** Day-precision events per day and type: [YYYY-MM-DD, type, count], in date order. */
  days: [string, EventType, number][];
  /** Events dated only to a month or a year: they have no day to stand on. */
  partial: number;
  undated: number;
}

/** Counts of the selection by governorate, type and outlet (null = not given). */
export interface Facets {
  total: number;
  admin1: { value: string | null; events: number }[];
  event_type: { value: string; events: number }[];
  outlet: { value: string | null; events: number }[];
}

export type CountDimension = 'admin1' | 'event_type' | 'sub_event_type' | 'outlet' | 'actor1';

/** One page of a text search over articles (searchArticles). */
export interface ArticleSearch {
  /** Matching articles, exact up to SEARCH_TOTAL_CAP; when capped, the cap itself. */
  total: number;
  /** True when more articles than `total` match: shown as "more than 10,000", never as a figure. */
  totalCapped: boolean;
  hits: ArticleHit[];
}

export interface ArticleHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  events: number;
}

/** One page of events and how many the filter selects. */
export interface EventPage {
  /** Events the filter selects: exact, or, when a `totalCap` was asked and passed, the cap itself. */
  total: number;
  /** Set when a `totalCap` was asked: true when more events than `total` match. */
  totalCapped?: boolean;
  events: EventRecord[];
}

export interface DeskViews {
  getEvent(id: string): EventRecord | null;
  /**
   * One page of `events(filter)` (same order) and the filter's total. The page's rows are chosen in the
   * covering index and only then read, so a page costs the same at 100 or 100,000 matching events.
   */
  listPage(filter: EventFilter, limit: number, offset: number, count?: { totalCap?: number }): EventPage;
  /**
   * `events(filter)` without its cost at scale: the same events in the same order, but the page is
   * chosen in a covering index (a text search's matches reached by article) and only the page's
   * records are read, where events() reads and sorts the record of every matching event.
   */
  listEvents(filter?: EventFilter): EventRecord[];
  /** The events of one article, in the order the extractor wrote them. */
  eventsOfArticle(articleId: string): EventRecord[];
  /** Events by id, in the order asked; unknown ids are left out. */
  eventsById(ids: readonly string[]): EventRecord[];
  mapPoints(filter?: EventFilter): MapView;
  /** The filtered events at one map point (exact coordinates), in date order. */
  eventsAt(lat: number, lon: number, filter?: EventFilter): EventRecord[];
  timeline(filter?: EventFilter): TimelineView;
  /** Counts by governorate, type and outlet in one pass. */
  facets(filter?: EventFilter): Facets;
  /** Events per value of one dimension (null = not given), most first. */
  countBy(dimension: CountDimension, filter?: EventFilter): { value: string | null; events: number }[];
  /**
   * Articles whose title or body hold every word of `q` (Arabic-aware FTS). Up to SEARCH_RANK_WINDOW
   * matches: all of them, best match first. Past it, the newest SEARCH_RANK_WINDOW matches (by storing
   * order), best first, then the older ones newest first. The total is exact up to SEARCH_TOTAL_CAP.
   */
  searchArticles(q: string, page?: { limit?: number; offset?: number }): ArticleSearch;
  /** Outlets with their article counts, most first. */
  outlets(): { outlet: string; articles: number }[];
}

/**
 * The covering indexes of migration 2, named so that every aggregate is one pass over an index whatever
 * the filter: left to itself the planner picks a narrow index (admin1, type) and then reads each matching
 * row from the table — 20,000 random reads of JSON-laden rows for one governorate, slower than the pass.
 */
type DeskIndex = 'events_time' | 'events_place' | 'events_article';

/** A WHERE clause, and whether it selects few enough articles' events to reach them by article. */
interface DeskWhere extends SqlWhere {
  byArticle?: boolean;
}

const fromFor = (where: DeskWhere, index: DeskIndex = 'events_time') =>
  `FROM events e INDEXED BY ${where.byArticle ? 'events_article' : index}${/\ba\./.test(where.sql) ? ' JOIN articles a ON a.id = e.article_id' : ''}`;

const and = (w: SqlWhere, cond: string) => (w.sql ? `${w.sql} AND ${cond}` : `WHERE ${cond}`);

const usable = (lat: number | null, lon: number | null): boolean =>
  lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

const DIMENSION_COLUMN: Record<CountDimension, string> = {
  admin1: 'e.admin1',
  event_type: 'e.event_type',
  sub_event_type: 'e.sub_event_type',
  outlet: 'e.outlet',
  actor1: 'e.actor1',
};

/**
 * How many distinct search texts keep their matched article ids. A screen asks for the list, the map
 * and the counts of one search at once; a few entries cover that and the back button.
 */
const FTS_MEMO_SIZE = 8;

/**
 * Up to this share of the store's articles, a text search's views read the matched articles' events
 * through the article-ordered covering index (migration 6): a few seeks per article, then a sort of
 * the selection. Past it, one pass over the whole date or place index testing each event's article is
 * cheaper. Measured on bench:web (100k events): at 29% of articles the seeks take half the pass's time;
 * they cost about as much as the pass when most articles match.
 */
const BY_ARTICLE_MAX_SHARE = 0.6;

/**
 * A text search counts its matches exactly up to here and says "more than" past it. Counting is a walk
 * over the posting lists, so an exact count of a broad query grows with the store (53k of 100k articles
 * hold الجيش السوري); nobody reads 10,000 articles, and "more than 10,000" tells an analyst as much as
 * 530,000 does: narrow the query. At 100k articles the capped count costs 0.3–0.9 ms CPU whatever the query.
 */
export const SEARCH_TOTAL_CAP = 10_000;

/**
 * A text search ranks (bm25) at most this many matches: the newest, in storing order (ingest order,
 * which follows publication for a running feed). Ranking reads every ranked match's positions, so
 * ranking all 53k matches of a broad query took 24 ms at 100k articles and would take ~240 ms at 1M;
 * ranking the newest 1,000 takes 1–3 ms whatever the store size. A query matching fewer is ranked
 * whole, as before. The product decision: for a broad query the analyst sees the best of the recent
 * matches first — what a desk following a conflict wants — and the rest after them, newest first.
 */
export const SEARCH_RANK_WINDOW = 1_000;

/**
 * The cost model that picks how a page of a text search's events is read (pageOf). By the matched
 * articles (page()): every matched article's events are read and sorted, about LIST_COST_PER_MATCH
 * per matched article. By walking (walkPage()): events are read in date order from the date index and
 * kept when their article matched, about WALK_COST_PER_EVENT per event passed. Both in the same unit,
 * measured at 100k articles (bench:scale corpus): 2.2 µs per matched article, 1 µs per event walked.
 * A walk that overruns the read-by-article's cost gives up and reads by article, so a bad estimate
 * (other filters thin the walk out) costs at most twice the better way.
 */
const LIST_COST_PER_MATCH = 2.2;
const WALK_COST_PER_EVENT = 1;
/**
 * The walk's smallest read: each read sorts a day's events by rowid before its first row comes out
 * (~144 a day at 100k articles), so reads much smaller than a day pay that sort for nothing.
 */
const WALK_FIRST_CHUNK = 256;

/** Whether the ascending `ids` hold `id`. */
function holds(ids: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid]!;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function byCount<T extends string | null>(counts: Map<T, number>): { value: T; events: number }[] {
  return [...counts]
    .map(([value, events]) => ({ value, events }))
    .sort((a, b) => b.events - a.events || String(a.value).localeCompare(String(b.value)));
}

/** How far a text search counts and ranks (the constants; a test passes small ones to reach past them). */
export interface SearchLimits {
  totalCap: number;
  rankWindow: number;
}

/**
 * How a page of a text search's events is read: 'walk' when the events passed on the way to the page's
 * end, at the matched share of articles, cost less than reading every matched article's events.
 */
export function pageStrategy(matchedArticles: number, articles: number, offset: number, limit: number): 'walk' | 'byArticle' {
  if (limit < 0 || matchedArticles === 0) return 'byArticle';
  const passed = ((offset + limit) * articles) / matchedArticles;
  return passed * WALK_COST_PER_EVENT < matchedArticles * LIST_COST_PER_MATCH ? 'walk' : 'byArticle';
}

export function deskViews(
  db: Database.Database,
  { totalCap, rankWindow }: SearchLimits = { totalCap: SEARCH_TOTAL_CAP, rankWindow: SEARCH_RANK_WINDOW },
): DeskViews {
  // the search's statements: each reads at most SEARCH_TOTAL_CAP + 1 or SEARCH_RANK_WINDOW matches
  // (FTS5 walks its posting lists newest first for ORDER BY rowid DESC and stops at the LIMIT)
  const countMatches = db.prepare<[string, number], number>(
    'SELECT count(*) FROM (SELECT 1 FROM article_fts WHERE article_fts MATCH ? LIMIT ?) c',
  ).pluck();
  const articleHit = `a.id, a.title, a.outlet, a.published, (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events`;
  const rankedHits = db.prepare<[string, number, number, number], ArticleHit>(
    `SELECT ${articleHit}
     FROM (SELECT w.r, w.k FROM (
             SELECT f.rowid AS r, f.rank AS k FROM article_fts f WHERE article_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?
           ) w ORDER BY w.k, w.r LIMIT ? OFFSET ?) m
     JOIN articles a ON a.rowid = m.r
     ORDER BY m.k, m.r`,
  );
  const windowFloor = db.prepare<[string, number], number>(
    'SELECT min(w.r) FROM (SELECT f.rowid AS r FROM article_fts f WHERE article_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?) w',
  ).pluck();
  const olderHits = db.prepare<[string, number, number, number], ArticleHit>(
    `SELECT ${articleHit}
     FROM (SELECT f.rowid AS r FROM article_fts f WHERE article_fts MATCH ? AND f.rowid < ? ORDER BY f.rowid DESC LIMIT ? OFFSET ?) m
     JOIN articles a ON a.rowid = m.r
     ORDER BY m.r DESC`,
  );
  const getRecord = db.prepare<[string], string>('SELECT record FROM events WHERE event_id = ?').pluck();
  const ofArticle = db.prepare<[string], string>('SELECT record FROM events WHERE article_id = ? ORDER BY rowid').pluck();
  const ftsIds = db.prepare<[string], string>(MATCHED_ARTICLE_IDS).pluck();
  // Grows with every article stored. An article's search text is fixed by its id (a content hash), so
  // re-extraction, which stores the same article again, changes no match: the ids stay right.
  const ftsGeneration = db.prepare<[], number | null>('SELECT max(rowid) FROM articles').pluck();
  const ftsMemo = new Map<string, { ids: string; byArticle: boolean }>();
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

  /**
   * The filter's WHERE clause, with a text search already matched: the FTS subquery of filter.ts would
   * run once per pass, and reading each match's article id from the FTS table is most of a search's cost.
   * The matched ids go in as one JSON parameter; the semantics are filter.ts's.
   */
  function where(filter: EventFilter): DeskWhere {
    const match = filter.q ? toFtsQuery(filter.q) : null;
    if (!match) return whereClause(filter);
    const generation = ftsGeneration.get() ?? 0;
    const key = `${generation}\u0000${match}`;
    let found = ftsMemo.get(key);
    if (found === undefined) {
      const ids = ftsIds.all(match);
      // max(rowid) stands in for the article count: rowids are dense, and count(*) is a pass
      found = { ids: JSON.stringify(ids), byArticle: ids.length <= BY_ARTICLE_MAX_SHARE * generation };
      if (ftsMemo.size >= FTS_MEMO_SIZE) ftsMemo.delete(ftsMemo.keys().next().value!);
      ftsMemo.set(key, found);
    }
    const w = whereClause({ ...filter, q: undefined });
    const cond = 'e.article_id IN (SELECT value FROM json_each(?))';
    return { sql: and(w, cond), params: [...w.params, found.ids], byArticle: found.byArticle };
  }

  // a text search's matched articles by rowid, ascending: the walk's membership test (binary search)
  const matchedRowids = db.prepare<[string], number>('SELECT f.rowid FROM article_fts f WHERE article_fts MATCH ? ORDER BY f.rowid').pluck();
  const rowidMemo = new Map<string, number[]>();

  function matched(match: string): number[] {
    const key = `${ftsGeneration.get() ?? 0}\u0000${match}`;
    let ids = rowidMemo.get(key);
    if (ids === undefined) {
      ids = matchedRowids.all(match);
      if (rowidMemo.size >= FTS_MEMO_SIZE) rowidMemo.delete(rowidMemo.keys().next().value!);
      rowidMemo.set(key, ids);
    }
    return ids;
  }

  /**
   * One page of `events(filter)` for a filter with a text search. A broad search's page is found by
   * walking the dated events in date order and stopping once the page is full, where reading it by
   * matched article would read and sort every matched article's events; a narrow search's page is read
   * by article. The cost model (LIST_COST_PER_MATCH) picks; a walk that overruns its budget (other
   * filters thin it out, or the page reaches the undated events) hands over to the read by article.
   */
  function pageOf(filter: EventFilter, limit: number, offset: number): EventRecord[] {
    const match = filter.q ? toFtsQuery(filter.q) : null;
    if (match && limit >= 0) {
      const ids = matched(match);
      if (pageStrategy(ids.length, ftsGeneration.get() ?? 0, offset, limit) === 'walk') {
        const walked = walkPage(filter, ids, limit, offset, (ids.length * LIST_COST_PER_MATCH) / WALK_COST_PER_EVENT);
        if (walked) return walked;
      }
    }
    return page(where(filter), limit, offset);
  }

  /**
   * The page by a walk over the dated events in events() order, in chunks (keyset on date and rowid),
   * so PostgreSQL, whose statements are not streamed, reads no more than SQLite. Null when the walk
   * passes `budget` events or runs out of dated events before the page is full.
   */
  function walkPage(filter: EventFilter, ids: number[], limit: number, offset: number, budget: number): EventRecord[] | null {
    const w = whereClause({ ...filter, q: undefined });
    const chunkSql = stmt<[number, number, string]>(
      `SELECT e.rowid, a.rowid, e.date_first FROM events e INDEXED BY events_time JOIN articles a ON a.id = e.article_id
       ${and(w, 'e.date_first >= ? AND (e.date_first > ? OR e.rowid > ?)')}
       ORDER BY e.date_first, e.rowid LIMIT ?`,
    ).raw();
    const kept: number[] = [];
    let skip = offset;
    let passed = 0;
    let after: [string, number] = ['', 0];
    let chunk = Math.max(WALK_FIRST_CHUNK, Math.ceil(((offset + limit) * (ftsGeneration.get() ?? 0)) / Math.max(1, ids.length)));
    while (kept.length < limit) {
      if (passed >= budget) return null;
      const rows = chunkSql.all(...w.params, after[0], after[0], after[1], chunk);
      for (const [eventRowid, articleRowid, date] of rows) {
        after = [date, eventRowid];
        if (!holds(ids, articleRowid)) continue;
        if (skip > 0) skip--;
        else if (kept.push(eventRowid) === limit) break;
      }
      passed += rows.length;
      if (rows.length < chunk && kept.length < limit) return null;
      chunk *= 2;
    }
    const byRowid = new Map(eventsByRowid(kept).map(([r, json]) => [r, json]));
    return kept.map((r) => JSON.parse(byRowid.get(r)!) as EventRecord);
  }

  function eventsByRowid(rowids: number[]): [number, string][] {
    return stmt<[number, string]>('SELECT e.rowid, e.record FROM events e WHERE e.rowid IN (SELECT CAST(value AS INTEGER) FROM json_each(?))')
      .raw().all(JSON.stringify(rowids));
  }

  /**
   * The filter's events counted up to `upTo`. With a text search, the matched articles are joined to
   * their events straight from the index and the count stops at `upTo`: it reads about upTo / (events
   * per article) matches, where the exact count reads every match and every matched event.
   */
  function countUpTo(filter: EventFilter, upTo: number): number {
    const match = filter.q ? toFtsQuery(filter.q) : null;
    const w = whereClause({ ...filter, q: undefined });
    if (!match) {
      return stmt<number>(`SELECT count(*) FROM (SELECT 1 ${fromFor(w)} ${w.sql} LIMIT ?) c`).pluck().get(...w.params, upTo) ?? 0;
    }
    const rest = w.sql ? ` AND ${w.sql.slice('WHERE '.length)}` : '';
    return stmt<number>(
      `SELECT count(*) FROM (
         SELECT 1 FROM article_fts f JOIN articles a ON a.rowid = f.rowid JOIN events e INDEXED BY events_article ON e.article_id = a.id
         WHERE article_fts MATCH ?${rest} LIMIT ?
       ) c`,
    ).pluck().get(match, ...w.params, upTo) ?? 0;
  }

  /** One page of the selection in events() order (limit -1: all): rowids chosen in the index, then read. */
  function page(w: DeskWhere, limit: number, offset: number): EventRecord[] {
    return stmt<string>(
      `SELECT ev.record FROM (
         SELECT e.rowid AS r, e.date_first AS d ${fromFor(w)} ${w.sql}
         ORDER BY e.date_first IS NULL, e.date_first, e.rowid LIMIT ? OFFSET ?
       ) p JOIN events ev ON ev.rowid = p.r
       ORDER BY p.d IS NULL, p.d, p.r`,
    ).pluck().all(...w.params, limit, offset).map((j) => JSON.parse(j) as EventRecord);
  }

  return {
    getEvent(id) {
      const json = getRecord.get(id);
      return json === undefined ? null : (JSON.parse(json) as EventRecord);
    },

    listPage(filter, limit, offset, count = {}) {
      const events = pageOf(filter, limit, offset);
      if (count.totalCap === undefined) {
        const w = where(filter);
        const total = stmt<number>(`SELECT count(*) ${fromFor(w)} ${w.sql}`).pluck().get(...w.params) ?? 0;
        return { total, events };
      }
      const counted = countUpTo(filter, count.totalCap + 1);
      return { total: Math.min(counted, count.totalCap), totalCapped: counted > count.totalCap, events };
    },

    listEvents(filter = {}) {
      return pageOf(filter, filter.limit ?? -1, filter.offset ?? 0);
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
      const w = where(filter);
      type Row = [number | null, number | null, EventType, number, number | null, string];
      // unplaced events group under NULL coordinates: counted in the same pass. No ORDER BY: the groups
      // stream out of the place index, and a sort would cost as much as the pass.
      const rows = stmt<Row>(
        `SELECT e.latitude, e.longitude, e.event_type, count(*), sum(e.fatalities), min(e.event_id)
         ${fromFor(w, 'events_place')} ${w.sql} GROUP BY e.latitude, e.longitude, e.event_type`,
      ).raw().all(...w.params);
      const byPlace = new Map<string, MapPoint>();
      let unplaced = 0;
      for (const [lat, lon, type, events, fatalities, firstId] of rows) {
        if (!usable(lat, lon)) {
          unplaced += events;
          continue;
        }
        const key = `${lat},${lon}`;
        let p = byPlace.get(key);
        if (!p) {
          p = { lat: lat!, lon: lon!, type, byType: {}, events: 0, fatalities: null, id: null };
          byPlace.set(key, p);
        }
        p.byType[type] = events;
        if ((p.byType[p.type] ?? 0) < events) p.type = type;
        p.events += events;
        if (fatalities !== null) p.fatalities = (p.fatalities ?? 0) + fatalities;
        p.id = p.events === 1 ? firstId : null;
      }
      return { points: [...byPlace.values()], unplaced };
    },

    eventsAt(lat, lon, filter = {}) {
      const w = where(filter);
      return stmt<string>(
        `SELECT e.record ${fromFor(w, 'events_place')} ${and(w, 'e.latitude = ? AND e.longitude = ?')}
         ORDER BY e.date_first IS NULL, e.date_first, e.rowid`,
      ).pluck().all(...w.params, lat, lon).map((j) => JSON.parse(j) as EventRecord);
    },

    timeline(filter = {}) {
      const w = where(filter);
      // grouped in the date index's own order (no sort); day-precision events are those whose range is one day
      type Row = [string | null, EventType, number, number];
      const rows = stmt<Row>(
        `SELECT e.date_first, e.event_type, count(*), sum(e.date_first = e.date_last) ${fromFor(w)} ${w.sql}
         GROUP BY e.date_first, e.event_type`,
      ).raw().all(...w.params);
      const days: [string, EventType, number][] = [];
      let partial = 0;
      let undated = 0;
      for (const [first, type, n, dayPrecise] of rows) {
        if (first === null) {
          undated += n;
          continue;
        }
        if (dayPrecise > 0) days.push([first, type, dayPrecise]);
        partial += n - dayPrecise;
      }
      days.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      return { days, partial, undated };
    },

    facets(filter = {}) {
      const w = where(filter);
      if (!w.sql) {
        // the whole store: each count is a pass over a narrow index, cheaper than one sort of three columns
        const count = (col: string) =>
          new Map(stmt<[string | null, number]>(`SELECT ${col}, count(*) FROM events e GROUP BY ${col}`).raw().all());
        const admin1 = count('e.admin1');
        const total = [...admin1.values()].reduce((a, b) => a + b, 0);
        return {
          total,
          admin1: byCount(admin1),
          event_type: byCount(count('e.event_type') as Map<string, number>),
          outlet: byCount(count('e.outlet')),
        };
      }
      const rows = stmt<[string | null, string, string | null, number]>(
        `SELECT e.admin1, e.event_type, e.outlet, count(*) ${fromFor(w)} ${w.sql} GROUP BY 1, 2, 3`,
      ).raw().all(...w.params);
      const admin1 = new Map<string | null, number>();
      const type = new Map<string, number>();
      const outlet = new Map<string | null, number>();
      let total = 0;
      for (const [a, t, o, n] of rows) {
        admin1.set(a, (admin1.get(a) ?? 0) + n);
        type.set(t, (type.get(t) ?? 0) + n);
        outlet.set(o, (outlet.get(o) ?? 0) + n);
        total += n;
      }
      return { total, admin1: byCount(admin1), event_type: byCount(type), outlet: byCount(outlet) };
    },

    countBy(dimension, filter = {}) {
      const w = where(filter);
      const col = DIMENSION_COLUMN[dimension];
      return stmt<{ value: string | null; events: number }>(
        `SELECT ${col} AS value, count(*) AS events ${fromFor(w)} ${w.sql} GROUP BY ${col} ORDER BY events DESC, value`,
      ).all(...w.params);
    },

    searchArticles(q, page = {}) {
      const match = toFtsQuery(q);
      if (!match) return { total: 0, totalCapped: false, hits: [] };
      const counted = countMatches.get(match, totalCap + 1) ?? 0;
      const limit = page.limit === undefined || page.limit < 0 ? Infinity : page.limit;
      const offset = page.offset ?? 0;
      const hits: ArticleHit[] = [];
      // 1. the newest SEARCH_RANK_WINDOW matches, best first (all matches when there are no more)
      if (offset < rankWindow) {
        const take = Math.min(limit, rankWindow - offset);
        hits.push(...rankedHits.all(match, rankWindow, take, offset));
      }
      // 2. past the window, the older matches newest first: paged in the index's own order, never ranked
      const more = limit - hits.length;
      if (counted > rankWindow && more > 0) {
        const oldestRanked = windowFloor.get(match, rankWindow) ?? 0;
        const skip = Math.max(0, offset - rankWindow);
        hits.push(...olderHits.all(match, oldestRanked, Number.isFinite(more) ? more : -1, skip));
      }
      return { total: Math.min(counted, totalCap), totalCapped: counted > totalCap, hits };
    },

    outlets() {
      return stmt<{ outlet: string; articles: number }>(
        'SELECT outlet, count(*) AS articles FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY articles DESC, outlet',
      ).all();
    },
  };
}
