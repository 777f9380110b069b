/**
 * The PostgreSQL schema: the same tables, columns and meaning as the SQLite migrations
 * (../migrations.ts), migration for migration, so that the store's SQL (store.ts, views.ts,
 * incidents.ts, corrections.ts, feeds.ts) runs unchanged through the dialect translation (dialect.ts).
 * PG_MIGRATIONS[i] is SQLite's MIGRATIONS[i]; a test holds the two lists to the same length, so a new
 * SQLite migration without its PostgreSQL twin fails CI instead of a user's `rasd --db postgres://…`.
 *
 * What differs, and why:
 * - every table has a `rowid bigserial` column: the store orders and pages by SQLite's implicit rowid
 *   (storing order), so PostgreSQL gets an explicit one (corrections keep `id`, which is their rowid);
 * - text columns are `COLLATE "C"`: SQLite compares text by code point, and so must ORDER BY here, or
 *   the two backends would list the same events in different orders on a non-C database;
 * - `COLLATE NOCASE` indexes become indexes on lower(column), which is what the translated
 *   `lower(x) = lower(?)` comparisons use;
 * - the search index is a table with a generated tsvector and a GIN index instead of an FTS5 virtual
 *   table. Its words are rasd's search form (searchForm.ts): normalised, clitics split, then stemmed
 *   with Snowball Arabic — the very stemmer of PostgreSQL's `arabic` configuration (the two agree on
 *   every one of the 2,844 distinct words of shared/gold; test/scale/store-backends.test.ts checks a
 *   table of them against ts_lexize). The tsvector therefore takes the stems as they are (`simple`):
 *   running `arabic` over them would stem a stem, which changes 10% of them and conflates words that
 *   SQLite keeps apart, so the two backends would no longer find the same articles;
 * - the desk columns that SQLite keeps in step with triggers (latitude, longitude, outlet) are generated
 *   columns here;
 * - epoch-millisecond columns are bigint (past 2^31).
 */

