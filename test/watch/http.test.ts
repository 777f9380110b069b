/**
 * The watcher's HTTP client against the local test site: conditional requests, redirects, failures with
 * retries, a host that hangs, robots.txt, the page's own charset, and the per-host pace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, type Clock, type FetchResult } from '../../src/watch/index.js';
import { startFixtureServer, type FixtureServer } from './server.js';

/** Real time for requests; sleeps (retry pauses, rate-limit waits) are recorded and advance a fake offset. */
function recordingClock(): Clock & { slept: number[] } {
  let offset = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => Date.now() + offset,
    sleep: async (ms) => {
      slept.push(ms);
      offset += ms;
    },
  };
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ slowMs: 2_000 });
});
afterAll(() => server.close());

const client = (over: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}) =>
  new HttpClient({ clock: recordingClock(), hostDelayMs: 0, retries: 1, retryBaseMs: 5, timeoutMs: 1_000, ...over });
const hits = (path: string) => server.requests.filter((r) => r.path === path);
const ok = (r: FetchResult) => {
  if (r.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r;
};

describe('HttpClient.get', () => {
  it('sends ETag and Last-Modified back and reads 304 as unchanged', async () => {
    const http = client();
    const first = ok(await http.get(`${server.url}aawsat/feed.rss`, { accept: 'application/rss+xml' }));
    expect(first.etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(first.lastModified).toBe('Tue, 11 Aug 2015 12:00:00 GMT');
    expect(first.text).toContain('<title>الشرق الأوسط - العالم العربي</title>');
    const byEtag = await http.get(`${server.url}aawsat/feed.rss`, { accept: 'application/rss+xml', etag: first.etag });
    const byDate = await http.get(`${server.url}aawsat/feed.rss`, { accept: 'application/rss+xml', lastModified: first.lastModified });
    expect([byEtag.kind, byDate.kind]).toEqual(['not_modified', 'not_modified']);
    expect(hits('/aawsat/feed.rss').map((h) => [h.status, h.conditional])).toEqual([[200, false], [304, true], [304, true]]);
  });

  it('follows a permanent redirect and says where the page now lives', async () => {
    const r = ok(await client().get(`${server.url}alyaum/old/4081557`, { accept: 'text/html' }));
    expect(r.url).toBe(`${server.url}alyaum/article/4081557`);
    expect(r.movedTo).toBe(`${server.url}alyaum/article/4081557`);
    expect(r.text).toContain('تصعيد العنف في تركيا مع هجوم انتحاري تبناه حزب العمال الكردستاني');
  });

  it('a 500 is retried with backoff, then reported as worth retrying later', async () => {
    const clock = recordingClock();
    const r = await client({ clock, retries: 2, retryBaseMs: 100 }).get(`${server.url}hayat/feed.xml`, { accept: 'application/rss+xml' });
    expect(r).toMatchObject({ kind: 'failed', status: 500, reason: 'HTTP 500', retryable: true });
    expect(hits('/hayat/feed.xml')).toHaveLength(3);
    // two pauses, the second about twice the first (with jitter of ±25%)
    expect(clock.slept).toHaveLength(2);
    expect(clock.slept[0]).toBeGreaterThanOrEqual(75);
    expect(clock.slept[1]).toBeGreaterThanOrEqual(150);
  });

  it('a page that fails twice and then works is fetched within one call when retries allow', async () => {
    server.behaviour.failures.set('/alyaum/article/4082984', 2);
    const r = ok(await client({ retries: 2 }).get(`${server.url}alyaum/article/4082984`, { accept: 'text/html' }));
    expect(r.text).toContain('هجمات دموية في تركيا عقب وصول المقاتلات الأمريكية');
    expect(hits('/alyaum/article/4082984').map((h) => h.status)).toEqual([500, 500, 200]);
  });

  it('a host that hangs is abandoned at the time limit', async () => {
    const started = Date.now();
    const r = await client({ timeoutMs: 200, retries: 0 }).get(`${server.url}safir/feed.xml`, { accept: 'application/rss+xml' });
    expect(r).toMatchObject({ kind: 'failed', status: null, reason: 'timed out after 0.2 s', retryable: true });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('a 404 is not worth retrying', async () => {
    const r = await client().get(`${server.url}aljazirah/du1`, { accept: 'text/html' });
    expect(r).toMatchObject({ kind: 'failed', status: 404, retryable: false });
    expect(hits('/aljazirah/du1')).toHaveLength(1);
  });

  it('robots.txt: a disallowed page is never requested', async () => {
    const r = await client().get(`${server.url}aawsat/home/print/414536`, { accept: 'text/html' });
    expect(r.kind).toBe('disallowed');
    expect(hits('/aawsat/home/print/414536')).toHaveLength(0);
  });

  it('robots.txt that cannot be fetched (5xx) disallows everything for now', async () => {
    server.behaviour.failures.set('/robots.txt', 2);
    const r = await client({ retries: 1 }).get(`${server.url}samples/000`, { accept: 'text/html' });
    expect(r.kind).toBe('disallowed');
    expect(hits('/samples/000')).toHaveLength(0);
  });

  it('decodes a windows-1256 page by its own declaration', async () => {
    const r = ok(await client().get(`${server.url}alriyadh/1067137`, { accept: 'text/html' }));
    expect(r.contentType).toBe('text/html');
    expect(r.text).toContain('سورية: 12 قتيلاً في قصف على ريف حلب.. والبنتاغون يؤكد مقتل المتطرف «الفضلي» بغارة جوية');
  });

  it('refuses a body over the size cap', async () => {
    const r = await client({ maxBytes: 2_000 }).get(`${server.url}aawsat/home/article/414461`, { accept: 'text/html' });
    expect(r).toMatchObject({ kind: 'failed', retryable: false });
  });

  it('keeps one host to its pace: requests to one host wait for their slot', async () => {
    const clock = recordingClock();
    const http = client({ clock, hostDelayMs: 500 });
    await Promise.all(['samples/index.rdf', 'alyaum/atom.xml', '3alyoum/feed.json'].map((p) => http.get(`${server.url}${p}`, { accept: '*/*' })));
    // robots.txt and three feeds: each after the one before, 500 ms apart
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3 * 500 - 50);
  });
});
