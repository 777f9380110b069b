import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFromInput } from '../ingest/index.js';
import type { RawPage } from '../types.js';
import { cleanPage } from './index.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');
// shared/ sits beside the repository (as in CI); the test is skipped where it does not
const GOLD = new URL('../../../shared/gold/articles.jsonl', import.meta.url).pathname;

interface SeedExpectation {
  file: string;
  title: string;
  published: string | null;
  outlet_credit: string | null;
  keywords_line: boolean | null;
  teasers: string[] | null;
}
const expected = JSON.parse(readFileSync(join(EXAMPLES, 'expected.json'), 'utf8')) as { documents: SeedExpectation[] };
const seedText = (file: string) => readFileSync(join(EXAMPLES, file), 'utf8');
const seedLines = (file: string) => seedText(file).split('\n');

function page(text: string, meta: Partial<RawPage> = {}): RawPage {
  return { id: 'test', sourceId: null, origin: 'test', format: 'text', text, url: null, outlet: null, published: null, title: null, ...meta };
}
const clean = (lines: string[], meta: Partial<RawPage> = {}) => cleanPage(page(lines.join('\n'), meta));

// Real lines from the seed pages, reused to build small pages around the line under test.
const S000 = seedLines('000_b38946c413fa66ab.txt');
const S001 = seedLines('001_88e92bef563f98d3.txt');
const S003 = seedLines('003_f960658a4d41156d.txt');
const S004 = seedLines('004_e464c738560671d6.txt');
const TITLE = S001[0]!; // في حماية الفصائل المسلحة.. قوات روسية تغادر حمص ودمشق
const PARA1 = S001[2]!;
const PARA2 = S001[3]!;

describe('the five seed pages against expected.json', () => {
  it.each(expected.documents.map((d) => [d.file, d] as const))('%s', (file, want) => {
    const article = cleanPage(page(seedText(file)));
    expect(article.title).toBe(want.title);
    expect(article.published).toBe(want.published);
    // "(cited)" marks a source the article only quotes (`وفقا لـ”موقع تلفزيون سوريا”`): not the page's
    // credit, so the outlet stays unknown rather than invented.
    const outlet = want.outlet_credit?.endsWith('(cited)') ? null : want.outlet_credit;
    expect(article.outlet).toBe(outlet);
    if (want.keywords_line) expect(article.keywords.length).toBeGreaterThan(0);
    else expect(article.keywords).toEqual([]);
    expect(article.teasers.map((t) => t.title)).toEqual(want.teasers ?? []);
  });
});

describe('teasers stay out of the body', () => {
  it.each(expected.documents.map((d) => d.file))('%s: no teaser line appears in the body', (file) => {
    const article = cleanPage(page(seedText(file)));
    const bodyLines = new Set(article.body.split('\n'));
    for (const teaser of article.teasers) {
      expect(article.body).not.toContain(teaser.title);
      for (const line of teaser.body.split('\n').filter(Boolean)) expect(bodyLines.has(line)).toBe(false);
    }
  });

  it('seed 001: the teaser keeps its own credit "الثورة نت/" and its whole text', () => {
    const article = cleanPage(page(seedText('001_88e92bef563f98d3.txt')));
    expect(article.body).not.toContain('الثورة نت');
    expect(article.body).not.toContain('سليوسار');
    const teaser = article.teasers[0]!;
    expect(teaser.body.split('\n')[0]).toBe('الثورة نت/');
    expect(teaser.body.split('\n')).toHaveLength(S001.length - 11);
  });

  it('seed 003: the inline teaser title is not repeated in the teaser body, and the app-store run is dropped', () => {
    const article = cleanPage(page(seedText('003_f960658a4d41156d.txt')));
    const teaser = article.teasers[0]!;
    expect(teaser.body.startsWith('قدمت روسيا اليوم الخميس')).toBe(true);
    expect(teaser.body).not.toContain('google-play');
    expect(article.body).not.toContain('بايدن');
  });

  it('seed 000: the Putin/al-Sharaa meeting is only in the teaser', () => {
    const article = cleanPage(page(seedText('000_b38946c413fa66ab.txt')));
    expect(article.body).not.toContain('الشرع');
    expect(article.teasers[0]!.body).toContain('أحمد الشرع');
  });
});

