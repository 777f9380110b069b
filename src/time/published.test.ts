import { describe, expect, it } from 'vitest';
import { parsePublicationDate } from './index.js';

describe('parsePublicationDate', () => {
  it.each([
    // publication lines of seeds 000 and 001
    ['تاريخ النشر: 1st, May 2024 GMT', '2024-05-01'],
    ['13th, December 2024 GMT', '2024-12-13'],
    // gold/articles.jsonl published_time
    ['2023-03-30T23:18:00+03:00', '2023-03-30'],
    ['2024-12-13', '2024-12-13'],
    ['13/12/2024', '2024-12-13'],
    ['13-12-2024', '2024-12-13'],
    ['2024/12/13', '2024-12-13'],
    ['13 ديسمبر 2024', '2024-12-13'],
    ['الجمعة 13 كانون الأول 2024', '2024-12-13'],
    ['13 يونيو/حزيران 2016', '2016-06-13'],
    ['8 كانون الثاني/ يناير 2020', '2020-01-08'],
    ['٢٢ تموز ٢٠١٥', '2015-07-22'],
    ['١٣/١٢/٢٠٢٤', '2024-12-13'],
    ['6 إبريل، 2024', '2024-04-06'],
    ['نشر في 5 جوان 2019', '2019-06-05'],
    ['May 1, 2024 10:00', '2024-05-01'],
    ['Friday 13 Dec 2024', '2024-12-13'],
  ])('%s → %s', (input, expected) => {
    expect(parsePublicationDate(input)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['31/02/2024', 'no such day'],
    ['13 كانون 2024', '"كانون" alone is no month'],
    ['كلمات دلالية: سقوط الأسد حصاد 2024', 'a year is not a publication date'],
    ['المصدر: RT Arabic', 'no date at all'],
  ])('%s → null (%s)', (input) => {
    expect(parsePublicationDate(input)).toBeNull();
  });
});
