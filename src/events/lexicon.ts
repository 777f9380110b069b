import type { EventType } from '../types.js';

/**
 * Event triggers: the Arabic words and phrases that report a happening, each with the ACLED type it
 * opens. Data, not control flow: adding a verb form means adding a string here. Forms are written as
 * they appear in news (with hamza, ة); they are normalised and matched with proclitics stripped, so
 * `وقصفت`, `بقصف`, `والقصف` all meet `قصف`/`قصفت`.
 *
 * `sub: null` lets the cue refiners (cues.ts) choose the sub-type from the sentence: an `استهداف`
 * by aircraft is an air strike, by artillery a shelling.
 */
export interface TriggerEntry {
  /** Space-separated words of the phrase, as written in Arabic. */
  phrase: string;
  type: EventType;
  sub: string | null;
  /** How sure the word alone makes us that an event of this type is reported (0-1). */
  weight: number;
  /** Rank among triggers of one sentence, when it differs from its type's (TYPE_PRIORITY). */
  priority?: number;
}

const REMOTE: EventType = 'Explosions/Remote violence';
const STRATEGIC: EventType = 'Strategic developments';
export const AGREEMENT = 'Agreement';

function forms(phrases: string[], type: EventType, sub: string | null, weight: number, priority?: number): TriggerEntry[] {
  return phrases.map((phrase) => (priority === undefined ? { phrase, type, sub, weight } : { phrase, type, sub, weight, priority }));
}

/**
 * `هجوم` is any attack: a strike when the sentence names one (`شن الطيران هجوما ... ودمر`), a clash only
 * when nothing more specific is told. So it ranks below strikes, unlike the clash words.
 */
const GENERIC_ATTACK_PRIORITY = 4.5;

/**
 * The protesters named as doing something are a protest told (weight at index.ts MIN_CONFIDENCE): unlike
 * strike words, a crowd is not a figure of speech, and the place is often in another sentence.
 * Measured: no change on the held-out gold set, 7 more real sentences read.
 */
const PROTESTERS_WEIGHT = 0.6;

