/**
 * Date vocabulary of Arabic news, kept apart from the parsers. Words are written as journalists
 * write them; `normalizeArabic` folds them once at load (hamza, ta marbuta, alef maqsura), so one
 * entry covers `أبريل`/`ابريل`/`إبريل` and `الجمعة`/`الجمعه`.
 */
import { normalizeArabic } from '../arabic/index.js';

export type Calendar = 'gregorian' | 'hijri';

/** Gregorian month names (1-12) in the three naming traditions Arabic outlets use. */
const GREGORIAN_MONTHS: Record<number, string[]> = {
  1: ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي'],
  2: ['فبراير', 'شباط', 'فيفري', 'فبرير'],
  3: ['مارس', 'آذار'],
  4: ['أبريل', 'إبريل', 'نيسان', 'أفريل'],
  5: ['مايو', 'أيار', 'ماي'],
  6: ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  7: ['يوليو', 'يوليه', 'تموز', 'جويلية', 'جويلة'],
  8: ['أغسطس', 'أغشت', 'آب', 'أوت'],
  9: ['سبتمبر', 'أيلول', 'شتنبر'],
  10: ['أكتوبر', 'تشرين الأول', 'تشرين أول'],
  11: ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'نونبر'],
  12: ['ديسمبر', 'كانون الأول', 'كانون أول', 'دجنبر'],
};

/**
 * Hijri month names (1-12). Several are also personal names or common words (رمضان, رجب, صفر =
 * zero, محرم = forbidden), so the parser reads them only next to a written Hijri year.
 */
const HIJRI_MONTHS: Record<number, string[]> = {
  1: ['محرم', 'المحرم'],
  2: ['صفر'],
  3: ['ربيع الأول', 'ربيع أول'],
  4: ['ربيع الثاني', 'ربيع الآخر', 'ربيع ثاني'],
  5: ['جمادى الأولى', 'جمادى الأول'],
  6: ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر'],
  7: ['رجب'],
  8: ['شعبان'],
  9: ['رمضان'],
  10: ['شوال'],
  11: ['ذو القعدة', 'ذي القعدة'],
  12: ['ذو الحجة', 'ذي الحجة'],
};

/**
 * Month names that are also everyday words once normalised (`آب`/`أب` father, `ماي`): read only
 * as written, never after stripping a proclitic (`باب` door is not ب + آب).
 */
export const CLITIC_UNSAFE_MONTHS = new Set(['اب', 'ماي', 'اوت'].map(normalizeArabic));

/** Spellings that normalise to a month name but are another word: `أب` (father) is not `آب` (August). */
export const MONTH_LOOKALIKE_SPELLINGS: ReadonlySet<string> = new Set(['أب', 'إب']);

export interface MonthName {
  month: number;
  calendar: Calendar;
  /** Normalised words of the name: `كانون الأول` → ['كانون', 'الاول']. */
  words: string[];
}

function monthNames(table: Record<number, string[]>, calendar: Calendar): MonthName[] {
  const out: MonthName[] = [];
  for (const [month, names] of Object.entries(table)) {
    for (const name of names) out.push({ month: Number(month), calendar, words: normalizeArabic(name).split(' ') });
  }
  return out;
}

/** Every month name, longest first so that `كانون الأول` is tried before a one-word name. */
export const MONTH_NAMES: readonly MonthName[] = [
  ...monthNames(GREGORIAN_MONTHS, 'gregorian'),
  ...monthNames(HIJRI_MONTHS, 'hijri'),
].sort((a, b) => b.words.length - a.words.length);

/** Month names by their first normalised word, for a constant-time first check while scanning. */
export const MONTHS_BY_FIRST_WORD: ReadonlyMap<string, MonthName[]> = (() => {
  const m = new Map<string, MonthName[]>();
  for (const name of MONTH_NAMES) {
    const first = name.words[0]!;
    const list = m.get(first) ?? [];
    list.push(name);
    m.set(first, list);
  }
  return m;
})();

