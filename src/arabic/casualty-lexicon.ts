/**
 * Word lists for reading casualties (casualties.ts): the words that say people were killed, wounded,
 * captured or went missing, the nouns that name who they were, and the phrases that say nobody was.
 * Written as in text (hamza, ة); casualties.ts normalises them once at load and generates the
 * accusative (-ا), dual (-ان/-ين) and sound plural (-ون/-ين) forms, so list singulars and broken plurals.
 */

import type { CasualtyGroup, CasualtyKind } from '../types.js';

export type { CasualtyGroup, CasualtyKind };

export interface EventCue {
  phrase: string;
  kind: CasualtyKind;
  /** A verb may have its subject between it and the victims (قتلت القوات 20 مسلحا); a noun may not. */
  verb?: true;
  /**
   * The cue alone says someone was hit even when the victim is not a word we can count (مقتل أبو خليل
   * السوداني → killed, count unknown). Off for cues that also mean something else: إصابة (hitting a
   * target), أسر (families), قتل (the killing, as a topic).
   */
  bare?: true;
}

/** Cues written before the victims: `مقتل 20 مسلحا`, `وجرح عشرة آخرين`, `اعتقال ستة أشخاص`. */
export const EVENT_CUES: EventCue[] = [
  { phrase: 'مقتل', kind: 'killed', bare: true },
  { phrase: 'مصرع', kind: 'killed', bare: true },
  { phrase: 'استشهاد', kind: 'killed', bare: true },
  { phrase: 'اغتيال', kind: 'killed', bare: true },
  { phrase: 'إعدام', kind: 'killed', bare: true },
  { phrase: 'تصفية', kind: 'killed' },
  { phrase: 'وفاة', kind: 'killed' },
  { phrase: 'القضاء على', kind: 'killed' },
  { phrase: 'أودى بحياة', kind: 'killed' },
  { phrase: 'أودت بحياة', kind: 'killed' },
  { phrase: 'قتل', kind: 'killed', verb: true },
  { phrase: 'قتلت', kind: 'killed', verb: true },
  { phrase: 'يقتل', kind: 'killed', verb: true },
  { phrase: 'استشهد', kind: 'killed', verb: true },
  { phrase: 'استشهدت', kind: 'killed', verb: true },
  { phrase: 'توفي', kind: 'killed', verb: true },
  { phrase: 'أعدم', kind: 'killed', verb: true },
  { phrase: 'إصابة', kind: 'wounded' },
  { phrase: 'جرح', kind: 'wounded', verb: true },
  { phrase: 'أصيب', kind: 'wounded', verb: true },
  { phrase: 'أصيبت', kind: 'wounded', verb: true },
  { phrase: 'أسر', kind: 'captured', verb: true },
  { phrase: 'أسرت', kind: 'captured', verb: true },
  { phrase: 'اعتقال', kind: 'captured', bare: true },
  { phrase: 'اعتقل', kind: 'captured', verb: true },
  { phrase: 'اعتقلت', kind: 'captured', verb: true },
  { phrase: 'اختطاف', kind: 'captured', bare: true },
  { phrase: 'خطف', kind: 'captured', verb: true },
  { phrase: 'اختطف', kind: 'captured', verb: true },
  { phrase: 'احتجاز', kind: 'captured' },
  { phrase: 'احتجز', kind: 'captured', verb: true },
  { phrase: 'القبض على', kind: 'captured' },
  { phrase: 'فقدان', kind: 'missing' },
  { phrase: 'فقد', kind: 'missing', verb: true },
];

/**
 * Verbs written after their victims: `5 عناصر على الأقل قتلوا`, `63 شخصا لقوا مصرعهم`. Plural verbs
 * follow their subject in Arabic; before it the verb is singular (قتل 26 شخصا), which EVENT_CUES reads.
 */