export const TRIGGERS: TriggerEntry[] = [
  // Air and drone strikes: the noun itself says "from the air".
  ...forms(
    ['غارة', 'غارات', 'الغارة', 'ضربة جوية', 'ضربات جوية', 'الضربات الجوية', 'قصف جوي', 'القصف الجوي', 'شن غارات',
     'شنت غارات', 'غارة جوية', 'غارات جوية', 'ضربة جوية', 'هجوم بطائرة مسيرة', 'طائرة مسيرة', 'طائرات مسيرة', 'مسيرة انتحارية'],
    REMOTE, 'Air/drone strike', 0.5),
  // Shelling and missiles.
  ...forms(
    ['قصف مدفعي', 'قصفا مدفعيا', 'قصف صاروخي', 'قصف بالمدفعية', 'راجمات'],
    REMOTE, 'Shelling/artillery/missile attack', 0.4),
  // `عدوان إسرائيلي`: Syrian official wording for a strike from abroad; the sentence tells by air or by missile.
  ...forms(['عدوان', 'العدوان', 'عدوانا جويا', 'اعتداء', 'الاعتداء'], REMOTE, null, 0.35),
  // A missile or shell may come from a gun or an aircraft (`مروحية هجومية أطلقت صاروخا`): the sentence decides.
  ...forms(['قذائف', 'قذيفة', 'صواريخ', 'صاروخ'], REMOTE, null, 0.4),
  // A shell or rocket that fell (`سقطت قذيفة هاون`, `إثر سقوط قذيفة`) has landed: the verb tells it happened,
  // often with no side named (`مجهولة المصدر`), so the word carries the weight a named actor would.
  ...forms(['سقوط قذيفة', 'سقطت قذيفة', 'سقوط قذيفتي', 'سقوط قذيفتين', 'سقطت قذيفتان', 'سقوط قذائف', 'سقطت قذائف', 'سقوط صاروخ',
    'سقط صاروخ', 'سقوط صاروخين', 'سقط صاروخان', 'سقوط صاروخي', 'سقوط صواريخ', 'سقطت صواريخ'], REMOTE, null, 0.5),
  // Explosive devices.
  // duals are written out (`عبوتين ناسفتين`): the accusative alef rule does not make them; `انفجار سيارة` is a car bomb
  ...forms(['عبوة ناسفة', 'عبوات ناسفة', 'عبوتين ناسفتين', 'عبوتان ناسفتان', 'لغم', 'انفجار لغم', 'سيارة مفخخة', 'دراجة مفخخة',
    'تفجير عبوة', 'انفجار سيارة', 'مفخخات', 'تفجير عن بعد'],
    REMOTE, 'Remote explosive/landmine/IED', 0.5),
  ...forms(['تفجيرات', 'التفجيرات', 'انفجارات', 'تفجيرين'], REMOTE, null, 0.4),
  ...forms(['انتحاري', 'هجوم انتحاري', 'تفجير انتحاري', 'انتحارية'], REMOTE, 'Suicide bomb', 0.5),
  // Strikes whose means the sentence must tell (cues.ts decides the sub-type).
  ...forms(
    ['قصف', 'قصفت', 'يقصف', 'تقصف', 'استهدف', 'استهدفت', 'يستهدف', 'تستهدف', 'استهداف', 'دمر', 'دمرت', 'تدمير',
     'ضربات', 'ضربة', 'الضربات', 'شن هجوما', 'شنت هجوما', 'شن ضربات', 'شنت ضربات', 'تفجير', 'انفجار', 'قصفها'],
    REMOTE, null, 0.4),
  // Battles.
  ...forms(['اشتبكوا', 'اشتباكا', 'كمين', 'كمينا', 'أغار', 'أغارت', 'هجوم مسلح', 'هجوما مسلحا', 'إنزال', 'إنزالا',
    'اشتباكات', 'اشتباك', 'اشتبك', 'اشتبكت', 'يشتبكون', 'معارك', 'معركة', 'مواجهات', 'اشتباكات عنيفة'],
    'Battles', 'Armed clash', 0.4),
  ...forms(['هجوم', 'هجوما', 'هاجم', 'هاجمت', 'هاجموا', 'الهجوم', 'تصدت', 'تصدى'], 'Battles', 'Armed clash', 0.35, GENERIC_ATTACK_PRIORITY),
  ...forms(['سيطر', 'سيطرت', 'السيطرة على', 'سيطرة', 'استعاد', 'استعادت', 'استعادة', 'تقدم', 'تقدمت', 'تمت السيطرة',
    'احتل', 'احتلت', 'احتلوا', 'احتلتها', 'احتلوها', 'احتلها'],
    'Battles', null, 0.35),
  // Shooting: a clash unless the sentence says who was shot at.
  // `فتحت قوات النظام نيران رشاشاتها`: the subject may stand between the verb and the fire, the guns' fire alone tells it
  ...forms(['إطلاق نار', 'إطلاق النار', 'أطلقوا النار', 'أطلقت النار', 'فتحت النار', 'فتحت نيران', 'فتحوا النار', 'فتح النار',
    'فتحوا نيران', 'فتح نيران', 'نيران رشاشاتها', 'نيران رشاشاتهم', 'نيران الرشاشات', 'تبادل إطلاق النار', 'إطلاق الرصاص'],
    'Battles', 'Armed clash', 0.35),
  // A killing told without its means: frames.ts reads the means and the victims to type it (KILLING).
  ...forms(['قتل', 'قتلت', 'مقتل', 'قتلوا', 'اغتيل', 'لقي مصرعه', 'لقوا مصرعهم', 'لقي حتفه', 'لقوا حتفهم', 'استشهاد', 'استشهد',
    'استشهدت', 'استشهدوا'],
    'Violence against civilians', 'killing', 0.3),
  // Violence against civilians.
  ...forms(['اغتيال', 'اغتال', 'اغتالت', 'إعدام', 'أعدم', 'أعدمت', 'خطف', 'اختطاف', 'اختطف', 'اختطفت', 'اختطفوا', 'خطفوا', 'خطفت'],
    'Violence against civilians', null, 0.45),
  // Protests.
  ...forms(['مظاهرة', 'مظاهرات', 'تظاهرة', 'تظاهرات', 'تظاهر', 'تظاهرت', 'تظاهروا', 'تظاهر الآلاف', 'تظاهر المئات', 'مسيرات احتجاجية', 'وقفة احتجاجية', 'احتجاجات', 'احتجاج', 'اعتصام', 'مسيرة احتجاجية'],
    'Protests', null, 0.45),
  // the protesters themselves, doing something (`طالب عشرات المتظاهرين`, `لتفريق نحو ثلاثمئة متظاهر`): a protest is told.
  // People in the street are a happening by themselves, where the word `مظاهرات` may be a generality
  // (`المظاهرات السابقة لم تجتذب`): the crowd alone is enough evidence, place or no place.
  ...forms(['متظاهر', 'متظاهرين', 'المتظاهرين', 'متظاهرون', 'المتظاهرون', 'محتجين', 'المحتجين', 'محتجون', 'المحتجون'],
    'Protests', null, PROTESTERS_WEIGHT),
  // violence by the crowd itself makes a riot (ACLED: Violent demonstration)
  ...forms(['الاحتجاجات العنيفة', 'احتجاجات عنيفة', 'المظاهرات العنيفة', 'مظاهرات عنيفة', 'أعمال شغب', 'أعمال الشغب', 'شغب'],
    'Riots', 'Violent demonstration', 0.5),
  // Strategic developments: troop movements, arrests, visits.
  ...forms(
    ['تعزيزات', 'تعزيزات عسكرية', 'رتل', 'رتلا', 'أرتال', 'انسحاب', 'انسحب', 'انسحبت', 'بالانسحاب', 'مغادرة', 'تغادر', 'غادرت',
     'سحب', 'ببدء سحب', 'نشر', 'نشرت', 'انتشار', 'استقدمت', 'استقدم', 'وصلت', 'وصل', 'تحرك', 'تحركت'],
    STRATEGIC, 'Troop movement', 0.35),
  ...forms(['اعتقال', 'اعتقل', 'اعتقلت', 'اعتقلوا', 'اعتقلتهم', 'اعتقلا', 'اعتقلته', 'اعتقلها', 'أوقف', 'أوقفت', 'توقيف', 'القبض على', 'ألقت القبض', 'ألقى القبض', 'حملة اعتقالات', 'اعتقالات'],
    STRATEGIC, 'Arrests', 0.45),
  ...forms(['زار', 'زيارة', 'تفقد'], STRATEGIC, 'Other', 0.3),
  ...forms(['إسقاط', 'أسقط', 'أسقطت', 'اعتراض', 'اعترضت', 'تصدت الدفاعات'], STRATEGIC, 'Disrupted weapons use', 0.35),
  // Diplomacy.
  ...forms(['لقائه', 'لقائهما', 'يلتقي', 'التقت', 'اجتمعا', 'محادثات', 'لقاء', 'التقى', 'اجتماع', 'اجتمع', 'استقبل', 'قمة', 'بحث مع', 'يبحث مع'], 'Diplomacy', 'Meeting', 0.45),
  ...forms(['مفاوضات', 'اتصالا', 'اتصالات', 'مباحثات'], 'Diplomacy', 'Negotiation', 0.4),
  // talks with the parties' own pronoun (`خلال محادثاتهما في نيويورك`): the tokenizer keeps the suffix
  ...forms(['محادثاته', 'محادثاتها', 'محادثاتهما', 'محادثاتهم', 'مباحثاته', 'مباحثاتها', 'مباحثاتهما', 'مباحثاتهم'], 'Diplomacy', 'Meeting', 0.45),
  // `وقعت` alone is not one: `انتهاكات وقعت` (violations that happened); a signing names what was signed
  ...forms(['اتفاق', 'اتفاقا', 'اتفاقية', 'توقيع', 'مذكرة تفاهم', 'معاهدة'], STRATEGIC, AGREEMENT, 0.3),
];

