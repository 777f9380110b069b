import { describe, expect, it } from 'vitest';
import { tokenize } from '../arabic/index.js';
import { documentFeatures } from './document.js';
import { viewOfWord } from './features.js';
import { tagDocument, tagNames } from './index.js';

// Sentences from one article of ../shared/gold/articles.jsonl (the death of ناصر الوحيشي): the name
// is introduced with its first name and a title once, then repeated bare.
const WUHAYSHI = [
  'ففي منتصف يونيو (حزيران) قتل زعيم تنظيم القاعدة في شبه جزيرة العرب ناصر الوحيشي في غارة شنتها طائرة أميركية من دون طيار في اليمن.',
  'ووصف البيت الأبيض مقتل الوحيشي آنذاك بأنه «ضربة قوية لتنظيم (قاعدة الجهاد في جزيرة العرب)، أخطر فروع (القاعدة)، ولتنظيم القاعدة بشكل أوسع».',
  'كما يشكل مقتل الوحيشي، بحسب المحللين، ضربة لـ«القاعدة» على المستوى العالمي؛ إذ شغل منذ 2013 منصب نائب زعيم «القاعدة» أيمن الظواهري الذي خلف أسامة بن لادن.',
  'وكان الوحيشي يقوم، بحسب الخبراء، بالتنسيق بين الفروع المختلفة لـ«القاعدة» في ما يتعلق بالتوجيهات «العملانية».',
];

const words = (s: string) => s.split(' ');

describe('documentFeatures', () => {
  const doc = [words('قتل ناصر الوحيشي في غارة'), words('ووصف البيت الأبيض مقتل الوحيشي آنذاك'), words('كما يشكل مقتل الوحيشي')].map((s) =>
    s.map(viewOfWord),
  );
  const first = [
    ['O', 'B-PERS', 'I-PERS', 'O', 'O'],
    ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'],
    ['O', 'O', 'O', 'O'],
  ];

  it.each([
    // [sentence, word, expected features present]
    [1, 4, ['0dw=PERS-most']], // الوحيشي: PERS in sentence 0, O in sentence 2 (its own reading is not counted)
    [2, 3, ['0dw=PERS-most']],
    [1, 3, ['0dw=O', '1dw=PERS']], // مقتل: outside names elsewhere; the next word is a known person word
    [0, 2, ['0dw=O']], // the other two readings of الوحيشي were O
    [1, 0, []], // ووصف occurs nowhere else
  ] as const)('sentence %i word %i', (s, i, expected) => {
    const f = documentFeatures(doc, first)[s]![i]!;
    for (const e of expected) expect(f).toContain(e);
    if (expected.length === 0) expect(f).toEqual([]);
  });

  it('counts only sentences within the window', () => {
    const f = documentFeatures(doc, first, 0);
    expect(f[1]![4]).toEqual([]);
    expect(documentFeatures(doc, first, 1)[2]![3]).toContain('0dw=O'); // sentence 0 is out of reach of sentence 2
  });

  it('reads a proclitic form through its stem', () => {
    const d = [words('قال الوحيشي'), words('وللوحيشي')].map((s) => s.map(viewOfWord));
    expect(documentFeatures(d, [['O', 'B-PERS'], ['O']])[1]![0]).toContain('0ds=PERS-all');
  });
});

describe('tagging with document context', () => {
  it('finds a name repeated bare once the article has introduced it', () => {
    const text = WUHAYSHI.join('\n');
    const found = tagNames(text, undefined, { listOverrides: false }).filter((n) => n.text === 'الوحيشي');
    expect(found.every((n) => n.type === 'PERS')).toBe(true);
    expect(found.length).toBeGreaterThanOrEqual(2);
    // each line alone: the bare name is missed
    const alone = WUHAYSHI.slice(1).flatMap((line) => tagNames(line, undefined, { listOverrides: false }));
    expect(alone.filter((n) => n.text === 'الوحيشي')).toEqual([]);
  });

  it('reads a lone sentence with the first pass, which misses the bare name', () => {
    const last = WUHAYSHI[3]!;
    expect(tagNames(last).map((n) => n.text)).not.toContain('الوحيشي');
    const doc = WUHAYSHI.map((s) => tokenize(s).map((t) => ({ written: t.text, norm: t.norm, bases: t.bases })));
    const spans = tagDocument(doc, { listOverrides: false })[3]!;
    expect(spans.map((s) => [doc[3]!.slice(s.first, s.end).map((w) => w.written).join(' '), s.type])).toContainEqual(['الوحيشي', 'PERS']);
  });
});
