import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeFeedDate } from './dates.js';
import { FeedError, parseFeed } from './feeds.js';
import { canonicalUrl } from './urls.js';
import { findXmlProblem } from './xml.js';

const SITE = join(import.meta.dirname, '../../test/fixtures/watch/site');
const BASE = 'http://127.0.0.1:8754';
const read = (path: string) => readFileSync(join(SITE, path), 'utf8');

describe('parseFeed: the saved feeds of the test site', () => {
  it('RSS 2.0 (Asharq Al-Awsat): links resolved, click tracking dropped, RFC 822 dates kept in the outlet offset', () => {
    const feed = parseFeed(read('aawsat/feed.rss'), `${BASE}/aawsat/feed.rss`);
    expect(feed.kind).toBe('rss');
    expect(feed.title).toBe('الشرق الأوسط - العالم العربي');
    expect(feed.problem).toBeNull();
    expect(feed.items.map((i) => i.url)).toEqual([
      `${BASE}/aawsat/home/article/415826`,
      `${BASE}/aawsat/english/home/article/415826`,
      `${BASE}/aawsat/home/article/414461`,
      `${BASE}/aawsat/home/article/423316`,
      `${BASE}/aawsat/home/article/423311`,
      `${BASE}/aawsat/home/print/414536`,
    ]);
    expect(feed.items[0]).toEqual({
      url: `${BASE}/aawsat/home/article/415826`,
      title: 'مقتل جنديين وإصابة 4 آخرين في تفجير استهدف رتلاً عسكريًا تركيًا في ديار بكر',
      published: '2015-07-27T17:15:28+03:00',
    });
  });

  it('Atom (Al-Yaum): the alternate link, <published> else <updated>', () => {
    const feed = parseFeed(read('alyaum/atom.xml'), `${BASE}/alyaum/atom.xml`);
    expect(feed.kind).toBe('atom');
    expect(feed.items.map((i) => [i.url.slice(BASE.length), i.published])).toEqual([
      ['/alyaum/article/4081114', '2015-08-01T09:00:00+03:00'],
      ['/alyaum/article/4082984', '2015-08-11T14:15:06+03:00'],
      ['/alyaum/old/4081557', '2015-08-02T23:38:30+03:00'],
      ['/alyaum/article/4079640', '2015-07-22T17:46:56+03:00'],
      ['/alyaum/sections/syria', '2015-08-11T15:00:00+03:00'],
    ]);
    expect(feed.items[0]!.title).toBe('«النصرة» تخطف 8 مقاتلين من فصيل سوري معتدل مدربين في تركيا');
  });

  it('JSON Feed (Rai al-Youm): an Arabic slug becomes a percent-encoded URL', () => {
    const feed = parseFeed(read('3alyoum/feed.json'), `${BASE}/3alyoum/feed.json`);
    expect(feed.kind).toBe('json');
    expect(feed.items).toHaveLength(1);
    const url = feed.items[0]!.url;
    expect(url.startsWith(`${BASE}/3alyoum/news/a/%D9%85%D9%82%D8%AA%D9%84-28-`)).toBe(true);
    expect(decodeURIComponent(url)).toBe(`${BASE}/3alyoum/news/a/مقتل-28-مدنياً-في-قصف-جوي-لنظام-الأسد-شما/`);
    expect(feed.items[0]!.published).toBe('2015-07-24T17:42:22+03:00');
  });

  it('RSS 1.0 / RDF (samples): items beside the channel', () => {
    const feed = parseFeed(read('samples/index.rdf'), `${BASE}/samples/index.rdf`);
    expect(feed.kind).toBe('rdf');
    expect(feed.items.map((i) => i.title)).toEqual([
      'حميميم: القوات الجوية الروسية في سوريا دمرت قاعدتين لمسلحين في محافظة حمص',
      'في حماية الفصائل المسلحة.. قوات روسية تغادر حمص ودمشق',
    ]);
  });

  it('a news sitemap index lists its children newest first; a news sitemap gives headline and date', () => {
    const index = parseFeed(read('alriyadh/sitemap-index.xml'), `${BASE}/alriyadh/sitemap-index.xml`);
    expect(index.kind).toBe('sitemapindex');
    expect(index.sitemaps.map((s) => s.url)).toEqual([`${BASE}/alriyadh/sitemap-2015-08.xml`, `${BASE}/alriyadh/sitemap-2015-07.xml`]);
    const month = parseFeed(read('alriyadh/sitemap-2015-07.xml'), `${BASE}/alriyadh/sitemap-2015-07.xml`);
    expect(month.kind).toBe('sitemap');
    expect(month.items).toEqual([
      {
        url: `${BASE}/alriyadh/1067137`,
        title: 'سورية: 12 قتيلاً في قصف على ريف حلب.. والبنتاغون يؤكد مقتل المتطرف «الفضلي» بغارة جوية',
        published: '2015-07-23T19:14:50+03:00',
      },
    ]);
  });

  it('a feed cut off mid-item (Al-Jazirah): the complete item is read, the break reported with its line', () => {
    const feed = parseFeed(read('aljazirah/rss.xml'), `${BASE}/aljazirah/rss.xml`);
    expect(feed.items.map((i) => i.url)).toEqual([`${BASE}/aljazirah/du9`]);
    expect(feed.problem).toMatch(/broken XML.*line 1[0-9]: .*never closed/);
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><head><title>خطأ</title></head><body><p>الصفحة غير موجودة</p></body></html>', /HTML page/],
    ['a cut-off feed with no complete item', '<?xml version="1.0"?><rss version="2.0"><channel><title>الحياة</title><item><title>مقتل', /no complete item/],
    ['an empty body', '', /no XML/],
    ['JSON that is not a JSON Feed', '{"status": "error", "message": "rate limited"}', /not a JSON Feed/],
    ['broken JSON', '{"version": "https://jsonfeed.org/version/1.1", "items": [', /broken JSON feed/],
  ])('%s is not a feed', (_label, body, message) => {
    expect(() => parseFeed(body, `${BASE}/x`)).toThrow(FeedError);
    expect(() => parseFeed(body, `${BASE}/x`)).toThrow(message);
  });

  it('a bare & in a title (common in real feeds) is not a break', () => {
    const body = '<rss version="2.0"><channel><item><title>سوريا & العراق</title><link>http://a.example/1</link></item></channel></rss>';
    const feed = parseFeed(body, `${BASE}/x`);
    expect(feed.problem).toBeNull();
    expect(feed.items[0]!.title).toBe('سوريا & العراق');
  });

  it('a guid that is not a permalink is never taken for the link', () => {
    const body = '<rss version="2.0"><channel><item><title>خبر</title><guid isPermaLink="false">http://a.example/guid/1</guid></item></channel></rss>';
    expect(parseFeed(body, `${BASE}/x`).items).toEqual([]);
  });
});

