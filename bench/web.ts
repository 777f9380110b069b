/// <reference lib="dom" />
/**
 * The desk at scale: with 100,000 events in the store, how long a filter change takes — the list page,
 * the map points and the counts/timeline — first in the API alone, then in Chromium from the change to
 * the redrawn map and list. Target: under 300 ms.
 *
 * Run: `node --import tsx bench/web.ts [events=100000] [--rebuild]`. The store is built once into
 * .tmp/bench-web-<events>.db from the real sample and gold pages (their events read by the pipeline),
 * copied onto OCHA communities (a few places hot, as conflict data is), spread over 2015–2024 across 12
 * outlets; later runs reuse it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createApp } from '../src/api/app.js';
import { startServer } from '../src/api/server.js';
import { pageFromInput } from '../src/ingest/index.js';
import { extractPage } from '../src/pipeline.js';
import { openStore } from '../src/store/index.js';
import type { EventRecord, Extraction } from '../src/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
const DB = join(ROOT, '.tmp', `bench-web-${TARGET}.db`);
const EVENTS_PER_ARTICLE = 5;
const OUTLETS = ['الميادين', 'RT Arabic', 'aawsat', 'alyaum', 'alriyadh', 'SNN', 'عنب بلدي', 'سانا', 'الجزيرة', 'العربية', 'موقع 24', 'عرب 48'];

/** A fixed-seed generator, so that every build of the store holds the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function basePages(): Extraction[] {
  const pages: Extraction[] = [];
  const examples = join(ROOT, 'examples');
  for (const f of readdirSync(examples).filter((x) => x.endsWith('.txt'))) {
    pages.push(extractPage(pageFromInput({ text: readFileSync(join(examples, f), 'utf8') }, f)));
  }
  const gold = join(ROOT, '..', 'shared', 'gold', 'articles.jsonl');
  if (existsSync(gold)) {
    for (const line of readFileSync(gold, 'utf8').split('\n').filter(Boolean)) {
      const a = JSON.parse(line) as { doc_id: string; text: string; title?: string; published?: string; outlet?: string };
      pages.push(extractPage(pageFromInput({ id: a.doc_id, text: a.text, title: a.title, published: a.published, outlet: a.outlet }, a.doc_id)));
    }
  }
  return pages.filter((p) => p.events.length > 0);
}

interface Community { name_ar: string; name_en: string; lat: number; lon: number; admin1: string; admin2: string; admin3: string }

function build(): void {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  rmSync(DB, { force: true });
  const random = rng(7);
  const bases = basePages();
  const places = (JSON.parse(readFileSync(join(ROOT, 'data', 'geo', 'syria_communities.json'), 'utf8')) as Community[])
    .filter((c) => c.lat !== null && c.admin1);
  // conflict concentrates: a place's weight falls with its rank (Zipf), so some villages hold hundreds of events
  const place = () => places[Math.floor(places.length * random() ** 3)]!;
  const day0 = Date.UTC(2015, 0, 1);
  const days = (Date.UTC(2024, 11, 31) - day0) / 86_400_000;
  const store = openStore(DB);
  const started = performance.now();
  let events = 0;
  for (let i = 0; events < TARGET; i++) {
    const base = bases[i % bases.length]!;
    const id = `bench${String(i).padStart(6, '0')}`;
    const outlet = OUTLETS[Math.floor(random() * OUTLETS.length)]!;
    const article = { ...base.article, id, sourceId: null, origin: `bench:${i}`, outlet };
    const out: EventRecord[] = [];
    for (let n = 0; n < EVENTS_PER_ARTICLE && events < TARGET; n++, events++) {
      const src = base.events[n % base.events.length]!;
      const p = place();
      const r = random();
      const day = new Date(day0 + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10);
      out.push({
        ...src,
        event_id: `${id}-${n + 1}`, article_id: id, origin: article.origin, outlet,
        event_date: r < 0.85 ? day : r < 0.95 ? day.slice(0, 7) : null,
        country: 'Syria', admin1: p.admin1, admin2: p.admin2, admin3: p.admin3, location: p.name_ar, location_en: p.name_en,
        latitude: p.lat, longitude: p.lon, geo_precision: 1,
        fatalities: random() < 0.5 ? null : Math.floor(-Math.log(1 - random()) * 6),
        background: random() < 0.3,
      });
    }
    store.putExtraction({ id, article, events: out });
  }
  process.stderr.write(`built ${DB}: ${events} events in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  store.close();
}

const FILTERS: [string, string][] = [
  ['no filter', ''],
  ['governorate', 'admin1=Idleb'],
  ['type + year', 'type=Explosions/Remote violence&from=2019-01-01&to=2019-12-31'],
  ['sub-type + governorate + news only', 'type=Air/drone strike&admin1=Aleppo&background=false'],
  ['actor (Arabic)', `actor=${encodeURIComponent('الروسي')}`],
  ['text search (Arabic, clitic)', `q=${encodeURIComponent('وبإدلب')}`],
  ['outlet + month', `outlet=${encodeURIComponent('الميادين')}&from=2023-10&to=2023-10`],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function apiBench(): Promise<void> {
  const store = openStore(DB);
  const app = createApp({ store });
  const screen = async (qs: string) => {
    const sep = qs ? '&' : '';
    const rs = await Promise.all([
      app.request(`/api/events?${qs}${sep}limit=50`), app.request(`/api/map?${qs}`), app.request(`/api/stats?${qs}`),
    ]);
    const [list, map] = (await Promise.all(rs.map((r) => r.json()))) as [{ total: number }, { points: unknown[] }];
    return { total: list.total, points: map.points.length };
  };
  await screen(''); // warm-up: statement preparation, page cache
  console.log(`\nAPI (in process), ${store.countEvents({})} events — list page + map points + counts/timeline, median of 5:`);
  for (const [name, qs] of FILTERS) {
    const times: number[] = [];
    let info = { total: 0, points: 0 };
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      info = await screen(qs);
      times.push(performance.now() - t);
    }
    console.log(`  ${name.padEnd(36)} ${median(times).toFixed(0).padStart(5)} ms   (${info.total} events, ${info.points} map points)`);
  }
  store.close();
}

async function browserBench(): Promise<void> {
  if (!existsSync('/usr/bin/chromium')) {
    console.log('\nbrowser: skipped (/usr/bin/chromium missing)');
    return;
  }
  const server = await startServer({ dbPath: DB, port: 0, token: null });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const ready = () => page.evaluate(() => Number(document.body.dataset['ready'] ?? 0));
  console.log('\nbrowser (Chromium): from the filter change to the list, map, choropleth and timeline redrawn, median of 3:');
  for (const [name, qs] of FILTERS) {
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      await page.goto(`${server.url}?${qs}`);
      await page.waitForFunction(() => Number(document.body.dataset['ready'] ?? 0) >= 1, null, { timeout: 60_000 });
      // the measured step: a filter change in the loaded page (the URL's filter applied again, from scratch)
      const before = await ready();
      const t = performance.now();
      await page.evaluate(() => (window as unknown as { rasdDesk: { refresh(): Promise<void> } }).rasdDesk.refresh());
      await page.waitForFunction((n) => Number(document.body.dataset['ready'] ?? 0) > n, before);
      // one animation frame more: the browser has painted what the code drew
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      times.push(performance.now() - t);
    }
    const [inPage, fetchMs] = await page.evaluate(() => [Number(document.body.dataset['loadedMs']), Number(document.body.dataset['fetchMs'])]);
    console.log(`  ${name.padEnd(36)} ${median(times).toFixed(0).padStart(5)} ms   (in page: fetch ${fetchMs} ms + draw ${inPage! - fetchMs!} ms)`);
  }
  await page.screenshot({ path: join(ROOT, '.tmp', 'screenshots', 'bench-100k.png') });
  await browser.close();
  await server.close();
}

if (process.argv.includes('--rebuild') || !existsSync(DB)) build();
await apiBench();
await browserBench();
