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
  // 2: the analyst's desk (src/api): corrections (store/corrections.ts), and what makes a filtered map,
  // timeline and counts of 100k events cheap (store/views.ts): the coordinates and outlet as columns (so
  // no aggregate parses event JSON or joins articles) and two covering indexes, one in place order for
  // the map's GROUP BY and one in date order for the timeline's, so that each aggregate is one pass over
  // an index instead of over the table rows and their JSON.
  `
  CREATE TABLE corrections (
    id             INTEGER PRIMARY KEY,
    event_id       TEXT NOT NULL,
    article_id     TEXT NOT NULL,
    -- the event's evidence span when corrected: finds the event again if re-extraction renumbers events
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    field          TEXT NOT NULL,   -- CorrectionField
    old_value      TEXT NOT NULL,   -- JSON: the fields before (for 'reject', the whole event)
    new_value      TEXT NOT NULL,   -- JSON: the fields after
    author         TEXT NOT NULL,
    note           TEXT,
    created_at     TEXT NOT NULL,
    reverted_at    TEXT
  );
  CREATE INDEX corrections_event ON corrections(event_id);
  CREATE INDEX corrections_article ON corrections(article_id);

  ALTER TABLE events ADD COLUMN latitude REAL;
  ALTER TABLE events ADD COLUMN longitude REAL;
  ALTER TABLE events ADD COLUMN outlet TEXT;
  -- kept equal to the record's values by triggers, whoever writes the row
  CREATE TRIGGER events_desk_insert AFTER INSERT ON events BEGIN
    UPDATE events SET latitude = json_extract(NEW.record, '$.latitude'), longitude = json_extract(NEW.record, '$.longitude'),
      outlet = json_extract(NEW.record, '$.outlet')
    WHERE rowid = NEW.rowid;
  END;
  CREATE TRIGGER events_desk_update AFTER UPDATE OF record ON events BEGIN
    UPDATE events SET latitude = json_extract(NEW.record, '$.latitude'), longitude = json_extract(NEW.record, '$.longitude'),
      outlet = json_extract(NEW.record, '$.outlet')
    WHERE rowid = NEW.rowid;
  END;
  UPDATE events SET latitude = json_extract(record, '$.latitude'), longitude = json_extract(record, '$.longitude'),
    outlet = json_extract(record, '$.outlet');
  CREATE INDEX events_place ON events(latitude, longitude, event_type, fatalities, event_id, date_first, date_last,
    admin1, sub_event_type, background, outlet, article_id, actor_keys);
  CREATE INDEX events_time ON events(date_first, event_type, date_last, admin1, sub_event_type, background,
    latitude, longitude, fatalities, outlet, article_id, event_id, actor_keys);
  `,
  // 3: near-duplicate articles (MinHash signatures, LSH bands, links to originals), incidents (one
  // happening, many reports) filed under date/place/type keys for incremental joins, and the framing
  // terms each article uses (src/cluster, src/framing, store/incidents.ts).
  `
  CREATE TABLE article_fingerprints (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature  BLOB NOT NULL          -- MinHash, little-endian uint32 x MINHASH_PERMUTATIONS
  );
  CREATE TABLE article_bands (
    band       INTEGER NOT NULL,      -- LSH band key
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
  );
  CREATE INDEX article_bands_band ON article_bands(band);
  CREATE TABLE near_duplicates (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    original_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    similarity  REAL NOT NULL
  );
  CREATE INDEX near_duplicates_original ON near_duplicates(original_id);

  CREATE TABLE incidents (
    incident_id   TEXT PRIMARY KEY,
    event_type    TEXT NOT NULL,
    admin1        TEXT,
    date_first    TEXT,
    date_last     TEXT,
    reports       INTEGER NOT NULL,
    corroboration INTEGER NOT NULL,
    disagreements INTEGER NOT NULL,
    record        TEXT NOT NULL       -- JSON Incident (src/cluster/incident.ts)
  );
  CREATE INDEX incidents_date ON incidents(date_first);
  CREATE TABLE incident_keys (
    key         TEXT NOT NULL,        -- type|place|date bucket (src/cluster/incident-index.ts)
    incident_id TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    PRIMARY KEY (key, incident_id)
  ) WITHOUT ROWID;
  CREATE TABLE incident_reports (
    event_id    TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    outlet      TEXT
  );
  CREATE INDEX incident_reports_incident ON incident_reports(incident_id);
  CREATE INDEX incident_reports_article ON incident_reports(article_id);

  CREATE TABLE article_terms (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    term       TEXT NOT NULL,
    referent   TEXT NOT NULL,
    stance     TEXT NOT NULL,
    uses       INTEGER NOT NULL,
    PRIMARY KEY (article_id, term)
  ) WITHOUT ROWID;
  `,
  // 4: the watcher's memory (store/feeds.ts, src/watch): the outlets followed with their stance labels,
  // each feed's HTTP validators and schedule, each article URL seen (a queue with retries), and pages in
  // other languages kept for later. Times are epoch milliseconds.
  `
  CREATE TABLE watch_sources (
    name       TEXT PRIMARY KEY,
    language   TEXT NOT NULL,
    stance     TEXT,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE watch_feeds (
    url           TEXT PRIMARY KEY,
    source        TEXT NOT NULL,
    kind          TEXT,              -- rss | rdf | atom | json | sitemap | sitemapindex
    etag          TEXT,
    last_modified TEXT,
    checked_at    INTEGER,
    changed_at    INTEGER,
    next_due      INTEGER NOT NULL,
    failures      INTEGER NOT NULL,  -- in a row; drives the backoff
    last_status   INTEGER,
    last_error    TEXT,
    moved_to      TEXT               -- a 301/308 answer's new address
  );
  CREATE TABLE watch_items (
    url        TEXT PRIMARY KEY,     -- canonical article URL (src/watch/urls.ts)
    source     TEXT NOT NULL,
    feed_url   TEXT NOT NULL,
    title      TEXT,
    published  TEXT,
    status     TEXT NOT NULL,        -- queued | stored | duplicate | held | not_article | disallowed | failed
    attempts   INTEGER NOT NULL,
    next_due   INTEGER NOT NULL,
    first_seen INTEGER NOT NULL,
    done_at    INTEGER,
    final_url  TEXT,
    article_id TEXT,
    language   TEXT,
    note       TEXT
  );
  CREATE INDEX watch_items_queue ON watch_items(status, next_due);
  CREATE TABLE held_pages (
    id         TEXT PRIMARY KEY,     -- content hash, as an article id
    url        TEXT NOT NULL,
    source     TEXT NOT NULL,
    language   TEXT NOT NULL,
    published  TEXT,
    title      TEXT,
    text       TEXT NOT NULL,
    fetched_at TEXT NOT NULL
  );
  CREATE INDEX held_pages_language ON held_pages(language);
  `,
  // 5: the import's log (store/ingest-log.ts, src/scale): per page (file, or file.jsonl:LINE) what became
  // of it, per file whether it was read to its end, so that an interrupted import resumes.
  `
  CREATE TABLE ingest_pages (
    origin     TEXT PRIMARY KEY,
    article_id TEXT,
    status     TEXT NOT NULL,    -- stored | duplicate | near_duplicate | failed
    reason     TEXT,
    at         TEXT NOT NULL
  );
  CREATE TABLE ingest_files (
    path     TEXT PRIMARY KEY,
    size     INTEGER NOT NULL,
    mtime_ms INTEGER NOT NULL,
    pages    INTEGER NOT NULL,
    done_at  TEXT NOT NULL
  );
  `,
  // 6: search at scale (issues 7, 8). The search index becomes contentless and keyed by the article's
  // rowid: a MATCH then yields rowids straight from the index, where migration 1's table had to read
  // each match's stored row (the whole search text) to learn its article_id — most of a broad search's
  // cost, and a second copy of every article's text on disk. The old table's text is copied over, so no
  // article needs re-reading. An article's index row goes when the article does (trigger); the name
  // article_search stays as an empty view that accepts the DELETE store/corrections.ts still issues.
  // events_article becomes a covering index in article order, so that the desk's views of a text
  // search read only the matched articles' events (a few index seeks each) instead of passing over
  // every event's entry to test its article.
  `
  CREATE VIRTUAL TABLE article_fts USING fts5(
    search,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
  );
  INSERT INTO article_fts (rowid, search)
    SELECT a.rowid, s.search FROM article_search s JOIN articles a ON a.id = s.article_id;
  DROP TABLE article_search;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_fts WHERE rowid = OLD.rowid;
  END;
  CREATE VIEW article_search (article_id, search) AS SELECT NULL, NULL WHERE 0;
  CREATE TRIGGER article_search_delete INSTEAD OF DELETE ON article_search BEGIN SELECT 1; END;

  DROP INDEX events_article;
  CREATE INDEX events_article ON events(article_id, latitude, longitude, event_type, fatalities, event_id, date_first,
    date_last, admin1, sub_event_type, background, outlet, actor_keys);
  `,
  // 7: the date an undated page's own anchors pin (CleanArticle.publishedInferred: value, precision and
  // the anchor used), kept with the article so exports and re-reading do not lose it.
  `
  ALTER TABLE articles ADD COLUMN published_inferred TEXT;
  `,
  // 8: the store writes an event's desk columns (latitude, longitude, outlet) with the row, and the
  // insert trigger of migration 2 corrects them only when they differ from the record. Its UPDATE ran
  // for every event: the row and its entries in three covering indexes written twice (~6% of the
  // import's writer). The columns still equal the record's values whoever writes the row.
  `
  DROP TRIGGER events_desk_insert;
  CREATE TRIGGER events_desk_insert AFTER INSERT ON events
  WHEN NEW.latitude IS NOT json_extract(NEW.record, '$.latitude') OR NEW.longitude IS NOT json_extract(NEW.record, '$.longitude')
    OR NEW.outlet IS NOT json_extract(NEW.record, '$.outlet')
  BEGIN
    UPDATE events SET latitude = json_extract(NEW.record, '$.latitude'), longitude = json_extract(NEW.record, '$.longitude'),
      outlet = json_extract(NEW.record, '$.outlet')
    WHERE rowid = NEW.rowid;
  END;
  `,
  // 9: the definitions of the desk's indexes a bulk import dropped (store/bulk.ts), until it builds them.
  `
  CREATE TABLE deferred_indexes (
    name TEXT PRIMARY KEY,
    sql  TEXT NOT NULL
  );
  `,
  // 10: each incident key row carries its incident's storing order (the incident's rowid), indexed by key,
  // so that a join reads the newest incidents of a bucket straight from the index and stops
  // (store/incidents.ts). Before, it joined every incident of the bucket to its row to learn its order
  // and sorted them: at 100k articles of the scale benchmark a bucket held up to 900 incidents, and the
  // cost grew with the store.
  `
  ALTER TABLE incident_keys ADD COLUMN seq INTEGER;
  UPDATE incident_keys SET seq = (SELECT rowid FROM incidents i WHERE i.incident_id = incident_keys.incident_id);
  CREATE INDEX incident_keys_newest ON incident_keys(key, seq);
  `,
  // 11: each filed incident's head and probe (src/cluster/probe.ts), by its storing order: what a join
  // compares a newcomer with, a fraction of the record's size; the head (its first report, a small row of
  // its own) is read first and rules most candidates out. Incidents stored before have neither and are
  // compared through their record, which holds the same fields.
  `
  CREATE TABLE incident_heads (
    seq  INTEGER PRIMARY KEY,
    head TEXT NOT NULL
  );
  CREATE TABLE incident_probes (
    seq   INTEGER PRIMARY KEY,
    probe TEXT NOT NULL
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
