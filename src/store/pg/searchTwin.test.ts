/**
 * The search-at-scale paths (issue 8) on PostgreSQL: the capped count, the newest-matches window and the
 * date-order walk of a text search's events answer as on SQLite. Small limits (deskViews' second
 * argument) make 17 real pages reach past the cap and the window. Ranks differ between FTS5's bm25 and
 * ts_rank, so the ranked window is compared as a set; everything else in order.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, postgresUnavailable, startCluster } from '../../../test/scale/pg-cluster.js';
import { pageFromInput } from '../../ingest/index.js';
import { extractPage } from '../../pipeline.js';
import type { Extraction } from '../../types.js';
import { openStore, type Store } from '../store.js';
import { toFtsQuery } from '../searchForm.js';
import { type DeskViews, deskViews } from '../views.js';
import { openPgDatabase } from './database.js';

const EXAMPLES = new URL('../../../examples/', import.meta.url).pathname;
const GOLD = '/work/shared/gold/articles.jsonl';
const WINDOW = 2;
const LIMITS = { totalCap: 3, rankWindow: WINDOW };
const QUERIES = ['قتلى', 'حمص', 'غارات', 'الطيران الروسي', 'دير الزور'];

function pages(): Extraction[] {
  const out = readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => extractPage(pageFromInput({ text: readFileSync(join(EXAMPLES, f), 'utf8') }, f)));
  for (const line of readFileSync(GOLD, 'utf8').split('\n').filter(Boolean).slice(0, 12)) {
    const a = JSON.parse(line) as { doc_id: string; text: string; title?: string; published?: string; outlet?: string };
    out.push(extractPage(pageFromInput({ id: a.doc_id, text: a.text, title: a.title, published: a.published, outlet: a.outlet }, a.doc_id)));
  }
  return out;
}

const pgSkip = postgresUnavailable();
let cluster: Cluster | null = null;
let dir: string;
const stores: Store[] = [];
const raws: Database.Database[] = [];
let views: DeskViews[] = [];

beforeAll(async () => {
  if (pgSkip) return;
  cluster = await startCluster();
  dir = mkdtempSync(join(tmpdir(), 'rasd-search-twin-'));
  const exs = pages();
  const paths = [join(dir, 'twin.db'), cluster.schemaUrl('twin')];
  for (const p of paths) {
    const s = openStore(p);
    for (const ex of exs) s.putExtraction(ex);
    stores.push(s);
  }
  raws.push(new Database(paths[0]!), openPgDatabase(paths[1]!));
  views = raws.map((db) => deskViews(db, LIMITS));
}, 60_000);
afterAll(() => {
  for (const db of raws) db.close();
  for (const s of stores) s.close();
  cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(pgSkip !== null)('PostgreSQL searches at scale as SQLite does', () => {
  it.each(QUERIES)('%s: capped total, the window as a set, the older matches in order', (q) => {
    const [lite, pg] = views.map((v) => v.searchArticles(q));
    expect(pg!.total).toBe(lite!.total);
    expect(pg!.totalCapped).toBe(lite!.totalCapped);
    const ids = (r: typeof lite) => r!.hits.map((h) => h.id);
    expect(ids(pg).slice(0, WINDOW).sort()).toEqual(ids(lite).slice(0, WINDOW).sort());
    expect(ids(pg).slice(WINDOW)).toEqual(ids(lite).slice(WINDOW));
    expect(views[1]!.searchArticles(q, { limit: 2, offset: WINDOW }).hits.map((h) => h.id)).toEqual(ids(lite).slice(WINDOW, WINDOW + 2));
  });

  it("the newest matches are read in the key's order and the walk stops at the window, on both backends", () => {
    // views.ts's window statement. Seq scans off on PostgreSQL: 17 pages are too few for the planner to
    // prefer an index on its own; the question is whether it can read the matches in order at all.
    const newest = 'SELECT f.rowid AS r FROM article_fts f WHERE article_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?';
    const match = toFtsQuery('قتلى')!;
    const lite = raws[0]!.prepare<[string, number], { detail: string }>(`EXPLAIN QUERY PLAN ${newest}`).all(match, WINDOW);
    expect(lite.map((r) => r.detail).join('\n')).not.toMatch(/TEMP B-TREE/);
    const pg = raws[1]!;
    pg.exec('SET enable_seqscan = off');
    try {
      const plan = pg.prepare(`EXPLAIN (COSTS OFF) ${newest}`).all(match, WINDOW) as { 'QUERY PLAN': string }[];
      const text = plan.map((r) => r['QUERY PLAN']).join('\n');
      expect(text).toMatch(/Index Scan Backward/);
      expect(text).not.toMatch(/Sort/);
    } finally {
      pg.exec('RESET enable_seqscan');
    }
  });

  it.each(QUERIES)('%s: pages of events walked in date order', (q) => {
    for (const [limit, offset] of [[3, 0], [2, 4], [1, 3]] as const) {
      const ask = (s: Store) => s.listEvents({ q, limit, offset }).map((e) => e.event_id);
      expect(ask(stores[1]!)).toEqual(ask(stores[0]!));
    }
    for (const cap of [1, 4, 1000]) {
      const counted = (s: Store) => s.listPage({ q, admin1: 'Idleb' }, 2, 0, { totalCap: cap });
      expect(counted(stores[1]!)).toEqual(counted(stores[0]!));
    }
  });
});
