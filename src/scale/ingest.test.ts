/**
 * The parallel import on real pages (examples/*.txt, shared/gold as JSONL): the same store as the
 * one-thread import, an interruption that loses nothing, a re-run that redoes nothing, bad files logged.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../cli/ingest.js';
import { openStore, type Store } from '../store/index.js';
import { DESK_INDEXES } from '../store/bulk.js';
import { ingestParallel } from './ingest.js';
import { type ExtractPool, extractPool } from './pool.js';
import { walkPaths } from '../ingest/index.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const GOLD = '/work/shared/gold/articles.jsonl';

let dir: string;
let pool: ExtractPool;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rasd-scale-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(join(corpus, 'seeds'), { recursive: true });
  for (const f of readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt'))) copyFileSync(join(EXAMPLES, f), join(corpus, 'seeds', f));
  if (existsSync(GOLD)) {
    copyFileSync(GOLD, join(corpus, 'gold.jsonl'));
    // more real pages than the import reads ahead (IN_FLIGHT_PER_THREAD per thread), so that an
    // interruption finds pages not yet read: each gold article followed by the text of the next ones
    const gold = readFileSync(GOLD, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string });
    const mixed = [1, 2, 3].flatMap((k) => gold.map((r, i) => JSON.stringify({ text: `${r.text}\n${gold[(i + k) % gold.length]!.text}` })));
    writeFileSync(join(corpus, 'mixed.jsonl'), mixed.join('\n') + '\n');
  }
  writeFileSync(join(corpus, 'empty.txt'), '');
  writeFileSync(join(corpus, 'binary.html'), Buffer.from([0x3c, 0x00, 0x01, 0x02]));
  pool = extractPool(2);
});
afterAll(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

const snapshot = (s: Store) => ({
  articles: [...s.articles()].map((a) => a.id),
  events: s.events().map((e) => JSON.stringify(e)),
  incidents: s.incidents().map((i) => i.incident_id),
  nearDuplicates: [...s.articles()].map((a) => s.nearDuplicateOf(a.id)?.originalId ?? null),
});

/** The desk's indexes as the file holds them: name and definition. */
const deskIndexes = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND name IN (${DESK_INDEXES.map(() => '?').join(', ')}) ORDER BY name`).all(...DESK_INDEXES);
  } finally {
    db.close();
  }
};

describe('parallel import', () => {
  it('walks the same files as the one-thread import, in a fixed order', async () => {
    const files: string[] = [];
    for await (const f of walkPaths([join(dir, 'corpus')])) files.push(f);
    expect(files.map((f) => f.slice(dir.length))).toEqual([
      '/corpus/binary.html', '/corpus/empty.txt', ...(existsSync(GOLD) ? ['/corpus/gold.jsonl', '/corpus/mixed.jsonl'] : []),
      ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).sort().map((f) => `/corpus/seeds/${f}`),
    ]);
  });

  it('stores what the one-thread import stores, in the same order', async () => {
    const one = openStore(join(dir, 'one.db'));
    const many = openStore(join(dir, 'many.db'));
    try {
      const a = await ingestPaths(one, [join(dir, 'corpus')], { progress: false });
      const b = await ingestParallel(many, [join(dir, 'corpus')], { pool });
      expect(b.added).toBe(a.added);
      expect(b.events).toBe(a.events);
      expect(b.failed).toBe(2);
      expect(snapshot(many)).toEqual(snapshot(one));
      expect(many.pageStatus(join(dir, 'corpus', 'empty.txt'))).toBe('failed');
      expect(many.ingestCounts()).toEqual({ stored: b.added - b.nearDuplicates, failed: 2, ...(b.nearDuplicates ? { near_duplicate: b.nearDuplicates } : {}) });
    } finally {
      one.close();
      many.close();
    }
  });

  it('an interrupted import loses nothing, and the re-run redoes nothing', async () => {
    const path = join(dir, 'resume.db');
    const controller = new AbortController();
    let store = openStore(path);
    const first = await ingestParallel(store, [join(dir, 'corpus')], {
      pool,
      // Ctrl-C after the tenth stored page
      onProgress: (s) => s.pages >= 10 && controller.abort(),
      signal: controller.signal,
    });
    store.close();
    expect(first.interrupted).toBe(true);
    expect(first.added).toBeGreaterThanOrEqual(10);

    store = openStore(path);
    const second = await ingestParallel(store, [join(dir, 'corpus')], { pool });
    expect(second.interrupted).toBe(false);
    // nothing stored twice, nothing extracted again: only the pages the first run never reached
    expect(second.duplicates).toBe(0);
    expect(first.added + second.added).toBe(store.stats().articles);
    expect(second.resumed + second.filesDone).toBeGreaterThan(0);

    const reference = openStore(join(dir, 'many.db'));
    expect(snapshot(store)).toEqual(snapshot(reference));
    reference.close();

    // a third run: every file is done (the bad ones too: the same bytes fail the same way) and none is opened
    const third = await ingestParallel(store, [join(dir, 'corpus')], { pool });
    expect(third.pages).toBe(0);
    expect(third.filesDone).toBe(third.files);
    store.close();
  });

  it('a bulk import writes without the desk indexes and builds them at its end: the same store, the same indexes', async () => {
    const path = join(dir, 'bulk.db');
    const store = openStore(path);
    const deferredWhileWriting: number[] = [];
    const s = await ingestParallel(store, [join(dir, 'corpus')], {
      pool,
      bulkAfter: 5,
      onProgress: () => deferredWhileWriting.push(store.deferredDeskIndexes().length),
    });
    expect(Math.max(...deferredWhileWriting)).toBe(DESK_INDEXES.length);
    expect(s.indexesBuilt).toBe(DESK_INDEXES.length);
    expect(store.deferredDeskIndexes()).toEqual([]);
    const reference = openStore(join(dir, 'many.db'));
    expect(snapshot(store)).toEqual(snapshot(reference));
    expect(store.mapPoints()).toEqual(reference.mapPoints());
    expect(store.timeline()).toEqual(reference.timeline());
    reference.close();
    store.close();
    expect(deskIndexes(path)).toEqual(deskIndexes(join(dir, 'many.db')));
    expect(deskIndexes(path)).toHaveLength(DESK_INDEXES.length);
  });

  it('indexes a stopped bulk import left unbuilt are built by the next import, even one with nothing new', async () => {
    const path = join(dir, 'many.db');
    let store = openStore(path);
    expect(store.deferDeskIndexes()).toBe(DESK_INDEXES.length);
    store.close(); // killed mid-import: the definitions are in the file
    expect(deskIndexes(path)).toEqual([]);
    store = openStore(path);
    expect(store.deferredDeskIndexes()).toHaveLength(DESK_INDEXES.length);
    const s = await ingestParallel(store, [join(dir, 'corpus')], { pool });
    expect(s.added).toBe(0);
    expect(s.indexesBuilt).toBe(DESK_INDEXES.length);
    store.close();
    expect(deskIndexes(path)).toHaveLength(DESK_INDEXES.length);
  });
});