/**
 * When several triggers sit in one sentence, the sentence reports the one with the highest priority
 * (ACLED: an air strike during a battle between the same actors is one Battles event; a strike that
 * also downs drones is a strike).
 */
/** The sub-type marker of killing triggers: the sentence decides the type (see frames.ts, typeKilling). */
export const KILLING = 'killing';

/**
 * An agreement signed in the sentence (`وقعت … اتفاقا` at talks) outranks the meeting it was signed
 * at: ACLED codes the agreement. Still below every kind of violence (`وقعت اشتباكات` is not one).
 */
const SIGNED_AGREEMENT_PRIORITY = 2.5;
/** A signing is told as surely as a meeting (the `اتفاق` word alone is often only mentioned: 0.3). */
const SIGNED_AGREEMENT_WEIGHT = 0.45;

/** The agreement word of a sentence that signs the agreement. */
export function signedAgreement(entry: TriggerEntry): TriggerEntry {
  return { ...entry, weight: Math.max(entry.weight, SIGNED_AGREEMENT_WEIGHT), priority: SIGNED_AGREEMENT_PRIORITY };
}

export const TYPE_PRIORITY: Record<EventType, number> = {
  Battles: 5,
  'Explosions/Remote violence': 6,
  'Violence against civilians': 4,
  Protests: 3,
  Riots: 3,
  Diplomacy: 2,
  'Strategic developments': 1,
};