export const AFTER_VICTIM_CUES: Array<[phrase: string, kind: CasualtyKind]> = [
  ['قتلوا', 'killed'], ['قتلا', 'killed'], ['لقوا مصرعهم', 'killed'], ['لقوا حتفهم', 'killed'], ['لقي مصرعه', 'killed'],
  ['لقي حتفه', 'killed'], ['لقيت حتفها', 'killed'], ['لقيت مصرعها', 'killed'], ['استشهدوا', 'killed'], ['قضوا', 'killed'],
  ['أصيبوا', 'wounded'], ['أصيبا', 'wounded'], ['جرحوا', 'wounded'], ['اعتقلوا', 'captured'], ['أسروا', 'captured'],
  ['خطفوا', 'captured'], ['اختطفوا', 'captured'], ['فقدوا', 'missing'], ['في عداد المفقودين', 'missing'],
  ['في عداد القتلى', 'killed'],
];

export interface NounEntry {
  singular: string;
  /** Broken plurals (جنود, أطفال); sound plurals are generated when `soundPlural` is set. */
  plurals?: string[];
  /** مدنيين, مسلحين: -ين is then a plural, and a dual only when the fatha is written (مدنيَين). */
  soundPlural?: true;
}

/** Nouns that are themselves casualties: `32 قتيلا`, `شهيدان`, `7 جرحى`, `عشرات القتلى`. */
export const VICTIM_NOUNS: Array<NounEntry & { kind: CasualtyKind }> = [
  { singular: 'قتيل', plurals: ['قتلى'], kind: 'killed' },
  { singular: 'شهيد', plurals: ['شهداء'], kind: 'killed' },
  { singular: 'جريح', plurals: ['جرحى'], kind: 'wounded' },
  { singular: 'مصاب', soundPlural: true, kind: 'wounded' },
  { singular: 'أسير', plurals: ['أسرى'], kind: 'captured' },
  { singular: 'معتقل', soundPlural: true, kind: 'captured' },
  { singular: 'مخطوف', soundPlural: true, kind: 'captured' },
  { singular: 'مختطف', soundPlural: true, kind: 'captured' },
  { singular: 'رهينة', plurals: ['رهائن'], kind: 'captured' },
  { singular: 'مفقود', soundPlural: true, kind: 'missing' },
];

