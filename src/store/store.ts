/**
 * The rasd database: articles, their events and an Arabic-aware search index, in one SQLite file.
 * Statements are prepared once per store; writes of one article are one transaction.
 */
import Database from 'better-sqlite3';
import type { CleanArticle, EventRecord, Extraction } from '../types.js';
import { type BulkIndexMethods, bulkIndexMethods } from './bulk.js';
import { type CorrectionMethods, correctionMethods } from './corrections.js';
import { type EventFilter, whereClause } from './filter.js';
import { type FeedMethods, feedMethods } from './feeds.js';
import { type IncidentMethods, incidentMethods } from './incidents.js';
import { type IngestLogMethods, ingestLogMethods } from './ingest-log.js';
import { migrate } from './migrations.js';
import { isPostgresUrl, openPgDatabase } from './pg/database.js';
import { type ArticleRow, articleToRow, eventToRow, rowToArticle } from './rows.js';
import { searchText } from './prepare.js';
import { type DeskViews, deskViews } from './views.js';
import { writeUnit } from './write-unit.js';

export interface StoreStats {
  articles: number;
  events: number;
  byType: Record<string, number>;
  /** Events per governorate; events with no admin1 are counted under `UNKNOWN_ADMIN1`. */
  byAdmin1: Record<string, number>;
}

export interface Store extends CorrectionMethods, DeskViews, IncidentMethods, FeedMethods, IngestLogMethods, BulkIndexMethods {
  hasArticle(id: string): boolean;
  /** One transaction: the article, its events, and the search index. Idempotent by article id. */
  putExtraction(ex: Extraction): 'added' | 'exists';
  getArticle(id: string): CleanArticle | null;
  /** All articles in the order they were stored. Safe to write to the store while iterating. */
  articles(): IterableIterator<CleanArticle>;
  /** Events in date order (undated last), then in the order they were stored. */
  events(filter?: EventFilter): EventRecord[];
  countEvents(filter?: EventFilter): number;
  countArticles(): number;
  stats(): StoreStats;
  close(): void;
}

/** The byAdmin1 key for events whose governorate the text did not give. Not an OCHA name, so it cannot clash. */
export const UNKNOWN_ADMIN1 = '(unknown)';

/**
 * articles() reads in pages rather than holding one SQLite cursor open: better-sqlite3 refuses writes
 * on a connection with a live iterator, and callers do write while walking articles (re-extraction).
 */
const ARTICLE_PAGE_SIZE = 500;

/**
 * WAL pages between checkpoints (SQLite's default is 1,000). Each checkpoint copies the WAL into the
 * database and syncs both files; an import dirties the same index pages (LSH bands, incident keys,
 * search terms) again and again, so a longer WAL copies each of them once per checkpoint instead of many
 * times, and syncs ten times less often: +10–15% on the import's writer (bench/writer.ts), for a WAL
 * of up to ~40 MB.
 */
const WAL_CHECKPOINT_PAGES = 10_000;
/**
 * SQLite's page cache, in KiB (SQLite's default is 2 MB). One stored article touches a few hundred pages
 * spread over a dozen indexes (events by place and by article, LSH bands, incident keys, search terms); once
 * the store outgrows the cache nearly every touch is a read from the OS, and a 1M-article import slowed from
 * ~450 to ~250 articles/s by 300k. A fixed 256 MiB keeps the hot upper levels of every index in memory and
 * memory still flat (it does not grow with the store).
 */
const PAGE_CACHE_KIB = 256 * 1024;

function openSqlite(path: string): Database.Database {
  const db = new Database(path);
  // WAL lets readers (a `rasd serve`) work while an import writes; NORMAL sync is safe in WAL and
  // avoids an fsync per article, which would cap import far below the pipeline's speed.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  db.pragma('foreign_keys = ON');
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  db.pragma('temp_store = MEMORY');
  migrate(db);
  return db;
}

/**
 * The store at `path`: a SQLite file (or ':memory:'), or a PostgreSQL database given as a
 * `postgres://` URL (./pg: the same SQL, translated, behind the same synchronous interface).
 */
