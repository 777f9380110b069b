/**
 * Many workers, one dies mid-job: nothing is lost and nothing is doubled. Real pages (examples/ and
 * shared/gold, one file each) are enqueued into a throw-away PostgreSQL; worker A is killed (SIGKILL)
 * as soon as it has stored its first article — in the middle of its batch, whose other jobs it holds
 * active — then workers B and C finish the queue, retrying A's jobs after they expire. The store must
 * then hold exactly what one machine stores from the same pages (SQLite, src/scale/ingest.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pgLib from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestParallel } from '../../src/scale/ingest.js';
import { enqueue } from '../../src/scale/queue.js';
import { openStore } from '../../src/store/index.js';
import { type Cluster, postgresUnavailable, startCluster } from './pg-cluster.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const EXAMPLES = join(ROOT, 'examples');
const GOLD = '/work/shared/gold/articles.jsonl';
const SCHEMA = 'killtest';

const skip = postgresUnavailable();
if (skip) console.warn(`kill-worker: skipped: ${skip}`);

function writeCorpus(dir: string): number {
  let n = 0;
  for (const f of readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt'))) {
    writeFileSync(join(dir, f), readFileSync(join(EXAMPLES, f)));
    n++;
  }
  if (existsSync(GOLD)) {
    for (const line of readFileSync(GOLD, 'utf8').split('\n').filter(Boolean)) {
      const r = JSON.parse(line) as { doc_id: string; text: string };
      writeFileSync(join(dir, `gold-${r.doc_id}.txt`), r.text);
      n++;
    }
  }
  return n;
}

function worker(url: string, extra: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/scale/cli-entry.ts'), '--db', url, 'worker', '--quiet', '--maintenance', '1', ...extra], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

const exited = (p: ChildProcess) => new Promise<number | null>((resolve) => (p.exitCode !== null ? resolve(p.exitCode) : p.once('exit', (code) => resolve(code))));

describe.skipIf(skip !== null)('a worker killed mid-job', () => {
  let cluster: Cluster;
  let dir: string;
  let pages: number;
  beforeAll(async () => {
    cluster = await startCluster();
    dir = mkdtempSync(join(tmpdir(), 'rasd-kill-'));
    pages = writeCorpus(dir);
  }, 60_000);
  afterAll(() => {
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses nothing and doubles nothing; the store is what one machine makes', async () => {
    const url = cluster.schemaUrl(SCHEMA);
    const queued = await enqueue(url, [dir], { expireInSeconds: 2, retryLimit: 5 });
    expect(queued.pages).toBe(pages);

    const db = new pgLib.Client(cluster.url);
    await db.connect();
    const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]!.n);
    try {
      // A takes every page in one fetch: it holds them all when it dies, however fast it runs (with 8 per
      // fetch, a loaded machine once let A finish everything before the poll below saw its first article)
      const a = worker(url, ['--batch', String(pages)]);
      let stderr = '';
      a.stderr!.on('data', (d) => (stderr += String(d)));
      const deadline = Date.now() + 30_000;
      // kill A the moment its first article is committed: the rest of its batch is in its hands
      while ((await count(`SELECT count(*) AS n FROM ${SCHEMA}.articles`).catch(() => 0)) === 0) {
        if (Date.now() > deadline || a.exitCode !== null) throw new Error(`worker A never stored anything: ${stderr}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      a.kill('SIGKILL');
      await exited(a);
      const storedByA = await count(`SELECT count(*) AS n FROM ${SCHEMA}.articles`);
      expect(storedByA).toBeLessThan(pages);

      const rest = [worker(url, ['--batch', '4', '--idle-exit', '3']), worker(url, ['--batch', '4', '--idle-exit', '3'])];
      const codes = await Promise.all(rest.map(exited));
      expect(codes).toEqual([0, 0]);

      // A's unfinished batch came back: at least one job was retried after it expired
      expect(await count(`SELECT count(*) AS n FROM ${SCHEMA}_queue.job WHERE retry_count > 0`)).toBeGreaterThan(0);
      expect(await count(`SELECT count(*) AS n FROM ${SCHEMA}_queue.job WHERE state <> 'completed'`)).toBe(0);

      // the same pages on one machine
      const reference = openStore(':memory:');
      await ingestParallel(reference, [dir], { threads: 1 });
      const refArticles = [...reference.articles()].map((x) => x.id).sort();
      const refEvents = reference.events().map((e) => e.event_id).sort();
      reference.close();

      const stored = openStore(url);
      try {
        expect([...stored.articles()].map((x) => x.id).sort()).toEqual(refArticles);
        expect(stored.events().map((e) => e.event_id).sort()).toEqual(refEvents);
        // every event filed into exactly one incident, once
        expect(await count(`SELECT count(*) AS n FROM ${SCHEMA}.incident_reports`)).toBe(refEvents.length);
        expect(await count(`SELECT coalesce(sum(reports), 0) AS n FROM ${SCHEMA}.incidents`)).toBe(refEvents.length);
        // each page logged once, as stored (a retried page that A had committed is the same row again)
        expect(stored.ingestCounts()).toEqual({ stored: refArticles.length });
      } finally {
        stored.close();
      }
    } finally {
      await db.end();
    }
  }, 90_000);
});
