/**
 * Word lists for reading counts (numbers.ts): number words, vague counts and their GUIDE.md codes,
 * qualifiers, dual nouns, and the words that show a number is a date or a name rather than a count.
 * Written as in text; numbers.ts normalises them once at load.
 */
import type { Quantity } from '../types.js';

/**
 * 2–10, masculine and feminine. "One" counts only inside a compound (أحد عشر, واحد وعشرون): alone,
 * أحد/إحدى mean "one of" (أحد عناصر), and وأحد folds to the same key as واحد.
 */
export const UNITS: Record<string, number> = {
  'اثنان': 2, 'اثنين': 2, 'اثنتان': 2, 'اثنتين': 2, 'إثنان': 2, 'إثنين': 2,
  'ثلاثة': 3, 'ثلاث': 3, 'أربعة': 4, 'أربع': 4, 'خمسة': 5, 'خمس': 5, 'ستة': 6, 'ست': 6,
  'سبعة': 7, 'سبع': 7, 'ثمانية': 8, 'ثماني': 8, 'ثمان': 8, 'تسعة': 9, 'تسع': 9, 'عشرة': 10, 'عشر': 10,
};
/** Units that only appear as the first half of a teen or a compound (أحد عشر, اثنا عشر, إحدى وعشرون). */
export const COMPOUND_ONLY_UNITS: Record<string, number> = { 'واحد': 1, 'واحدة': 1, 'أحد': 1, 'إحدى': 1, 'اثنا': 2, 'اثني': 2, 'اثنتا': 2, 'اثنتي': 2 };
export const TEEN_TENS = ['عشر', 'عشرة'];
export const TENS: Record<string, number> = {
  'عشرون': 20, 'عشرين': 20, 'ثلاثون': 30, 'ثلاثين': 30, 'أربعون': 40, 'أربعين': 40, 'خمسون': 50, 'خمسين': 50,
  'ستون': 60, 'ستين': 60, 'سبعون': 70, 'سبعين': 70, 'ثمانون': 80, 'ثمانين': 80, 'تسعون': 90, 'تسعين': 90,
};
export const HUNDRED_WORDS = ['مئة', 'مائة'];
export const TWO_HUNDRED_WORDS = ['مئتان', 'مئتين', 'مائتان', 'مائتين', 'مئتا', 'مئتي', 'مائتا', 'مائتي'];
/** ثلاثمئة … تسعمئة are written as one word. */
export const HUNDREDS_PREFIXES: Record<string, number> = {
  'ثلاث': 3, 'أربع': 4, 'خمس': 5, 'ست': 6, 'سبع': 7, 'ثمان': 8, 'ثماني': 8, 'تسع': 9,
};
export const THOUSAND_WORDS = ['ألف', 'الف'];
export const TWO_THOUSAND_WORDS = ['ألفان', 'ألفين', 'ألفا', 'ألفي'];
/** Plural "thousands": a multiplier after a unit (ثلاثة آلاف) or a vague count alone. */
export const THOUSANDS_PLURAL = ['آلاف'];
export const MILLION_WORDS = ['مليون', 'ملايين'];
export const BILLION_WORDS = ['مليار', 'مليارات', 'بليون'];
/**
 * Number words that begin with the letters of the article (ألف folds to الف, آلاف to الاف): they are
 * not definite, so the rule that a definite number word is a weekday or an ordinal must skip them.
 */
export const ALEF_LAM_NUMBER_WORDS = ['ألف', 'ألفا', 'ألفان', 'ألفين', 'ألفي', 'آلاف'];
/** ألفا after a number is the accusative "thousand" (عشرون ألفا = 20,000), not the dual construct. */
export const THOUSAND_ACCUSATIVE = 'ألفا';
/** Counts written after their noun: مناطق عدة, عسكريين تركيين اثنين, شخص واحد. */
export const POSTPOSED_COUNT_WORDS: Record<string, number> = {
  'عدة': 3, 'اثنين': 2, 'اثنان': 2, 'اثنتين': 2, 'اثنتان': 2, 'واحد': 1, 'واحدة': 1,
};
/** Nouns a postposed واحد may not count: في آن واحد, في وقت واحد are "at once", not one of anything. */
export const NOT_COUNTED_BY_ONE = ['آن', 'وقت', 'صف', 'اتجاه'];

/** Vague counts and their GUIDE.md codes (ACLED: dozens 12, hundreds 100, several 3). */
export const VAGUE_WORDS: Record<string, number> = {
  'عشرات': 12, 'العشرات': 12, 'مئات': 100, 'المئات': 100, 'آلاف': 1000, 'الآلاف': 1000,
  'بضعة': 3, 'بضع': 3, 'عدة': 3,
};
/**
 * Vague phrases: "a number of", "many". `عدد كبير من` is coded 3 like `عدد من`: gold/expected.json reads
 * `عددا كبيرا من القتلى` as the vague 3. Accusative spellings (عددا, عدداً) fold to عددا.
 */
export const VAGUE_PHRASES: Array<[string, number]> = [
  ['عدد من', 3], ['عددا من', 3], ['عدد كبير من', 3], ['عددا كبيرا من', 3], ['العديد من', 3], ['الكثير من', 3],
  ['عدد قليل من', 3], ['عددا قليلا من', 3],
];
/** `بضع عشرات`, `عدة مئات`: a few dozen is still coded as dozens (the second word's code). */
export const VAGUE_MULTIPLES = ['عشرات', 'مئات', 'آلاف'];

