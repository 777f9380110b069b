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

/**
 * How many answers to unawaited statements are kept for a late `result()`. The store asks right after
 * sending (feeds count inserted rows) or never; the bound only keeps a long import's memory flat.
 */
const SETTLED_KEPT = 10_000;

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

type Result = { rows: unknown[]; rowCount: number };

/** The answer to a statement sent without waiting (a write inside a transaction), read when asked for. */
export interface PendingResult {
  result(): Result;
}

export class SyncConnection {
  private readonly worker: Worker;
  private readonly requests: MessagePort;
  private readonly replies: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private closed = false;
  /** Requests sent and answers read so far; answers come back in the order the requests went out. */
  private sent = 0;
  private received = 0;
  /** Answers read for requests someone waits for, by request number. */
  private readonly answers = new Map<number, BridgeReply>();
  /** Answers to statements sent without waiting, kept (a bounded number) in case `result()` is asked later. */
  private readonly settled = new Map<number, BridgeReply>();
  /** Request numbers nobody waits for yet (sent with `send`), whose failure must not pass unseen. */
  private readonly unclaimed = new Set<number>();
  private deferredError: PgError | null = null;

  constructor(url: string, schema: string | null) {
    const toWorker = new MessageChannel();
    const fromWorker = new MessageChannel();
    this.requests = toWorker.port1;
    this.replies = fromWorker.port1;
    const script = threadScript(import.meta.url, 'connection-worker');
    const setup = { url, schema, signal: this.signal, requests: toWorker.port2, replies: fromWorker.port2, tsEntry: script.tsEntry };
    this.worker = new Worker(script.filename, { workerData: setup, transferList: [toWorker.port2, fromWorker.port2] });
    // the thread must not keep a finished program alive; close() ends it properly
    this.worker.unref();
    this.requests.unref();
    this.replies.unref();
    this.call({ op: 'connect' });
  }

  query(sql: string, params: unknown[] | undefined, array = false): Result {
    if (this.closed) throw new TypeError('The database connection is not open');
    return this.call({ op: 'query', sql, params, array });
  }

  /**
   * Sends a statement without waiting for it: inside a transaction, the writes of one article need no
   * answer, and not waiting for each saves a round trip apiece. A failure is thrown by `result()`, or
   * else by the next statement that waits (at the latest COMMIT), so the transaction still rolls back.
   */
  send(sql: string, params: unknown[] | undefined, array = false): PendingResult {
    if (this.closed) throw new TypeError('The database connection is not open');
    const n = this.post({ op: 'query', sql, params, array });
    this.unclaimed.add(n);
    return { result: () => this.claim(n) };
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

  private post(req: BridgeRequest): number {
    this.requests.postMessage(req);
    return ++this.sent;
  }

  private call(req: BridgeRequest): Result {
    const n = this.post(req);
    const reply = this.waitFor(n);
    this.answers.delete(n);
    // an earlier write that failed is the first thing wrong, whatever this statement did
    this.throwDeferred();
    if (!reply.ok) throw new PgError(reply.message, reply.code);
    return reply;
  }

  private claim(n: number): Result {
    let reply: BridgeReply | undefined;
    if (this.unclaimed.delete(n)) reply = this.waitFor(n);
    else {
      reply = this.settled.get(n);
      if (!reply) throw new PgError(`the answer to statement ${n} was not kept (more than ${SETTLED_KEPT} answers ago)`, null);
      if (!reply.ok) this.deferredError = null; // thrown here, where it is asked for
    }
    this.answers.delete(n);
    this.settled.delete(n);
    if (!reply.ok) throw new PgError(reply.message, reply.code);
    return reply;
  }

  private throwDeferred(): void {
    const err = this.deferredError;
    if (err) {
      this.deferredError = null;
      throw err;
    }
  }

  /** Reads answers until request n's is in; the worker raises the signal after each answer it posts. */
  private waitFor(n: number): BridgeReply {
    for (;;) {
      Atomics.store(this.signal, 0, 0);
      for (let msg = receiveMessageOnPort(this.replies); msg; msg = receiveMessageOnPort(this.replies)) {
        const reply = msg.message as BridgeReply;
        const k = ++this.received;
        if (!this.unclaimed.delete(k)) {
          this.answers.set(k, reply);
          continue;
        }
        if (!reply.ok && !this.deferredError) this.deferredError = new PgError(reply.message, reply.code);
        this.settled.set(k, reply);
        if (this.settled.size > SETTLED_KEPT) this.settled.delete(this.settled.keys().next().value!);
      }
      const reply = this.answers.get(n);
      if (reply) return reply;
      if (Atomics.wait(this.signal, 0, 0, STATEMENT_WAIT_MS) === 'timed-out') {
        throw new PgError(`PostgreSQL did not answer within ${STATEMENT_WAIT_MS / 1000} s`, null);
      }
    }
  }
}
