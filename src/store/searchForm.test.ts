import { describe, expect, it } from 'vitest';
import { dayRange } from './dateRange.js';
import { searchTerms, toFtsQuery } from './searchForm.js';

describe('searchTerms: the same key for spelling variants (real words from seeds/ and gold/)', () => {
  const same: [string, string][] = [
    ['حمص', 'وحمص'],
    ['حمص', 'بحمص'],
    ['إدلب', 'ادلب'],
    ['إدلب', 'وإدلب'],
    ['إِدْلِب', 'إدلب'],
    ['اللاذقية', 'اللاذقيه'],
    ['الروسیة', 'الروسية'], // Persian ی from the seeds/000 keywords line
    ['مسلحا', 'للمسلحين'],
    ['قاعدة', 'للقاعدة'],
    ['٢٠', '20'],
  ];
  it.each(same)('%s ≡ %s', (a, b) => {
    expect(searchTerms(a)).toEqual(searchTerms(b));
  });

  const different: [string, string][] = [
    ['حمص', 'حماة'],
    ['حلب', 'إدلب'],
    ['دمشق', 'درعا'],
  ];
  it.each(different)('%s ≢ %s', (a, b) => {
    expect(searchTerms(a)).not.toEqual(searchTerms(b));
  });

  it('one term per word, punctuation dropped', () => {
    expect(searchTerms('في ريفي حلب وإدلب.')).toHaveLength(4);
    expect(searchTerms('قرية "باسنكول"، في')).toHaveLength(3);
  });
});

describe('toFtsQuery', () => {
  it('quotes every term and joins with AND', () => {
    expect(toFtsQuery('ريف "ادلب" OR')).toMatch(/^"[^"]+" AND "[^"]+" AND "or"$/);
  });
  it('null when nothing is searchable', () => {
    expect(toFtsQuery('"* - ، ؟')).toBeNull();
    expect(toFtsQuery('')).toBeNull();
  });
});

describe('dayRange', () => {
  const cases: [string, [string, string] | null][] = [
    ['2024-03-05', ['2024-03-05', '2024-03-05']],
    ['2024-04', ['2024-04-01', '2024-04-31']],
    ['2023', ['2023-01-01', '2023-12-31']],
    ['2024-4', null],
    ['5 مارس', null],
    ['', null],
  ];
  it.each(cases)('%s', (partial, expected) => {
    const r = dayRange(partial);
    expect(r ? [r.first, r.last] : null).toEqual(expected);
  });
  it('a month range sorts inside the month and before the next', () => {
    const r = dayRange('2024-02')!;
    expect(r.last > '2024-02-29' && r.last < '2024-03-01').toBe(true);
  });
});