describe('body text is final', () => {
  it('seed 000: Persian letters (الجویة الروسیة فی) are folded to Arabic, length-preserving', () => {
    const raw = seedText('000_b38946c413fa66ab.txt');
    expect(raw).toMatch(/[یک]/);
    const article = cleanPage(page(raw));
    expect(article.body + article.keywords.join(' ')).not.toMatch(/[یکۀ]/);
    expect(article.keywords.join(' ')).toContain('القوات الجوية الروسية في محافظة حمص');
  });

  it('seed 003: runs of spaces and no-break spaces collapsed, lines trimmed, no blank lines', () => {
    const article = cleanPage(page(seedText('003_f960658a4d41156d.txt')));
    expect(article.body).toContain('وصلت اليوم الخميس تعزيزات عسكرية لقوات الأسد، إلى مطار تدمر العسكري');
    for (const line of article.body.split('\n')) {
      expect(line).toBe(line.trim());
      expect(line).not.toMatch(/\s\s|\u00A0/);
      expect(line.length).toBeGreaterThan(0);
    }
  });

  it('seed 004: every article paragraph is kept, in order, and only they', () => {
    const article = cleanPage(page(seedText('004_e464c738560671d6.txt')));
    expect(article.body.split('\n')).toEqual([S004[0], S004[1], S004[3], S004[4], S004[5], S004[6], S004[8], S004[9]]);
  });
});

describe('chrome lines from real pages are dropped', () => {
  it.each([
    ['زر الذهاب إلى الأعلى'],
    ['اظهر المزيد'],
    ['recent'],
    ['أخبار ساخنة'],
    ['google-playkhamsatmostaqltradent'],
    ['ولمتابعة كل ما يخص "عرب 48" يُمكنك متابعة قناتنا الإخبارية على تلجرام'],
    ['_'],
  ])('%s', (chromeLine) => {
    const article = clean([TITLE, PARA1, chromeLine, PARA2]);
    expect(article.chrome).toContain(chromeLine);
    expect(article.body).toBe([PARA1, PARA2].join('\n'));
  });

  it('a category label above the headline is chrome (seed 002 "خبر عربي وإسلامي")', () => {
    const article = clean(['خبر عربي وإسلامي', TITLE, PARA1]);
    expect(article.title).toBe(TITLE);
    expect(article.chrome).toEqual(['خبر عربي وإسلامي']);
  });

  it('photo captions printed twice are dropped, both copies (seed 002)', () => {
    const caption = 'وزير الدفاع الروسي سيرغي شويغو مع الرئيس السوري بشار الأسد';
    const article = clean([TITLE, caption, caption, PARA1]);
    expect(article.body).toBe(PARA1);
    expect(article.chrome).toEqual([caption, caption]);
  });

  it('a paragraph printed twice is kept once', () => {
    const article = clean([TITLE, PARA1, PARA1, PARA2]);
    expect(article.body).toBe([PARA1, PARA2].join('\n'));
  });

  it('the headline printed again as the first body line is dropped (seed 003)', () => {
    const article = clean([S003[3]!, S003[5]!, S003[9]!]);
    expect(article.title).toBe(S003[3]);
    expect(article.body).toBe(S003[9]!.replace(/\s+/g, ' ').trim());
  });
});

describe('real sentences that look like labels stay in the body', () => {
  it.each([
    [S004[4]!], // وأكد المصدر أن هذه الضربات تأتي ردًا …
    [S004[9]!], // ودعا المصدر العسكري المجتمع الدولي …
    [S004[1]!], // وأوضح المصدر أن …
    [S001[5]!], // وصرح بوغدانوف للصحافة المحلية "لقد أقمنا اتصالا بالطبع. …
    ['المصدر العسكري قال إن الضربات الجوية استهدفت مواقع استراتيجية للمسلحين.'],
  ])('%s', (sentence) => {
    const article = clean([TITLE, PARA1, sentence]);
    expect(article.body.split('\n')).toContain(sentence);
    expect(article.outlet).toBeNull();
    expect(article.chrome).toEqual([]);
  });
});

