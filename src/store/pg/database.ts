/**
 * The part of better-sqlite3's Database that the store modules use (prepare → get/all/run/pluck/raw,
 * transaction, exec, close), over a PostgreSQL connection. With it, store.ts, views.ts, incidents.ts,
 * corrections.ts and feeds.ts run on PostgreSQL as written: one store, two backends.
 */
import type Database from 'better-sqlite3';
import { SyncConnection } from './bridge.js';
import { bindValue, translate, type Translated } from './dialect.js';
import { PG_MIGRATIONS, SCHEMA_VERSION_TABLE } from './schema.js';

type Mode = 'object' | 'pluck' | 'raw';

/** bytea arrives from the connection thread as a plain Uint8Array; the store expects a Buffer, as from SQLite. */
function asBuffers(row: unknown[]): unknown[] {
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v instanceof Uint8Array && !Buffer.isBuffer(v)) row[i] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  }
  return row;
}

function asBufferFields(row: Record<string, unknown>): Record<string, unknown> {
  for (const k in row) {
    const v = row[k];
    if (v instanceof Uint8Array && !Buffer.isBuffer(v)) row[k] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  }
  return row;
}

export class PgStatement {
  private mode: Mode = 'object';

  constructor(
    private readonly db: PgDatabase,
    private readonly conn: SyncConnection,
    private readonly sql: Translated,
  ) {}

  pluck(on = true): this {
    this.mode = on ? 'pluck' : 'object';
    return this;
  }

  raw(on = true): this {
    this.mode = on ? 'raw' : 'object';
    return this;
  }

  get(...args: unknown[]): unknown {
    return this.all(...args)[0];
  }

  all(...args: unknown[]): unknown[] {
    const { rows } = this.conn.query(this.sql.text, this.bind(args), this.mode !== 'object');
    if (this.mode === 'pluck') return (rows as unknown[][]).map((r) => asBuffers(r)[0]);
    if (this.mode === 'raw') return (rows as unknown[][]).map(asBuffers);
    return (rows as Record<string, unknown>[]).map(asBufferFields);
  }

  *iterate(...args: unknown[]): IterableIterator<unknown> {
    yield* this.all(...args);
  }

  /**
   * Inside a transaction the statement is sent without waiting (its failure still aborts the
   * transaction, at the latest on COMMIT); `changes` and `lastInsertRowid` wait for it when read.
   */
  run(...args: unknown[]): { changes: number; lastInsertRowid: number } {
    const returnsId = this.sql.returnsId;
    const outcome = (r: { rows: unknown[]; rowCount: number }) => {
      const id = returnsId ? (r.rows as unknown[][])[0]?.[0] : undefined;
      return { changes: r.rowCount, lastInsertRowid: typeof id === 'number' ? id : 0 };
    };
    if (!this.db.inTransaction) return outcome(this.conn.query(this.sql.text, this.bind(args), true));
    const pending = this.conn.send(this.sql.text, this.bind(args), true);
    let known: { changes: number; lastInsertRowid: number } | undefined;
    const get = () => (known ??= outcome(pending.result()));
    return {
      get changes() {
        return get().changes;
      },
      get lastInsertRowid() {
        return get().lastInsertRowid;
      },
    };
  }

  /** better-sqlite3's calling conventions: positional values, or one object of named values. */
  private bind(args: unknown[]): unknown[] | undefined {
    const plan = this.sql.params;
    if (plan.length === 0) return undefined;
    const named = args.length === 1 && args[0] !== null && typeof args[0] === 'object' && !(args[0] instanceof Uint8Array)
      ? (args[0] as Record<string, unknown>)
      : null;
    return plan.map((p) => bindValue(typeof p.from === 'number' ? args[p.from] : named?.[p.from], p.kind));
  }
}

/**
 * How many translated statements a connection keeps. The store prepares a few dozen fixed statements
 * and one per distinct filter shape; the cap only matters if something prepares unboundedly many texts.
 */
const TRANSLATION_CACHE_LIMIT = 2_000;

