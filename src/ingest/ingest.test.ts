import { mkdtemp, mkdir, readFile as readText, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawPage } from '../types.js';
import { MAX_JSONL_LINE_BYTES, MAX_PAGE_FILE_BYTES } from './constants.js';
import { contentHash, expandPaths, htmlToText, pageFromInput, readFile, type IngestItem } from './index.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const SEEDS = [
  '000_b38946c413fa66ab.txt',
  '001_88e92bef563f98d3.txt',
  '002_ec73693d1aa17ecc.txt',
  '003_f960658a4d41156d.txt',
  '004_e464c738560671d6.txt',
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rasd-ingest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(path: string): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readFile(path)) out.push(item);
  return out;
}
function onlyPage(items: IngestItem[]): RawPage {
  expect(items).toHaveLength(1);
  const item = items[0]!;
  if (item.kind !== 'page') throw new Error(`expected a page, got ${JSON.stringify(item.error)}`);
  return item.page;
}
function onlyError(items: IngestItem[]) {
  expect(items).toHaveLength(1);
  const item = items[0]!;
  if (item.kind !== 'error') throw new Error('expected an error, got a page');
  return item.error;
}
const seedText = (name: string) => readText(join(EXAMPLES, name), 'utf8');

describe('readFile: the five seed pages', () => {
  it.each(SEEDS)('%s is one text page with its text and a content-hash id', async (name) => {
    const path = join(EXAMPLES, name);
    const page = onlyPage(await collect(path));
    const raw = await seedText(name);
    expect(page.format).toBe('text');
    expect(page.origin).toBe(path);
    expect(page.text).toBe(raw.replace(/\r\n/g, '\n'));
    expect(page.id).toMatch(/^[0-9a-f]{16}$/);
    expect(page.id).toBe(contentHash(raw));
    expect(page.sourceId).toBeNull();
    expect(page.title).toBeNull();
  });

  it('the five seeds get five different ids', async () => {
    const ids = new Set<string>();
    for (const name of SEEDS) ids.add(onlyPage(await collect(join(EXAMPLES, name))).id);
    expect(ids.size).toBe(5);
  });
});

describe('contentHash', () => {
  const sentence = 'أعلن نائب رئيس مركز المصالحة الروسي يوري بوبوف أن القوات الجوية الروسية دمرت قاعدتين لمسلحين';
  it.each([
    ['CRLF line breaks', sentence.replace(/ /g, '\r\n')],
    ['doubled spaces and trailing newline', sentence.replace(/ /g, '  ') + '\n'],
    ['NFD vs NFC harakat', sentence.normalize('NFD')],
  ])('ignores %s', (_label, variant) => {
    expect(contentHash(variant)).toBe(contentHash(sentence));
  });
  it('differs when a word differs', () => {
    expect(contentHash(sentence.replace('قاعدتين', 'قاعدة'))).not.toBe(contentHash(sentence));
  });
});

describe('expandPaths', () => {
  it('walks folders recursively, keeps only page files, skips hidden folders, sorts and deduplicates', async () => {
    const root = join(dir, 'tree');
    await mkdir(join(root, 'a', 'b'), { recursive: true });
    await mkdir(join(root, '.cache'), { recursive: true });
    const files = ['z.txt', 'a/page.HTML', 'a/b/feed.jsonl', 'a/b/more.ndjson', 'a/x.htm', 'a/y.text', 'notes.md', '.cache/c.txt'];
    for (const f of files) await writeFile(join(root, f), 'نص');
    const missing = join(dir, 'does-not-exist.txt');
    const got = await expandPaths([root, join(root, 'z.txt'), join(root, 'a') + '/', missing]);
    expect(got).toEqual(
      [
        join(root, 'a/b/feed.jsonl'),
        join(root, 'a/b/more.ndjson'),
        join(root, 'a/page.HTML'),
        join(root, 'a/x.htm'),
        join(root, 'a/y.text'),
        join(root, 'z.txt'),
        missing,
      ].sort(),
    );
  });

  it('keeps an explicitly named file whatever its extension', async () => {
    const f = join(dir, 'named.md');
    await writeFile(f, 'نص');
    expect(await expandPaths([f])).toEqual([f]);
  });
});

