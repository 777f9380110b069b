/**
 * The thread that owns one PostgreSQL connection for a synchronous store (bridge.ts). It runs the
 * queries it is sent, one at a time and in order, and answers each on the reply port before waking
 * the caller, who is blocked in Atomics.wait.
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import pg from 'pg';
import type { BridgeReply, BridgeRequest, BridgeSetup } from './bridge.js';

const { url, schema, signal, requests, replies } = workerData as BridgeSetup & { requests: MessagePort; replies: MessagePort };

// count(*) and sum() are int8/numeric: numbers, as better-sqlite3 gives them (counts stay far below 2^53)
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);

const client = new pg.Client({ connectionString: url });
let broken: Error | null = null;
// a dropped connection is reported to the next caller instead of killing the thread
client.on('error', (err) => (broken = err));

/**
 * Statements with parameters are prepared once per connection under a name, so PostgreSQL parses and
 * plans each of the store's few dozen statements once instead of on every article. A store that
 * prepares many distinct texts (ad-hoc filters) stops naming new ones past the limit.
 */
const PREPARED_LIMIT = 500;
const prepared = new Map<string, string>();

function statementName(req: Extract<BridgeRequest, { op: 'query' }>): string | undefined {
  if (!req.params?.length) return undefined;
  let name = prepared.get(req.sql);
  if (name === undefined && prepared.size < PREPARED_LIMIT) {
    name = `rasd_${prepared.size}`;
    prepared.set(req.sql, name);
  }
  return name;
}

function answer(reply: BridgeReply): void {
  replies.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

function failure(err: unknown): BridgeReply {
  const e = err as { message?: string; code?: string };
  return { ok: false, message: e?.message ?? String(err), code: e?.code ?? null };
}

async function run(req: BridgeRequest): Promise<BridgeReply> {
  if (broken) return failure(broken);
  if (req.op === 'connect') {
    await client.connect();
    if (schema) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)}`);
      await client.query(`SET search_path TO ${pg.escapeIdentifier(schema)}`);
    }
    return { ok: true, rows: [], rowCount: 0 };
  }
  if (req.op === 'end') {
    await client.end();
    return { ok: true, rows: [], rowCount: 0 };
  }
  const config: pg.QueryConfig = { text: req.sql, values: req.params, name: statementName(req) };
  const res: pg.QueryResult | pg.QueryResult[] = req.array
    ? await client.query({ ...config, rowMode: 'array' })
    : await client.query(config);
  // a multi-statement text (schema, BEGIN + lock) answers with one result per statement; the last counts
  const last = Array.isArray(res) ? res[res.length - 1] : res;
  return { ok: true, rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 };
}

// one statement at a time, in the order sent (a write sent without waiting is followed by more)
let queue: Promise<void> = Promise.resolve();
requests.on('message', (req: BridgeRequest) => {
  queue = queue.then(() => run(req)).then(answer, (err) => answer(failure(err)));
});