/** People a casualty may be counted in, with the group they belong to (null: a role that says no side). */
export const PERSON_NOUNS: Array<NounEntry & { group: CasualtyGroup | null }> = [
  { singular: 'مسلح', soundPlural: true, group: 'militants' },
  { singular: 'إرهابي', soundPlural: true, group: 'militants' },
  { singular: 'متشدد', soundPlural: true, group: 'militants' },
  { singular: 'متطرف', soundPlural: true, group: 'militants' },
  { singular: 'جهادي', soundPlural: true, group: 'militants' },
  { singular: 'انتحاري', soundPlural: true, group: 'militants' },
  { singular: 'داعشي', plurals: ['دواعش'], group: 'militants' },
  { singular: 'مرتزق', plurals: ['مرتزقة'], group: 'militants' },
  { singular: 'جندي', plurals: ['جنود'], group: 'soldiers' },
  { singular: 'عسكري', soundPlural: true, group: 'soldiers' },
  { singular: 'ضابط', plurals: ['ضباط'], group: 'soldiers' },
  { singular: 'رقيب', group: 'soldiers' },
  { singular: 'عريف', group: 'soldiers' },
  { singular: 'ملازم', group: 'soldiers' },
  { singular: 'عقيد', group: 'soldiers' },
  { singular: 'طيار', soundPlural: true, group: 'soldiers' },
  { singular: 'مجند', soundPlural: true, group: 'soldiers' },
  { singular: 'شرطي', plurals: ['شرطيون'], group: 'police' },
  { singular: 'دركي', group: 'police' },
  { singular: 'مقاتل', soundPlural: true, group: 'fighters' },
  { singular: 'ثائر', plurals: ['ثوار'], group: 'fighters' },
  { singular: 'مجاهد', soundPlural: true, group: 'fighters' },
  { singular: 'مقاوم', soundPlural: true, group: 'fighters' },
  { singular: 'مدني', soundPlural: true, group: 'civilians' },
  { singular: 'مواطن', soundPlural: true, group: 'civilians' },
  { singular: 'ناشط', soundPlural: true, group: 'civilians' },
  { singular: 'صحفي', soundPlural: true, group: 'civilians' },
  { singular: 'صحافي', soundPlural: true, group: 'civilians' },
  { singular: 'مراسل', soundPlural: true, group: 'civilians' },
  { singular: 'مسعف', soundPlural: true, group: 'civilians' },
  { singular: 'طبيب', plurals: ['أطباء'], group: 'civilians' },
  { singular: 'مزارع', soundPlural: true, group: 'civilians' },
  { singular: 'مستوطن', soundPlural: true, group: 'civilians' },
  { singular: 'لاجئ', soundPlural: true, group: 'civilians' },
  { singular: 'نازح', soundPlural: true, group: 'civilians' },
  { singular: 'معلم', soundPlural: true, group: 'civilians' },
  // civilian trades and callings named as victims (`قتل مسلحون مترجما`, `أطلقوا النار على مصلين`)
  { singular: 'مترجم', soundPlural: true, group: 'civilians' },
  { singular: 'موظف', soundPlural: true, group: 'civilians' },
  { singular: 'مهندس', soundPlural: true, group: 'civilians' },
  { singular: 'تاجر', plurals: ['تجار'], group: 'civilians' },
  { singular: 'محام', plurals: ['محامون', 'محامين', 'محاميا'], group: 'civilians' },
  { singular: 'قس', plurals: ['قساوسة'], group: 'civilians' },
  { singular: 'مصل', plurals: ['مصلون', 'مصلين'], group: 'civilians' },
  { singular: 'ساكن', plurals: ['سكان', 'أهالي', 'الأهالي'], group: 'civilians' },
  { singular: 'طفل', plurals: ['أطفال'], group: 'children' },
  { singular: 'طفلة', plurals: ['طفلات'], group: 'children' },
  { singular: 'رضيع', plurals: ['رضع'], group: 'children' },
  { singular: 'صبي', plurals: ['صبية'], group: 'children' },
  { singular: 'قاصر', soundPlural: true, group: 'children' },
  { singular: 'امرأة', plurals: ['نساء', 'نسوة', 'امرأتان', 'امرأتين'], group: 'women' },
  { singular: 'سيدة', plurals: ['سيدات'], group: 'women' },
  { singular: 'فتاة', plurals: ['فتيات'], group: 'women' },
  { singular: 'شخص', plurals: ['أشخاص'], group: 'people' },
  { singular: 'رجل', plurals: ['رجال'], group: 'people' },
  { singular: 'شاب', plurals: ['شبان', 'شباب'], group: 'people' },
  { singular: 'سائق', soundPlural: true, group: 'people' },
  { singular: 'متعاقد', soundPlural: true, group: 'people' },
  { singular: 'قائد', plurals: ['قادة'], group: null },
  { singular: 'قيادي', soundPlural: true, group: null },
  { singular: 'زعيم', plurals: ['زعماء'], group: null },
  { singular: 'أمير', plurals: ['أمراء'], group: null },
  { singular: 'مسؤول', soundPlural: true, group: null },
  { singular: 'شقيق', plurals: ['أشقاء'], group: null },
];

/** Members of a force: their group is the force named after them (`عنصرا لقوات النظام` → soldiers). */
export const MEMBER_NOUNS: NounEntry[] = [
  { singular: 'عنصر', plurals: ['عناصر'] },
  { singular: 'فرد', plurals: ['أفراد'] },
  { singular: 'عضو', plurals: ['أعضاء'] },
  { singular: 'منتسب', soundPlural: true },
];

/**
 * Forces after a member noun. Any other force after من / لـ / في صفوف is an armed group: fighters.
 * الفرقة and الفيلق are not here: opposition factions use them too (الفيلق الثالث, الفرقة 30).
 */
export const FORCE_GROUPS: Array<[phrase: string, group: CasualtyGroup]> = [
  ['قوات النظام', 'soldiers'], ['القوات النظامية', 'soldiers'], ['القوات الحكومية', 'soldiers'], ['قوات الأسد', 'soldiers'],
  ['الجيش', 'soldiers'], ['قوات الجيش', 'soldiers'], ['القوات المسلحة', 'soldiers'], ['الحرس الجمهوري', 'soldiers'],
  ['الحرس الثوري', 'soldiers'], ['قوات الاحتلال', 'soldiers'], ['نظامي', 'soldiers'], ['نظاميا', 'soldiers'],
  ['نظاميين', 'soldiers'], ['نظاميون', 'soldiers'],
  ['الشرطة', 'police'], ['الأمن', 'police'], ['قوات الأمن', 'police'], ['الأمن العام', 'police'], ['الدرك', 'police'],
  ['الجندرمة', 'police'], ['رجال الشرطة', 'police'], ['رجال الأمن', 'police'], ['عناصر الشرطة', 'police'], ['التنظيم', 'militants'], ['تنظيم', 'militants'], ['داعش', 'militants'],
  ['الدولة الإسلامية', 'militants'], ['القاعدة', 'militants'],
];
/** Words that lead from a member noun to its force: `عنصر من حزب الله`, `عنصرا لقوات النظام`, `في صفوف`. */
export const FORCE_LINKS = ['من', 'ل', 'في صفوف'];
/** How many words a force name may take after its link (`قوات الأمن التركية`) for the evidence span. */
export const FORCE_NAME_WORDS = 2;

