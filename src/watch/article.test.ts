import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFetchedPage } from './article.js';
import type { Source } from './sources.js';

const SITE = join(import.meta.dirname, '../../test/fixtures/watch/site');
const page = (path: string) => readFileSync(join(SITE, path), 'utf8');
const URL_ = 'http://127.0.0.1:8754/page';

function source(over: Partial<Source> = {}): Source {
  return {
    name: 'الشرق الأوسط', language: 'ar', stance: null, feeds: [], sitemaps: [], intervalSeconds: 900, since: null,
    clean: { dropSelectors: [], dropPhrases: [] }, ...over,
  };
}
const noFeedInfo = { title: null, published: null };

describe('readFetchedPage: article pages of the test site', () => {
  it('an Asharq Al-Awsat article: Arabic, outlet from the source entry, date from article:published_time', () => {
    const r = readFetchedPage(page('aawsat/home/article/415826.html'), 'text/html', URL_, source(), { title: null, published: '2015-07-28' });
    expect(r.kind).toBe('article');
    if (r.kind !== 'article') return;
    expect(r.input.outlet).toBe('الشرق الأوسط');
    expect(r.input.published).toBe('2015-07-27T17:15:28+03:00');
    expect(r.dateFrom).toBe('page');
    expect(r.input.title).toBe('مقتل جنديين وإصابة 4 آخرين في تفجير استهدف رتلاً عسكريًا تركيًا في ديار بكر');
    expect(r.input.text!.startsWith('تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة')).toBe(true);
    expect(r.language).toMatchObject({ language: 'ar', basis: 'text' });
  });

  it("the source's cleaning hints drop the share bar and the copyright line", () => {
    const html = page('aawsat/home/article/415826.html');
    const hinted = source({ clean: { dropSelectors: ['.telegram-cta', 'aside.related'], dropPhrases: ['جميع الحقوق محفوظة'] } });
    const plain = readFetchedPage(html, 'text/html', URL_, source(), noFeedInfo);
    const cleaned = readFetchedPage(html, 'text/html', URL_, hinted, noFeedInfo);
    if (plain.kind !== 'article' || cleaned.kind !== 'article') throw new Error('expected articles');
    expect(plain.input.text).toContain('تابعوا آخر الأخبار عبر قناة الشرق الأوسط على تلغرام');
    expect(plain.input.text).toContain('جميع الحقوق محفوظة لصحيفة الشرق الأوسط');
    expect(cleaned.input.text).not.toContain('تلغرام');
    expect(cleaned.input.text).not.toContain('جميع الحقوق محفوظة');
    expect(cleaned.input.text).toContain('وغيرت تركيا من موقفها بشكل مفاجئ هذا الأسبوع');
  });

  it('a JSON-LD datePublished beats the feed entry date (Al-Yaum, updated the next day)', () => {
    const r = readFetchedPage(page('alyaum/article/4081114.html'), 'text/html; charset=utf-8', URL_, source({ name: 'اليوم' }), {
      title: null,
      published: '2015-08-01T09:00:00+03:00',
    });
    expect(r.kind === 'article' && [r.input.published, r.dateFrom]).toEqual(['2015-07-31T04:23:14+03:00', 'page']);
  });

  it('a page without date metadata takes the feed date (Rai al-Youm)', () => {
    const r = readFetchedPage(page('3alyoum/news/a/مقتل-28-مدنياً-في-قصف-جوي-لنظام-الأسد-شما.html'), 'text/html', URL_, source({ name: 'رأي اليوم' }), {
      title: null,
      published: '2015-07-24T17:42:22+03:00',
    });
    expect(r.kind === 'article' && [r.input.published, r.dateFrom, r.input.outlet]).toEqual(['2015-07-24T17:42:22+03:00', 'feed', 'رأي اليوم']);
  });

  it('the English edition page is held with its language, whatever the source declares', () => {
    const r = readFetchedPage(page('aawsat/english/home/article/415826.html'), 'text/html', URL_, source(), noFeedInfo);
    expect(r.kind).toBe('held');
    if (r.kind !== 'held') return;
    expect(r.language).toMatchObject({ language: 'en', basis: 'text' });
    expect(r.input.title).toBe('Two Turkish soldiers killed, four wounded in car bomb attack on military convoy in Diyarbakir');
  });

  it.each([
    ['a section front listing headlines', page('alyaum/sections/syria.html'), 'text/html', /a list of links/],
    ['an error page', '<html><body><h1>404</h1><p>الصفحة غير موجودة</p></body></html>', 'text/html', /too little text/],
    ['a PDF', '%PDF-1.4', 'application/pdf', /not a web page \(application\/pdf\)/],
    [
      'a video page with a caption',
      '<html><head><meta property="og:type" content="video.other"></head><body><video src="/v.mp4"></video><p>شاهد: تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة أدى أول من أمس إلى مقتل جنديين تركيين على الأقل في محافظة ديار بكر ذات الغالبية الكردية جنوب شرقي تركيا. وتبنى الجناح العسكري في الحركة الانفصالية المتمردة الهجوم على موقعه على الإنترنت.</p></body></html>',
      'text/html',
      /declared as video\.other/,
    ],
  ])('%s is not an article', (_label, html, type, reason) => {
    const r = readFetchedPage(html, type, URL_, source(), noFeedInfo);
    expect(r.kind).toBe('not_article');
    if (r.kind === 'not_article') expect(r.reason).toMatch(reason);
  });
});
