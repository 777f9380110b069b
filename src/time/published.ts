/**
 * The publication date of a page, from a publication line (`تاريخ النشر: 1st, May 2024 GMT`) or a
 * metadata value (`2023-03-30T23:18:00+03:00`). Strict on purpose: a page's date must be a date
 * the page states in full (day, month, year), never a guess.
 */
import { normalizeArabic } from '../arabic/index.js';
import { formatDay, isValidDate } from './calendar.js';
import { ENGLISH_MONTHS, MAX_YEAR, MIN_YEAR, MONTH_NAMES } from './constants.js';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Gregorian month names as they look after normalizeArabic, longest first (`كانون الاول` before `كانون`). */
const ARABIC_MONTH_KEYS = new Map<string, number>();
for (const name of MONTH_NAMES) if (name.calendar === 'gregorian') ARABIC_MONTH_KEYS.set(name.words.join(' '), name.month);
const ARABIC_MONTH_ALT = [...ARABIC_MONTH_KEYS.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|');
const ENGLISH_MONTH_ALT = [...ENGLISH_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** 2024-12-13, 2023-03-30T23:18:00+03:00, 2024/12/13 */
const ISO_RE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
/** 13/12/2024, 13-12-2024, 13.12.2024: day first, as Arabic outlets write it. */
const DMY_RE = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/;
/** 1st, May 2024 / 13 December 2024 / 13 Dec. 2024 */
const EN_DMY_RE = new RegExp(
  `(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s*(${ENGLISH_MONTH_ALT})\\b\\.?,?\\s*(\\d{4})(?!\\d)`,
);
/** May 1, 2024 / December 13th 2024 */
const EN_MDY_RE = new RegExp(`\\b(${ENGLISH_MONTH_ALT})\\b\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})(?!\\d)`);
/** 13 ديسمبر 2024, الجمعه 13 كانون الاول 2024, 13 يونيو/حزيران 2016, 13 ديسمبر، 2024 */
const AR_DMY_RE = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(${ARABIC_MONTH_ALT})(?![\\u0621-\\u064A])` +
    `(?:\\s*[/(\\-]\\s*(?:${ARABIC_MONTH_ALT})\\s*\\)?)?` +
    `\\s*[,،]?\\s*(?:(?:عام|سنه|العام)\\s*)?(\\d{4})(?!\\d)`,
);

function build(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return isValidDate(year, month, day) ? formatDay(year, month, day) : null;
}

/** Parse a publication line value or metadata string to YYYY-MM-DD, or null. */
export function parsePublicationDate(s: string): string | null {
  if (!s) return null;
  const key = normalizeArabic(s);

  let m = ISO_RE.exec(key);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));

  m = DMY_RE.exec(key);
  if (m) {
    let day = Number(m[1]);
    let month = Number(m[2]);
    // 12/13/2024 can only be month-first; otherwise keep the day-first reading.
    if (month > 12 && day <= 12) [day, month] = [month, day];
    return build(Number(m[3]), month, day);
  }

  m = EN_DMY_RE.exec(key);
  if (m) return build(Number(m[3]), ENGLISH_MONTHS.get(m[2]!)!, Number(m[1]));

  m = EN_MDY_RE.exec(key);
  if (m) return build(Number(m[3]), ENGLISH_MONTHS.get(m[1]!)!, Number(m[2]));

  m = AR_DMY_RE.exec(key);
  if (m) return build(Number(m[3]), ARABIC_MONTH_KEYS.get(m[2]!)!, Number(m[1]));

  return null;
}