export const PG_MIGRATIONS: readonly string[] = [
  // 1: articles, events, and the Arabic search index.
  `
  CREATE TABLE articles (
    rowid       bigserial UNIQUE,
    id          text COLLATE "C" PRIMARY KEY,
    source_id   text COLLATE "C",
    origin      text COLLATE "C" NOT NULL,
    url         text COLLATE "C",
    outlet      text COLLATE "C",
    published   text COLLATE "C",
    title       text COLLATE "C",
    body        text NOT NULL,
    teasers     text NOT NULL,
    keywords    text NOT NULL,
    chrome      text NOT NULL,
    ingested_at text NOT NULL
  );
  CREATE INDEX articles_outlet ON articles (lower(outlet));

  CREATE TABLE events (
    rowid          bigserial UNIQUE,
    event_id       text COLLATE "C" PRIMARY KEY,
    article_id     text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_date     text COLLATE "C",
    date_first     text COLLATE "C",
    date_last      text COLLATE "C",
    event_type     text COLLATE "C" NOT NULL,
    sub_event_type text COLLATE "C" NOT NULL,
    admin1         text COLLATE "C",
    actor1         text COLLATE "C",
    actor2         text COLLATE "C",
    actor_keys     text COLLATE "C" NOT NULL,
    background     integer NOT NULL,
    fatalities     integer,
    record         text NOT NULL
  );
  CREATE INDEX events_article ON events (article_id);
  CREATE INDEX events_date ON events (date_first, date_last);
  CREATE INDEX events_type ON events (lower(event_type));
  CREATE INDEX events_admin1 ON events (lower(admin1));

  CREATE TABLE article_search (
    rowid      bigserial UNIQUE,
    article_id text COLLATE "C" NOT NULL,
    search     text NOT NULL,
    tsv        tsvector GENERATED ALWAYS AS (to_tsvector('simple', search)) STORED
  );
  CREATE INDEX article_search_tsv ON article_search USING gin (tsv);
  CREATE INDEX article_search_article ON article_search (article_id);
  `,
  // 2: the analyst's desk: corrections, and coordinates/outlet as columns for the map and counts.
  `
  CREATE TABLE corrections (
    id             bigserial PRIMARY KEY,
    event_id       text COLLATE "C" NOT NULL,
    article_id     text COLLATE "C" NOT NULL,
    evidence_start integer NOT NULL,
    evidence_end   integer NOT NULL,
    field          text COLLATE "C" NOT NULL,
    old_value      text NOT NULL,
    new_value      text NOT NULL,
    author         text NOT NULL,
    note           text,
    created_at     text NOT NULL,
    reverted_at    text
  );
  CREATE INDEX corrections_event ON corrections (event_id);
  CREATE INDEX corrections_article ON corrections (article_id);

  ALTER TABLE events ADD COLUMN latitude double precision
    GENERATED ALWAYS AS ((record::jsonb ->> 'latitude')::double precision) STORED;
  ALTER TABLE events ADD COLUMN longitude double precision
    GENERATED ALWAYS AS ((record::jsonb ->> 'longitude')::double precision) STORED;
  ALTER TABLE events ADD COLUMN outlet text COLLATE "C"
    GENERATED ALWAYS AS (record::jsonb ->> 'outlet') STORED;
  CREATE INDEX events_place ON events (latitude, longitude, event_type);
  CREATE INDEX events_time ON events (date_first, event_type);
  `,
  // 3: near-duplicates, incidents, framing terms.
  `
  CREATE TABLE article_fingerprints (
    rowid      bigserial UNIQUE,
    article_id text COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature  bytea NOT NULL
  );
  CREATE TABLE article_bands (
    rowid      bigserial UNIQUE,
    band       bigint NOT NULL,
    article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE
  );
  CREATE INDEX article_bands_band ON article_bands (band);
  CREATE INDEX article_bands_article ON article_bands (article_id);
  CREATE TABLE near_duplicates (
    rowid       bigserial UNIQUE,
    article_id  text COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    original_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    similarity  double precision NOT NULL
  );
  CREATE INDEX near_duplicates_original ON near_duplicates (original_id);

  CREATE TABLE incidents (
    rowid         bigserial UNIQUE,
    incident_id   text COLLATE "C" PRIMARY KEY,
    event_type    text COLLATE "C" NOT NULL,
    admin1        text COLLATE "C",
    date_first    text COLLATE "C",
    date_last     text COLLATE "C",
    reports       integer NOT NULL,
    corroboration integer NOT NULL,
    disagreements integer NOT NULL,
    record        text NOT NULL
  );
  CREATE INDEX incidents_date ON incidents (date_first);
  CREATE TABLE incident_keys (
    key         text COLLATE "C" NOT NULL,
    incident_id text COLLATE "C" NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    PRIMARY KEY (key, incident_id)
  );
  CREATE TABLE incident_reports (
    rowid       bigserial UNIQUE,
    event_id    text COLLATE "C" PRIMARY KEY,
    incident_id text COLLATE "C" NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    article_id  text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    outlet      text COLLATE "C"
  );
  CREATE INDEX incident_reports_incident ON incident_reports (incident_id);
  CREATE INDEX incident_reports_article ON incident_reports (article_id);

  CREATE TABLE article_terms (
    article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    term       text COLLATE "C" NOT NULL,
    referent   text COLLATE "C" NOT NULL,
    stance     text COLLATE "C" NOT NULL,
    uses       integer NOT NULL,
    PRIMARY KEY (article_id, term)
  );
  `,
  // 4: the watcher's memory.
  `
  CREATE TABLE watch_sources (
    rowid      bigserial UNIQUE,
    name       text COLLATE "C" PRIMARY KEY,
    language   text NOT NULL,
    stance     text,
    updated_at text NOT NULL
  );
  CREATE TABLE watch_feeds (
    rowid         bigserial UNIQUE,
    url           text COLLATE "C" PRIMARY KEY,
    source        text COLLATE "C" NOT NULL,
    kind          text,
    etag          text,
    last_modified text,
    checked_at    bigint,
    changed_at    bigint,
    next_due      bigint NOT NULL,
    failures      integer NOT NULL,
    last_status   integer,
    last_error    text,
    moved_to      text
  );
  CREATE TABLE watch_items (
    rowid      bigserial UNIQUE,
    url        text COLLATE "C" PRIMARY KEY,
    source     text COLLATE "C" NOT NULL,
    feed_url   text COLLATE "C" NOT NULL,
    title      text,
    published  text COLLATE "C",
    status     text COLLATE "C" NOT NULL,
    attempts   integer NOT NULL,
    next_due   bigint NOT NULL,
    first_seen bigint NOT NULL,
    done_at    bigint,
    final_url  text,
    article_id text,
    language   text,
    note       text
  );
  CREATE INDEX watch_items_queue ON watch_items (status, next_due);
  CREATE TABLE held_pages (
    rowid      bigserial UNIQUE,
    id         text COLLATE "C" PRIMARY KEY,
    url        text NOT NULL,
    source     text NOT NULL,
    language   text COLLATE "C" NOT NULL,
    published  text,
    title      text,
    text       text NOT NULL,
    fetched_at text NOT NULL
  );
  CREATE INDEX held_pages_language ON held_pages (language);
  `,
  // 5: the import's log.
  `
  CREATE TABLE ingest_pages (
    rowid      bigserial UNIQUE,
    origin     text COLLATE "C" PRIMARY KEY,
    article_id text COLLATE "C",
    status     text COLLATE "C" NOT NULL,
    reason     text,
    at         text NOT NULL
  );
  CREATE TABLE ingest_files (
    rowid    bigserial UNIQUE,
    path     text COLLATE "C" PRIMARY KEY,
    size     bigint NOT NULL,
    mtime_ms bigint NOT NULL,
    pages    integer NOT NULL,
    done_at  text NOT NULL
  );
  `,
  // 6: search at scale. The index keyed by the article's rowid (so a match is joined on an integer key
  // and the stored search text is never read back), removed with its article by the foreign key (SQLite
  // needs a trigger), and article_search an empty view that swallows the DELETE store/corrections.ts
  // still issues. SQLite's covering events_article has no twin: PostgreSQL picks its own plan for a
  // text search (a hash semi-join over the matched ids) and the index would only slow its writes.
  `
  CREATE TABLE article_fts (
    rowid  bigint PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
    search text NOT NULL,
    tsv    tsvector GENERATED ALWAYS AS (to_tsvector('simple', search)) STORED
  );
  CREATE INDEX article_fts_tsv ON article_fts USING gin (tsv);
  INSERT INTO article_fts (rowid, search)
    SELECT a.rowid, s.search FROM article_search s JOIN articles a ON a.id = s.article_id;
  DROP TABLE article_search;
  CREATE VIEW article_search AS SELECT NULL::text AS article_id, NULL::text AS search WHERE false;
  CREATE RULE article_search_delete AS ON DELETE TO article_search DO INSTEAD NOTHING;
  `,
  // 7: the inferred publication date of undated pages.
  `
  ALTER TABLE articles ADD COLUMN published_inferred TEXT;
  `,
  // 8: nothing: SQLite's migration 8 changes a trigger that stands in for generated columns, which
  // PostgreSQL has (GENERATED_COLUMNS; the dialect leaves them out of the store's INSERTs).
  `
  SELECT 1;
  `,
  // 9: nothing: PostgreSQL keeps its indexes through an import (store/bulk.ts), so none is ever deferred.
  `
  SELECT 1;
  `,
  // 10: each incident key row carries its incident's storing order, indexed by key.
  `
  ALTER TABLE incident_keys ADD COLUMN seq bigint;
  UPDATE incident_keys k SET seq = i.rowid FROM incidents i WHERE i.incident_id = k.incident_id;
  CREATE INDEX incident_keys_newest ON incident_keys (key, seq);
  `,
  // 11: each filed incident's head and probe, by its storing order (src/cluster/probe.ts).
  `
  CREATE TABLE incident_heads (
    seq  bigint PRIMARY KEY,
    head text NOT NULL
  );
  CREATE TABLE incident_probes (
    seq   bigint PRIMARY KEY,
    probe text NOT NULL
  );
  `,
];

