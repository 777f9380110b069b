/**
 * A synchronous PostgreSQL connection. The Store interface is synchronous (it was written over
 * better-sqlite3, and the incident joiner calls its repository synchronously in the middle of a
 * transaction), so rather than split every caller into sync and async versions, the PostgreSQL store
 * keeps the interface: one worker thread owns the `pg` connection, and the caller blocks in
 * Atomics.wait until the thread has put the answer on a port it then reads with receiveMessageOnPort.
 * Blocking is what better-sqlite3 does too; the cost is a thread hop (tens of µs) per statement.
 */
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { threadScript } from './thread-script.js';

export type BridgeRequest =
  | { op: 'connect' }
  | { op: 'end' }
  | { op: 'query'; sql: string; params: unknown[] | undefined; array: boolean };

export type BridgeReply =
  | { ok: true; rows: unknown[]; rowCount: number }
  | { ok: false; message: string; code: string | null };

export interface BridgeSetup {
  url: string;
  schema: string | null;
  signal: Int32Array;
}

/**
 * How long a caller waits for one statement before giving up. A statement that takes this long is
 * stuck (a lock held by a dead session, a lost server), and a blocked thread cannot be interrupted any
 * other way; generous, because a schema migration or a large export page is legitimately slow.
 */
const STATEMENT_WAIT_MS = 10 * 60_000;

/** A PostgreSQL error as thrown to the store: its message, and SQLSTATE as `code` (23505 = unique_violation). */
export class PgError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'PgError';
  }
}

export class SyncConnection {
  private readonly worker: Worker;
  private readonly requests: MessagePort;
  private readonly replies: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private closed = false;

  constructor(url: string, schema: string | null) {
    const toWorker = new MessageChannel();
    const fromWorker = new MessageChannel();
    this.requests = toWorker.port1;
    this.replies = fromWorker.port1;
    const script = threadScript(import.meta.url, 'connection-worker');
    const setup = { url, schema, signal: this.signal, requests: toWorker.port2, replies: fromWorker.port2 };
    this.worker = new Worker(script.filename, {
      workerData: setup,
      transferList: [toWorker.port2, fromWorker.port2],
      execArgv: script.execArgv,
    });
    // the thread must not keep a finished program alive; close() ends it properly
    this.worker.unref();
    this.requests.unref();
    this.replies.unref();
    this.call({ op: 'connect' });
  }

  query(sql: string, params: unknown[] | undefined, array = false): { rows: unknown[]; rowCount: number } {
    if (this.closed) throw new TypeError('The database connection is not open');
    return this.call({ op: 'query', sql, params, array });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.call({ op: 'end' });
    } finally {
      void this.worker.terminate();
      this.requests.close();
      this.replies.close();
    }
  }

  private call(req: BridgeRequest): { rows: unknown[]; rowCount: number } {
    Atomics.store(this.signal, 0, 0);
    this.requests.postMessage(req);
    if (Atomics.wait(this.signal, 0, 0, STATEMENT_WAIT_MS) === 'timed-out') {
      throw new PgError(`PostgreSQL did not answer within ${STATEMENT_WAIT_MS / 1000} s`, null);
    }
    const msg = receiveMessageOnPort(this.replies);
    if (!msg) throw new PgError('PostgreSQL connection thread answered nothing', null);
    const reply = msg.message as BridgeReply;
    if (!reply.ok) throw new PgError(reply.message, reply.code);
    return reply;
  }
}