describe('findXmlProblem', () => {
  it.each([
    ['<rss><channel><item></item></channel></rss>', null],
    ['<?xml version="1.0"?>\n<!-- c -->\n<feed><title><![CDATA[a <b> c]]></title><link href="x"/></feed>\n', null],
    ['<rss><channel><item></channel></rss>', /line 1: <\/channel> where <\/item> was expected/],
    ['<rss><channel>\n<item>\n<title>عنوان', /line 3: cut off: <title> never closed/],
    ['<rss></rss><rss></rss>', /after the root/],
    ['<rss><link href="a>b"/></rss>', null],
  ])('%j', (xml, expected) => {
    const p = findXmlProblem(xml);
    if (expected === null) expect(p).toBeNull();
    else expect(p?.reason).toMatch(expected);
  });
});

describe('normalizeFeedDate', () => {
  it.each([
    ['Mon, 27 Jul 2015 17:15:28 +0300', '2015-07-27T17:15:28+03:00'],
    // just after midnight in Riyadh is still the 31st there, though the 30th in UTC
    ['Fri, 31 Jul 2015 00:23:14 +0300', '2015-07-31T00:23:14+03:00'],
    ['31 Jul 2015 04:23 GMT', '2015-07-31T04:23:00+00:00'],
    ['Sat, 8 Aug 15 14:34:23 EDT', '2015-08-08T14:34:23-04:00'],
    ['2015-08-08T14:34:23Z', '2015-08-08T14:34:23+00:00'],
    ['2015-08-08T14:34:23.123+0300', '2015-08-08T14:34:23+03:00'],
    ['2015-07-25 02:04:20', '2015-07-25T02:04:20'],
    ['2015-08-11', '2015-08-11'],
    ['2015-02-30', null],
    ['Tue, 32 Jul 2015 10:00:00 GMT', null],
    ['الثلاثاء 11 أغسطس 2015', null],
    ['', null],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeFeedDate(raw)).toBe(expected);
  });
});

describe('canonicalUrl', () => {
  it.each([
    ['/aawsat/home/article/415826?utm_source=rss&utm_medium=feed', 'http://127.0.0.1:8754/aawsat/home/article/415826'],
    ['http://www.alyaum.com/article/4081114#comments', 'http://www.alyaum.com/article/4081114'],
    ['http://www.alriyadh.com/1067137?page=2&fbclid=abc', 'http://www.alriyadh.com/1067137?page=2'],
    ['mailto:news@aawsat.com', null],
    ['javascript:void(0)', null],
  ])('%s', (raw, expected) => {
    expect(canonicalUrl(raw, 'http://127.0.0.1:8754/aawsat/feed.rss')).toBe(expected);
  });
});
