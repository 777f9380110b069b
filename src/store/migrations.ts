/**
 * The schema, as an ordered list of migrations. The database remembers how many it has applied in
 * `PRAGMA user_version`; opening a store applies the rest, each in its own transaction. Never edit a
 * migration that has shipped — append a new one.
 */
import type Database from 'better-sqlite3';

export const MIGRATIONS: readonly string[] = [
  // 1: articles, events, and the Arabic search index.
  `
  CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    source_id   TEXT,
    origin      TEXT NOT NULL,
    url         TEXT,
    outlet      TEXT,
    published   TEXT,
    title       TEXT,
    body        TEXT NOT NULL,
    teasers     TEXT NOT NULL,  -- JSON Teaser[]
    keywords    TEXT NOT NULL,  -- JSON string[]
    chrome      TEXT NOT NULL,  -- JSON string[]
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);

  CREATE TABLE events (
    event_id       TEXT PRIMARY KEY,
    article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_date     TEXT,
    -- first/last day the (possibly partial) event_date can mean; see dateRange.ts
    date_first     TEXT,
    date_last      TEXT,
    event_type     TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    admin1         TEXT,
    actor1         TEXT,
    actor2         TEXT,
    -- every actor name of the event (English and Arabic, normalised), for substring search
    actor_keys     TEXT NOT NULL,
    background     INTEGER NOT NULL,
    fatalities     INTEGER,
    record         TEXT NOT NULL   -- JSON EventRecord, the source of truth
  );
  CREATE INDEX events_article ON events(article_id);
  CREATE INDEX events_date ON events(date_first, date_last);
  CREATE INDEX events_type ON events(event_type COLLATE NOCASE);
  CREATE INDEX events_admin1 ON events(admin1 COLLATE NOCASE);

  -- search: the title and body in search form (searchForm.ts); raw text stays in articles.
  CREATE VIRTUAL TABLE article_search USING fts5(
    article_id UNINDEXED,
    search,
    tokenize = 'unicode61 remove_diacritics 0'
  );
  `,
];

/** Applies the migrations this database has not seen yet. Returns how many were applied. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `database schema version ${current} is newer than this rasd (${MIGRATIONS.length}); upgrade rasd`,
    );
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      // user_version cannot take a bound parameter; v is our own integer.
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length - current;
}