describe('readFile: bad input yields an error naming the file, never throws', () => {
  it('binary file (PNG header)', async () => {
    const f = join(dir, 'image.txt');
    await writeFile(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const error = onlyError(await collect(f));
    expect(error.origin).toBe(f);
    expect(error.reason).toMatch(/binary/);
  });

  it('binary file with a .jsonl name', async () => {
    const f = join(dir, 'image.jsonl');
    await writeFile(f, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x0a, 0x00]));
    expect(onlyError(await collect(f)).reason).toMatch(/binary/);
  });

  it.each([
    ['empty file', ''],
    ['whitespace only', ' \n\n\t\n'],
  ])('%s', async (label, content) => {
    const f = join(dir, `${label.replace(/ /g, '-')}.txt`);
    await writeFile(f, content);
    const error = onlyError(await collect(f));
    expect(error.origin).toBe(f);
    expect(error.reason).toMatch(/empty/);
  });

  it.each([
    ['latin-1 French', Buffer.from('Déclaration du ministère de la Défense', 'latin1')],
    // حمص in windows-1256: a legacy Arabic encoding some old sites still serve.
    ['windows-1256 Arabic', Buffer.from([0xcd, 0xe3, 0xd5, 0x20, 0xcf, 0xe3, 0xd4, 0xde])],
  ])('not UTF-8: %s', async (label, bytes) => {
    const f = join(dir, `${label.replace(/ /g, '-')}.txt`);
    await writeFile(f, bytes);
    const error = onlyError(await collect(f));
    expect(error.origin).toBe(f);
    expect(error.reason).toMatch(/UTF-8/);
  });

  it('too large a page file', async () => {
    const f = join(dir, 'huge.txt');
    await writeFile(f, '');
    await truncate(f, MAX_PAGE_FILE_BYTES + 1);
    expect(onlyError(await collect(f)).reason).toMatch(/too large/);
  });

  it('missing file and folder are unreadable', async () => {
    const missing = join(dir, 'missing.txt');
    expect(onlyError(await collect(missing))).toEqual({ origin: missing, reason: 'unreadable: no such file' });
    expect(onlyError(await collect(join(dir, 'missing.jsonl'))).reason).toMatch(/unreadable/);
    expect(onlyError(await collect(dir)).reason).toMatch(/folder/);
  });
});

