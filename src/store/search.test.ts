/**
 * The search index of migration 6 (contentless, keyed by the article's rowid) on real pages: the five
 * sample pages and the first gold articles, read by the pipeline. Expected readings are computed from
 * the texts themselves (searchTerms), never from what the index answered.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../types.js';
import type { EventFilter } from './filter.js';
import { MIGRATIONS } from './migrations.js';
import { toSearchForm } from './searchForm.js';
import { openStore, type Store } from './store.js';
import { holding as holdingInOrder, searchPages as pages, searchText } from './search-pages.fixture.js';

const holding = (exs: Extraction[], q: string) => holdingInOrder(exs, q).sort();

/** Analysts' queries: places with and without hamza or clitics, actors, event words, FTS syntax. */
const QUERIES = ['حمص', 'وحمص', 'إدلب', 'ادلب', 'الطيران الروسي', 'غارات', 'قتلى', 'المرصد السوري', 'دير الزور', 'باسنكول', '"حمص" OR -x*'];

let dir: string;
let exs: Extraction[];
let store: Store;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rasd-search-'));
  exs = pages();
  store = openStore(join(dir, 'v6.db'));
  for (const ex of exs) store.putExtraction(ex);
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('searchArticles over the rowid-keyed index', () => {
  it.each(QUERIES)('%s: the articles whose words hold the query, each once', (q) => {
    const expected = holding(exs, q);
    const found = store.searchArticles(q);
    expect(found.total).toBe(expected.length);
    expect(found.hits.map((h) => h.id).sort()).toEqual(expected);
    for (const h of found.hits) expect(h.events).toBe(exs.find((x) => x.article.id === h.id)!.events.length);
  });

  it('pages in rank order: pages of 2 laid end to end are the whole list', () => {
    const all = store.searchArticles('حمص').hits.map((h) => h.id);
    expect(all.length).toBeGreaterThan(2);
    const paged: string[] = [];
    for (let offset = 0; offset < all.length; offset += 2) paged.push(...store.searchArticles('حمص', { limit: 2, offset }).hits.map((h) => h.id));
    expect(paged).toEqual(all);
  });
});

describe('listEvents is events() read through the covering indexes', () => {
  const filters: EventFilter[] = [
    {}, { q: 'حمص' }, { q: 'الطيران الروسي', limit: 3 }, { q: 'غارات', offset: 2, limit: 4 }, { q: 'ادلب', admin1: 'Idleb' },
    { q: 'باسنكول', from: '2024-03-01' }, { q: '"*-' }, { admin1: 'Homs', limit: 5 },
  ];
  it.each(filters)('%j', (f) => {
    expect(store.listEvents(f)).toEqual(store.events(f));
  });

  it('text-filtered views count exactly the events of the matching articles', () => {
    for (const q of QUERIES) {
      const ids = new Set(holding(exs, q));
      const events = exs.filter((x) => ids.has(x.article.id)).reduce((n, x) => n + x.events.length, 0);
      expect(store.facets({ q }).total).toBe(events);
      expect(store.listPage({ q }, 5, 0).total).toBe(events);
    }
  });
});

describe('the index follows its articles', () => {
  it('re-extraction leaves an article findable exactly once', () => {
    const x = exs.find((e) => holding([e], 'حمص').length > 0)!;
    const before = store.searchArticles('حمص').total;
    expect(store.replaceExtraction(x)).toBe(true);
    expect(store.searchArticles('حمص').total).toBe(before);
    expect(store.searchArticles('حمص').hits.map((h) => h.id)).toContain(x.article.id);
  });

  it('a version-5 database keeps its search through migration 6', () => {
    const path = join(dir, 'v5.db');
    const db = new Database(path);
    for (const [v, sql] of MIGRATIONS.slice(0, 5).entries()) {
      db.exec(sql);
      db.pragma(`user_version = ${v + 1}`);
    }
    const insert = db.prepare(
      `INSERT INTO articles (id, origin, title, body, teasers, keywords, chrome, ingested_at) VALUES (?, ?, ?, ?, '[]', '[]', '[]', '')`,
    );
    const index = db.prepare('INSERT INTO article_search (article_id, search) VALUES (?, ?)');
    for (const x of exs) {
      insert.run(x.article.id, x.article.origin, x.article.title, x.article.body);
      index.run(x.article.id, toSearchForm(searchText(x)));
    }
    db.close();
    const migrated = openStore(path);
    for (const q of QUERIES) expect(migrated.searchArticles(q).hits.map((h) => h.id).sort()).toEqual(holding(exs, q));
    migrated.close();
  });
});