/** English month names and abbreviations (lower case), for publication lines like `1st, May 2024 GMT`. */
export const ENGLISH_MONTHS: ReadonlyMap<string, number> = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap(
    (name, i) => [
      [name, i + 1] as const,
      [name.slice(0, 3), i + 1] as const,
    ],
  ).concat([['sept', 9]]),
);

/** Weekdays, keyed by their normalised written form with the article; value = JS getUTCDay(). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['الأحد', 0],
      ['الاثنين', 1],
      ['الإثنين', 1],
      ['الثلاثاء', 2],
      ['الأربعاء', 3],
      ['الخميس', 4],
      ['الجمعة', 5],
      ['السبت', 6],
    ] as const
  ).map(([w, d]) => [normalizeArabic(w), d]),
);

/** Which way a modifier after a date points from the publication date. */
export type Direction = 'past' | 'current' | 'future';

/** Words after a date or period saying where it sits relative to publication (`الماضي`, `الجاري`, `المقبل`). */
export const DIRECTION_WORDS: ReadonlyMap<string, Direction> = new Map(
  (
    [
      ['الماضي', 'past'],
      ['الماضية', 'past'],
      ['الفائت', 'past'],
      ['الفائتة', 'past'],
      ['المنصرم', 'past'],
      ['المنصرمة', 'past'],
      ['المنقضي', 'past'],
      // `السابق` is left out: `الأمين العام السابق` is "the former Secretary-General", not last year.
      ['الماضيين', 'past'],
      ['الماضيتين', 'past'],
      ['الفائتين', 'past'],
      ['الجاري', 'current'],
      ['الجارية', 'current'],
      ['الحالي', 'current'],
      ['الحالية', 'current'],
      ['المقبل', 'future'],
      ['المقبلة', 'future'],
      ['القادم', 'future'],
      ['القادمة', 'future'],
      ['المقبلين', 'future'],
      ['القادمين', 'future'],
    ] as const
  ).map(([w, d]) => [normalizeArabic(w), d]),
);

/** The offset of `اليوم` (today). */
export const TODAY_OFFSET = 0;
/** Days back from publication for words naming a day (`أمس` yesterday). */
export const RELATIVE_DAY_WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['اليوم', 0],
      ['أمس', -1],
      ['البارحة', -1],
      ['غدا', 1],
    ] as const
  ).map(([w, d]) => [normalizeArabic(w), d]),
);

/**
 * Parts of a day written before `اليوم`/`أمس`/a weekday (`فجر اليوم`, `مساء أمس`, `صباح يوم الأحد`):
 * part of the date's text, no change to its value.
 */
export const DAY_PARTS: ReadonlySet<string> = new Set(
  ['فجر', 'صباح', 'ظهر', 'عصر', 'مساء', 'ليل', 'ليلة', 'صبيحة', 'ظهيرة', 'نهار', 'يوم', 'يومي'].map(normalizeArabic),
);
/** Night words: `ليل السبت-الأحد` names the night from Saturday to Sunday, dated on Saturday. */
export const NIGHT_WORDS: ReadonlySet<string> = new Set(['ليل', 'ليلة'].map(normalizeArabic));
/** `منتصف ليل الأحد` (midnight) */
export const MIDDLE_WORD = normalizeArabic('منتصف');

/**
 * Words after `اليوم` that make it "the day" rather than "today": `اليوم التالي` (the next day),
 * `اليوم الأول` (the first day), `اليوم العالمي` (international day), `اليوم الذي` (the day when).
 */
export const NOT_TODAY_AFTER: ReadonlySet<string> = new Set(
  [
    'التالي', 'السابق', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن',
    'التاسع', 'العاشر', 'الأخير', 'الذي', 'التي', 'العالمي', 'الوطني', 'نفسه', 'ذاته', 'الموعود', 'المشهود',
  ].map(normalizeArabic),
);

