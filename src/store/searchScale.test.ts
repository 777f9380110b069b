/**
 * Search at scale (issue 8) on real pages: the five sample pages and the first gold articles. The
 * count cap and the rank window are made small (deskViews' limits) so that 17 articles reach past them;
 * the walk that reads a broad search's page of events is checked against events sorted from the
 * extractions themselves. Expected readings come from the texts (searchTerms), never from the store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord, Extraction } from '../types.js';
import { dayRange } from './dateRange.js';
import type { EventFilter } from './filter.js';
import { openStore, type Store } from './store.js';
import { holding, searchPages as pages } from './search-pages.fixture.js';
import { type DeskViews, deskViews, pageStrategy } from './views.js';


/** events(filter) as its contract reads: the matching articles' events by first day (undated last), then storing order. */
function expectedEvents(exs: Extraction[], q: string, f: { admin1?: string; offset?: number; limit?: number }): string[] {
  const ids = new Set(holding(exs, q));
  const all = exs.flatMap((x) => x.events).map((e, order) => ({ e, order, first: e.event_date ? dayRange(e.event_date)?.first ?? null : null }));
  const kept = all.filter(({ e }) => ids.has(e.article_id) && (!f.admin1 || e.admin1?.toLowerCase() === f.admin1.toLowerCase()));
  kept.sort((a, b) => (a.first === null ? 1 : 0) - (b.first === null ? 1 : 0) || (a.first! < b.first! ? -1 : a.first! > b.first! ? 1 : 0) || a.order - b.order);
  const from = f.offset ?? 0;
  return kept.slice(from, f.limit === undefined ? undefined : from + f.limit).map(({ e }) => e.event_id);
}

const CAP = 3;
const WINDOW = 2;

let dir: string;
let exs: Extraction[];
let store: Store;
let raw: Database.Database;
let small: DeskViews;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rasd-search-scale-'));
  exs = pages();
  store = openStore(join(dir, 'store.db'));
  for (const ex of exs) store.putExtraction(ex);
  raw = new Database(join(dir, 'store.db'));
  small = deskViews(raw, { totalCap: CAP, rankWindow: WINDOW });
});
afterAll(() => {
  raw.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Analysts' queries, from broad (most of the pages) to one page. */
const QUERIES = ['قتلى', 'حمص', 'وحمص', 'إدلب', 'الطيران الروسي', 'غارات', 'المرصد السوري', 'دير الزور', 'باسنكول'];

describe('searchArticles counts up to the cap and ranks the newest matches', () => {
  it.each(QUERIES)('%s: total exact up to the cap, then "more than"', (q) => {
    const n = holding(exs, q).length;
    const found = small.searchArticles(q);
    expect(found).toMatchObject({ total: Math.min(n, CAP), totalCapped: n > CAP });
    expect(found.hits.map((h) => h.id).sort()).toEqual(holding(exs, q).sort());
  });

  it.each(QUERIES.filter((q) => holding(pages(), q).length > WINDOW))('%s: the newest matches ranked first, the older ones newest first', (q) => {
    const newestFirst = holding(exs, q).reverse();
    const hits = small.searchArticles(q).hits.map((h) => h.id);
    expect(hits.slice(0, WINDOW).sort()).toEqual(newestFirst.slice(0, WINDOW).sort());
    expect(hits.slice(WINDOW)).toEqual(newestFirst.slice(WINDOW));
  });

  it('pages of 1 laid end to end are the whole list, across the window edge', () => {
    const all = small.searchArticles('قتلى').hits.map((h) => h.id);
    expect(all.length).toBeGreaterThan(WINDOW + 1);
    const paged = all.map((_, offset) => small.searchArticles('قتلى', { limit: 1, offset }).hits[0]!.id);
    expect(paged).toEqual(all);
  });

  it('the store itself counts exactly below 10,000', () => {
    const found = store.searchArticles('قتلى');
    expect(found).toMatchObject({ total: holding(exs, 'قتلى').length, totalCapped: false });
  });
});

describe("a text search's page of events, walked in date order or read by article", () => {
  const filters: (EventFilter & { q: string })[] = [
    { q: 'قتلى', limit: 3 }, { q: 'قتلى', limit: 2, offset: 4 }, { q: 'حمص', limit: 2 }, { q: 'غارات', limit: 1, offset: 3 },
    { q: 'إدلب', limit: 50 }, { q: 'قتلى', limit: 3, admin1: 'Idleb' }, { q: 'قتلى', limit: 4, offset: 1000 }, { q: 'باسنكول', limit: 2 },
  ];
  it.each(filters)('%j', (f) => {
    expect(store.listEvents(f).map((e: EventRecord) => e.event_id)).toEqual(expectedEvents(exs, f.q, f));
    expect(store.listPage(f, f.limit!, f.offset ?? 0).events.map((e) => e.event_id)).toEqual(expectedEvents(exs, f.q, f));
  });

  it.each([
    ['قتلى', undefined, 5], ['قتلى', 'Idleb', 2], ['حمص', undefined, 1000], ['باسنكول', undefined, 1], ['الطيران الروسي', 'Homs', 3],
  ] as const)('%s in %s: events counted up to a cap of %i', (q, admin1, cap) => {
    const n = expectedEvents(exs, q, { admin1 }).length;
    const found = store.listPage({ q, admin1 }, 2, 0, { totalCap: cap });
    expect(found).toMatchObject({ total: Math.min(n, cap), totalCapped: n > cap });
    expect(found.events.map((e) => e.event_id)).toEqual(expectedEvents(exs, q, { admin1, limit: 2 }));
  });

  it('without a text search too: a governorate counted up to a cap', () => {
    const n = exs.flatMap((x) => x.events).filter((e) => e.admin1 === 'Idleb').length;
    expect(n).toBeGreaterThan(2);
    expect(store.listPage({ admin1: 'idleb' }, 1, 0, { totalCap: 2 })).toMatchObject({ total: 2, totalCapped: true });
    expect(store.listPage({ admin1: 'idleb' }, 1, 0, { totalCap: n })).toMatchObject({ total: n, totalCapped: false });
  });

  it('the table reaches both ways of reading', () => {
    const ways = new Set(filters.map((f) => pageStrategy(holding(exs, f.q).length, exs.length, f.offset ?? 0, f.limit!)));
    expect([...ways].sort()).toEqual(['byArticle', 'walk']);
  });
});