export function openStore(path: string): Store {
  const postgres = isPostgresUrl(path);
  const db = postgres ? openPgDatabase(path) : openSqlite(path);

  const hasArticleStmt = db.prepare<[string]>('SELECT 1 FROM articles WHERE id = ?').pluck();
  const countArticlesStmt = db.prepare<[], number>('SELECT count(*) FROM articles').pluck();
  const getArticleStmt = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?');
  const articlePageStmt = db.prepare<[number, number], ArticleRow & { rowid: number }>(
    'SELECT rowid, * FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?',
  );
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, source_id, origin, url, outlet, published, published_inferred, title, body, teasers, keywords, chrome, ingested_at)
     VALUES (@id, @source_id, @origin, @url, @outlet, @published, @published_inferred, @title, @body, @teasers, @keywords, @chrome, @ingested_at)`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (event_id, article_id, event_date, date_first, date_last, event_type, sub_event_type,
       admin1, actor1, actor2, actor_keys, background, fatalities, record, latitude, longitude, outlet)
     VALUES (@event_id, @article_id, @event_date, @date_first, @date_last, @event_type, @sub_event_type,
       @admin1, @actor1, @actor2, @actor_keys, @background, @fatalities, @record, @latitude, @longitude, @outlet)`,
  );
  // keyed by the article's rowid (migration 6): the search index holds no text of its own
  const insertSearch = db.prepare<[string, string]>('INSERT INTO article_fts (rowid, search) SELECT rowid, ? FROM articles WHERE id = ?');

  const put = writeUnit(db, (ex: Extraction, search: string): 'added' | 'exists' => {
    const a = ex.article;
    if (hasArticleStmt.get(a.id) !== undefined) return 'exists';
    insertArticle.run(articleToRow(a, new Date().toISOString()));
    for (const e of ex.events) insertEvent.run(eventToRow(e));
    insertSearch.run(search, a.id);
    corrections.reapplyCorrections(a.id);
    return 'added';
  });
  const incidents = incidentMethods(db, { put: (ex, search) => put(ex, search) });
  // re-extraction stores the way ingest does: near-duplicate check, events filed into incidents
  const corrections = correctionMethods(db, { insertEvent: (e) => insertEvent.run(eventToRow(e)), put: (ex) => incidents.putReport(ex).status });

  // Filtered queries differ only in their WHERE clause; cache the prepared statement per clause.
  const countStmts = new Map<string, Database.Statement<unknown[], number>>();
  const FROM = 'FROM events e JOIN articles a ON a.id = e.article_id';

  const desk = deskViews(db);
  return {
    ...incidents,
    ...feedMethods(db),
    ...ingestLogMethods(db),
    ...bulkIndexMethods(db, !postgres),
    ...corrections,
    ...desk,
    hasArticle: (id) => hasArticleStmt.get(id) !== undefined,

    putExtraction: (ex) => put(ex, searchText(ex.article)),

    getArticle(id) {
      const row = getArticleStmt.get(id);
      return row ? rowToArticle(row) : null;
    },

    *articles() {
      let after = 0;
      for (;;) {
        const page = articlePageStmt.all(after, ARTICLE_PAGE_SIZE);
        for (const row of page) yield rowToArticle(row);
        if (page.length < ARTICLE_PAGE_SIZE) return;
        after = page[page.length - 1]!.rowid;
      }
    },

    // the desk's reader picks the page's rows first and parses only their records
    events: (filter = {}) => desk.listEvents(filter),

    countEvents(filter = {}) {
      const where = whereClause(filter);
      let stmt = countStmts.get(where.sql);
      if (!stmt) {
        stmt = db.prepare<unknown[], number>(`SELECT count(*) ${FROM} ${where.sql}`).pluck();
        countStmts.set(where.sql, stmt);
      }
      return stmt.get(...where.params) ?? 0;
    },

    countArticles: () => countArticlesStmt.get() ?? 0,

    stats() {
      const count = (sql: string) => db.prepare<[], number>(sql).pluck().get() ?? 0;
      const groups = (sql: string) => {
        const out: Record<string, number> = {};
        for (const r of db.prepare<[], { k: string | null; n: number }>(sql).all()) out[r.k ?? UNKNOWN_ADMIN1] = r.n;
        return out;
      };
      return {
        articles: countArticlesStmt.get() ?? 0,
        events: count('SELECT count(*) FROM events'),
        byType: groups('SELECT event_type AS k, count(*) AS n FROM events GROUP BY event_type ORDER BY n DESC, k'),
        byAdmin1: groups('SELECT admin1 AS k, count(*) AS n FROM events GROUP BY admin1 ORDER BY n DESC, k'),
      };
    },

    close: () => db.close(),
  };
}
