/// <reference lib="dom" />
/**
 * The desk in a real browser (Debian's Chromium driven by playwright-core) on the sample corpus: the map
 * shows the events in their governorates, filters by date and type (the URL holds them), the event view
 * highlights the evidence, a correction persists after reload, an export downloads, a pasted page is
 * ingested. Screenshots of the map, the timeline and the event view go to .tmp/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { ingestPaths } from '../../src/cli/ingest.js';
import type { EventRecord } from '../../src/types.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(ROOT, '.tmp', 'screenshots');
const haveBrowser = existsSync(CHROMIUM);
// In CI the browser is installed by .ci/run, so its absence is a failure there, never a silent skip.
const run = haveBrowser || Boolean(process.env['CI']);
if (!run) console.warn(`e2e: skipped — ${CHROMIUM} is not installed (apt-get install chromium); set CI=1 to make this a failure`);

/** How long a view may take to settle in the browser before a step fails. */
const STEP_MS = 15_000;

describe.runIf(run)('the desk in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  const api = async <T>(path: string): Promise<T> => (await fetch(new URL(path, server.url))).json() as Promise<T>;
  /** The number of completed loads of the view; each filter change adds one. */
  const loads = () => page.evaluate(() => Number(document.body.dataset['ready'] ?? 0));
  const settled = async (before: number) => {
    await page.waitForFunction((n) => Number(document.body.dataset['ready'] ?? 0) > n, before, { timeout: STEP_MS });
  };
  const rows = () => page.locator('#events-table tbody tr[data-event-id]');

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const dir = mkdtempSync(join(tmpdir(), 'rasd-e2e-'));
    server = await startServer({ dbPath: join(dir, 'desk.db'), port: 0, token: null });
    await ingestPaths(server.store, [join(ROOT, 'examples')], { progress: false });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: { width: 1500, height: 950 }, acceptDownloads: true, locale: 'ar' });
    page = await context.newPage();
    page.on('pageerror', (err) => {
      throw err;
    });
    await page.goto(server.url);
    await page.waitForFunction(() => Number(document.body.dataset['ready'] ?? 0) >= 1, null, { timeout: STEP_MS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the sample corpus: every event listed, each point drawn inside its governorate, counts on the choropleth', async () => {
    const all = await api<{ total: number; events: EventRecord[] }>('/api/events?limit=500');
    expect(all.total).toBeGreaterThan(10);
    expect(await page.locator('#list-count').textContent()).toContain(String(all.total));
    expect(await rows().count()).toBe(Math.min(50, all.total));
    expect(await page.evaluate(() => [document.documentElement.dir, getComputedStyle(document.body).fontFamily])).toEqual(['rtl', expect.stringContaining('Noto Naskh Arabic')]);

    // where each Syrian event's coordinates fall on the drawn map: the governorate polygon under that pixel
    const placed = all.events.filter((e) => e.latitude !== null && e.longitude !== null && e.admin1 && e.country === 'Syria');
    expect(placed.length).toBeGreaterThan(5);
    const found = await page.evaluate((events) => {
      const desk = (window as unknown as { rasdDesk: { map: { latLngToContainerPoint(ll: [number, number]): { x: number; y: number }; getContainer(): HTMLElement } } }).rasdDesk;
      const box = desk.map.getContainer().getBoundingClientRect();
      return events.map(([id, lat, lon]) => {
        const p = desk.map.latLngToContainerPoint([lat, lon]);
        const under = document.elementsFromPoint(box.left + p.x, box.top + p.y).find((n) => n.getAttribute('data-admin1'));
        return [id, under?.getAttribute('data-admin1') ?? null];
      });
    }, placed.map((e) => [e.event_id, e.latitude!, e.longitude!] as [string, number, number]));
    const coded = new Map(placed.map((e) => [e.event_id, e.admin1]));
    // never inside another governorate; a port or border village may sit just outside the simplified
    // polygons (boundaries/SOURCE.md: up to ~1 km), so a few points over the sea or the border are allowed
    expect(found.filter(([id, under]) => under !== null && under !== coded.get(id!))).toEqual([]);
    expect(found.filter(([, under]) => under === null).length).toBeLessThanOrEqual(Math.ceil(placed.length / 10));
    expect(found.filter(([id, under]) => under === coded.get(id!)).length).toBeGreaterThan(5);

    const stats = await api<{ byAdmin1: Record<string, number> }>('/api/stats');
    for (const [name, n] of Object.entries(stats.byAdmin1)) {
      if (name === '(unknown)') continue;
      expect(await page.locator(`path[data-admin1="${name}"]`).getAttribute('data-count')).toBe(String(n));
    }
    // points are drawn (clustered where dense): every placed event is in a marker or a cluster count
    const drawn = await page.evaluate(() => {
      const singles = document.querySelectorAll('.leaflet-overlay-pane path[data-events]');
      let n = 0;
      for (const p of Array.from(singles)) n += Number(p.getAttribute('data-events'));
      for (const c of Array.from(document.querySelectorAll('.cluster'))) n += Number(c.textContent);
      return n;
    });
    const map = await api<{ points: number[][]; unplaced: number }>('/api/map');
    // points beyond the view (Geneva's talks) are not drawn until the analyst pans there
    const inView = await page.evaluate((points) => {
      const m = (window as unknown as { rasdDesk: { map: { getBounds(): { contains(ll: [number, number]): boolean } } } }).rasdDesk.map;
      return points.filter((p) => m.getBounds().contains([p[0]!, p[1]!])).reduce((s, p) => s + p[3]!, 0);
    }, map.points);
    expect(inView).toBeGreaterThan(10);
    expect(drawn).toBe(inView);
    await page.locator('.map-panel').screenshot({ path: join(SCREENSHOTS, 'map.png') });
  }, 60_000);

  it('filters by type and date; the URL holds the view, a reload restores it', async () => {
    let before = await loads();
    await page.selectOption('#f-type', 'Explosions/Remote violence');
    await settled(before);
    before = await loads();
    await page.fill('#f-from', '2024-03-01');
    await page.dispatchEvent('#f-from', 'change');
    await settled(before);
    before = await loads();
    await page.fill('#f-to', '2024-04-30');
    await page.dispatchEvent('#f-to', 'change');
    await settled(before);

    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ type: 'Explosions/Remote violence', from: '2024-03-01', to: '2024-04-30' });
    const expected = await api<{ total: number; events: EventRecord[] }>(`/api/events?${url.searchParams}`);
    expect(expected.total).toBeGreaterThan(0);
    const shown = await rows().evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-event-id'), tr.getAttribute('data-type'), tr.querySelector('td.date')?.textContent]));
    expect(shown).toEqual(expected.events.map((e) => [e.event_id, 'Explosions/Remote violence', e.event_date]));
    for (const [, , date] of shown) expect(date! >= '2024-03-01' && date! <= '2024-04-30').toBe(true);

    await page.reload();
    await page.waitForFunction(() => Number(document.body.dataset['ready'] ?? 0) >= 1, null, { timeout: STEP_MS });
    expect(await page.inputValue('#f-type')).toBe('Explosions/Remote violence');
    expect(await rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event-id')))).toEqual(expected.events.map((e) => e.event_id));

    // the timeline is brushable: dragging across it sets a date range
    await page.goto(server.url);
    await page.waitForFunction(() => Number(document.body.dataset['ready'] ?? 0) >= 1, null, { timeout: STEP_MS });
    await page.locator('.timeline-panel').screenshot({ path: join(SCREENSHOTS, 'timeline.png') });
    const box = (await page.locator('#timeline svg').boundingBox())!;
    before = await loads();
    await page.mouse.move(box.x + 10, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + 40, { steps: 5 });
    await page.mouse.up();
    await settled(before);
    const brushed = new URL(page.url()).searchParams;
    expect(brushed.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(brushed.get('to')! >= brushed.get('from')!).toBe(true);
  }, 60_000);

  it('opens an event: its evidence clause and the words of each field are highlighted in the article', async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => Number(document.body.dataset['ready'] ?? 0) >= 1, null, { timeout: STEP_MS });
    const all = await api<{ events: EventRecord[] }>('/api/events?limit=500');
    const basankol = all.events.find((e) => e.location?.includes('باسنكول'));
    expect(basankol, 'seeds/000 reports the strike on باسنكول').toBeDefined();
    await page.click(`#events-table tr[data-event-id="${basankol!.event_id}"]`);
    await page.waitForSelector('#detail .article-body .evidence', { timeout: STEP_MS });
    expect(new URL(page.url()).searchParams.get('event')).toBe(basankol!.event_id);
    const evidence = await page.locator('#detail .article-body .evidence').evaluateAll((ns) => ns.map((n) => n.textContent).join(''));
    expect(evidence).toBe(basankol!.evidence.text);
    expect(await page.locator('#detail [data-field="location"]').first().textContent()).toContain('باسنكول');
    // the teaser glued under the article is shown apart, not in the article body
    expect(await page.locator('#detail .teasers .teaser').count()).toBeGreaterThan(0);
    expect(await page.locator('#detail .article-body').textContent()).not.toContain('لقاء بوتين والشرع');
    await page.locator('#detail').screenshot({ path: join(SCREENSHOTS, 'event.png') });
    await page.locator('#detail .article-body .evidence').first().scrollIntoViewIfNeeded();
    await page.locator('#detail').screenshot({ path: join(SCREENSHOTS, 'event-evidence.png') });
  }, 60_000);

  it('corrects the fatalities; the correction shows after a reload and in the list', async () => {
    const id = new URL(page.url()).searchParams.get('event')!;
    const before = (await api<{ event: EventRecord }>(`/api/events/${id}`)).event.fatalities;
    const corrected = (before ?? 0) + 5;
    await page.fill('#author', 'e2e analyst');
    await page.dispatchEvent('#author', 'change');
    await page.click('#detail tr[data-row="fatalities"] button[data-correct="fatalities"]');
    await page.fill('#detail .correction-form input[name="fatalities"]', String(corrected));
    await page.click('#detail .correction-form button[data-save="fatalities"]');
    await page.waitForSelector('#detail .history li', { timeout: STEP_MS });

    await page.reload();
    await page.waitForSelector('#detail .history li', { timeout: STEP_MS });
    expect(await page.locator('#detail tr[data-row="fatalities"] td.value').textContent()).toContain(String(corrected));
    expect(await page.locator('#detail .history li').first().textContent()).toContain('e2e analyst');
    expect(await page.locator(`#events-table tr[data-event-id="${id}"] td.num`).textContent()).toBe(String(corrected));
    expect((await api<{ event: EventRecord }>(`/api/events/${id}`)).event.fatalities).toBe(corrected);
  }, 60_000);

  it('downloads the CSV export of the current filter', async () => {
    const before = await loads();
    await page.selectOption('#f-admin1', 'Idleb');
    await settled(before);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(download.suggestedFilename()).toBe('rasd-events.csv');
    const rowsOut = parseCsv(readFileSync(await download.path()), { columns: true }) as Record<string, string>[];
    const expected = await api<{ total: number }>('/api/events?admin1=Idleb');
    expect(rowsOut).toHaveLength(expected.total);
    expect(rowsOut.every((r) => r['admin1'] === 'Idleb')).toBe(true);
  }, 60_000);

  it('adds a pasted page from the dialog and shows the result', async () => {
    const goldFile = join(ROOT, '..', 'shared', 'gold', 'articles.jsonl');
    const gold = existsSync(goldFile) ? readFileSync(goldFile, 'utf8').split('\n').find((l) => l.includes('"snn-b76299d0a1ba"')) : undefined;
    const text = gold ? (JSON.parse(gold) as { text: string }).text : readFileSync(join(ROOT, 'examples', '004_e464c738560671d6.txt'), 'utf8') + '\nنسخة';
    await page.click('#open-ingest');
    await page.fill('#ingest-text', text);
    await page.fill('#ingest-outlet', 'e2e');
    const before = await loads();
    await page.click('#ingest-paste');
    await settled(before);
    expect(await page.locator('#ingest-report').textContent()).toMatch(/1\/1/);
    expect(await page.locator('#ingest-progress').getAttribute('value')).toBe('1');
    const outlets = await api<{ outlets: { outlet: string }[] }>('/api/vocabulary');
    expect(outlets.outlets.map((o) => o.outlet)).toContain('e2e');
  }, 60_000);
});