describe('teaser markers', () => {
  const teaserTitle = S000[12]!; // لقاء بوتين والشرع محطة مهمة …
  const teaserBody = S000[13]!;
  it.each([['إقرأ أيضاً:'], ['اقرأ أيضا'], ['طالع أيضًا:'], ['مقالات ذات صلة'], ['اقرأ المزيد'], ['أخبار ذات صلة']])(
    '%s opens a teaser: next line its title, the rest its body',
    (marker) => {
      const article = clean([TITLE, PARA1, PARA2, marker, teaserTitle, teaserBody]);
      expect(article.body).toBe([PARA1, PARA2].join('\n'));
      expect(article.teasers).toEqual([{ title: teaserTitle, body: teaserBody }]);
    },
  );

  it('inline title after the marker (seed 003: إقرأ أيضا..<title>)', () => {
    const article = clean([TITLE, PARA1, S003[35]!, S003[38]!, S003[41]!]);
    expect(article.teasers).toEqual([
      { title: 'روسيا تقدم عرضاً لادارة الرئيس الأمريكي الجديد بايدن بشأن سوريا', body: S003[41]!.trim() },
    ]);
    expect(article.body).toBe(PARA1);
  });

  it('two markers make two teasers', () => {
    const article = clean([TITLE, PARA1, 'إقرأ أيضاً:', teaserTitle, teaserBody, 'إقرأ أيضاً:', S001[10]!, S001[12]!]);
    expect(article.teasers.map((t) => t.title)).toEqual([teaserTitle, S001[10]]);
    expect(article.teasers[1]!.body).toBe(S001[12]);
  });

  it('a marker with nothing after it but chrome makes no teaser (seed 002 tail)', () => {
    const article = clean([TITLE, PARA1, 'مقالات ذات صلة', 'زر الذهاب إلى الأعلى']);
    expect(article.teasers).toEqual([]);
    expect(article.body).toBe(PARA1);
  });

  it('a marker above the article (navigation) does not swallow the article', () => {
    const article = clean(['الأكثر قراءة', TITLE, PARA1, PARA2]);
    expect(article.title).toBe(TITLE);
    expect(article.body).toBe([PARA1, PARA2].join('\n'));
    expect(article.teasers).toEqual([]);
  });
});

describe('source credit', () => {
  it.each([
    [['المصدر: RT', 'المصدر: RT Arabic'], 'RT Arabic'],
    [['المصدر: RT Arabic', 'المصدر: RT'], 'RT Arabic'],
    [['المصدر: موقع 24'], 'موقع 24'],
    [['المصدر: وزارة الدفاع الروسية + وكالات'], 'وزارة الدفاع الروسية + وكالات'],
    [['المصدر : وكالات'], 'وكالات'],
    [[], null],
  ])('%j → %s', (creditLines, outlet) => {
    const article = clean([TITLE, PARA1, ...creditLines, PARA2]);
    expect(article.outlet).toBe(outlet);
    expect(article.body).toBe([PARA1, PARA2].join('\n'));
  });

  it("the caller's outlet wins over the page's credit", () => {
    expect(clean([TITLE, PARA1, 'المصدر: RT Arabic'], { outlet: 'روسيا اليوم' }).outlet).toBe('روسيا اليوم');
  });

  it('a credit line wins over a channel-promotion line', () => {
    const promo = S004[7]!;
    expect(clean([TITLE, PARA1, promo]).outlet).toBe('عرب 48');
    expect(clean([TITLE, PARA1, promo, 'المصدر: وكالات']).outlet).toBe('وكالات');
  });
});

describe('publication date', () => {
  it.each([
    ['تاريخ النشر: 1st, May 2024 GMT', '2024-05-01'],
    ['تاريخ النشر: 13th, December 2024 GMT', '2024-12-13'],
    ['نشر في 13 ديسمبر 2024', '2024-12-13'],
  ])('%s → %s', (line, date) => {
    const article = clean([TITLE, line, PARA1]);
    expect(article.published).toBe(date);
    expect(article.body).toBe(PARA1);
  });

  it("the page's metadata date wins over the publication line", () => {
    const article = clean([TITLE, 'تاريخ النشر: 13th, December 2024 GMT', PARA1], { published: '2024-12-12T23:30:00+03:00' });
    expect(article.published).toBe('2024-12-12');
  });

  it('no date anywhere → null, never a guess', () => {
    expect(clean([TITLE, PARA1, PARA2]).published).toBeNull();
  });

  it('a sentence starting "نشر في" that is no date stays body', () => {
    const line = 'نشر في وقت سابق المرصد السوري لحقوق الإنسان تقريرا عن انسحاب القوات الروسية من منطقة حسياء جنوب حمص';
    const article = clean([TITLE, PARA1, line]);
    expect(article.body.split('\n')).toContain(line);
  });
});