/** `أصيب 15 بجروح`: how they were wounded, kept in the evidence. */
export const WOUND_WORDS = ['بجروح', 'بجراح', 'بإصابات', 'بجروح طفيفة', 'بجروح خطيرة', 'بجروح بليغة', 'بجراح خطيرة', 'بجروح متفاوتة'];
/** Words that may follow a count but never name who was counted (`أصيب 15 أيضا`, `قتل 20 جراء القصف`). */
export const NOT_VICTIM_WORDS = ['أيضا', 'ايضا', 'فقط', 'جراء', 'بحسب', 'حسب', 'وفق', 'وفقا', 'إثر', 'اليوم', 'أمس', 'امس', 'آخر', 'بينهم', 'منهم', 'بينما', 'فيما', 'حين'];
/** Between a victim noun and its group: `قتلى من المدنيين`, `قتلى بين السكان`, `قتلى في صفوف قوات النظام`. */
export const GROUP_LINKS = ['من', 'بين', 'في صفوف'];

/** `لقي جندي إسرائيلي مصرعه`: the victims stand between the verb and its noun. */
export const MET_DEATH_VERBS = ['لقي', 'لقيت', 'لقوا', 'لقيا'];
export const MET_DEATH_NOUNS = ['مصرعه', 'مصرعها', 'مصرعهم', 'مصرعهما', 'مصرعهن', 'حتفه', 'حتفها', 'حتفهم', 'حتفهما', 'حتفهن'];
/** Words from لقي to مصرعه: the victims (`أكثر من 20 شخصا`) and an adjective. */
export const MET_DEATH_WINDOW = 6;

/** `آخرين`: more of the people just counted (`مقتل مدني وجرح عشرة آخرين` → ten more civilians). */
export const OTHERS_WORDS = ['آخر', 'آخرين', 'آخرون', 'أخرى', 'آخران'];
/** `مقتل من في السيارتين`: whoever was inside; a number the text does not give (GUIDE: vague, 3). */
export const WHOEVER = 'من';
export const WHOEVER_FOLLOWERS = ['في', 'كان', 'كانوا', 'كانت', 'بداخلها', 'فيها', 'عليها'];

/** Join a further victim to the same cue: `استشهاد 17 مقاتلاً من الفصائل بالإضافة إلى ستة مدنيين`. */
export const CONTINUATION_LINKS = ['بالإضافة إلى', 'إضافة إلى', 'فضلا عن', 'و'];
/** Subsets of people already counted: `ستة مدنيين بينهم ثلاثة أطفال` counts six, not nine. */
export const SUBSET_WORDS = ['بينهم', 'بينهما', 'بينهن', 'منهم', 'منهما', 'منهن', 'بينها'];

/** Negators: `لم تسجل إصابات`, `دون وقوع قتلى`, `لا إصابات`. */
export const NEGATORS = ['لم', 'دون', 'بدون', 'لا', 'عدم'];
/** Verbs between a negator and the casualties that make it a statement about the outcome. */
export const OUTCOME_VERBS = [
  'تسجل', 'يسجل', 'تسجيل', 'وقوع', 'سقوط', 'يسفر', 'تسفر', 'يؤدي', 'تؤدي', 'يوقع', 'توقع', 'يخلف', 'تخلف',
  'يتسبب', 'تتسبب', 'تقع', 'يقع',
];
/**
 * Words that turn a negated casualty into "we don't know" (لم ترد أنباء عن إصابات, لم يعرف عدد القتلى)
 * or a denial (نفت سقوط قتلى): GUIDE.md codes those null, not 0.
 */