describe('readFile: JSONL, one page per line', () => {
  it('reads good lines, reports bad ones by line number, and goes on', async () => {
    const title = 'في حماية الفصائل المسلحة.. قوات روسية تغادر حمص ودمشق';
    const body = 'بدأت المئات من العربات والقوات العسكرية الروسية في مغادرة جنوب حمص ودمشق تحت حماية الفصائل المسلحة';
    const lines = [
      JSON.stringify({ id: 'a1', url: 'https://24.ae/x', outlet: 'موقع 24', published: '2024-12-13', title, text: body }),
      '{"id": "a2", "text": "وصلت اليوم الخميس تعزيزات عسكرية لقوات الأسد"', // broken: no closing brace
      '',
      'أفاد مصدر عسكري سوري اليوم بمقتل عشرات المسلحين وتدمير عتادهم وآلياتهم', // a plain-text line
      JSON.stringify({ id: 'a4', html: `<html><body><article><h1>${title}</h1><p>${body}</p></article></body></html>` }),
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ id: 'a6', title }), // no text
      JSON.stringify({ id: 'a7', text: 42 }),
      JSON.stringify({ doc_id: 'am-1688445', published_time: '2023-03-30T23:18:00+03:00', text: body }),
    ];
    const f = join(dir, 'feed.jsonl');
    await writeFile(f, lines.join('\r\n') + '\r\n');
    const items = await collect(f);
    const summary = items.map((i) => (i.kind === 'page' ? `page ${i.page.origin}` : `error ${i.error.origin}`));
    expect(summary).toEqual([
      `page ${f}:1`,
      `error ${f}:2`,
      `page ${f}:4`,
      `page ${f}:5`,
      `error ${f}:6`,
      `error ${f}:7`,
      `error ${f}:8`,
      `page ${f}:9`,
    ]);
    const [p1, e2, p4, p5, e6, e7, e8, p9] = items;
    if (p1?.kind !== 'page' || p4?.kind !== 'page' || p5?.kind !== 'page' || p9?.kind !== 'page') throw new Error('shape');
    expect(p1.page).toMatchObject({ sourceId: 'a1', url: 'https://24.ae/x', outlet: 'موقع 24', published: '2024-12-13', title, text: body, format: 'jsonl' });
    expect(e2?.kind === 'error' && e2.error.reason).toMatch(/broken JSON/);
    expect(p4.page.text).toBe(lines[3]);
    expect(p4.page.sourceId).toBeNull();
    expect(p5.page.text).toContain(body);
    expect(p5.page.title).toBe(title);
    expect(e6?.kind === 'error' && e6.error.reason).toMatch(/not a JSON object/);
    expect(e7?.kind === 'error' && e7.error.reason).toMatch(/no "text" or "html"/);
    expect(e8?.kind === 'error' && e8.error.reason).toMatch(/"text" is not a string/);
    expect(p9.page.sourceId).toBe('am-1688445');
    expect(p9.page.published).toBe('2023-03-30T23:18:00+03:00');
  });

  it('a line that is not UTF-8 is one error; the others are read', async () => {
    const f = join(dir, 'mixed.jsonl');
    const good = Buffer.from(JSON.stringify({ text: 'وصلت اليوم الخميس تعزيزات عسكرية' }) + '\n');
    await writeFile(f, Buffer.concat([good, Buffer.from('{"text": "Défense"}\n', 'latin1'), good]));
    const kinds = (await collect(f)).map((i) => (i.kind === 'error' ? `${i.error.origin} ${i.error.reason}` : i.kind));
    expect(kinds).toEqual(['page', `${f}:2 not UTF-8 text`, 'page']);
  });

  it('an oversized line is refused without stopping the stream', async () => {
    const f = join(dir, 'big.jsonl');
    const good = JSON.stringify({ text: 'وصلت اليوم الخميس تعزيزات عسكرية' });
    await writeFile(f, `${good}\n{"text": "${'ا'.repeat(MAX_JSONL_LINE_BYTES / 2 + 10)}"}\n${good}`);
    const kinds = (await collect(f)).map((i) => (i.kind === 'error' ? i.error.reason : i.kind));
    expect(kinds).toEqual(['page', expect.stringMatching(/too large/), 'page']);
  });

  it('a file of blank lines is empty', async () => {
    const f = join(dir, 'blank.jsonl');
    await writeFile(f, '\n\n  \n');
    expect(onlyError(await collect(f)).reason).toMatch(/empty/);
  });
});

/** Seed 001 as a news site serves it: navigation, share bar, related list and footer around the article. */
async function seed001Html(meta: 'meta' | 'jsonld' | 'time'): Promise<{ html: string; title: string; paragraphs: string[] }> {
  const lines = (await seedText('001_88e92bef563f98d3.txt')).split('\n');
  const title = lines[0]!;
  const paragraphs = lines.slice(2, 7);
  const head = {
    meta: '<meta property="article:published_time" content="2024-12-13T10:05:00+04:00"><meta property="og:site_name" content="موقع 24">',
    jsonld:
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-12-13T10:05:00+04:00","publisher":{"@type":"Organization","name":"موقع 24"}}]}</script>',
    time: '',
  }[meta];
  const html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title} | موقع 24</title>${head}
