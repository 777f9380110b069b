/**
 * A group of writes that must land together (one article, its events, its index rows). On its own it is
 * a transaction. Inside an open transaction (a batch of articles, a re-extraction) it simply joins it,
 * where better-sqlite3's transaction() would open a savepoint: every page a savepoint first touches is
 * copied to a sub-journal so that the savepoint alone can be undone, which was ~7% of ingest's writer
 * (a profile of bench/writer.ts), and on PostgreSQL each savepoint is two more round trips. No caller
 * undoes one unit and goes on with the rest: a throw leaves the whole enclosing transaction, which rolls
 * back, so nothing half-written survives.
 */
import type Database from 'better-sqlite3';

export function writeUnit<A extends unknown[], R>(db: Database.Database, write: (...args: A) => R): (...args: A) => R {
  const alone = db.transaction(write);
  return (...args: A): R => (db.inTransaction ? write(...args) : alone(...args));
}