/**
 * Columns PostgreSQL computes itself (migration 2) and refuses in an INSERT, while the store's SQL
 * writes them for SQLite (where a trigger only checks them): dialect.ts drops them from INSERTs.
 */
export const GENERATED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  events: ['latitude', 'longitude', 'outlet'],
};

/**
 * The conflict target of each table that the store writes with SQLite's `INSERT OR REPLACE`, which
 * PostgreSQL spells `ON CONFLICT (key) DO UPDATE`. Kept beside the schema that defines the keys.
 */
export const PRIMARY_KEYS: Readonly<Record<string, readonly string[]>> = {
  articles: ['id'],
  events: ['event_id'],
  corrections: ['id'],
  article_fingerprints: ['article_id'],
  near_duplicates: ['article_id'],
  incidents: ['incident_id'],
  incident_keys: ['key', 'incident_id'],
  incident_heads: ['seq'],
  incident_probes: ['seq'],
  incident_reports: ['event_id'],
  article_terms: ['article_id', 'term'],
  watch_sources: ['name'],
  watch_feeds: ['url'],
  watch_items: ['url'],
  held_pages: ['id'],
  ingest_pages: ['origin'],
  ingest_files: ['path'],
};

/** The table that records how many of PG_MIGRATIONS a database has applied (SQLite's user_version). */
export const SCHEMA_VERSION_TABLE = 'rasd_schema_version';