/**
 * Every write transaction first takes one cluster-wide lock: writers queue as they do on SQLite. Many
 * workers extract in parallel, but the incident joiner reads incidents, decides and writes them back
 * (read-modify-write); two at once would each miss the other's new incident and file one happening
 * twice. Sent with BEGIN as one round trip. Readers take no lock.
 */
const WRITE_LOCK = 0x72617364_01;
const BEGIN_WRITE = `BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK})`;

export class PgDatabase {
  private readonly translations = new Map<string, Translated>();
  private depth = 0;
  open = true;

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  constructor(private readonly conn: SyncConnection) {}

  prepare(sql: string): PgStatement {
    let t = this.translations.get(sql);
    if (!t) {
      t = translate(sql);
      if (this.translations.size >= TRANSLATION_CACHE_LIMIT) this.translations.clear();
      this.translations.set(sql, t);
    }
    return new PgStatement(this, this.conn, t);
  }

  /** Raw PostgreSQL (the schema); not translated. */
  exec(sql: string): this {
    this.conn.query(sql, undefined);
    return this;
  }

  /** better-sqlite3's transaction(): nested calls become savepoints, a throw rolls back and rethrows. */
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    return (...args: A): R => {
      const savepoint = `rasd_sp${this.depth}`;
      this.conn.query(this.depth === 0 ? BEGIN_WRITE : `SAVEPOINT ${savepoint}`, undefined);
      this.depth++;
      try {
        const result = fn(...args);
        this.depth--;
        this.conn.query(this.depth === 0 ? 'COMMIT' : `RELEASE SAVEPOINT ${savepoint}`, undefined);
        return result;
      } catch (err) {
        this.depth--;
        this.conn.query(this.depth === 0 ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT ${savepoint}`, undefined);
        throw err;
      }
    };
  }

  /** SQLite pragmas have no PostgreSQL meaning (WAL, sync and foreign keys are the server's business). */
  pragma(): undefined {
    return undefined;
  }

  close(): void {
    this.open = false;
    this.conn.close();
  }
}

/**
 * Applies the PostgreSQL migrations this database has not seen, each in its own transaction, under an
 * advisory lock so that many workers opening one fresh database at once migrate it exactly once.
 */
function migrate(conn: SyncConnection): void {
  const MIGRATION_LOCK = 0x72617364; // 'rasd'
  conn.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    conn.query(`CREATE TABLE IF NOT EXISTS ${SCHEMA_VERSION_TABLE} (version integer NOT NULL)`, undefined);
    const rows = conn.query(`SELECT max(version) AS v FROM ${SCHEMA_VERSION_TABLE}`, undefined).rows as { v: number | null }[];
    const current = rows[0]?.v ?? 0;
    if (current > PG_MIGRATIONS.length) {
      throw new Error(`database schema version ${current} is newer than this rasd (${PG_MIGRATIONS.length}); upgrade rasd`);
    }
    for (let v = current; v < PG_MIGRATIONS.length; v++) {
      conn.query('BEGIN', undefined);
      try {
        conn.query(PG_MIGRATIONS[v]!, undefined);
        conn.query(`INSERT INTO ${SCHEMA_VERSION_TABLE} (version) VALUES (${v + 1})`, undefined);
        conn.query('COMMIT', undefined);
      } catch (err) {
        conn.query('ROLLBACK', undefined);
        throw err;
      }
    }
  } finally {
    conn.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

/** True for the store paths that name a PostgreSQL database. */
export function isPostgresUrl(path: string): boolean {
  return /^postgres(ql)?:\/\//i.test(path);
}

/**
 * A PostgreSQL database for the store, migrated. `?schema=NAME` in the URL keeps the store's tables in
 * that schema (created if missing): one server, many independent stores (tests, tenants).
 */
export function openPgDatabase(url: string): Database.Database {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  const conn = new SyncConnection(parsed.toString(), schema);
  try {
    migrate(conn);
  } catch (err) {
    conn.close();
    throw err;
  }
  // The store modules are typed against better-sqlite3; PgDatabase implements the part they call.
  return new PgDatabase(conn) as unknown as Database.Database;
}
