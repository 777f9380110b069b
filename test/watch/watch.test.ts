/**
 * `rasd watch` end to end against the local test site, on a fake clock: the first cycle ingests every
 * served Arabic article once and survives each failure (broken XML, a 500, a hanging host, a redirect,
 * a page that is not an article, robots.txt, an English page); the polling loop then sends conditional
 * requests, retries what failed, and picks up what the outlet publishes later.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { loadSources, Watcher, type Clock, type CycleReport, type WatchProgress } from '../../src/watch/index.js';
import { startFixtureServer, type FixtureServer } from './server.js';

const EXAMPLE_SOURCES = join(import.meta.dirname, '../../examples/sources.json');
const START = Date.parse('2015-08-11T12:00:00Z');

/** Time stands still except when the watcher sleeps. */
function fakeClock(): Clock {
  let t = START;
  return {
    now: () => t,
    sleep: async (ms) => {
      t += ms;
      await new Promise((r) => setImmediate(r));
    },
  };
}

let server: FixtureServer;
let store: Store;
let dir: string;
let reports: CycleReport[];
const progress: WatchProgress[] = [];

beforeAll(async () => {
  server = await startFixtureServer({ slowMs: 2_000 });
  dir = mkdtempSync(join(tmpdir(), 'rasd-watch-'));
  store = openStore(join(dir, 'watch.db'));
  const { sources } = loadSources(EXAMPLE_SOURCES, server.url);
  const watcher = new Watcher(store, sources, {
    clock: fakeClock(),
    cycles: 6,
    hostDelayMs: 0,
    timeoutMs: 500,
    retries: 1,
    retryBaseMs: 10,
    // failing feeds and pages wait 10, 20, 40 … minutes
    failureBackoffMs: 10 * 60_000,
    onProgress(p) {
      progress.push(p);
      // after the first cycle, Asharq Al-Awsat publishes two more articles
      if (p.done && p.cycle === 1) server.publish('/aawsat/feed.rss', 'aawsat/feed-later.rss');
    },
  });
  reports = await watcher.run();
});

afterAll(async () => {
  store?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const first = () => reports[0]!;
const article = (path: string) => [...store.articles()].find((a) => a.url === `${server.url}${path}`);
const requestsFor = (path: string) => server.requests.filter((r) => r.path === path);

describe('the first cycle', () => {
  it('stores every served Arabic article once, each under its source entry as outlet', () => {
    const r = first();
    expect(r.pages).toMatchObject({ stored: 13, duplicates: 0, held: 1, notArticles: 1, disallowed: 1, retrying: 1, failed: 0 });
    expect(r.pages.events).toBeGreaterThan(50);
    const outlets: Record<string, number> = {};
    for (const a of store.articles()) outlets[a.outlet ?? '?'] = (outlets[a.outlet ?? '?'] ?? 0) + 1;
    // (counted after the whole loop: Asharq Al-Awsat's retried page and its two later articles are in)
    expect(outlets).toEqual({ 'الشرق الأوسط': 6, 'اليوم': 4, 'الرياض': 2, 'رأي اليوم': 1, 'الجزيرة': 1, 'rasd samples': 2 });
  });

  it("dates come from the page's own metadata before the feed's", () => {
    // Atom says updated 2015-08-01; the page's JSON-LD says published 2015-07-31
    expect(article('alyaum/article/4081114')?.published).toBe('2015-07-31');
    // <time datetime> on a windows-1256 page, whose <time> the source's hints drop from the text
    const riyadh = article('alriyadh/1067137');
    expect(riyadh?.published).toBe('2015-07-23');
    expect(riyadh?.title).toBe('سورية: 12 قتيلاً في قصف على ريف حلب.. والبنتاغون يؤكد مقتل المتطرف «الفضلي» بغارة جوية');
    expect(riyadh?.body.startsWith('اعلنت وزارة الدفاع الاميركية الثلاثاء')).toBe(true);
    // no page metadata: the JSON Feed's date_published
    const ry = [...store.articles()].find((a) => a.outlet === 'رأي اليوم');
    expect(ry?.published).toBe('2015-07-24');
  });

  it("the sources' cleaning hints keep chrome out of the stored text", () => {
    const a = article('aawsat/home/article/415826');
    expect(a?.body.startsWith('تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة')).toBe(true);
    expect(a?.body).not.toContain('تلغرام');
    expect(a?.body).not.toContain('جميع الحقوق محفوظة');
  });

  it('the English page is held with its language, not run through the Arabic pipeline', () => {
    const held = store.heldPages();
    expect(held.map((h) => [h.language, h.url, h.source])).toEqual([['en', `${server.url}aawsat/english/home/article/415826`, 'الشرق الأوسط']]);
    expect(held[0]!.text).toContain("The Kurdistan Workers' Party (PKK) yesterday claimed a car bomb attack");
    expect(article('aawsat/english/home/article/415826')).toBeUndefined();
    expect(store.watchItem(`${server.url}aawsat/english/home/article/415826`)).toMatchObject({ status: 'held', language: 'en' });
  });

  it('a section front is marked as not an article and not stored', () => {
    expect(store.watchItem(`${server.url}alyaum/sections/syria`)).toMatchObject({ status: 'not_article', note: expect.stringMatching(/list of links/) });
    expect(article('alyaum/sections/syria')).toBeUndefined();
  });

  it('a redirected entry is stored under the address it was read from', () => {
    expect(article('alyaum/article/4081557')?.title).toBe('تصعيد العنف في تركيا مع هجوم انتحاري تبناه حزب العمال الكردستاني');
    expect(store.watchItem(`${server.url}alyaum/old/4081557`)).toMatchObject({ status: 'stored', finalUrl: `${server.url}alyaum/article/4081557` });
  });

  it('robots.txt: the print page is marked disallowed and never requested', () => {
    expect(store.watchItem(`${server.url}aawsat/home/print/414536`)?.status).toBe('disallowed');
    expect(requestsFor('/aawsat/home/print/414536')).toHaveLength(0);
  });

  it('a broken feed gives its complete items, and the break is noted', () => {
    expect(article('aljazirah/du9')?.title).toBe('اشتباكات في دمشق والقلمون الشرقي وقصف يستهدف الغوطة');
    expect(first().notes).toEqual([expect.stringMatching(/aljazirah\/rss\.xml: broken XML, read up to the last complete item: line 14/)]);
  });

  it('a feed answering 500 and a host that hangs are reported with their retry time, and stop nothing', () => {
    const errors = first().errors.map((e) => [e.what, e.url.slice(server.url.length), e.reason, e.retryAt !== null]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['feed', 'hayat/feed.xml', 'HTTP 500', true],
        ['feed', 'safir/feed.xml', 'timed out after 0.5 s', true],
        ['page', 'aawsat/home/article/423311', 'HTTP 500', true],
      ]),
    );
    expect(first().errors).toHaveLength(3);
    expect(first().feeds).toEqual({ checked: 10, changed: 8, unchanged: 0, failed: 2 });
  });

  it('records each outlet with its stance label', () => {
    expect(store.watchSourceStance('الشرق الأوسط')).toBe('Saudi-owned, pan-Arab');
    expect(store.watchSourceStance('الحياة')).toBeNull();
  });

  it('reports progress after each feed and page', () => {
    const cycle1 = progress.filter((p) => p.cycle === 1);
    expect(cycle1.length).toBeGreaterThan(20);
    expect(cycle1.at(-1)).toMatchObject({ done: true, sources: 8, totals: { stored: 13, held: 1 } });
  });
});

