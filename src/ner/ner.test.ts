import { describe, expect, it } from 'vitest';
import { canonicalTag, scoreNames, spansOfTags, tagNames } from './index.js';

// Sentences from ../shared/seeds and ../shared/gold. The tagger's accuracy is held by
// `npm run bench:ner` (ANERcorp test split); these pin the API and a few readings the pipeline relies on.

type Expect = [name: string, type: 'PERS' | 'LOC' | 'ORG' | 'MISC'];

const READINGS: [sentence: string, names: Expect[]][] = [
  [
    'وتأتي هذه التحركات بعد أن أعلن ميخائيل بوغدانوف، نائب وزير الخارجية الروسي، يوم الخميس الماضي أن بلاده قد دخلت في مفاوضات مع ممثلين عن (هيئة تحرير الشام)',
    [['ميخائيل بوغدانوف', 'PERS'], ['هيئة تحرير الشام', 'ORG']],
  ],
  [
    'تظاهرة حاشدة في نيويورك تدعو الأمم المتحدة إلى وقف الإبادة الجماعية في غزة',
    [['نيويورك', 'LOC'], ['الأمم المتحدة', 'ORG'], ['غزة', 'LOC']],
  ],
  [
    // registry aliases carry the title (الرئيس الروسي فلاديمير بوتين); the name is the person's name alone
    'أن المباحثات بين الرئيس الروسي فلاديمير بوتين ونظيره السوري أحمد الشرع هي اللقاء يعد الأول من نوعه',
    [['فلاديمير بوتين', 'PERS'], ['أحمد الشرع', 'PERS']],
  ],
  [
    // governorates override the tagger (Syrian places are rare in its newswire training text); the
    // proclitic و is outside the name
    'وإسقاط مسيرات لهم في ريفي حلب وإدلب.',
    [['حلب', 'LOC'], ['إدلب', 'LOC']],
  ],
];

describe('tagNames', () => {
  it.each(READINGS)('%s', (sentence, expected) => {
    const found = tagNames(sentence).map((s) => [s.text, s.type]);
    for (const e of expected) expect(found).toContainEqual(e);
  });

  it('reads names the lists do not hold (the tagger alone)', () => {
    const text = 'وتعادي الجبهة الولايات المتحدة وتصنفها واشنطن وأنقرة منظمة إرهابية';
    const found = tagNames(text, undefined, { listOverrides: false });
    expect(found.map((s) => [s.text, s.type])).toContainEqual(['واشنطن', 'LOC']);
    expect(found.every((s) => s.source === 'tagger')).toBe(true);
  });

  it('gives offsets into the text and confidences in [0, 1]', () => {
    const text = 'وكان الرئيس السوري بشار الأسد قد التقى وزير الدفاع الروسي سيرغي شويغو في دمشق.\nوفي حمص قتل مدنيان.';
    const found = tagNames(text);
    expect(found.length).toBeGreaterThan(2);
    for (const s of found) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    // a name never runs across the line break
    expect(found.some((s) => s.text.includes('\n'))).toBe(false);
  });

  it('finds no names in a sentence without any', () => {
    expect(tagNames('وأكدت المنظمة أن هذا الرتل تحرك تحت حماية مباشرة')).toEqual([]);
  });
});

describe('corpus tags', () => {
  it.each([
    ['B-PER', 'B-PERS'],
    ['I--ORG', 'I-ORG'],
    ['B-MIS-1', 'B-MISC'],
    ['B-MISS1', 'B-MISC'],
    ['B-MIS1`', 'B-MISC'],
    ['OO', 'O'],
    ['IO', 'O'],
    ['B-LOC', 'B-LOC'],
  ])('%s → %s', (raw, tag) => expect(canonicalTag(raw)).toBe(tag));

  it('reads names from IOB2 tags as conlleval does (a stray I- starts a name)', () => {
    // ANERcorp train: "وقال رئيس الاتحاد برند جوتشولك"
    expect(spansOfTags(['O', 'O', 'O', 'B-PERS', 'I-PERS'])).toEqual([{ first: 3, end: 5, type: 'PERS' }]);
    expect(spansOfTags(['I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { first: 0, end: 1, type: 'LOC' },
      { first: 1, end: 2, type: 'LOC' },
      { first: 2, end: 3, type: 'ORG' },
    ]);
  });

  it('scores a name only with its exact words and type', () => {
    const gold = [[{ first: 3, end: 5, type: 'PERS' as const }, { first: 7, end: 8, type: 'LOC' as const }]];
    const predicted = [[{ first: 4, end: 5, type: 'PERS' as const }, { first: 7, end: 8, type: 'LOC' as const }]];
    const s = scoreNames(gold, predicted);
    expect(s.micro.correct).toBe(1);
    expect(s.PERS.f1).toBe(0);
    expect(s.LOC.f1).toBe(1);
    expect(s.micro.f1).toBeCloseTo(0.5);
  });
});
