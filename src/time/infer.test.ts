import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferPublicationDate } from './index.js';
import { LANDMARKS } from './landmarks.js';

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');

// Sentences of seed 002 (no publication date; examples/expected.json reads it as Saturday 18 June 2016).
const SHOIGU = 'أجرى وزير الدفاع الروسي سيرغي شويغو، السبت 18 يونيو/حزيران، محادثات مع الرئيس السوري بشار الأسد، وذلك بتوجيه من الرئيس الروسي فلاديمير بوتين.';
const CAMPAIGN =
  'وبدأت الحملة العسكرية الروسية في سوريا، حيث يقدم سلاح الجو الروسي التغطية الجوية لعمليات القوات البرية للجيش السوري، في 30 سبتمبر/أيلول الماضي، لتكون أول عملية روسية عسكرية واسعة النطاق خارج حدود الاتحاد السوفيتي السابق.';
const WITHDRAWAL = 'وفي 15 مارس/آذار الماضي، أمر الرئيس الروسي، فلاديمير بوتين، ببدء سحب جل المجموعة العسكرية الروسية من سوريا، على اعتبار أن المهمة المسندة لوزارة الدفاع قد تم تنفيذها.';
// Seed 003: the body says `اليوم الخميس` and `12 كانون الثاني الجاري`; the teaser glued under it dates the week.
const PALMYRA = 'وصلت اليوم الخميس تعزيزات عسكرية لقوات الأسد،  إلى مطار تدمر العسكري قادمة من مطار الـ T4 وسط تحليق للطيران المروحي الروسي لتأمين خط سيرها.';
const JANUARY = 'وفي 12 كانون الثاني الجاري،  تمت السيطرة على قرى في البادية السورية بالقرب من حماة من قبل عناصر من تنظيم الدولة...';
const BIDEN_TEASER =
  'روسيا تقدم عرضاً لادارة الرئيس الأمريكي الجديد بايدن بشأن سوريا\nقدمت روسيا اليوم الخميس، عرض إلى الولايات المتحدة الأمريكية بشأن سوريا والنظام السوري، بعد تولي جو بايدن رئاسة أمريكا رسميًا.';

describe('inferPublicationDate: the seeds', () => {
  it('seed 002: a Saturday 18 June within a year after the Russian campaign began (30 September 2015) → 2016-06-18', () => {
    const inferred = inferPublicationDate(example('002_ec73693d1aa17ecc.txt'));
    expect(inferred).toMatchObject({ value: '2016-06-18', precision: 'day' });
    expect(inferred!.anchor).toContain('weekday+day: السبت 18 يونيو/حزيران');
    expect(inferred!.anchor).toContain('start of the Russian air campaign in Syria 2015-09-30');
  });

  it('seed 003: Thursday in January, and the teaser reports Biden taking office "today, Thursday" → 2021-01-21', () => {
    const page = example('003_f960658a4d41156d.txt');
    const [body, teaser] = page.split('إقرأ أيضا..');
    const inferred = inferPublicationDate(body!, [teaser!]);
    expect(inferred).toMatchObject({ value: '2021-01-21', precision: 'day' });
    expect(inferred!.anchor).toContain("teaser: event in the news: تولي جو بايدن (Joe Biden's inauguration 2021-01-20)");
    // without the teaser: "a Thursday in January" of no known year
    expect(inferPublicationDate(body!)).toBeNull();
  });

  it('seed 004: no anchor at all stays undated', () => {
    expect(inferPublicationDate(example('004_e464c738560671d6.txt'))).toBeNull();
  });
});

describe('inferPublicationDate: combining anchors, real sentences', () => {
  it.each<[string, string[], string, string | null, 'day' | 'month' | 'year' | null]>([
    // 18 June was a Saturday in 2011, 2016 and 2022: no year without another anchor
    ['a weekday with a day-month alone', [], SHOIGU, null, null],
    // the campaign month alone leaves October 2015 … September 2016 open: two years
    ['a known event alone', [], CAMPAIGN, null, null],
    ['two known events: after 15 March 2016, within a year of 30 September 2015', [], `${CAMPAIGN}\n${WITHDRAWAL}`, '2016', 'year'],
    ['the weekday+day picks the day among the known events\' year', [], `${SHOIGU}\n${CAMPAIGN}\n${WITHDRAWAL}`, '2016-06-18', 'day'],
    ['the same two sentences in the other order', [], `${CAMPAIGN}\n${SHOIGU}`, '2016-06-18', 'day'],
    // a page reporting Biden taking office "today, Thursday": the Thursday of that week
    ['an event in the news with the weekday of the day', [], BIDEN_TEASER, '2021-01-21', 'day'],
    ['Thursday, January, no year', [], `${PALMYRA}\n${JANUARY}`, null, null],
    ['the teaser narrows the body', [BIDEN_TEASER], `${PALMYRA}\n${JANUARY}`, '2021-01-21', 'day'],
    // a teaser never dates a body that says nothing of its own day
    ['a teaser alone does not date the page', [BIDEN_TEASER], 'أفاد مصدر عسكري سوري اليوم بمقتل عشرات المسلحين وتدمير عتادهم وآلياتهم في ريف حماة.', null, null],
    // a teaser that contradicts the body is ignored: seed 002's Saturday is not seed 003's Thursday
    ['a contradicting teaser is ignored', [BIDEN_TEASER], `${SHOIGU}\n${CAMPAIGN}`, '2016-06-18', 'day'],
  ])('%s', (_what, others, body, value, precision) => {
    const inferred = inferPublicationDate(body, others);
    expect(inferred === null ? null : [inferred.value, inferred.precision]).toEqual(value === null ? null : [value, precision]);
  });
});

// the held-out gold set lives beside the repo (../shared), not in it
const GOLD_ARTICLES = new URL('../../../shared/gold/articles.jsonl', import.meta.url);

describe.skipIf(!existsSync(GOLD_ARTICLES))('inferPublicationDate on the gold articles (publication date hidden)', () => {
  const gold = (existsSync(GOLD_ARTICLES) ? readFileSync(GOLD_ARTICLES, 'utf8') : '')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { published: string; title: string; text: string });

  it('never contradicts the real publication date', () => {
    for (const a of gold) {
      const inferred = inferPublicationDate(`${a.title}\n${a.text}`);
      if (inferred) expect(a.published.startsWith(inferred.value), `${a.published} vs ${inferred.value}: ${inferred.anchor}`).toBe(true);
    }
  });

  it('dates the 30 October 2023 report of the "Al-Aqsa Flood" to 2023 (7 October "الجاري" + the weekday)', () => {
    const a = gold.find((g) => g.published === '2023-10-30' && g.text.includes('طوفان الأقصى'))!;
    expect(inferPublicationDate(`${a.title}\n${a.text}`)).toMatchObject({ value: '2023', precision: 'year' });
  });
});

describe('landmarks.ts', () => {
  it('every row has a valid date, cue phrases and a source', () => {
    for (const l of LANDMARKS) {
      expect(l.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${l.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(l.date);
      expect(l.cues.length).toBeGreaterThan(0);
      expect(l.source.length).toBeGreaterThan(10);
    }
    expect(LANDMARKS.length).toBeGreaterThanOrEqual(30);
  });
});