describe('the polling loop', () => {
  it('runs the bounded number of cycles, each after the last one was due', () => {
    expect(reports).toHaveLength(6);
    const starts = reports.map((r) => Date.parse(r.startedAt));
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(1_000);
    expect(starts.at(-1)! - START).toBeGreaterThanOrEqual(15 * 60_000);
  });

  it('asks again with validators and reads 304 as nothing new', () => {
    const later = reports.slice(1);
    expect(later.reduce((n, r) => n + r.feeds.unchanged, 0)).toBeGreaterThan(0);
    const atom = requestsFor('/alyaum/atom.xml');
    expect(atom[0]).toMatchObject({ status: 200, conditional: false });
    expect(atom.slice(1).every((r) => r.status === 304 && r.conditional)).toBe(true);
    expect(atom.length).toBeGreaterThanOrEqual(2);
    // no stored article page was fetched twice
    for (const path of ['/alyaum/article/4081114', '/aawsat/home/article/415826', '/alriyadh/1067137', '/samples/000']) {
      expect(requestsFor(path)).toHaveLength(1);
    }
  });

  it('retries the page that failed and stores it once it works', () => {
    expect(store.watchItem(`${server.url}aawsat/home/article/423311`)).toMatchObject({ status: 'stored', attempts: 2 });
    expect(article('aawsat/home/article/423311')?.title).toBe('صد هجوم لحزب الله في الزبداني.. وفشل مفاوضات «أحرار الشام» مع الإيرانيين');
  });

  it('picks up the articles the outlet published after the first cycle', () => {
    expect(article('aawsat/home/article/424616')?.title).toBe('المعارضة تطلق معركة «لهيب داريا» وتتقدّم نحو مطار المزّة العسكري');
    expect(article('aawsat/home/article/421191')?.title).toBe('بعد ربع قرن.. الجبهة الكردية الإيرانية تلتهب من جديد');
    expect(reports.reduce((n, r) => n + r.pages.stored, 0)).toBe(13 + 1 + 2);
    expect(store.stats().articles).toBe(16);
  });

  it('backs off a failing feed: each retry waits longer than the one before', () => {
    const retries = reports.flatMap((r) => r.errors.filter((e) => e.url.endsWith('hayat/feed.xml')).map((e) => [Date.parse(r.startedAt), Date.parse(e.retryAt!)]));
    expect(retries.length).toBeGreaterThanOrEqual(2);
    const waits = retries.map(([at, retry]) => retry! - at!);
    for (let i = 1; i < waits.length; i++) expect(waits[i]!).toBeGreaterThan(waits[i - 1]!);
  });

  it('a second watcher on the same store fetches nothing it already has', async () => {
    const before = server.requests.length;
    const { sources } = loadSources(EXAMPLE_SOURCES, server.url);
    const healthy = sources.filter((s) => s.name !== 'السفير' && s.name !== 'الحياة');
    const [again] = await new Watcher(store, healthy, { clock: fakeClock(), cycles: 1, forceFirst: true, hostDelayMs: 0, retries: 0 }).run();
    expect(again!.pages).toMatchObject({ discovered: 0, fetched: 0, stored: 0 });
    const fetched = server.requests.slice(before).map((r) => r.path);
    expect(fetched.every((p) => /\.(rss|xml|json|rdf|txt)$/.test(p))).toBe(true);
  });
});