<script>window.dataLayer=[];function track(){}</script><style>.nav{color:red}</style></head>
<body><header><nav class="main-nav"><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/sport">رياضة</a></li></ul></nav></header>
<main><article class="article-body"><h1>${title}</h1>${meta === 'time' ? '<time datetime="2024-12-13T10:05:00+04:00">13 ديسمبر 2024</time>' : ''}
<div class="share"><a>فيسبوك</a> <a>تويتر</a></div>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<aside class="related"><h3>الأكثر قراءة</h3><ul><li><a href="/1">مقتل سائق سيارة في هجوم أوكراني بطائرة مسيرة</a></li><li><a href="/2">ترامب يعلن خطة جديدة</a></li></ul></aside></main>
<footer><p>جميع الحقوق محفوظة © 2024 موقع 24</p></footer></body></html>`;
  return { html, title, paragraphs };
}

describe('htmlToText', () => {
  it('a real article page: main content one paragraph per line, no site chrome, metadata read', async () => {
    const { html, title, paragraphs } = await seed001Html('meta');
    const got = htmlToText(html);
    const lines = got.text.split('\n');
    for (const p of paragraphs) expect(lines).toContain(p);
    for (const chrome of ['الرئيسية', 'جميع الحقوق محفوظة © 2024 موقع 24', 'window.dataLayer', '.nav{color:red}']) {
      expect(got.text).not.toContain(chrome);
    }
    expect(got.title).toBe(title);
    expect(got.published).toBe('2024-12-13T10:05:00+04:00');
    expect(got.outlet).toBe('موقع 24');
  });

  it('publication date and outlet from JSON-LD (@graph)', async () => {
    const got = htmlToText((await seed001Html('jsonld')).html);
    expect(got.published).toBe('2024-12-13T10:05:00+04:00');
    expect(got.outlet).toBe('موقع 24');
  });

  it('publication date from <time datetime>; no outlet when the page names none', async () => {
    const got = htmlToText((await seed001Html('time')).html);
    expect(got.published).toBe('2024-12-13T10:05:00+04:00');
    expect(got.outlet).toBeNull();
  });

  it('a short article Readability will not score falls back to body text without navigation', () => {
    const html =
      '<html><body><nav><a>الرئيسية</a> <a>سياسة</a></nav><h1>مقتل مسلحين وتدمير آلياتهم في غارات سورية روسية مشتركة</h1>' +
      '<p>أفاد مصدر عسكري سوري اليوم بمقتل عشرات المسلحين وتدمير عتادهم وآلياتهم.</p><footer>جميع الحقوق محفوظة</footer></body></html>';
    expect(htmlToText(html).text).toBe(
      'مقتل مسلحين وتدمير آلياتهم في غارات سورية روسية مشتركة\nأفاد مصدر عسكري سوري اليوم بمقتل عشرات المسلحين وتدمير عتادهم وآلياتهم.',
    );
  });

  it.each([
    ['unclosed tags', '<p>وصلت اليوم الخميس تعزيزات عسكرية لقوات الأسد<p>إلى مطار تدمر العسكري<div><b>قادمة من مطار الـ T4'],
    ['stray closing tags and no <html>', '</span></div>وصلت اليوم الخميس تعزيزات عسكرية لقوات الأسد</p><br>إلى مطار تدمر العسكري</td> قادمة من مطار الـ T4'],
    ['an unterminated comment', 'وصلت اليوم الخميس تعزيزات عسكرية لقوات الأسد<br>إلى مطار تدمر العسكري<br>قادمة من مطار الـ T4<!-- إعلان'],
  ])('broken HTML still gives text: %s', (_label, html) => {
    const { text } = htmlToText(html);
    expect(text).toContain('وصلت اليوم الخميس تعزيزات عسكرية لقوات الأسد');
    expect(text).toContain('إلى مطار تدمر العسكري');
    expect(text.split('\n').length).toBeGreaterThanOrEqual(2);
  });

  it('readFile reads an .html file as one html page with its metadata', async () => {
    const { html, title, paragraphs } = await seed001Html('meta');
    const f = join(dir, 'page.html');
    await writeFile(f, html);
    const page = onlyPage(await collect(f));
    expect(page).toMatchObject({ format: 'html', title, outlet: 'موقع 24', published: '2024-12-13T10:05:00+04:00', origin: f });
    expect(page.text).toContain(paragraphs[4]);
    expect(page.id).toBe(contentHash(page.text));
  });
});

describe('pageFromInput', () => {
  const text = 'أفاد مصدر عسكري سوري اليوم بمقتل عشرات المسلحين وتدمير عتادهم وآلياتهم';
  it('keeps the caller fields and hashes the text', () => {
    const page = pageFromInput({ id: ' x-1 ', url: 'https://arab48.com/a', outlet: 'عرب 48', text }, 'stdin:1');
    expect(page).toEqual({
      id: contentHash(text), sourceId: 'x-1', origin: 'stdin:1', format: 'text', text,
      url: 'https://arab48.com/a', outlet: 'عرب 48', published: null, title: null,
    });
  });
  it('text wins over html; html alone is extracted and fills missing metadata', () => {
    const html = `<html><head><meta property="og:site_name" content="عرب 48"></head><body><p>${text}</p></body></html>`;
    expect(pageFromInput({ text: 'نص آخر', html }, 'o').text).toBe('نص آخر');
    const fromHtml = pageFromInput({ html, outlet: 'المتصل' }, 'o');
    expect(fromHtml.format).toBe('html');
    expect(fromHtml.text).toBe(text);
    expect(fromHtml.outlet).toBe('المتصل');
  });
});
