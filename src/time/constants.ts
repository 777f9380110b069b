/**
 * Date vocabulary of Arabic news, kept apart from the parsers. Words are written as journalists
 * write them; `normalizeArabic` folds them once at load (hamza, ta marbuta, alef maqsura), so one
 * entry covers `أبريل`/`ابريل`/`إبريل` and `الجمعة`/`الجمعه`.
 */
import { normalizeArabic } from '../arabic/index.js';

export type Calendar = 'gregorian' | 'hijri';

/**
 * Gregorian month names (1-12) in the naming traditions Arabic outlets use: Egyptian/Gulf (يناير),
 * Levantine/Iraqi (كانون الثاني), Algerian/Tunisian (جانفي) and Moroccan (يوليوز, غشت, شتنبر).
 */
const GREGORIAN_MONTHS: Record<number, string[]> = {
  1: ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي'],
  2: ['فبراير', 'شباط', 'فيفري', 'فبرير'],
  3: ['مارس', 'آذار'],
  4: ['أبريل', 'إبريل', 'نيسان', 'أفريل'],
  5: ['مايو', 'أيار', 'ماي'],
  6: ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  7: ['يوليو', 'يوليه', 'تموز', 'جويلية', 'جويلة', 'يوليوز'],
  8: ['أغسطس', 'أغشت', 'آب', 'أوت', 'غشت'],
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
/**
 * After `عام`/`سنة`, or with an era mark (`1591 م`), a 4-digit number is a year whatever its age:
 * background paragraphs date history too (`عام 1814`, `في العام 1879`).
 */
export const MIN_HISTORICAL_YEAR = 1000;
/** `3100 ق.م`, `قبل الميلاد`: a year before the common era, which a partial date cannot hold. */
export const BCE_ABBREVIATION = normalizeArabic('ق');
export const BCE_WORDS: readonly string[] = ['قبل', 'الميلاد'].map(normalizeArabic);
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

// ---------------------------------------------------------------------------------------------
// durations: `منذ ثلاثة أيام`, `قبل يومين`, `خلال الأيام الثلاثة الماضية`, `الـ24 ساعة الماضية`

export type DurationUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** How a unit word counts: the singular is one (`قبل أسبوع`), the dual two (`منذ يومين`), a plural needs a number. */
export interface UnitWord {
  unit: DurationUnit;
  /** 1 for the singular, 2 for the dual, null for a plural or the accusative after 11+ (`15 يوماً`). */
  count: 1 | 2 | null;
}

export const DURATION_UNIT_WORDS: ReadonlyMap<string, UnitWord> = new Map(
  (
    [
      ['ساعة', 'hour', 1], ['ساعات', 'hour', null], ['ساعتين', 'hour', 2], ['ساعتان', 'hour', 2],
      ['يوم', 'day', 1], ['يوما', 'day', null], ['أيام', 'day', null], ['يومين', 'day', 2], ['يومان', 'day', 2],
      ['أسبوع', 'week', 1], ['أسبوعا', 'week', null], ['أسابيع', 'week', null], ['أسبوعين', 'week', 2], ['أسبوعان', 'week', 2],
      ['شهر', 'month', 1], ['شهرا', 'month', null], ['أشهر', 'month', null], ['شهور', 'month', null], ['شهرين', 'month', 2], ['شهران', 'month', 2],
      ['عام', 'year', 1], ['عاما', 'year', null], ['أعوام', 'year', null], ['عامين', 'year', 2], ['عامان', 'year', 2],
      ['سنة', 'year', 1], ['سنوات', 'year', null], ['سنين', 'year', null], ['سنتين', 'year', 2], ['سنتان', 'year', 2],
    ] as const
  ).map(([w, unit, count]) => [normalizeArabic(w), { unit, count }]),
);

/**
 * Number words for a duration's count (3-10, both genders; with the article after the noun:
 * `الأيام الثلاثة`). Larger counts are written in digits in news text. `بضعة`/`عدة` (a few) are
 * not here on purpose: a vague count gives no date.
 */
export const DURATION_COUNT_WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['ثلاثة', 3], ['ثلاث', 3], ['أربعة', 4], ['أربع', 4], ['خمسة', 5], ['خمس', 5], ['ستة', 6], ['ست', 6],
      ['سبعة', 7], ['سبع', 7], ['ثمانية', 8], ['ثماني', 8], ['ثمان', 8], ['تسعة', 9], ['تسع', 9], ['عشرة', 10], ['عشر', 10],
      ['عشرين', 20], ['عشرون', 20], ['ثلاثين', 30], ['ثلاثون', 30], ['أربعين', 40], ['أربعون', 40], ['خمسين', 50], ['خمسون', 50],
      ['ستين', 60], ['ستون', 60], ['سبعين', 70], ['سبعون', 70], ['ثمانين', 80], ['ثمانون', 80], ['تسعين', 90], ['تسعون', 90],
      ['مئة', 100], ['مائة', 100],
    ] as const
  ).map(([w, n]) => [normalizeArabic(w), n]),
);