/** Qualifiers written before the number. */
export const QUALIFIERS_BEFORE: Array<[string, Quantity['qualifier']]> = [
  ['أكثر من', 'more_than'], ['ما يزيد عن', 'more_than'], ['ما يزيد على', 'more_than'], ['أزيد من', 'more_than'],
  ['ما يربو على', 'more_than'], ['ما لا يقل عن', 'at_least'], ['لا يقل عن', 'at_least'], ['على الأقل', 'at_least'],
  ['نحو', 'about'], ['حوالي', 'about'], ['حوالى', 'about'], ['قرابة', 'about'], ['زهاء', 'about'], ['ما يقارب', 'about'],
  ['ما يقرب من', 'about'], ['أقل من', 'less_than'], ['ما دون', 'less_than'],
];
/** `على الأقل` after the counted noun (مقتل جنديين تركيين على الأقل): looked for this many words ahead. */
export const AT_LEAST_AFTER = 'على الأقل';
/** Far enough to cross the noun and one adjective, not far enough to reach another clause. */
export const AT_LEAST_WINDOW = 3;

/** Masculine singular nouns whose -ين/-ان form is a dual, not a plural (plural is broken: جنود, أشخاص). */
export const MASCULINE_DUAL_STEMS = [
  'جندي', 'شخص', 'عنصر', 'طفل', 'ضابط', 'صاروخ', 'هجوم', 'قتيل', 'جريح', 'شهيد', 'موقع', 'حاجز', 'برميل', 'لغم',
  'منزل', 'مقر', 'مطار', 'مبنى', 'يوم', 'شهر', 'عام', 'أسبوع', 'رجل', 'شقيق', 'قائد', 'صحفي', 'انفجار', 'انتحاري',
  'شرطي', 'رقيب', 'مقاتل', 'مسلح', 'مدني', 'قيادي', 'أسير', 'معتقل', 'شاب', 'مواطن', 'عسكري',
];
/**
 * Of the stems above, those whose sound plural in -ين is also common (مدنيين, مسلحين, مقاتلين): their
 * -ين form is a dual only when the text writes the fatha (مدنيَين), else it is read as a plural.
 */
export const SOUND_PLURAL_STEMS = ['مقاتل', 'مسلح', 'مدني', 'قيادي', 'معتقل', 'مواطن', 'عسكري'];
/** The fatha (U+064E) that marks a dual -َين against the plural -ِين. */
export const DUAL_FATHA = '\u064E';
/** Words that end like a feminine dual (-تين/-تان) but are not one. */
export const NOT_DUALS = ['بوتين', 'روتين', 'لاتين', 'بساتين', 'ستين', 'اثنتين', 'اثنتان'];
/** Persian -stan names (كردستان, أفغانستان) and بستان end in -تان. */
export const STAN_ENDING = 'ستان';
/** A dual stem shorter than this is more likely a whole word (مرتين, سنتين are skipped; ستين is sixty). */
export const MIN_DUAL_STEM = 3;

export const MONTHS = [
  'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'إبريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'أغسطس', 'اغسطس',
  'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر', 'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب',
  'أيلول', 'تشرين',
];
/** Words after which a four-digit number is a year. */
export const YEAR_WORDS = ['عام', 'العام', 'عامي', 'أعوام', 'الأعوام', 'سنة', 'السنة', 'منذ', 'في', 'خلال', 'مطلع', 'أواخر', 'أوائل', 'نهاية', 'بداية', 'صيف', 'شتاء', 'ربيع', 'خريف'];
export const YEAR_RANGE = { min: 1900, max: 2100 };
/** Tokens looked back from a year for its cue: `عام 2019`, `أعوام 2016 و2018 و2019`, `آذار/مارس 2011`. */
export const YEAR_LOOKBACK = 6;
/** A word glued to digits that is only a preposition or conjunction (بـ22, ب22, و2018). */
export const GLUED_PROCLITIC = /^[وف]?[بلك]?$/;
/** Words between a month and its year: كانون الثاني الماضي 2019, أيار الجاري. */
export const YEAR_GLUE = ['و', 'الماضي', 'الجاري', 'المقبل', 'الفائت', 'الاول', 'الثاني'];
/** Words after which a number is a name (الفرقة 30, الفوج 46, طراز 16). */
export const NAMING_WORDS = [
  'الفرقة', 'الفوج', 'اللواء', 'الكتيبة', 'الفيلق', 'رقم', 'طراز', 'القرار', 'المادة', 'البند', 'شارع', 'الطريق', 'الـ', 'ال',
  'إف', 'اف', 'سو', 'ميغ', 'إس', 'اس', 'تي', 'الساعة',
];
/** A number followed by these is a share, not a count (50%, 30 في المئة, 20 بالمئة). */
export const PERCENT_SIGNS = ['%', '٪'];
export const PERCENT_WORDS = ['بالمئة', 'بالمائة', 'المئة', 'المائة'];
/**
 * `1.200 شخص`: a dot followed by exactly three digits, before a counted noun rather than a multiplier
 * (1.5 مليون), is a thousands separator, as Egyptian and Maghrebi papers write it: a count is whole.
 */
export const DOT_THOUSANDS = /^[0-9]{1,3}(?:\.[0-9]{3})+$/;
/** Words that cannot be the counted noun. */
export const NOT_NOUNS = ['من', 'في', 'على', 'إلى', 'الى', 'عن', 'و', 'أو', 'او', 'ثم', 'بين', 'مع', 'منذ', 'خلال', 'حتى', 'قد', 'لا', 'ما', 'التي', 'الذي', 'الذين'];

