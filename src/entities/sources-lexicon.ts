/**
 * Who an article says its information comes from when it names no one (`مصدر عسكري سوري`, `مصادر
 * محلية`, `ناشطون`), with the English a claim label is built from. Named sources (المرصد, سانا) are in
 * data/actors/actors.json with role `source`; people with titles are read by people.ts.
 */

/** Words for an unnamed informant: singular and plural, with their English. */
export const SOURCE_NOUNS: Readonly<Record<string, { en: string; plural: boolean }>> = {
  'مصدر': { en: 'source', plural: false },
  'المصدر': { en: 'source', plural: false },
  'مصادر': { en: 'sources', plural: true },
  'المصادر': { en: 'sources', plural: true },
  'مسؤول': { en: 'official', plural: false },
  'مسؤولون': { en: 'officials', plural: true },
  'مسؤولين': { en: 'officials', plural: true },
  'المسؤولون': { en: 'officials', plural: true },
  'المسؤولين': { en: 'officials', plural: true },
};

/** Adjectives after a source noun, masculine and feminine, with their English (`مصدر عسكري` → military source). */
export const SOURCE_QUALIFIERS: Readonly<Record<string, string>> = {
  'عسكري': 'military', 'عسكرية': 'military', 'العسكري': 'military', 'العسكرية': 'military', 'عسكريون': 'military',
  'أمني': 'security', 'أمنية': 'security', 'الأمني': 'security', 'الأمنية': 'security',
  'محلي': 'local', 'محلية': 'local', 'المحلية': 'local', 'أهلية': 'local', 'أهلي': 'local',
  'ميداني': 'field', 'ميدانية': 'field', 'الميدانية': 'field',
  'طبي': 'medical', 'طبية': 'medical', 'الطبية': 'medical',
  'مطلع': 'informed', 'مطلعة': 'informed', 'المطلعة': 'informed',
  'خاص': 'private', 'خاصة': 'private',
  'رسمي': 'official', 'رسمية': 'official', 'الرسمية': 'official',
  'حكومي': 'government', 'حكومية': 'government', 'الحكومية': 'government',
  'معارض': 'opposition', 'معارضة': 'opposition', 'المعارض': 'opposition', 'المعارضة': 'opposition',
  'إعلامي': 'media', 'إعلامية': 'media', 'الإعلامية': 'media',
  'دبلوماسي': 'diplomatic', 'دبلوماسية': 'diplomatic', 'الدبلوماسية': 'diplomatic',
  'كردي': 'Kurdish', 'كردية': 'Kurdish', 'الكردية': 'Kurdish',
  'مقرب': 'close', 'مقربة': 'close',
};

/** Words that make a following source noun something else (`قذائف مجهولة المصدر`: of unknown origin). */
export const NOT_A_SOURCE_BEFORE: readonly string[] = ['مجهولة', 'مجهول', 'مجهولي', 'مصادرة'];

/** Plural groups that report (`أفاد ناشطون`), with their English. */
export const REPORTING_GROUPS: Readonly<Record<string, string>> = {
  'ناشطون': 'activists', 'ناشطين': 'activists', 'الناشطين': 'activists', 'الناشطون': 'activists', 'نشطاء': 'activists',
  'ناشطون محليون': 'local activists', 'ناشطين محليين': 'local activists', 'ناشطون معارضون': 'opposition activists',
  'شهود عيان': 'witnesses', 'شهود': 'witnesses', 'شاهد عيان': 'witness', 'سكان محليون': 'local residents', 'الأهالي': 'residents',
  'مراسل': 'correspondent', 'مراسلنا': 'our correspondent', 'مراسلة': 'correspondent',
  'وسائل إعلام': 'media', 'وسائل الإعلام': 'media', 'وسائل إعلام محلية': 'local media', 'وسائل إعلام رسمية': 'state media',
  'التلفزيون الرسمي': 'state television', 'التلفزيون السوري': 'Syrian state television', 'الإعلام الرسمي': 'state media',
};

/**
 * Verbs and phrases after which the next actor is the one making a claim (`أعلنت وزارة الدفاع
 * السورية`, `بحسب وزارة الدفاع التركية`): actors found there are read as sources too.
 */
export const CLAIM_CUES: readonly string[] = [
  'أعلن', 'أعلنت', 'أفاد', 'أفادت', 'قال', 'قالت', 'ذكر', 'ذكرت', 'أكد', 'أكدت', 'أوضح', 'أوضحت', 'أشار', 'أشارت', 'صرح', 'صرحت',
  'نقل', 'نقلت', 'زعم', 'زعمت', 'ادعى', 'ادعت', 'تبنى', 'تبنت', 'نشر', 'نشرت', 'أورد', 'أوردت', 'بث', 'بثت', 'كشف', 'كشفت',
  'بحسب', 'حسب', 'وفق', 'وفقا', 'وفقا ل', 'طبقا ل', 'نقلا عن', 'بيان', 'في بيان', 'تقول', 'يقول', 'أفاد به', 'ما أعلنته', 'ما ذكرته', 'ما أفادت به',
];

/** Outlets named after a source noun (`مصادر للميادين`, `مصادر الميادين`) whose bare name is also a place. */
export const OUTLETS_AFTER_SOURCE: Readonly<Record<string, string>> = {
  'الميادين': 'Al Mayadeen',
};
