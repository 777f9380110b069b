/**
 * Words of office: what people.ts reads as a person's role (`نائب وزير الخارجية الروسي`, `المتحدث باسم
 * وزارة الدفاع الروسية`, `العقيد`), with the English a claim label is built from.
 *
 * A label template may use {dem} (the country's adjective: "Russian"), {office} (the office's English:
 * "foreign") and {org} (the organisation: "the Russian Reconciliation Center", "Russian Ministry of Defence").
 */

/** Which kind of actor a role speaks for, once its country is known (ACLED: ministers are their government). */
export type Voice = 'government' | 'military' | 'police';

export interface RoleHead {
  /** English label template. */
  en: string;
  /** The actor spoken for when only a country is known (`وزير الدفاع الروسي` → Government of Russia). */
  voice: Voice;
  /** A head that means nothing alone (`وزير`, `المتحدث باسم`) needs an office, a country or an organisation. */
  needsComplement: boolean;
}

/** Titles, longest first within the matcher. Both the bare and the definite forms are read. */
export const ROLE_HEADS: Readonly<Record<string, RoleHead>> = {
  'وزير': { en: '{dem} {office} minister', voice: 'government', needsComplement: true },
  'وزيرة': { en: '{dem} {office} minister', voice: 'government', needsComplement: true },
  'نائب وزير': { en: '{dem} deputy {office} minister', voice: 'government', needsComplement: true },
  'مساعد وزير': { en: '{dem} assistant {office} minister', voice: 'government', needsComplement: true },
  'معاون وزير': { en: '{dem} assistant {office} minister', voice: 'government', needsComplement: true },
  'رئيس الوزراء': { en: '{dem} prime minister', voice: 'government', needsComplement: false },
  'رئيس الحكومة': { en: '{dem} prime minister', voice: 'government', needsComplement: false },
  'رئيس حكومة': { en: '{dem} prime minister', voice: 'government', needsComplement: true },
  'الرئيس': { en: '{dem} president', voice: 'government', needsComplement: false },
  'رئيس الجمهورية': { en: '{dem} president', voice: 'government', needsComplement: false },
  'نائب الرئيس': { en: '{dem} vice president', voice: 'government', needsComplement: false },
  'رئيس الأركان': { en: '{dem} chief of staff', voice: 'military', needsComplement: false },
  'رئيس هيئة الأركان': { en: '{dem} chief of staff', voice: 'military', needsComplement: false },
  'رئيس هيئة الأركان العامة': { en: '{dem} chief of staff', voice: 'military', needsComplement: false },
  'رئيس': { en: 'head of {org}', voice: 'government', needsComplement: true },
  'نائب رئيس': { en: 'deputy head of {org}', voice: 'government', needsComplement: true },
  'قائد': { en: 'commander of {org}', voice: 'military', needsComplement: true },
  'القائد العام': { en: 'commander-in-chief of {org}', voice: 'military', needsComplement: true },
  'زعيم': { en: 'leader of {org}', voice: 'government', needsComplement: true },
  'أمير': { en: 'emir of {org}', voice: 'government', needsComplement: true },
  'مدير': { en: 'director of {org}', voice: 'government', needsComplement: true },
  'المتحدث باسم': { en: '{org} spokesman', voice: 'government', needsComplement: true },
  'المتحدث الرسمي باسم': { en: '{org} spokesman', voice: 'government', needsComplement: true },
  'المتحدث العسكري باسم': { en: '{org} military spokesman', voice: 'military', needsComplement: true },
  'الناطق باسم': { en: '{org} spokesman', voice: 'government', needsComplement: true },
  'الناطق الرسمي باسم': { en: '{org} spokesman', voice: 'government', needsComplement: true },
  'الناطق العسكري باسم': { en: '{org} military spokesman', voice: 'military', needsComplement: true },
  'المتحدثة باسم': { en: '{org} spokeswoman', voice: 'government', needsComplement: true },
  'المتحدثة الرسمية باسم': { en: '{org} spokeswoman', voice: 'government', needsComplement: true },
  'الناطقة باسم': { en: '{org} spokeswoman', voice: 'government', needsComplement: true },
  'السفير': { en: '{dem} ambassador', voice: 'government', needsComplement: true },
  'المندوب': { en: '{dem} representative', voice: 'government', needsComplement: true },
  'المبعوث': { en: '{dem} envoy', voice: 'government', needsComplement: true },
  'المبعوث الخاص': { en: '{dem} special envoy', voice: 'government', needsComplement: true },
  'مستشار': { en: '{dem} adviser', voice: 'government', needsComplement: true },
  'القيادي في': { en: 'commander in {org}', voice: 'military', needsComplement: true },
  'القيادي البارز في': { en: 'senior commander in {org}', voice: 'military', needsComplement: true },
  'مسؤول في': { en: 'official of {org}', voice: 'government', needsComplement: true },
  'مسؤول': { en: '{dem} official', voice: 'government', needsComplement: true },
};