export const UNKNOWN_WORDS = ['أنباء', 'انباء', 'معلومات', 'تقارير', 'عدد', 'حصيلة', 'يعرف', 'تعرف', 'تتضح', 'يتضح', 'بعد'];
export const DENIAL_WORDS = ['نفى', 'نفت', 'ينفي', 'تنفي', 'نفي', 'نافية', 'نافيا'];
/** Casualty words that say "any casualty", killed or wounded: a negated one says no one was killed or wounded. */
export const ANY_CASUALTY_NOUNS = ['إصابات', 'إصابة', 'ضحايا', 'خسائر بشرية', 'خسائر في الأرواح', 'أذى'];
/** `لم يصب أحد`: nobody. */
export const NOBODY = 'أحد';
/** `اقتصرت الخسائر على الماديات`: losses were material only, so nobody was killed or wounded. */
export const MATERIAL_ONLY_VERBS = ['اقتصرت', 'اقتصر', 'اقتصار', 'تقتصر', 'يقتصر'];
export const MATERIAL_WORDS = ['الماديات', 'المادية', 'مادية'];

/** `خسائر فادحة في الأرواح`: deaths without a number (GUIDE: vague, 3). */
export const LIVES_LOST_PHRASES = [
  'خسائر في الأرواح', 'خسائر بالأرواح', 'خسائر فادحة في الأرواح', 'خسائر كبيرة في الأرواح', 'خسائر جسيمة في الأرواح',
  'خسائر فادحة بالأرواح', 'خسائر كبيرة بالأرواح',
];

/** `عدد القتلى`, `حصيلة الشهداء`: a toll, whose figure follows `إلى` or `بلغ` (`ارتفع عدد القتلى إلى 15`). */
export const TOLL_WORDS = ['عدد', 'حصيلة'];
export const TOLL_LINKS = ['إلى', 'الى', 'بلغ', 'بلغت'];

/** Words a verb's subject may not cross on the way to its victims: a preposition starts another phrase. */
export const GAP_STOPS = ['في', 'على', 'إلى', 'الى', 'عن', 'من', 'خلال', 'منذ', 'جراء', 'إثر', 'بعد', 'قبل', 'أن', 'ان'];

// Thresholds: why each is the size it is.
/** Subject words between a verb cue and its count: `قتلت القوات الروسية 20 مسلحا` (two words, and one to spare). */
export const VERB_SUBJECT_GAP = 3;
/**
 * Words of a place between a verb cue and its count: `قتل في المقدادية شمال شرق بعقوبة ثلاثة مدنيين`
 * (في, a town, a two-word direction, the town it is told from: five, and one to spare).
 */
export const VERB_PLACE_GAP = 6;
/** Words back from an after-victim verb to its count: `5 عناصر على الأقل قتلوا` (noun + على الأقل + one adjective). */
export const AFTER_VICTIM_LOOKBACK = 5;
/** Words from the end of one victim to a continuation (`من الفصائل بالإضافة إلى`): a force name, not a clause. */
export const CONTINUATION_WINDOW = 4;
/** Words from a negator to its casualty noun: `دون أن يؤدي العدوان إلى إصابات` is six. */
export const NEGATION_WINDOW = 6;
/** Words back from a casualty word to a denial: `نفت سقوط قتلى`, `نفى الجيش مقتل`. */
export const DENIAL_LOOKBACK = 3;
/** Words from اقتصرت to الماديات: `اقتصرت الخسائر على الماديات`. */
export const MATERIAL_WINDOW = 4;
/** Words from a toll noun to its figure: `عدد القتلى إلى 15`, `حصيلة الشهداء بلغت 20`. */
export const TOLL_WINDOW = 3;
/** A nisba (-ي) after a kill cue names one person by origin (`مقتل أميركي`); shorter words are particles (في, أي). */
export const MIN_NISBA_LENGTH = 4;
/** Words ending in ي after a cue that are not a person: qualifiers and relatives (مقتل حوالي 100 الف). */
export const NISBA_STOPS = ['حوالي', 'حوالى', 'الذي', 'التي', 'لدى', 'أي', 'ثاني', 'باقي', 'بقية', 'الى', 'إلى'];