/**
 * `قبل حوالى أسبوعين`, `منذ نحو ثلاثة أشهر`: an approximate count. The span is kept, but its value
 * is said one step coarser (a day becomes its month).
 */
export const APPROXIMATELY_WORDS: ReadonlySet<string> = new Set(['حوالي', 'حوالى', 'نحو', 'قرابة', 'زهاء', 'قرابه'].map(normalizeArabic));

/** `منذ ثلاثة أيام`: from then until publication. */
export const SINCE_WORD = normalizeArabic('منذ');
/** Words after a span meaning "the last …" (`الأيام الثلاثة الأخيرة`), besides the past direction words. */
export const LAST_WORDS: ReadonlySet<string> = new Set(['الأخيرة', 'الأخير', 'الأخيرين', 'الأخيرتين'].map(normalizeArabic));
/** The article written apart before a number (`الـ24 ساعة`, `الـ 48 ساعة`): normalised, tatweel gone. */
export const DETACHED_ARTICLE = normalizeArabic('الـ');
/**
 * Words right after `قبل يومين` that tie the count to another event (`قبل يومين من الهجوم`,
 * `قبل أسبوع على الموعد`): the day is then not counted from publication. After `منذ` these words
 * belong to the sentence (`المتواصل منذ ثمانية أيام على لبنان`).
 */
export const NOT_FROM_PUBLICATION_AFTER: ReadonlySet<string> = new Set(['من', 'على'].map(normalizeArabic));
/** `منذ عام ونصف`, `قبل شهر وبضعة أيام`: a count with a fraction or a vague remainder gives no date. */
export const INEXACT_AFTER: ReadonlySet<string> = new Set(['ونصف', 'نصف', 'وبضعة', 'وبضع', 'ونيف'].map(normalizeArabic));

// ---------------------------------------------------------------------------------------------
// ordinal days: `الخامس من حزيران`, `الحادي والعشرين من آذار`, `السادس من شباط`

/** Ordinal units, read without the article (`الخامس` → `خامس`); `حادي` only opens a compound (الحادي عشر). */
export const ORDINAL_UNITS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['أول', 1], ['ثاني', 2], ['ثالث', 3], ['رابع', 4], ['خامس', 5], ['سادس', 6], ['سابع', 7], ['ثامن', 8], ['تاسع', 9],
      ['عاشر', 10], ['حادي', 1],
    ] as const
  ).map(([w, n]) => [normalizeArabic(w), n]),
);
/** The tens of a compound ordinal: `الحادي عشر` 11, `الثاني والعشرين` 22, `العشرين` 20, `الثلاثين` 30. */
export const ORDINAL_TEEN = normalizeArabic('عشر');
export const ORDINAL_TENS: ReadonlyMap<string, number> = new Map(
  ([['عشرين', 20], ['عشرون', 20], ['ثلاثين', 30], ['ثلاثون', 30]] as const).map(([w, n]) => [normalizeArabic(w), n]),
);

/**
 * Words before a day-month that make it a name, not a date: `مدينة 6 أكتوبر` (a city), `قوى 14 آذار`
 * (a coalition), `ملعب 5 جويلية`, `ثورة 25 يناير` (an event of a year the sentence does not say).
 */
export const DATE_NAME_HEADS: ReadonlySet<string> = new Set(
  ['مدينة', 'جسر', 'كوبري', 'شارع', 'ميدان', 'ساحة', 'جامعة', 'حي', 'ملعب', 'مطار', 'قوى', 'تحالف', 'تيار', 'حركة', 'ثورة', 'انتفاضة', 'فريق'].map(
    normalizeArabic,
  ),
);