export interface Office {
  /** English of the office in a minister's title ("defence") or of the organisation ("Ministry of Defence"). */
  en: string;
  /** Whether `en` names an organisation ({org}) rather than a portfolio ({office}). */
  isOrganisation: boolean;
  /** Overrides the head's voice: a defence ministry's spokesman speaks for the forces. */
  voice?: Voice;
}

/** What follows a head before the country: the portfolio (`الدفاع`) or the body (`وزارة الدفاع`). */
export const OFFICES: Readonly<Record<string, Office>> = {
  'الدفاع': { en: 'defence', isOrganisation: false },
  'الخارجية': { en: 'foreign', isOrganisation: false },
  'الخارجية والمغتربين': { en: 'foreign', isOrganisation: false },
  'الداخلية': { en: 'interior', isOrganisation: false },
  'الداخلية والأمن': { en: 'interior', isOrganisation: false },
  'الإعلام': { en: 'information', isOrganisation: false },
  'العدل': { en: 'justice', isOrganisation: false },
  'الطوارئ والكوارث': { en: 'emergency', isOrganisation: false },
  'وزارة الدفاع': { en: 'Ministry of Defence', isOrganisation: true, voice: 'military' },
  'الدفاع الوطني': { en: 'Ministry of Defence', isOrganisation: true, voice: 'military' },
  'وزارة الخارجية': { en: 'Foreign Ministry', isOrganisation: true },
  'وزارة الداخلية': { en: 'Ministry of Interior', isOrganisation: true, voice: 'police' },
  'الجيش': { en: 'army', isOrganisation: true, voice: 'military' },
  'القوات': { en: 'forces', isOrganisation: true, voice: 'military' },
  'القوات المسلحة': { en: 'armed forces', isOrganisation: true, voice: 'military' },
  'الحكومة': { en: 'government', isOrganisation: true },
  'الرئاسة': { en: 'presidency', isOrganisation: true },
  'الكرملين': { en: 'Kremlin', isOrganisation: true },
};

/** Military ranks: a role by themselves before a name (`العقيد نديم الحسن`), or before a head. */
export const RANKS: readonly string[] = [
  'العقيد', 'العميد', 'اللواء', 'الفريق', 'الفريق أول', 'العماد', 'المقدم', 'الرائد', 'النقيب', 'الملازم', 'الملازم أول',
  'الجنرال', 'العقيد الجنرال', 'الأدميرال', 'المشير', 'الرقيب',
];

/** Honorifics written before a name that are not part of it. */
export const HONORIFICS: readonly string[] = ['الشيخ', 'السيد', 'الدكتور', 'د.', 'المهندس', 'الحاج', 'المنشق'];

/**
 * Words that end an unknown name read after a role: function words, time words and the verbs and
 * nouns that follow a title in news prose (`وزير الدفاع التركي يزور`, `قائد الفرقة برفقة`).
 */
export const NAME_STOPS: readonly string[] = [
  'أن', 'إن', 'ان', 'بأن', 'بان', 'في', 'على', 'من', 'إلى', 'الى', 'عن', 'مع', 'خلال', 'بعد', 'قبل', 'عبر', 'لدى', 'الذي', 'التي',
  'الذين', 'حيث', 'كما', 'أمس', 'اليوم', 'غدا', 'الليلة', 'صباح', 'مساء', 'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء',
  'الأربعاء', 'الخميس', 'الجمعة', 'قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'أوضح', 'أوضحت', 'أشار', 'أشارت', 'ذكر',
  'ذكرت', 'أفاد', 'أفادت', 'صرح', 'يزور', 'زار', 'يبحث', 'بحث', 'يلتقي', 'التقى', 'يستقبل', 'استقبل', 'يعلن', 'يؤكد', 'يقول',
  'يصل', 'وصل', 'يتفقد', 'تفقد', 'يجري', 'أجرى', 'برفقة', 'بصحبة', 'إنه', 'إنها', 'أنه', 'أنها', 'لـ', 'ل', 'هو', 'هي', 'بين',
  'نحو', 'حول', 'ضد', 'منذ', 'إثر', 'عقب', 'أثناء', 'وسط', 'بشأن', 'حسب', 'بحسب', 'وفق', 'فيما', 'بينما', 'لكن', 'إلا',
  'غير', 'سوى', 'الجديد', 'السابق', 'الأسبق', 'الحالي', 'المكلف', 'بالوكالة', 'نفسه', 'ذاته', 'أيضا', 'المنشق',
];