describe('keywords', () => {
  it('seed 000: a space-run keywords line is kept whole', () => {
    const article = cleanPage(page(seedText('000_b38946c413fa66ab.txt')));
    expect(article.keywords.join(' ')).toContain('الأزمة السورية الجيش الروسي جماعات ارهابية');
    expect(article.body).not.toContain('كلمات دلالية');
  });

  it('separated terms are split', () => {
    expect(clean([TITLE, PARA1, 'كلمات دلالية: سوريا، روسيا، حميميم, قاعدة حميميم']).keywords).toEqual([
      'سوريا',
      'روسيا',
      'حميميم',
      'قاعدة حميميم',
    ]);
  });
});

describe('headline', () => {
  it('seed 004: the lead sentences come first; the short line without a full stop is the title', () => {
    const article = clean(S004.slice(0, 5));
    expect(article.title).toBe('مقتل مسلحين وتدمير آلياتهم في غارات سورية روسية مشتركة');
    expect(article.body.split('\n')).toEqual([S004[0], S004[1], S004[3], S004[4]]);
  });

  it('only full sentences → no title, nothing taken from the body', () => {
    const article = clean([S004[0]!, S004[1]!, S004[3]!]);
    expect(article.title).toBeNull();
    expect(article.body.split('\n')).toHaveLength(3);
  });

  it('a dateline is not a headline (gold: "عين اليوم – جدة")', () => {
    const article = clean(['عين اليوم – جدة', PARA1, PARA2]);
    expect(article.title).toBeNull();
    expect(article.body.split('\n')[0]).toBe('عين اليوم – جدة');
  });

  it("the metadata title wins and its repeat in the body is removed", () => {
    const article = clean([TITLE, PARA1, PARA2], { title: `  ${TITLE} ` });
    expect(article.title).toBe(TITLE);
    expect(article.body).toBe([PARA1, PARA2].join('\n'));
  });
});

interface GoldArticle {
  doc_id: string;
  outlet: string;
  published: string;
  published_time: string;
  title: string;
  text: string;
}

describe.skipIf(!existsSync(GOLD))('gold articles (clean text with a separate title) are not damaged', () => {
  const gold = existsSync(GOLD)
    ? readFileSync(GOLD, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldArticle)
    : [];
  it.each(gold.map((g) => [g.doc_id, g] as const))('%s', (_id, g) => {
    const article = cleanPage(
      page(g.text, { title: g.title, outlet: g.outlet, published: g.published_time, format: 'jsonl', sourceId: g.doc_id }),
    );
    // NFC on purpose: cleaning puts harakat in canonical order (رحَّب), which changes no letter.
    const paragraphs = g.text
      .normalize('NFC')
      .split('\n')
      .map((l) => l.replace(/\s+/gu, ' ').trim())
      .filter(Boolean);
    expect(article.body.split('\n')).toEqual(paragraphs);
    expect(article.chrome).toEqual([]);
    expect(article.teasers).toEqual([]);
    expect(article.title).toBe(g.title.normalize('NFC').replace(/\s+/gu, ' ').trim());
    expect(article.outlet).toBe(g.outlet);
    expect(article.published).toBe(g.published);
  });
});

describe('an HTML page through ingest and clean', () => {
  it('seed 001 served as HTML: metadata title/date/outlet, body paragraphs, teaser apart', () => {
    const html = `<!DOCTYPE html><html lang="ar"><head><title>${TITLE} | موقع 24</title>
<meta property="article:published_time" content="2024-12-13T10:05:00+04:00"><meta property="og:site_name" content="موقع 24"></head>
<body><header><nav><a>الرئيسية</a><a>سياسة</a></nav></header><article><h1>${TITLE}</h1>
${S001.slice(2, 9).map((l) => `<p>${l}</p>`).join('\n')}<h3>إقرأ أيضاً:</h3>${S001.slice(10, 13).map((l) => `<p>${l}</p>`).join('')}
</article><footer>جميع الحقوق محفوظة</footer></body></html>`;
    const article = cleanPage(pageFromInput({ html }, 'seed001.html'));
    expect(article.title).toBe(TITLE);
    expect(article.published).toBe('2024-12-13');
    expect(article.outlet).toBe('موقع 24');
    expect(article.body.split('\n')).toEqual(S001.slice(2, 7));
    expect(article.keywords).toHaveLength(1);
    expect(article.teasers).toEqual([{ title: S001[10], body: S001.slice(11, 13).join('\n') }]);
  });
});
