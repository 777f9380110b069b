/**
 * A bulk import without the desk's indexes. The desk (views.ts) reads events through covering indexes
 * (by place, by date, by article: each a copy of a dozen columns of every event) and a few more by type,
 * governorate and outlet. An import never reads them, but each stored event put an entry into every one,
 * at a random place in a B-tree of gigabytes once the store holds a stream: at 1M articles a page read and
 * a page write per index per event, most of the importing writer's cost past 500k articles. Built once
 * after the import, by sorting, the same indexes cost a small part of that.
 *
 * Deferring is crash-safe: each index's definition is kept in `deferred_indexes` in the transaction that
 * drops it, so whatever stops the import, the next `rasd ingest` builds them again (`rasd serve` only says
 * they are down: an import may be writing, and a build would hold the write lock for minutes). The desk
 * still answers without them, only slower. PostgreSQL keeps its indexes: its workers and the desk
 * share one database while an import runs.
 */
import type Database from 'better-sqlite3';

/** What the desk needs and an import does not (migrations 1, 2, 3 and 6). */
export const DESK_INDEXES: readonly string[] = [
  'events_place',
  'events_time',
  'events_article',
  'events_date',
  'events_type',
  'events_admin1',
  'incident_reports_incident',
  'incident_reports_article',
  'articles_outlet',
];

export interface BulkIndexMethods {
  /** Drops the desk's indexes until buildDeskIndexes(); returns how many were dropped. */
  deferDeskIndexes(): number;
  /** The desk's indexes dropped by a bulk import and not built yet. */
  deferredDeskIndexes(): string[];
  /** Builds every deferred index, each in its own transaction; returns how many. */
  buildDeskIndexes(onIndex?: (name: string) => void): number;
}

export function bulkIndexMethods(db: Database.Database, sqlite: boolean): BulkIndexMethods {
  if (!sqlite) return { deferDeskIndexes: () => 0, deferredDeskIndexes: () => [], buildDeskIndexes: () => 0 };
  const deferred = db.prepare<[], { name: string; sql: string }>('SELECT name, sql FROM deferred_indexes ORDER BY rowid');
  const definitions = db.prepare<string[], { name: string; sql: string }>(
    `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND name IN (${DESK_INDEXES.map(() => '?').join(', ')})`,
  );
  const keep = db.prepare<[string, string]>('INSERT OR REPLACE INTO deferred_indexes (name, sql) VALUES (?, ?)');
  const forget = db.prepare<[string]>('DELETE FROM deferred_indexes WHERE name = ?');

  return {
    deferDeskIndexes: () =>
      db.transaction(() => {
        const found = definitions.all(...DESK_INDEXES);
        for (const d of found) {
          keep.run(d.name, d.sql);
          // names are ours (DESK_INDEXES), never user input
          db.exec(`DROP INDEX ${d.name}`);
        }
        return found.length;
      })(),

    deferredDeskIndexes: () => deferred.all().map((d) => d.name),

    buildDeskIndexes(onIndex) {
      const todo = deferred.all();
      if (!todo.length) return 0;
      // the sort of a big index spills to temporary files, not to this process's memory
      const tempStore = db.pragma('temp_store', { simple: true }) as number;
      db.pragma('temp_store = FILE');
      try {
        for (const d of todo) {
          onIndex?.(d.name);
          db.transaction(() => {
            db.exec(d.sql.replace(/^CREATE INDEX /i, 'CREATE INDEX IF NOT EXISTS '));
            forget.run(d.name);
          })();
        }
      } finally {
        db.pragma(`temp_store = ${tempStore}`);
      }
      return todo.length;
    },
  };
}