/**
 * Words before a month or period saying which part of it (`مطلع أيار`, `أواخر العام الماضي`): part
 * of the date's text; the value keeps the month's (or year's) precision since the day is not said.
 */
export const PART_WORDS: ReadonlySet<string> = new Set(
  ['مطلع', 'منتصف', 'أواخر', 'أوائل', 'أواسط', 'بداية', 'بدايات', 'نهاية', 'نهايات', 'مستهل', 'منتصف'].map(normalizeArabic),
);

/**
 * Words that introduce a bare month name or a bare year as a date (`في مارس`, `منذ 2011`): a month
 * name alone may be a verb (`مارس` = practised) and a bare 4-digit number may be a count.
 */
export const DATE_INTRODUCERS: ReadonlySet<string> = new Set(
  ['في', 'خلال', 'منذ', 'حتى', 'شهر', 'قبل', 'بعد', 'مطلع', 'منتصف', 'أواخر', 'أوائل', 'أواسط', 'بداية', 'نهاية', 'مستهل'].map(
    normalizeArabic,
  ),
);
/** `شهر` before a month name (`في شهر آب`): part of the date's text. */
export const MONTH_WORD = normalizeArabic('شهر');
/** `من` between day and month (`5 من مارس`). */
export const OF_WORD = normalizeArabic('من');

/** Words for "year" that introduce a 4-digit year (`عام 2019`, `في سنة 2018`). */
export const YEAR_WORDS: ReadonlySet<string> = new Set(['عام', 'العام', 'سنة', 'السنة', 'عامي', 'سنتي'].map(normalizeArabic));
/** Era marks after a year: `2024م`, `1445هـ`. `هـ` marks a Hijri year. */
export const GREGORIAN_ERA_MARKS: ReadonlySet<string> = new Set(['م', 'ميلادي', 'ميلادية', 'للميلاد'].map(normalizeArabic));
export const HIJRI_ERA_MARKS: ReadonlySet<string> = new Set(['هـ', 'ه', 'هجري', 'هجرية', 'للهجرة'].map(normalizeArabic));

/** `هذا الأسبوع`, `هذه السنة`: the current period. */
export const THIS_WORDS: ReadonlySet<string> = new Set(['هذا', 'هذه'].map(normalizeArabic));

/** Words joining two days of a range or pair: `17 و26`, `5 إلى 7`, `السبت على الأحد`. */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['و', 'الى', 'إلى', 'حتى', 'لغاية', 'على'].map(normalizeArabic));
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '/']);

/** Period nouns for `الشهر الماضي`, `الأسبوع الماضي`, `العام الماضي`. */
export type Period = 'week' | 'month' | 'year';
export const PERIOD_WORDS: ReadonlyMap<string, Period> = new Map(
  (
    [
      ['الأسبوع', 'week'],
      ['الاسبوع', 'week'],
      ['الشهر', 'month'],
      ['العام', 'year'],
      ['السنة', 'year'],
    ] as const
  ).map(([w, p]) => [normalizeArabic(w), p]),
);

/** The span of plausible written years: earlier numbers are counts, later ones are not news dates. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** Hijri years of the same era (1318 AH ≈ 1900, 1500 AH ≈ 2077). */
export const MIN_HIJRI_YEAR = 1318;
export const MAX_HIJRI_YEAR = 1500;

/** `أول أمس`, `أول من أمس`, `الأول من أمس`, `أمس الأول`: the day before yesterday. */
export const FIRST_WORDS: ReadonlySet<string> = new Set(['أول', 'الأول'].map(normalizeArabic));
export const YESTERDAY = normalizeArabic('أمس');
export const TOMORROW = normalizeArabic('غدا');
/** `الليلة الماضية` (last night), `الليلة قبل الماضية` (the night before last). */
export const TONIGHT = normalizeArabic('الليلة');
export const BEFORE_WORD = normalizeArabic('قبل');
