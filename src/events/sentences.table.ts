import type { DateBasis, EventType } from '../types.js';

/**
 * Real news sentences with a careful analyst's reading of each, coded by ../shared/gold/GUIDE.md
 * (ACLED types and sub-types, canonical actor names, fatalities by ACLED's rules, one event per
 * governorate, background for recalled events, nothing the text does not say).
 *
 * Where the sentences come from (`source`), verbatim except for spacing around punctuation:
 *   - `anercorp-train:N` / `anercorp-test:N`: sentence N (0-based, blank-line separated) of
 *     shared/data/ner/anercorp/ANERCorp_CamelLab_train.reconstructed.txt / _test.repaired.txt,
 *     tokens joined with spaces, U+200F removed. 2000s newswire (Al Jazeera, AFP, Reuters…).
 *   - `wojood-train:N` / `wojood-val:N` / `wojood-test:N`: the same for shared/data/ner/wojood-sample
 *     (`$#$` separator tokens dropped).
 *   - `seed:NNN`: a line of examples/NNN_*.txt (the five sample pages).
 * None comes from shared/gold (held out for evaluation).
 *
 * Each row is read ALONE, as a one-sentence article: what the sentence itself says is all there is.
 * `published` is a date chosen for the row in the corpus's era (the real article date is not
 * known); relative dates (`أمس`, `الأربعاء`) are coded against it.
 *
 * An expected event lists only the fields the row asserts; a field left out is not checked (used
 * where the sentence leaves a field open to reasonable readings, e.g. a city whose province the text
 * does not name outside Syria). `events: []` means the sentence reports no event.
 *
 * `gap` marks a row the current pipeline reads wrongly: the test then runs as `it.fails` with that
 * reason, so the suite stays green and the gap visible. Fix the rule, then delete the `gap`.
 */

export interface ExpectedEvent {
  /** Left out only where the sentence does not say how the violence was done (a bare `الهجمات`). */
  event_type?: EventType;
  sub_event_type?: string;
  actor1?: string | null;
  assoc_actor1?: string | null;
  actor2?: string | null;
  country?: string | null;
  admin1?: string | null;
  location?: string | null;
  fatalities?: number | null;
  event_date?: string | null;
  date_basis?: DateBasis;
  background?: boolean;
}

export type RowTag =
  | 'negation'
  | 'denial'
  | 'threat'
  | 'future'
  | 'opinion'
  | 'hypothetical'
  | 'general'
  | 'non-conflict'
  | 'recall'
  | 'multi-place'
  | 'multi-event'
  | 'vague-count'
  | 'claim'
  | 'headline'
  | 'distance-reference'
  | 'no-place'
  | 'trigger-trap';

export interface SentenceRow {
  source: string;
  sentence: string;
  /** The publication date the row is read against; null for a page without one. */
  published: string | null;
  events: ExpectedEvent[];
  tags?: RowTag[];
  /** Why the reading is what it is, where a reader might hesitate. */
  note?: string;
  /** What the current pipeline gets instead: the row is a known failure (`it.fails`). */
  gap?: string;
}

// Canonical actor names (GUIDE.md), spelled once.
const SYRIA_MIL = 'Military Forces of Syria';
const SYRIA_GOV = 'Government of Syria';
const RUSSIA_MIL = 'Military Forces of Russia';
const RUSSIA_GOV = 'Government of Russia';
const ISRAEL_MIL = 'Military Forces of Israel';
const US_MIL = 'Military Forces of the United States';
const TURKEY_MIL = 'Military Forces of Turkey';
const IRAQ_MIL = 'Military Forces of Iraq';
const IRAQ_POLICE = 'Police Forces of Iraq';
const UNIDENTIFIED = 'Unidentified armed group';
const IRAQ_CIVILIANS = 'Civilians (Iraq)';
const PALESTINE_CIVILIANS = 'Civilians (Palestine)';
const PALESTINIAN_ARMED = 'Palestinian armed groups';
const HEZBOLLAH = 'Hezbollah';
const IS = 'Islamic State';
const HTS = 'Hayat Tahrir al-Sham';

const ERV: EventType = 'Explosions/Remote violence';
const VAC: EventType = 'Violence against civilians';
const SD: EventType = 'Strategic developments';
const AIR = 'Air/drone strike';
const SHELLING = 'Shelling/artillery/missile attack';
const IED = 'Remote explosive/landmine/IED';
const SUICIDE = 'Suicide bomb';

export const SENTENCE_ROWS: SentenceRow[] = [
  // ------------------------------------------------------------------------------------------
  // Syria and Russia: the five sample pages (lines not already in events.test.ts)
  {
    source: 'seed:000',
    sentence:
      'أعلن نائب رئيس مركز المصالحة الروسي يوري بوبوف أن القوات الجوية الروسية دمرت قاعدتين لمسلحين غادروا منطقة التنف وكانوا يختبئون بمناطق جبلية يصعب الوصول إليها في محافظة حمص بسوريا.',
    published: '2024-05-01',
    events: [{
      event_type: ERV, sub_event_type: AIR, actor1: RUSSIA_MIL, actor2: UNIDENTIFIED, country: 'Syria', admin1: 'Homs',
      fatalities: null, event_date: '2024-05-01', date_basis: 'publication', background: false,
    }],
    tags: ['claim', 'trigger-trap'],
    note: 'militants who "left al-Tanf" earlier are the target, not a troop movement',
  },
  {
    source: 'seed:000',
    sentence: 'وفي 16 مارس الماضي، أعلن نائب رئيس المركز الروسي للمصالحة بين الأطراف المتحاربة في سوريا أن الطيران الروسي دمر قاعدة للإرهاب في دير الزور.',
    published: '2024-05-01',
    events: [{
      event_type: ERV, sub_event_type: AIR, actor1: RUSSIA_MIL, country: 'Syria', admin1: 'Deir-ez-Zor',
      event_date: '2024-03-16', date_basis: 'explicit', background: true,
    }],
    tags: ['recall', 'claim'],
  },
  {
    source: 'seed:000',
    gap: 'extra Battles/Non-state actor overtakes territory from "استعادة"',
    sentence:
      'يذكر أن سوريا وبرغم استعادة سيطرتها بدعم أساسي من روسيا على أجزاء واسعة من البلاد من قبضة المجموعات الإرهابية، إلا أنه ما تزال هناك حتى اليوم، بؤر إرهابية تحاول بدعم أمريكي ومن الخارج زعزعة استقرار الأوضاع.',
    published: '2024-05-01',
    events: [],
    tags: ['general', 'trigger-trap'],
    note: 'a summary of the war, no place or date: `استعادة سيطرتها` is not a territory event',
  },
  {
    source: 'seed:000',
    sentence:
      'أكد حسين مشيك، مراسل "القاهرة الإخبارية" في موسكو، أن المباحثات بين الرئيس الروسي فلاديمير بوتين ونظيره السوري أحمد الشرع هي اللقاء يعد الأول من نوعه بين بوتين ورئيس سوري غير بشار الأسد، وهو ما اعتبره الخبراء الروس محطة مهمة جداً في مسار العلاقات بين البلدين.',
    published: '2025-10-16',
    events: [{ event_type: 'Diplomacy', sub_event_type: 'Meeting', actor1: RUSSIA_GOV, actor2: SYRIA_GOV }],
    note: 'Moscow is where the correspondent is; the meeting place is not stated, so it is not checked',
  },
  {
    source: 'seed:001',
    sentence:
      'وصرّحت المنظمة غير الحكومية، بأن "القوات الروسية بدأت بالانسحاب من منطقة حسياء جنوب حمص باتجاه المدينة، لتتجمع لاحقاً في قاعدة حميميم بريف اللاذقية".',
    published: '2024-12-13',
    events: [{
      event_type: SD, sub_event_type: 'Troop movement', actor1: RUSSIA_MIL, country: 'Syria', admin1: 'Homs',
      event_date: '2024-12-13', date_basis: 'publication', background: false,
    }],
    tags: ['future'],
    note: 'the gathering at Hmeimim comes "later" (لاحقاً): not a second event in Lattakia',
  },
  {
    source: 'seed:001',
    sentence:
      'وتأتي هذه التحركات بعد أن أعلن ميخائيل بوغدانوف، نائب وزير الخارجية الروسي، يوم الخميس الماضي أن بلاده قد دخلت في مفاوضات مع ممثلين عن (هيئة تحرير الشام).',
    published: '2024-12-13',
    events: [{
      event_type: 'Diplomacy', sub_event_type: 'Negotiation', actor1: RUSSIA_GOV, actor2: HTS,
      event_date: '2024-12-12', date_basis: 'relative',
    }],
    note: 'as in examples/expected.json: dated by the announcement, the Thursday before a Friday',
  },
  {
    source: 'seed:001',
    gap: 'actor2 null instead of Civilians (Russia), admin1 null instead of Rostov Oblast; extra Explosions/Remote violence/Air/drone strike (Ukraine) from "بطائرة مسيّرة"',
    sentence:
      'أعلن يوري سليوسار، القائم بأعمال حاكم مقاطعة روستوف الروسية، فجر اليوم الثلاثاء، مقتل سائق سيارة في هجوم شنته قوات نظام كييف، بطائرة مسيّرة على بلدة سالسك في المقاطعة.',
    published: '2025-08-19',
    events: [{
      event_type: ERV, sub_event_type: AIR, actor1: 'Military Forces of Ukraine', actor2: 'Civilians (Russia)', country: 'Russia',
      admin1: 'Rostov Oblast', fatalities: 1, event_date: '2025-08-19', date_basis: 'relative', background: false,
    }],
  },
  {
    source: 'seed:001',
    sentence:
      'وتستهدف القوات المسلحة الأوكرانية، بشكل شبه يومي، المناطق الحدودية الروسية في القرم ومقاطعات بيلغورود وبريانسك وكورسك وفورونيج، بالطائرات المسيرة والصواريخ.',
    published: '2025-08-19',
    events: [],
    tags: ['general'],
    note: 'a habit ("almost daily"), not one happening with a date',
  },
  {
    source: 'seed:001',
    sentence:
      'ومن جانبها ترد القوات الروسية باستهداف البنية العسكرية الأوكرانية حصرًا وكذلك منشآت المجمع الصناعي العسكري وكل ماله علاقة بتخزين أو إصلاح أو تصنيع المعدات العسكرية ومراكز تجمعات أفراد القوات المسلحة الأوكرانية والمرتزقة الأجانب.',
    published: '2025-08-19',
    events: [],
    tags: ['general'],
  },
  {
    source: 'seed:002',
    sentence: 'أجرى وزير الدفاع الروسي سيرغي شويغو، السبت 18 يونيو/حزيران، محادثات مع الرئيس السوري بشار الأسد، وذلك بتوجيه من الرئيس الروسي فلاديمير بوتين.',
    published: '2016-06-18',
    events: [{
      event_type: 'Diplomacy', sub_event_type: 'Meeting', actor1: RUSSIA_GOV, actor2: SYRIA_GOV,
      event_date: '2016-06-18', date_basis: 'explicit', background: false,
    }],
  },
  {
    source: 'seed:002',
    sentence: 'هذا وزار شويغو موقع العسكريين الروس في قاعدة حميميم الجوية في مدينة اللاذقية السورية.',
    published: '2016-06-18',
    events: [{
      event_type: SD, sub_event_type: 'Other', actor1: RUSSIA_MIL, country: 'Syria', admin1: 'Lattakia',
      event_date: '2016-06-18', date_basis: 'publication',
    }],
  },
  {
    source: 'seed:002',
    gap: 'extra Strategic developments/Troop movement (Lattakia) from "نشرت"; extra Strategic developments/Troop movement (Homs) from "نشرت"',
    sentence:
      'وترابط الطائرات الحربية الروسية في مطار حميميم بريف اللاذقية، فيما تفيد وسائل إعلام بأن روسيا نشرت مروحيات عسكرية في قاعدتي الشعيرات (في ريف حمص) والطياس (قرب مدينة تدمر).',
    published: '2016-06-18',
    events: [],
    tags: ['general'],
    note: 'examples/expected.json: a standing deployment told as background colour, undated, not an event',
  },
  {
    source: 'seed:002',
    sentence:
      'وفي 15 مارس/آذار الماضي، أمر الرئيس الروسي، فلاديمير بوتين، ببدء سحب جل المجموعة العسكرية الروسية من سوريا، على اعتبار أن المهمة المسندة لوزارة الدفاع قد تم تنفيذها.',
    published: '2016-06-18',
    events: [{
      event_type: SD, sub_event_type: 'Troop movement', actor1: RUSSIA_MIL, country: 'Syria', admin1: null,
      event_date: '2016-03-15', date_basis: 'explicit', background: true,
    }],
    tags: ['recall'],
  },
  {
    source: 'seed:002',
    sentence:
      'وبدأت الحملة العسكرية الروسية في سوريا، حيث يقدم سلاح الجو الروسي التغطية الجوية لعمليات القوات البرية للجيش السوري، في 30 سبتمبر/أيلول الماضي، لتكون أول عملية روسية عسكرية واسعة النطاق خارج حدود الاتحاد السوفيتي السابق.',
    published: '2016-06-18',
    events: [],
    tags: ['general'],
    note: 'the start of a campaign, not one strike (examples/expected.json codes no event)',
  },
  {
    source: 'seed:003',
    gap: 'assoc actor null instead of Military Forces of Russia',
    sentence:
      'و كانت قوات أسد قد استقدمت في، 13 كانون الأول الماضي، تعزيزات عسكرية روسية إلى مطار تدمر العسكري، بالتزامن مع حملة تمشيط سابقة، تنفذها القوات ضد خلايا تنظيم الدولة في البادية السورية.',
    published: '2021-01-21',
    events: [{
      event_type: SD, sub_event_type: 'Troop movement', actor1: SYRIA_MIL, assoc_actor1: RUSSIA_MIL, country: 'Syria', admin1: 'Homs',
      event_date: '2020-12-13', date_basis: 'explicit', background: true,
    }],
    tags: ['recall'],
  },
  {
    source: 'seed:003',
    sentence: 'وفي 12 كانون الثاني الجاري،\u00a0 تمت السيطرة على قرى في البادية السورية بالقرب من حماة من قبل عناصر من تنظيم الدولة...',
    published: '2021-01-21',
    events: [{
      event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', actor1: IS, country: 'Syria', admin1: 'Hama',
      event_date: '2021-01-12', date_basis: 'explicit', background: true,
    }],
    tags: ['recall'],
  },
  {
    source: 'seed:003',
    sentence:
      'و تشهد المناطق التي تسيطر عليها قوات الأسد، في المنطقة الشرقية والسرير الجنوبي لنهر الفرات، هجمات متكررة من خلايا “داعش”، الذي كثف وجوده في منطقة\u00a0 البادية السورية.',
    published: '2021-01-21',
    events: [],
    tags: ['general'],
    note: '"repeated attacks": a pattern, not a dated event',
  },
  {
    source: 'seed:003',
    gap: 'actor1 Military Forces of Russia instead of Military Forces of the United States, actor2 null instead of Military Forces of Russia',
    sentence: 'هذا و قد كانت أمريكا قد وجهت في سنة 2018 ضربة جوية للقوات الروسية في ريف دير الزور، أدت إلى مقتل أكثر من 100 مقاتل روسي.',
    published: '2021-01-21',
    events: [{
      event_type: ERV, sub_event_type: AIR, actor1: US_MIL, actor2: RUSSIA_MIL, country: 'Syria', admin1: 'Deir-ez-Zor',
      fatalities: 100, event_date: '2018', date_basis: 'explicit', background: true,
    }],
    tags: ['recall', 'vague-count'],
  },
  {
    source: 'seed:003',
    sentence: 'قدمت روسيا اليوم الخميس، عرض إلى الولايات المتحدة الأمريكية بشأن سوريا والنظام السوري، بعد تولي جو بايدن رئاسة أمريكا رسميًا.',
    published: '2021-01-21',
    events: [],
    tags: ['opinion'],
    note: 'an offer (a statement), not a meeting or an agreement',
  },
  {
    source: 'seed:004',
    sentence:
      'وأشار المصدر إلى أن الضربات الجوية استهدفت مواقع استراتيجية للمسلحين، مما أسفر عن تدمير عدد كبير من الآليات العسكرية والمعدات الثقيلة التي كانوا يستخدمونها في هجماتهم، وأضاف أن العملية تمت بدقة عالية وبالتنسيق الكامل بين القوات الجوية السورية والروسية، مما ساهم في تحقيق هذه النتائج الكبيرة.',
    published: null,
    events: [{
      event_type: ERV, sub_event_type: AIR, actor1: SYRIA_MIL, assoc_actor1: RUSSIA_MIL, actor2: UNIDENTIFIED,
      fatalities: null, event_date: null, date_basis: 'unknown',
    }],
    tags: ['no-place'],
    note: 'no date anywhere and no publication date: the date stays unknown',
  },
  {
    source: 'seed:004',
    sentence: 'مقتل مسلحين وتدمير آلياتهم في غارات سورية روسية مشتركة',
    published: null,
    events: [{
      event_type: ERV, sub_event_type: AIR, actor1: SYRIA_MIL, assoc_actor1: RUSSIA_MIL, actor2: UNIDENTIFIED,
      fatalities: 3, event_date: null, date_basis: 'unknown',
    }],
    tags: ['headline', 'vague-count', 'no-place'],
    note: 'the bare plural `مسلحين` is an uncounted "several": 3',
  },

  // ------------------------------------------------------------------------------------------
  // Syria in NGO reports (Wojood sample)
  {
    source: 'wojood-train:988',
    gap: 'date 2016-11-15 instead of 2016-11-13; date 2016-11-15 instead of 2016-11-13',
    sentence:
      'تدين منظمة الصحة العالمية الهجمات التي استهدفَت خمسة مستشفيات في الجمهورية العربية السورية في الفترة من 13 وحتى 15 تشرين الثاني / نوفمبر 2016؛ تقع ثلاثة مستشفيات منها في ريف حلب الغربي ومستشفيان آخران في محافظة إدلب.',
    published: '2016-11-16',
    events: [
      { country: 'Syria', admin1: 'Aleppo', event_date: '2016-11-13', date_basis: 'explicit' },
      { country: 'Syria', admin1: 'Idleb', event_date: '2016-11-13', date_basis: 'explicit' },
    ],
    tags: ['multi-place'],
    note: 'one event per governorate, dated at the first day of the range; the type is not checked: the sentence does not say how the hospitals were attacked. The condemnation is not an event',
  },
  {
    source: 'wojood-val:110',
    gap: 'missed the Explosions/Remote violence event in Ar-Raqqa',
    sentence:
      'في الأيام الأخيرة، هرب العديد من المشتبه بانتمائهم لداعش من سجن تحت سيطرة قسد، وهرب مئات من النساء والأطفال من عين عيسى، وهو مخيم آخر لأفراد عائلات المشتبه بانتمائهم لداعش، بعد أن قصفتهما المدفعية التركية.',
    published: '2019-10-14',
    events: [{ event_type: ERV, sub_event_type: SHELLING, actor1: TURKEY_MIL, country: 'Syria', admin1: 'Ar-Raqqa', fatalities: null }],
    tags: ['vague-count'],
    note: '`مئات من النساء` fled: not fatalities; the escapes are not ACLED events',
  },
  {
    source: 'wojood-train:631',
    gap: 'missed the Strategic developments/Agreement event: no trigger reads `تفاوضت … على وقف لإطلاق النار`',
    sentence:
      'توقَّف الهجوم الذي كان يشنه النظام السوري بدعم روسي على إدلب الواقعة تحت سيطرة المعارضة المسلحة عندما تفاوضت روسيا وتركيا على وقف لإطلاق النار في آذار / مارس',
    published: '2020-07-01',
    events: [{
      event_type: SD, sub_event_type: 'Agreement', actor1: RUSSIA_GOV, actor2: 'Government of Turkey',
      event_date: '2020-03', date_basis: 'explicit', background: true,
    }],
    tags: ['recall', 'trigger-trap'],
    note: 'the offensive is a campaign that stopped, not one attack; the ceasefire deal is the event',
  },
  {
    source: 'wojood-test:323',
    sentence:
      'فمن أمثلة تلك التكاليف المرتبطة بالسُمعة الإدانة العالمية تقريبًا من أعضاء النخبة السياسية العراقية في أعقاب مقتل الجنرال الإيراني قاسم سليماني في مطار بغداد الدولي في يناير / كانون الثاني 2020.',
    published: '2021-03-01',
    events: [{ country: 'Iraq', admin1: 'Baghdad', fatalities: 1, event_date: '2020-01', date_basis: 'explicit', background: true }],
    tags: ['recall'],
    note: 'the sentence does not say how he was killed, so the type is not checked',
  },
  {
    source: 'wojood-train:207',
    sentence:
      '(بيروت) - قالت " هيومن رايتس ووتش في تقرير أصدرته اليوم، إن تنظيم " الدولة الإسلامية " (المعروف أيضا بـ ’ داعش ‘) استخدم حفرة في شمال شرق سوريا كموقع للتخلص من جثث الأشخاص الذي اختطفهم أو احتجزهم.',
    published: '2019-02-07',
    events: [],
    tags: ['general', 'trigger-trap'],
    note: 'a report on a practice over years; Beirut is the dateline of the report',
  },
  {
    source: 'anercorp-test:669',
    sentence:
      'في قمة العاصمة الإسبانية، بدأ أتليتكو مدريد المباراة مهاجما وتمكن من مفاجأة جماهير الفريق الملكي بافتتاح التسجيل باكرا عبر ميغيل ميستا ( 6 ) قبل أن يأتي رد ريال مدريد عبر قائده راؤول ( 37 ).',
    published: '2006-10-01',
    events: [],
    tags: ['general'],
    note: 'a football match: the summit (`قمة`) is a derby, attacking (`مهاجما`) is play, Accra (`باكرا`, early) is no city',
  },
  {
    source: 'anercorp-test:57',
    sentence:
      'التهديد السوري لإسرائيل تحت عنوان " التهديد السوري بشأن الجولان يضع إسرائيل على أهبة الاستعداد للحرب " قالت صحيفة ديلي تلغراف إن إسرائيل وضعت قواتها على أهبة الاستعداد للرد على أي هجوم سوري وسط تقارير تفيد بأن الرئيس السوري بشار الأسد ربما يفكر في شن هجمات عسكرية لاسترداد مرتفعات الجولان.',
    published: '2006-09-10',
    events: [],
    tags: ['negation'],
    note: 'any attack (`أي هجوم`), attacks someone is thinking of (`يفكر في شن هجمات`): none happened',
  },
  {
    source: 'anercorp-test:58',
    sentence:
      'وقالت الصحيفة إن المخابرات العسكرية الإسرائيلية قللت من قدرة دمشق على شن هجوم ذي شأن ضد إسرائيل, لكنها أشارت إلى أن مستوى التهديد السوري ارتفع بعد كشف التقييمات الاستخبارية عن أن دمشق " تدرس بجد " اللجوء إلى العمل العسكري.',
    published: '2006-09-10',
    events: [],
    tags: ['negation'],
    note: 'the capacity to attack (`قدرة دمشق على شن هجوم`) is no attack',
  },
  {
    source: 'wojood-train:786',
    sentence:
      'في حين أن بعض هؤلاء الأفراد مدنيون لا تربطهم صلات بداعش ويفرون من النزاع في معاقل التنظيم، فمن الممكن أن يكون بعضهم الآخر مقاتلين لداعش تمكنوا من العبور إلى المناطق التي تسيطر عليها الحكومة العراقية وحكومة إقليم كردستان ويتحملون مسؤولية انتهاكات وقعت.',
    published: '2016-11-20',
    events: [],
    tags: ['general'],
    note: '`انتهاكات وقعت` is violations that happened, nothing signed; the areas the government holds are no takeover',
  },
  {
    source: 'wojood-train:802',
    sentence:
      'ونحث القوات المسلحة التابعة للدول على إعادة النظر في قواعد الاشتباك العسكرية والممارسات الميدانية والإجراءات التنفيذية بحيث تضمن إدراج التوصيات والإجراءات الخاصة بحماية تقديم الرعاية الصحية فيها، وتكفل تلقي أفراد القوات المسلحة تدريباً كافياً وملائماً عليها.',
    published: '2016-11-20',
    events: [],
    tags: ['general'],
    note: 'the rules of engagement (`قواعد الاشتباك`) are no clash, and health care (`الرعاية الصحية`) is no Hasakeh village',
  },
  {
    source: 'wojood-train:154',
    sentence:
      'وحتى أكتوبر / تشرين الأول 2019، كان يوجد ما يُقدر بنحو 1000 عنصر من القوات الأمريكية في سوريا متمركزين في الشمال الشرقي للبلاد ولكن كانت من ضمنهم وحدة صغيرة في التنف في الجنوب الشرقي',
    published: '2020-02-01',
    events: [],
    tags: ['general'],
    note: 'a standing presence, not a movement',
  },
  {
    source: 'wojood-test:197',
    sentence:
      'يقدم حوالي 5000 عنصر من القوات الأمريكية في العراق الدعم الاستشاري والتدريب لقوات الأمن العراقية، مع إعطاء الأولوية حتى 2019 لعمليات القوات العراقية ضد تنظيم الدولة الإسلامية',
    published: '2020-02-01',
    events: [],
    tags: ['general'],
  },

  // ------------------------------------------------------------------------------------------
  // Iraq 2006: bombings, shootings, arrests (Al Jazeera / AFP newswire in ANERcorp)
  {
    source: 'anercorp-train:666',
    gap: 'missed the Explosions/Remote violence event in Baghdad; missed the Explosions/Remote violence event in Kirkuk',
    sentence:
      'شهد العراق أمس الأحد يوما داميا سقط فيه نحو 70 قتيلا و200 جريح جراء سلسلة تفجيرات هزت كلا من العاصمة بغداد ومدينة كركوك بالشمال، كما عثر على أكثر من 20 جثة في بغداد وبعقوبة.',
    published: '2006-10-09',
    events: [
      { event_type: ERV, country: 'Iraq', admin1: 'Baghdad', event_date: '2006-10-08', date_basis: 'relative', background: false },
      { event_type: ERV, country: 'Iraq', admin1: 'Kirkuk', event_date: '2006-10-08', date_basis: 'relative', background: false },
    ],
    tags: ['multi-place', 'vague-count'],
    note: 'bombings in two governorates: one event each; the toll of ~70 covers both so fatalities are not checked. Bodies found (date and perpetrator unknown) are not coded',
  },
  {
    source: 'anercorp-train:667',
    sentence: 'وكانت أعنف تلك العمليات، انفجار سيارة مفخخة في سوق " جميلة " الشعبي بأحد أحياء مدينة الصدر أسفر عن مقتل 34 شخصا وجرح 73 آخرين.',
    published: '2006-10-09',
    events: [{
      event_type: ERV, sub_event_type: IED, actor2: IRAQ_CIVILIANS, country: 'Iraq', fatalities: 34,
      event_date: '2006-10-09', date_basis: 'publication', background: false,
    }],
    note: '`وكانت أعنف` ("the worst was") is not a recall: no `قد`, no earlier date',
  },
  {
    source: 'anercorp-train:668',
    sentence:
      'وبعد حوالي ساعتين ونصف من ذلك، انفجرت عبوة ناسفة بالقرب من المجلس البلدي في مدينة الصدر في مكان غير بعيد عن الانفجار الأول مما أودى بحياة ثمانية أشخاص وإصابة 20 بجروح.',
    published: '2006-10-09',
    events: [{ event_type: ERV, sub_event_type: IED, country: 'Iraq', fatalities: 8, event_date: '2006-10-09', date_basis: 'publication' }],
  },
  {
    source: 'anercorp-train:669',
    sentence:
      'تفجير كركوك يستهدف مبنى محكمة المدينة (الفرنسية) تفجير كركوك وفي كركوك، على بعد 255 كلم شمال شرق بغداد، قتل 22 شخصا وأصيب أكثر من مائة بجروح في انفجار سيارة مفخخة وسط المدينة.',
    published: '2006-10-09',
    events: [{
      event_type: ERV, sub_event_type: IED, country: 'Iraq', admin1: 'Kirkuk', fatalities: 22,
      event_date: '2006-10-09', date_basis: 'publication', background: false,
    }],
    tags: ['distance-reference', 'headline'],
    note: '"255 km north-east of Baghdad" places Kirkuk; it is not a second event in Baghdad',
  },
  {
    source: 'anercorp-train:670',
    gap: 'missed the Explosions/Remote violence event: the police only report it, and a blast with a place but no actor or date stays under the confidence threshold (it passed while the police were read as its doer)',
    sentence: 'وتقول الشرطة إن الانفجار وقع أمام مبنى محكمة مدينة كركوك.',
    published: '2006-10-09',
    events: [{ event_type: ERV, country: 'Iraq', admin1: 'Kirkuk', fatalities: null, event_date: '2006-10-09', date_basis: 'publication' }],
    tags: ['claim'],
  },
  {
    source: 'anercorp-train:672',
    sentence: 'وفي تطور أقل عنفا قتل ثلاثة من عناصر الشرطة في هجوم مسلح استهدف دوريتهم في حي القادسية غرب العاصمة العراقية.',
    published: '2006-10-09',
    events: [{
      event_type: 'Battles', sub_event_type: 'Armed clash', actor1: UNIDENTIFIED, actor2: IRAQ_POLICE, country: 'Iraq', admin1: 'Baghdad',
      fatalities: 3, event_date: '2006-10-09', date_basis: 'publication',
    }],
    note: 'an armed attack on a police patrol: ACLED codes attacks on state forces as Armed clash',
  },
  {
    source: 'anercorp-train:675',
    sentence: 'وفي محافظة ديالى شمال شرق بغداد قتل أربعة مدنيين في هجمات متفرقة.',
    published: '2006-10-09',
    events: [{
      event_type: VAC, sub_event_type: 'Attack', actor2: IRAQ_CIVILIANS, country: 'Iraq', admin1: 'Diyala', fatalities: 4,
      event_date: '2006-10-09', date_basis: 'publication',
    }],
    tags: ['distance-reference'],
    note: 'the province is named; "north-east of Baghdad" only places it',
  },
  {
    source: 'anercorp-train:1302',
    sentence: 'وفي حي المنصور غرب بغداد أصيب 3 من عناصر الشرطة ومدنيان في انفجار سيارة قرب جامع الرحمن.',
    published: '2006-08-17',
    events: [{ event_type: ERV, sub_event_type: IED, country: 'Iraq', admin1: 'Baghdad', fatalities: null, event_date: '2006-08-17', date_basis: 'publication' }],
    note: 'wounded only: fatalities null, not 0',
  },
  {
    source: 'anercorp-train:1303',
    gap: 'sub-type Attack instead of Abduction/forced disappearance, actor2 null instead of Civilians (Iraq)',
    sentence: 'وفي بغداد أيضا اختطف مجهولون القس سعد سيروب بعد أن أنهى القداس في كنيسة مار يعقوب في منطقة الدورة جنوب بغداد.',
    published: '2006-08-17',
    events: [{
      event_type: VAC, sub_event_type: 'Abduction/forced disappearance', actor1: UNIDENTIFIED, actor2: IRAQ_CIVILIANS, country: 'Iraq',
      admin1: 'Baghdad', fatalities: null, event_date: '2006-08-17', date_basis: 'publication',
    }],
  },
  {
    source: 'anercorp-train:1304',
    sentence: 'وكانت قوات أميركية عراقية مشتركة أنهت خطة أمنية هناك للقضاء على المسلحين والعصابات المنظمة.',
    published: '2006-08-17',
    events: [],
    tags: ['general', 'trigger-trap'],
    note: 'the end of a security plan, no place ("هناك") or date: nothing happened to anyone',
  },
  {
    source: 'anercorp-train:1305',
    sentence: 'وفي بعقوبة شمال شرق العاصمة قتل تسعة مدنيين وأصيب نحو 20 آخرين, بينهم عدد من عناصر الشرطة في هجمات وقعت في المدينة وضواحيها.',
    published: '2006-08-17',
    events: [{
      event_type: VAC, sub_event_type: 'Attack', actor2: IRAQ_CIVILIANS, country: 'Iraq', location: 'بعقوبة', fatalities: 9,
      event_date: '2006-08-17', date_basis: 'publication',
    }],
    tags: ['distance-reference'],
    note: '"north-east of the capital" places Baqubah; the event is not in Baghdad',
  },
  {
    source: 'anercorp-train:1306',
    sentence: 'وقتل في المقدادية شمال شرق بعقوبة ثلاثة مدنيين فيما أصيب حوالي 20 آخرين بينهم ضابطان بالشرطة بسقوط قذيفتي هاون وانفجار عبوة ناسفة بسوق المدينة.',
    published: '2006-08-17',
    events: [{ event_type: ERV, actor2: IRAQ_CIVILIANS, country: 'Iraq', location: 'المقدادية', fatalities: 3, event_date: '2006-08-17', date_basis: 'publication' }],
    tags: ['distance-reference'],
    note: 'mortars and an IED in the same market, one toll: one event; the sub-type is left open',
  },
  {
    source: 'anercorp-train:1310',
    gap: 'country Syria instead of Iraq, date null instead of 2006-08-17, date basis unknown instead of publication; extra Explosions/Remote violence/Suicide bomb (Ninewa) from "بتفجير انتحاري"',
    sentence:
      'وفي سنجار شمال غربي الموصل أصيب تسعة أشخاص بينهم أربعة مدنيين بتفجير انتحاري, مستهدفا قوات أمن كردية, فيما ذكرت الشرطة في وقت سابق أن 5 حراس أمن قتلوا في الانفجار.',
    published: '2006-08-17',
    events: [{ event_type: ERV, sub_event_type: SUICIDE, country: 'Iraq', location: 'سنجار', fatalities: 5, event_date: '2006-08-17', date_basis: 'publication' }],
    tags: ['claim', 'distance-reference'],
    note: 'Sinjar in Iraq (north-west of Mosul), not a Syrian namesake; the only death figure is the police one',
  },
  {
    source: 'anercorp-train:1313',
    sentence: 'وفي قضاء المسيب جنوب بغداد اعتقلت قوات مشتركة للجيش والشرطة 19 شخصا يشتبه بتورطهم في أعمال مسلحة ضد قوى الأمن.',
    published: '2006-08-17',
    events: [{ event_type: SD, sub_event_type: 'Arrests', actor1: IRAQ_MIL, country: 'Iraq', fatalities: null, event_date: '2006-08-17', date_basis: 'publication' }],
    tags: ['distance-reference'],
  },
  {
    source: 'anercorp-train:1314',
    gap: 'actor2 null instead of Civilians (Iraq) (the translator is read as a civilian victim but named by no actor), country Syria instead of Iraq (a Syrian المحمودية)',
    sentence: 'وفي المحمودية جنوب العاصمة قتل مسلحون مترجما يعمل في قاعدة عسكرية أميركية في المدينة.',
    published: '2006-08-17',
    events: [{
      event_type: VAC, sub_event_type: 'Attack', actor1: UNIDENTIFIED, actor2: IRAQ_CIVILIANS, country: 'Iraq', fatalities: 1,
      event_date: '2006-08-17', date_basis: 'publication',
    }],
    note: 'an interpreter is a civilian; Mahmudiya in Iraq, not a Syrian namesake',
  },
  {
    source: 'anercorp-train:1315',
    sentence: 'وفي البصرة جنوب العراق اعتقل الجيش العراقي 6 مسلحين, ليبلغ عدد من اعتقلوا في أنحاء متفرقة من العراق خلال الساعات الأربع والعشرين الماضية, 58.',
    published: '2006-08-17',
    events: [{ event_type: SD, sub_event_type: 'Arrests', actor1: IRAQ_MIL, country: 'Iraq', admin1: 'Basrah', fatalities: null }],
    note: 'the national total of 58 is a tally, not a second event',
  },
  {
    source: 'anercorp-train:1317',
    sentence: 'الفلوجة وقتل مسلحون شرطيا في المدينة.',
    published: '2006-08-17',
    events: [{
      event_type: 'Battles', sub_event_type: 'Armed clash', actor1: UNIDENTIFIED, actor2: IRAQ_POLICE, country: 'Iraq', fatalities: 1,
      event_date: '2006-08-17', date_basis: 'publication',
    }],
    tags: ['headline'],
    note: 'a police officer killed by gunmen: Armed clash (police are not civilians in ACLED)',
  },
  {
    source: 'anercorp-train:1318',
    sentence: 'وفي الأنبار غرب العراق أعلن الجيش الأميركي وفاة جندي أميركي متأثرا بجروح أصيب بها في اشتباكات وقعت بالمنطقة.',
    published: '2006-08-17',
    events: [{ event_type: 'Battles', sub_event_type: 'Armed clash', country: 'Iraq', admin1: 'Al-Anbar', fatalities: 1 }],
    tags: ['claim'],
    note: 'Anbar the Iraqi province, not a Syrian village of that name',
  },
  {
    source: 'anercorp-train:1319',
    sentence: 'وفي كربلاء جنوب بغداد أعلن بيان للسلطات المحلية اليوم التوصل إلى اتفاق لإنهاء الأزمة التي اندلعت الثلاثاء بين قوات الأمن وأتباع الزعيم الشيعي محمود الحسني.',
    published: '2006-08-17',
    events: [{ event_type: SD, sub_event_type: 'Agreement', country: 'Iraq', admin1: 'Kerbala', event_date: '2006-08-17', date_basis: 'relative' }],
    tags: ['distance-reference'],
    note: 'the crisis that "broke out on Tuesday" is not told as a concrete clash',
  },
  {
    source: 'anercorp-train:1320',
    sentence: 'ولا تزال الشرطة تغلق كربلاء في أعقاب اشتباك مع مؤيدي الحسني, أسفر عن مقتل 10 من أتباعه واعتقال نحو 300 آخرين.',
    published: '2006-08-17',
    events: [
      { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: IRAQ_POLICE, country: 'Iraq', admin1: 'Kerbala', fatalities: 10 },
      { event_type: SD, sub_event_type: 'Arrests', actor1: IRAQ_POLICE, country: 'Iraq', admin1: 'Kerbala', fatalities: null },
    ],
    tags: ['multi-event'],
    note: 'the clash and the arrests of ~300 are two events; the closure still going on is not',
  },
  {
    source: 'anercorp-train:3279',
    sentence:
      'فيما ذكرت مصادر في الشرطة أن قوات التحالف قصفت فجر اليوم منزلا بحي المفرق في قرية بني زيد غرب بعقوبة، وأكدت المصادر عدم معرفتها بالأسباب التي دفعت بالأميركيين إلى قتلهم.',
    published: '2006-10-05',
    events: [{ event_type: ERV, actor1: 'International coalition (US-led)', country: 'Iraq', event_date: '2006-10-05', date_basis: 'relative', background: false }],
    tags: ['distance-reference', 'claim'],
    note: 'the means of the strike (air or ground) is not said: sub-type left open; the police sources (`مصادر في الشرطة`) only report it',
  },
  {
    source: 'anercorp-train:3282',
    gap: 'type Strategic developments instead of Violence against civilians, sub-type Arrests instead of Attack, actor2 Civilians (Syria) instead of Civilians (Iraq), fatalities null instead of 8',
    sentence:
      'وذكر أهالي المنطقة أن القوات الأميركية اقتحمت منزل جاسم محمد مهدي فجرا وقتلته مع سبعة من عائلته بينهم أربع نساء، كما فقد ثلاثة أشخاص يعتقد أن القوات الأميركية اعتقلتهم.',
    published: '2006-10-05',
    events: [{ event_type: VAC, sub_event_type: 'Attack', actor1: US_MIL, actor2: IRAQ_CIVILIANS, fatalities: 8, event_date: '2006-10-05', date_basis: 'publication' }],
    tags: ['claim', 'no-place'],
    note: 'him and seven of his family: 8. Arrests only "believed" (يعتقد): not coded',
  },
  {
    source: 'anercorp-train:3283',
    sentence: 'كما أعلنت القيادة العامة للقوات المسلحة العراقية قتل تسعة واعتقال مسلحين آخرين وصفتهم ب ـ " الإرهابيين " في مناطق متفرقة من بغداد.',
    published: '2006-10-05',
    events: [
      { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: IRAQ_MIL, country: 'Iraq', admin1: 'Baghdad', fatalities: 9 },
      { event_type: SD, sub_event_type: 'Arrests', actor1: IRAQ_MIL, country: 'Iraq', admin1: 'Baghdad', fatalities: null },
    ],
    tags: ['multi-event', 'claim'],
  },
  {
    source: 'anercorp-train:3284',
    sentence: 'وأكد بيان صادر عن المكتب الإعلامي أن قوات وزارة الداخلية قتلت اثنين واعتقلت 16 إثر عملية تفتيش لأحد مساجد السنة في حي الخضراء ببغداد.',
    published: '2006-10-05',
    events: [
      { event_type: 'Battles', actor1: IRAQ_POLICE, country: 'Iraq', admin1: 'Baghdad', fatalities: 2 },
      { event_type: SD, sub_event_type: 'Arrests', actor1: IRAQ_POLICE, country: 'Iraq', admin1: 'Baghdad', fatalities: null },
    ],
    tags: ['multi-event', 'claim'],
  },
  {
    source: 'anercorp-train:3286',
    gap: 'missed the Battles event: read with its actor, but no place the gazetteer knows (حي العامل) leaves it under the confidence threshold',
    sentence: 'وأعلنت القوات العراقية أيضا أنها قتلت سبعة وجرحت ثلاثة آخرين في مسجد العشرة المبشرة بحي العامل بعد استهدافهم إحدى الدوريات.',
    published: '2006-10-05',
    events: [{ event_type: 'Battles', sub_event_type: 'Armed clash', actor1: IRAQ_MIL, fatalities: 7 }],
    tags: ['claim'],
    note: 'the gunmen had targeted a patrol: an exchange, not a killing of civilians',
  },
  {
    source: 'anercorp-train:3287',
    sentence: 'وأكد بيان آخر اعتقال قائد كتائب ثورة العشرين في بعقوبة وقيادي آخر بالجماعات المسلحة إضافة إلى 40 مشتبها به في محافظة ديالى.',
    published: '2006-10-05',
    events: [{ event_type: SD, sub_event_type: 'Arrests', country: 'Iraq', admin1: 'Diyala', fatalities: null }],
    note: 'Baqubah is in Diyala: two places, one governorate, one event',
  },
  {
    source: 'anercorp-train:3288',
    gap: 'type Explosions/Remote violence instead of Strategic developments, sub-type Suicide bomb instead of Arrests, country Syria instead of Iraq, admin1 Homs instead of Babylon, fatalities 3 instead of null; missed the Explosions/Remote violence event in Babylon',
    sentence: 'وأكد مصدر بشرطة محافظة بابل اعتقال العشرات من المشتبه بهم في منطقة جرف الصخر التي قتل بها ثلاثة من الشرطة في هجوم انتحاري قبل أيام.',
    published: '2006-10-05',
    events: [
      { event_type: SD, sub_event_type: 'Arrests', country: 'Iraq', admin1: 'Babylon', fatalities: null, background: false },
      { event_type: ERV, sub_event_type: SUICIDE, actor2: IRAQ_POLICE, country: 'Iraq', admin1: 'Babylon', fatalities: 3, background: true },
    ],
    tags: ['recall', 'multi-event', 'vague-count'],
    note: '`العشرات من المشتبه بهم` were arrested, not killed; the suicide attack "days ago" is recalled',
  },
  {
    source: 'anercorp-train:3291',
    sentence: 'وأعلنت مصادر أمنية أن عبوتين ناسفتين انفجرتا في ساحة كهرمانة وسط بغداد ما أدى إلى مقتل شخص وإصابة ثلاثة.',
    published: '2006-10-05',
    events: [{ event_type: ERV, sub_event_type: IED, country: 'Iraq', admin1: 'Baghdad', fatalities: 1, event_date: '2006-10-05', date_basis: 'publication' }],
  },
  {
    source: 'anercorp-train:3292',
    gap: 'actor2 Military Forces of Iraq instead of Police Forces of Iraq, country Syria instead of Iraq',
    sentence: 'وقتل ضابط عراقي يعمل بمديرية الجرائم الكبرى بانفجار عبوة ناسفة وضعت تحت سيارته قرب جسر السنك.',
    published: '2006-10-05',
    events: [{ event_type: ERV, sub_event_type: IED, actor2: IRAQ_POLICE, country: 'Iraq', fatalities: 1 }],
  },
  {
    source: 'anercorp-train:3293',
    sentence: 'وقتل أربعة بينهم شرطيان في انفجار عبوة ناسفة استهدفت دورية للشرطة كانت تقل موقوفين إلى محكمة بعقوبة.',
    published: '2006-10-05',
    events: [{ event_type: ERV, sub_event_type: IED, actor2: IRAQ_POLICE, country: 'Iraq', fatalities: 4 }],
    tags: ['trigger-trap'],
    note: '`موقوفين` being driven to court is not an arrest event',
  },
  {
    source: 'anercorp-train:3294',
    sentence: 'وقتل أيضا شخصان وأصيب آخران برصاص مسلحين على الطريق العام بين بعقوبة والخالص.',
    published: '2006-10-05',
    events: [{ event_type: VAC, sub_event_type: 'Attack', actor1: UNIDENTIFIED, actor2: IRAQ_CIVILIANS, country: 'Iraq', fatalities: 2 }],
    note: 'a road "between A and B" is one place, one event',
  },
  {
    source: 'anercorp-train:3295',
    sentence: 'وفي كركوك أعلنت مصادر عسكرية مقتل ضابط في الجيش العراقي وإصابة ثلاثة جنود في هجوم مسلح استهدف نقطة تفتيش جنوب المدينة.',
    published: '2006-10-05',
    events: [{
      event_type: 'Battles', sub_event_type: 'Armed clash', actor1: UNIDENTIFIED, actor2: IRAQ_MIL, country: 'Iraq', admin1: 'Kirkuk',
      fatalities: 1, event_date: '2006-10-05', date_basis: 'publication',
    }],
  },
  {
    source: 'anercorp-train:3296',
    sentence: 'وقتل صبي إثر سقوط قذيفة هاون على حي المعتصم بسامراء.',
    published: '2006-10-05',
    events: [{ event_type: ERV, sub_event_type: SHELLING, actor2: IRAQ_CIVILIANS, country: 'Iraq', fatalities: 1, event_date: '2006-10-05', date_basis: 'publication' }],
  },
  {
    source: 'anercorp-train:3297',
    gap: 'missed the Battles event',
    sentence: 'من جهة أخرى تبنى الجيش الإسلامي في العراق في تسجيل مصور هجوما على ما قال إنها دبابة أميركية في منطقة التاجي شمال بغداد.',
    published: '2006-10-05',
    events: [{ event_type: 'Battles', actor1: 'Islamic Army in Iraq', actor2: US_MIL, country: 'Iraq' }],
    tags: ['claim'],
    note: 'a claim of responsibility: the claimant is actor1',
  },
  {
    source: 'anercorp-train:3856',
    gap: 'actor2 null instead of Police Forces of Iraq, admin1 Babylon instead of Baghdad, fatalities 1 instead of null; extra Explosions/Remote violence/Remote explosive/landmine/IED (Tartous) from "سيارة مفخخة"',
    sentence:
      'وفي أحدث هذه الهجمات قتل عراقي وجرح آخر في انفجار عبوة ناسفة في منطقة علاوي الحلة وسط بغداد الخميس، كما جرح ثلاثة من رجال الشرطة ومدني في انفجار سيارة مفخخة استهدف دورية للشرطة في حي الدورة جنوبي العاصمة.',
    published: '2006-10-06',
    events: [
      { event_type: ERV, sub_event_type: IED, country: 'Iraq', admin1: 'Baghdad', fatalities: 1, event_date: '2006-10-05', date_basis: 'relative' },
      { event_type: ERV, sub_event_type: IED, actor2: IRAQ_POLICE, country: 'Iraq', admin1: 'Baghdad', fatalities: null },
    ],
    tags: ['multi-event'],
    note: 'two blasts in two districts, one with a death, one with wounded only',
  },
  {
    source: 'anercorp-train:3857',
    sentence: 'وقبل ذلك قتل سبعة عراقيين على الأقل بينهم ضابطا شرطة وجرح 35 آخرون في انفجار سيارة مفخخة وعبوة ناسفة بشارع السعدون وسط العاصمة.',
    published: '2006-10-06',
    events: [{ event_type: ERV, sub_event_type: IED, country: 'Iraq', fatalities: 7 }],
  },
  {
    source: 'anercorp-train:3858',
    sentence: 'أما في حي البياع جنوب غرب بغداد فقد لقي عراقيان مصرعهما وأصيب آخران في هجمات واشتباكات عدة بين الجيش الأميركي ومسلحين.',
    published: '2006-10-06',
    events: [{
      event_type: 'Battles', sub_event_type: 'Armed clash', actor1: US_MIL, actor2: UNIDENTIFIED, country: 'Iraq', admin1: 'Baghdad',
      fatalities: 2, event_date: '2006-10-06', date_basis: 'publication',
    }],
  },
  {
    source: 'anercorp-train:3859',
    sentence: 'كما قتل جنديان عراقيان وجرح 12 آخرون بهجوم انتحاري بسيارة مفخخة استهدف ثكنة للجيش بمنطقة الشعب شمال العاصمة.',
    published: '2006-10-06',
    events: [{ event_type: ERV, sub_event_type: SUICIDE, actor2: IRAQ_MIL, country: 'Iraq', fatalities: 2 }],
    note: 'a suicide car bomb is a Suicide bomb, not an IED',
  },
  {
    source: 'anercorp-train:3860',
    sentence: 'وشهدت مناطق أخرى من بغداد تفجيرات مفخخات وعبوات ناسفة أثناء مرور دوريات للشرطة مما أسفر عن سقوط قتلى وجرحى.',
    published: '2006-10-06',
    events: [{ event_type: ERV, sub_event_type: IED, actor2: IRAQ_POLICE, country: 'Iraq', admin1: 'Baghdad', fatalities: 3 }],
    tags: ['vague-count'],
    note: 'uncounted "dead and wounded": 3',
  },
  {
    source: 'anercorp-train:3475',
    gap: 'type Battles instead of Violence against civilians, sub-type Armed clash instead of Attack, actor2 null instead of Civilians (Iraq)',
    sentence: 'وقد سقط أمس عشرات القتلى والجرحى بسلسلة هجمات, بينهم عشرة قتلوا برصاص مسلحين أطلقوا النار على مصلين في طريقهم إلى مسجد غربي بغداد.',
    published: '2006-10-16',
    events: [{
      event_type: VAC, sub_event_type: 'Attack', actor1: UNIDENTIFIED, actor2: IRAQ_CIVILIANS, country: 'Iraq', admin1: 'Baghdad',
      fatalities: 10, event_date: '2006-10-15', date_basis: 'relative',
    }],
    tags: ['vague-count'],
    note: 'the placeless "dozens killed and wounded" in a series of attacks is a tally; the one placed attack is the event. Worshippers shot at: civilians',
  },
  {
    source: 'anercorp-test:647',
    sentence:
      'وكان الجيش الامريكي اعلن يوم السبت اعتقال احد حراس الدليمي وقال الجيش انه " يشك في تورطه بالقيام بالتخطيط لتنفيذ عمليات انتحارية لسيارات مفخخة داخل المنطقة الخضراء في بغداد.',
    published: '2006-12-04',
    events: [{ event_type: SD, sub_event_type: 'Arrests', actor1: US_MIL, admin1: null, event_date: '2006-12-02', date_basis: 'relative', background: true }],
    tags: ['future', 'trigger-trap', 'recall'],
    note: 'the planned suicide car bombs in the Green Zone never happened: no explosion event, and the Green Zone is not where the arrest was. ' +
      '`وكان الجيش اعلن`: كان before a perfect verb of saying is a pluperfect, the arrest told before this news (background)',
  },

  // ------------------------------------------------------------------------------------------
  // Palestine 2006: Gaza strikes and incursions, West Bank arrests, factional clashes
  {
    source: 'anercorp-train:1294',
    gap: 'type Battles instead of Violence against civilians, sub-type Armed clash instead of Attack, actor2 null instead of Civilians (Palestine)',
    sentence:
      'الاحتلال الإسرائيلي يواصل اعتداءاته على مناطق متفرقة من قطاع غزة (رويترز) شهيد بالبريج على الصعيد الميداني استشهد فلسطيني إثر إصابته بنيران قوات الاحتلال الإسرائيلي شرق مخيم البريج جنوب مدينة غزة الخميس.',
    published: '2006-08-26',
    events: [{
      event_type: VAC, sub_event_type: 'Attack', actor1: ISRAEL_MIL, actor2: PALESTINE_CIVILIANS, country: 'Palestine', admin1: 'Gaza Strip',
      fatalities: 1, event_date: '2006-08-24', date_basis: 'relative',
    }],
    tags: ['headline', 'distance-reference'],
    note: 'a photo caption and a subhead glued to the sentence: one killing, Thursday before a Saturday',
  },
  {
    source: 'anercorp-train:1296',
    sentence: 'جاء ذلك بعد ساعات من قصف الطيران الإسرائيلي مبنى بحي الزيتون شرق مدينة غزة، قال جيش الاحتلال إنه مكان لتصنيع الصواريخ.',
    published: '2006-08-31',
    events: [{
      event_type: ERV, sub_event_type: AIR, actor1: ISRAEL_MIL, country: 'Palestine', admin1: 'Gaza Strip', fatalities: null,
      event_date: '2006-08-31', date_basis: 'publication',
    }],
    tags: ['trigger-trap'],
    note: '`مكان لتصنيع الصواريخ` is what was hit, not a rocket attack',
  },
  {
    source: 'anercorp-train:1299',
    sentence:
      'وأدى قصف إسرائيلي مماثل الأربعاء إلى استشهاد ثلاثة فلسطينيين، اثنان منهم في غارة إسرائيلية استهدفت منزلا بخان يونس جنوب القطاع, بينما استشهد الثالث شرق مخيم المدينة.',
    published: '2006-08-31',
    events: [{ event_type: ERV, actor1: ISRAEL_MIL, country: 'Palestine', admin1: 'Gaza Strip', fatalities: 3, event_date: '2006-08-30', date_basis: 'relative' }],
    note: 'one day of Israeli strikes on Khan Yunis and its camp, three killed',
  },
  {
    source: 'anercorp-train:2509',
    gap: 'actor1 Palestinian armed groups instead of Military Forces of Israel, actor2 null instead of Palestinian Islamic Jihad, fatalities null instead of 3; extra Explosions/Remote violence/Shelling/artillery/missile attack (Jerusalem) from "بقذائف"',
    sentence:
      'واستشهد الفلسطينيون الثلاثة وهم ناشطون في سرايا القدس الجناح العسكري لحركة الجهاد الإسلامي بقذائف مدفعية أطلقها الجيش الإسرائيلي عليهم بينما كانوا قرب الحدود بين إسرائيل وقطاع غزة في بلدة القرارة في شرق خان يونس.',
    published: '2006-08-31',
    events: [{
      event_type: ERV, sub_event_type: SHELLING, actor1: ISRAEL_MIL, actor2: 'Palestinian Islamic Jihad', country: 'Palestine', admin1: 'Gaza Strip',
      fatalities: 3, event_date: '2006-08-31', date_basis: 'publication',
    }],
    note: 'the border with Israel is a landmark; the event is in Gaza',
  },
  {
    source: 'anercorp-train:2516',
    sentence: 'واشار إلى أن قوة من الجيش الإسرائيلي داهمت عدة منازل واعتقلت خمسة مواطنين بينهم أحد الجرحى.',
    published: '2006-08-31',
    events: [{ event_type: SD, sub_event_type: 'Arrests', actor1: ISRAEL_MIL, fatalities: null }],
    tags: ['no-place'],
  },
  {
    source: 'anercorp-train:2518',
    gap: 'missed the Strategic developments event',
    sentence: 'وقامت الجرافات العسكرية بأعمال تجريف واقتلاع خصوصا لأشجار الزيتون في بساتين في نفس المنطقة وفقا لما قال مصدر أمني محلي.',
    published: '2006-08-31',
    events: [{ event_type: SD, sub_event_type: 'Looting/property destruction', fatalities: null }],
    tags: ['no-place'],
  },
  {
    source: 'anercorp-train:2519',
    sentence: 'وتأتي عملية التوغل بعد ساعات من غارتين نفذهما الطيران الإسرائيلي ليل الثلاثاء استهدفت مجددا منازل لناشطين فلسطينيين في قطاع غزة.',
    published: '2006-08-31',
    events: [{
      event_type: ERV, sub_event_type: AIR, actor1: ISRAEL_MIL, country: 'Palestine', admin1: 'Gaza Strip',
      event_date: '2006-08-29', date_basis: 'relative', background: false,
    }],
    note: 'two raids the same night in the same governorate: one event; "the incursion" is only referred to',
  },
  {
    source: 'anercorp-train:2520',
    sentence:
      'وقال مصدر أمني إن مروحية هجومية أطلقت صاروخا على منزل منصور أبو حميد الناشط في حركة حماس في رفح جنوب قطاع غزة ما أدى إلى تدمير المنزل وإلحاق أضرار في عدة منازل مجاورة.',
    published: '2006-08-31',
    events: [{ event_type: ERV, sub_event_type: AIR, country: 'Palestine', admin1: 'Gaza Strip', fatalities: null, event_date: '2006-08-31', date_basis: 'publication' }],
    note: 'a missile fired by a helicopter is an air strike, not a shelling',
  },
  {
    source: 'anercorp-train:2521',
    gap: 'missed the Explosions/Remote violence event',
    sentence: 'وسبق هذه الغارة بساعة واحدة غارة مماثلة استهدفت منزل هاشم عسلية في جباليا وهو ناشط في حركة الجهاد الإسلامي حيث سقط صاروخان على المنزل أسفرا عن تدميره.',
    published: '2006-08-31',
    events: [{ event_type: ERV, sub_event_type: AIR, country: 'Palestine', fatalities: null }],
  },
  {
    source: 'anercorp-train:2523',
    gap: 'missed the Explosions/Remote violence event',
    sentence: 'من ناحيته، أكد متحدث باسم الجيش الإسرائيلي ان الطيران أغار على جباليا.',
    published: '2006-08-31',
    events: [{ event_type: ERV, sub_event_type: AIR, actor1: ISRAEL_MIL, country: 'Palestine', event_date: '2006-08-31', date_basis: 'publication' }],
    tags: ['claim'],
  },
  {
    source: 'anercorp-train:2525',
    gap: 'type Explosions/Remote violence instead of Battles, sub-type Shelling/artillery/missile attack instead of Armed clash, actor1 Palestinian armed groups instead of Palestinian Islamic Jihad, actor2 null instead of Military Forces of Israel; extra Explosions/Remote violence/Shelling/artillery/missile attack (Al-Hasakeh) from "قذيفة"',
    sentence:
      'من جهتها أعلنت سرايا القدس الجناح العسكري لحركة الجهاد الإسلامي في فلسطين، مسؤوليتها عن قنص جندي إسرائيلي وإطلاق قذيفة صاروخية تجاه ناقلة جند إسرائيلية ظهر أمس في شرق بلدة خزاعة جنوب قطاع غزة.',
    published: '2006-08-31',
    events: [{
      event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Palestinian Islamic Jihad', actor2: ISRAEL_MIL, country: 'Palestine',
      admin1: 'Gaza Strip', fatalities: null, event_date: '2006-08-30', date_basis: 'relative',
    }],
    tags: ['claim'],
    note: 'sniping a soldier and an RPG at an APC: direct fire on forces, an Armed clash; nobody is said killed',
  },
  {
    source: 'anercorp-train:2528',
    sentence: 'من جهة أخرى اعتقل الجيش الإسرائيلي فجر أمس تسعة مواطنين فلسطينيين في مدن وقرى الضفة الغربية المحتلة خلال حملات تمشيط ومداهمة.',
    published: '2006-08-31',
    events: [{
      event_type: SD, sub_event_type: 'Arrests', actor1: ISRAEL_MIL, actor2: PALESTINE_CIVILIANS, country: 'Palestine', admin1: 'West Bank',
      fatalities: null, event_date: '2006-08-30', date_basis: 'relative',
    }],
  },
  {
    source: 'anercorp-train:2529',
    gap: 'location مدينتي نابلس instead of نابلس; missed the Strategic developments event in رام الله',
    sentence: 'وذكرت مصادر عسكرية إسرائيلية انه تم اعتقال ستة فلسطينيين في مدينتي نابلس ورام الله بدعوى العضوية في حركة فتح.',
    published: '2006-08-31',
    events: [
      { event_type: SD, sub_event_type: 'Arrests', country: 'Palestine', location: 'نابلس' },
      { event_type: SD, sub_event_type: 'Arrests', country: 'Palestine', location: 'رام الله' },
    ],
    tags: ['multi-place'],
    note: 'two cities in two Palestinian governorates: one event each',
  },
  {
    source: 'anercorp-train:2530',
    gap: 'location مدينة اريحا instead of اريحا; location مدينة جنين instead of جنين',
    sentence: 'واضافت إن قوة عسكرية اقتحمت فجر أمس مدينة اريحا واعتقلت فلسطينيين اثنين، فيما تم اعتقال ناشط من حركة حماس في مدينة جنين شمال الضفة الغربية.',
    published: '2006-08-31',
    events: [
      { event_type: SD, sub_event_type: 'Arrests', country: 'Palestine', location: 'اريحا' },
      { event_type: SD, sub_event_type: 'Arrests', actor1: null, country: 'Palestine', location: 'جنين' },
    ],
    tags: ['multi-place'],
    note: 'the Hamas activist was arrested (`تم اعتقال ناشط من حركة حماس`): his movement is not who arrested him',
  },
  {
    source: 'anercorp-train:2660',
    gap: 'missed the Battles event',
    sentence: 'ولكن متحدثة باسم الجيش الإسرائيلي قالت إن الجنود فتحوا النار على أربعة نشطاء في الحي بينهم اثنان أطلقا صواريخ مضادة للدبابات مستهدفين القوات الإسرائيلية.',
    published: '2006-08-31',
    events: [{ event_type: 'Battles', sub_event_type: 'Armed clash', actor1: ISRAEL_MIL }],
    tags: ['claim', 'no-place'],
    note: 'anti-tank rockets fired at troops who fire back: a clash, not a missile strike',
  },
  {
    source: 'anercorp-train:3561',
    gap: 'actor2 null instead of Civilians (Palestine), country Syria instead of Palestine (the girl, الطفلة, read as a place), background true instead of false',
    sentence:
      'وكانت مقاتلات حربية اسرائيلية من طراز (اف16) قد قصفت فجر أمس منزل المواطن سامي سالم الشاعر الواقع علي الشريط الحدودي الفاصل بين الاراضي الفلسطينية والمصرية بصاروخين علي الاقل مما اسفر عن استشهاد الطفلة.',
    published: '2006-10-13',
    events: [{
      event_type: ERV, sub_event_type: AIR, actor1: ISRAEL_MIL, actor2: PALESTINE_CIVILIANS, country: 'Palestine', fatalities: 1,
      event_date: '2006-10-12', date_basis: 'relative', background: false,
    }],
    tags: ['distance-reference'],
    note: '`وكانت … قد` with "yesterday at dawn" tells the news of the day, not a recalled event; Egypt is only the border',
  },
  {
    source: 'anercorp-train:3563',
    sentence:
      'في هذه الأثناء, اقتحمت قوات الاحتلال الاسرائيلي مدينة نابلس ومخيمي بلاطة وعين بيت الماء شرق وغرب المدينة بالضفة الغربية وسط اطلاق نار كثيف واشتباكات مسلحة مع المقاومين الفلسطينيين.',
    published: '2006-10-13',
    events: [{
      event_type: 'Battles', sub_event_type: 'Armed clash', actor1: ISRAEL_MIL, actor2: PALESTINIAN_ARMED, country: 'Palestine', admin1: 'West Bank',
      event_date: '2006-10-13', date_basis: 'publication',
    }],
    note: 'Nablus and two camps of the same city: one event',
  },
  {
    source: 'anercorp-train:3564',
    gap: 'actor2 null instead of Military Forces of Israel',
    sentence:
      'وقالت مصادر فلسطينية ان عدة عبوات ناسفة انفجرت بآليات الاحتلال حيث ادي انفجار عبوتين ناسفتين في مخيم بلاطة شرق المدينة الي اعطاب آليتين اسرائيليتين رآهما شهود العيان في اثناء سحبهما من جانب قوات الاحتلال.',
    published: '2006-10-13',
    events: [{ event_type: ERV, sub_event_type: IED, actor2: ISRAEL_MIL, fatalities: null }],
    tags: ['trigger-trap'],
    note: '`سحبهما` is towing the damaged vehicles, not a withdrawal',
  },
  {
    source: 'anercorp-train:3566',
    sentence:
      'وقالت متحدثة باسم الجيش ان ثلاثة فلسطينيين اصيبوا خلال تبادل لاطلاق النار مع الجنود في نابلس في شمال الضفة الغربية من دون ان توضح ما اذا كانوا اصيبوا بجروح أو قتلوا.',
    published: '2006-10-13',
    events: [{ event_type: 'Battles', sub_event_type: 'Armed clash', country: 'Palestine', admin1: 'West Bank', fatalities: null }],
    tags: ['vague-count'],
    note: 'hit, "without saying whether wounded or killed": no death is stated, fatalities null',
  },
  {
    source: 'anercorp-test:874',
    sentence:
      'الاشتباكات ورغم دعوات التهدئة قتل شخصان وجرح 17 في اشتباكات جديدة أمس برفح جنوب قطاع غزة بين مسلحين من فتح والقوة التنفيذية التابعة للداخلية الفلسطينية وأغلب عناصرها من حماس.',
    published: '2006-10-02',
    events: [{
      event_type: 'Battles', sub_event_type: 'Armed clash', country: 'Palestine', admin1: 'Gaza Strip', fatalities: 2,
      event_date: '2006-10-01', date_basis: 'relative',
    }],
    tags: ['headline'],
  },
  {
    source: 'anercorp-test:122',
    sentence:
      'قصف إسرائيلي ميدانيا أفاد مراسل الجزيرة في غزة بأن طائرة إسرائيلية أطلقت أمس صاروخين على منزل في حي الأمل شمال خان يونس يعتقد أنه لأحد نشطاء كتائب عز الدين القسام الجناح العسكري لحركة حماس.',
    published: '2006-10-02',
    events: [{
      event_type: ERV, sub_event_type: AIR, actor1: ISRAEL_MIL, country: 'Palestine', admin1: 'Gaza Strip', fatalities: null,
      event_date: '2006-10-01', date_basis: 'relative',
    }],
    tags: ['headline'],
    note: 'missiles from an aircraft: an air strike',
  },
  {
    source: 'anercorp-test:879',
    sentence: 'وأفاد مراسل الجزيرة بأن مسلحين اختطفوا اثنين من كوادر فتح في بلدة بني سهيلة قرب خان يونس جنوبي القطاع..',
    published: '2006-10-02',
    events: [{ event_type: VAC, sub_event_type: 'Abduction/forced disappearance', actor1: UNIDENTIFIED, country: 'Palestine', admin1: 'Gaza Strip', fatalities: null }],
  },

  // ------------------------------------------------------------------------------------------
  // Lebanon 2006: the war, the Baalbek raid, the withdrawal, the UN observers
  {
    source: 'anercorp-train:124',
    sentence:
      'وجددت إسرائيل قصفها مساء امس لضاحية بيروت الجنوبية وكان طيران الاحتلال قد شن سلسلة غارات مكثفة علي مدينتي الهرمل وبعلبك في البقاعين الشرقي والشمالي فيما تواصل القصف الجوي والبري والبحري علي مختلف مدن وبلدات الجنوب خصوصا الخط الساحلي الجنوبي، ومن جانبها قصفت المقاومة اللبنانية شمال إسرائيل واطلقت 20 صاروخا علي صفد وحيفا والناصرة ونهاريا والجليل الغربي.',
    published: '2006-07-25',
    events: [
      { event_type: ERV, country: 'Lebanon', admin1: 'Beirut', event_date: '2006-07-24', background: false },
      { event_type: ERV, sub_event_type: AIR, actor1: ISRAEL_MIL, country: 'Lebanon', admin1: 'Baalbek-Hermel', background: true },
      { event_type: ERV, sub_event_type: SHELLING, actor1: HEZBOLLAH, country: 'Israel', admin1: 'HaZafon', event_date: '2006-07-24', background: false },
      { event_type: ERV, sub_event_type: SHELLING, actor1: HEZBOLLAH, country: 'Israel', admin1: 'Haifa', event_date: '2006-07-24', background: false },
    ],
    note:
      'yesterday\'s strike on Beirut is the news; `وكان طيران الاحتلال قد شن` recalls the raids on Baalbek and Hermel before it (one governorate); ' +
      'the rockets on Safad, Nazareth, Nahariya and the western Galilee are one event in the Northern District, Haifa another; ' +
      'actor1 of the Beirut strike is left out: `إسرائيل`, a state named as subject, is read as a place by the pipeline',
  },
  {
    source: 'anercorp-train:2248',
    sentence: 'مقاتلو حزب الله يجبرون القوة المهاجمة علي التراجع بعد اشتباك بالقرب من بعلبك متحدث إسرائيلي: العملية لوقف تهريب الأسلحة..',
    published: '2006-08-20',
    events: [{ event_type: 'Battles', sub_event_type: 'Armed clash', actor1: HEZBOLLAH, country: 'Lebanon', admin1: 'Baalbek-Hermel' }],
    tags: ['headline'],
  },
  {
    source: 'anercorp-train:2251',
    gap: 'type Explosions/Remote violence instead of Battles, sub-type Air/drone strike instead of Armed clash',
    sentence:
      'وذكر شهود عيان أن الجنود الإسرائيليين هاجموا مدرسة قرية بوادي, علي بعد15 كيلو مترا غرب بعلبك, تساندهم طائرات الهليكوبتر, في حين كانت الطائرات المقاتلة الإسرائيلية تحلق في المنطقة, وتقصف مواقع للمقاومة اللبنانية.',
    published: '2006-08-20',
    events: [{ event_type: 'Battles', sub_event_type: 'Armed clash', actor1: ISRAEL_MIL, country: 'Lebanon', event_date: '2006-08-20', date_basis: 'publication' }],
    tags: ['distance-reference'],
    note: 'ACLED priority: air strikes during a ground battle between the same sides are one Battles event',
  },
  {
    source: 'anercorp-train:2257',
    gap: 'missed the Battles event',
    sentence: 'وأضاف الحزب أن القوة الإسرائيلية المهاجمة حاولت السيطرة علي مدرسة قرية بوادي, ونفي المتحدث الأنباء التي ترددت عن مقتل3 من الحزب في الاشتباكات.',
    published: '2006-08-20',
    events: [{ event_type: 'Battles', sub_event_type: 'Armed clash', actor1: ISRAEL_MIL, fatalities: null }],
    tags: ['denial', 'claim'],
    note: 'a failed attempt to take the school: no territory changed hands; the reported 3 deaths are denied',
  },
  {
    source: 'anercorp-train:2300',
    gap: 'missed the Strategic developments event',
    sentence:
      'وقال ناطق عسكري لبناني لوكالة فرانس برس ان مروحيتين اسرائيليتين قامتا فجر امس بانزال اليتين من طراز هامر في افقا على جبل لبنان، توجهتا الى قرية بوادي على بعد 15 كيلومترا غرب بعلبك.',
    published: '2006-08-20',
    events: [{ event_type: SD, sub_event_type: 'Troop movement', actor1: ISRAEL_MIL, country: 'Lebanon', event_date: '2006-08-19', date_basis: 'relative' }],
    tags: ['distance-reference'],
  },
  {
    source: 'anercorp-train:2302',
    sentence: 'واكد ان الجنود الاسرائيليين اشتبكوا مع مقاتلي حزب الله الذين كانوا متحصنين في معقلهم في بوداي، واستعادت المروحيات الاسرائيلية الاليتين.',
    published: '2006-08-20',
    events: [{ event_type: 'Battles', sub_event_type: 'Armed clash', actor1: ISRAEL_MIL, actor2: HEZBOLLAH, fatalities: null }],
    tags: ['trigger-trap'],
    note: 'the helicopters "recovering" (استعادت) the vehicles is not territory regained',
  },
  {
    source: 'anercorp-train:2303',
    gap: 'missed the Battles event',
    sentence: 'وفي بعلبك اكد ناطق باسم حزب الله لوكالة فرانس برس ان اشتباكا وقع بين عناصر الحزب ووحدة مسلحة اسرائيلية قرب بوداي «كان عناصرها يرتدون زي الجيش اللبناني».',
    published: '2006-08-20',
    events: [{ event_type: 'Battles', sub_event_type: 'Armed clash', actor1: HEZBOLLAH, actor2: ISRAEL_MIL, country: 'Lebanon' }],
    tags: ['claim'],
    note: 'the Lebanese army uniforms were worn by the Israeli unit: the Lebanese army is not a party',
  },
  {
    source: 'anercorp-train:2306',
    sentence: 'واكد ان حزب الله لم يسجل اية اصابات في صفوف عناصره وذلك ردا على معلومات صحافية اشارت الى مقتل ثلاثة من مقاتلي الحزب في العملية.',
    published: '2006-08-20',
    events: [],
    tags: ['denial'],
    note: 'a denial of casualties of an operation told elsewhere: no new event',
  },
  {
    source: 'anercorp-train:2610',
    sentence: 'مع العلم أن تل أبيب قامت بسلسلة خروقات خلال الفترة ذاتها أبرزها عملية إنزال فاشلة قرب بعلبك أدت إلى مقتل ضابط وإصابة ثلاثة.',
    published: '2006-08-24',
    events: [{ event_type: 'Battles', actor1: ISRAEL_MIL, country: 'Lebanon', fatalities: 1, event_date: null, date_basis: 'unknown', background: true }],
    tags: ['recall'],
    note: 'Tel Aviv named bare before قامت is the Israeli state, not where the raid was; مع العلم أن adds context',
  },
  {
    source: 'anercorp-train:2605',
    gap: 'sub-type Shelling/artillery/missile attack instead of Remote explosive/landmine/IED, actor2 null instead of Military Forces of Israel; missed the Explosions/Remote violence event',
    sentence:
      'وذكرت مصادر أمنية لبنانية أن لغما أرضيا انفجر بدبابة إسرائيلية في مزارع شبعا أعقبه إطلاق القوات الإسرائيلية أربع قذائف مدفعية ونيران الرشاشات من داخل المزارع باتجاه بلدتي شبعا وكفرحمام.',
    published: '2006-08-24',
    events: [
      { event_type: ERV, sub_event_type: IED, actor2: ISRAEL_MIL, fatalities: null },
      { event_type: ERV, sub_event_type: SHELLING, actor1: ISRAEL_MIL, country: 'Lebanon', fatalities: null },
    ],
    tags: ['multi-event'],
    note: 'a landmine hits a tank, then the tanks shell two villages of one district: two events',
  },
  {
    source: 'anercorp-train:2780',
    gap: 'missed the Strategic developments event',
    sentence:
      'إسرائيل دافعت عن استخدام القنابل العنقودية ضد اللبنانيين (الفرنسية) الانسحاب الإسرائيلي من جهة أخرى أعلن الجيش الإسرائيلي أنه انسحب من نحو ثلثي الأراضي اللبنانية التي كان يسيطر عليها منذ بدء الحرب.',
    published: '2006-08-31',
    events: [{ event_type: SD, sub_event_type: 'Troop movement', actor1: ISRAEL_MIL, country: 'Lebanon', event_date: '2006-08-31', date_basis: 'publication' }],
    tags: ['headline', 'claim'],
    note: 'a caption about cluster bombs (a defence of their use) precedes the news',
  },
  {
    source: 'anercorp-train:2783',
    gap: 'missed the Strategic developments event',
    sentence: 'في غضون ذلك قالت قوات يونيفيل إن الجيش الإسرائيلي استأنف الأربعاء انسحابه من جزء من القطاع الشرقي.',
    published: '2006-08-31',
    events: [{ event_type: SD, sub_event_type: 'Troop movement', actor1: ISRAEL_MIL, event_date: '2006-08-30', date_basis: 'relative' }],
    tags: ['claim'],
  },
  {
    source: 'anercorp-train:2784',
    gap: 'actor1 Military Forces of Lebanon instead of Military Forces of Israel, country Syria instead of Lebanon',
    sentence:
      'وأفاد بيان صادر عن يونيفيل بأن وحدات إسرائيلية انسحبت من البسطرة وكفر شوبا وشبعا الحدودية، مضيفا أن القوات الدولية ستسلمها إلى الجيش اللبناني بعد إقامة حواجز وتنظيم دوريات للتأكد من مغادرة الإسرائيليين.',
    published: '2006-08-31',
    events: [{ event_type: SD, sub_event_type: 'Troop movement', actor1: ISRAEL_MIL, country: 'Lebanon' }],
    tags: ['future'],
    note: 'three border villages of one district: one withdrawal; the handover to the Lebanese army is to come',
  },
  {
    source: 'anercorp-train:1014',
    gap: 'missed the Strategic developments event',
    sentence: 'وسرعان ما حقق حزب الله انتصاره التاريخي بالانسحاب الإسرائيلي غير المشروط من الجنوب اللبناني في ربيع 2000.',
    published: '2006-08-16',
    events: [{ event_type: SD, sub_event_type: 'Troop movement', actor1: ISRAEL_MIL, country: 'Lebanon', event_date: '2000', date_basis: 'explicit', background: true }],
    tags: ['recall'],
  },
  {
    source: 'anercorp-train:1002',
    sentence:
      'أثبت حزب الله من جديد أن توجهه نحو فلسطين توجه ثابت لا يتغير، وبالعملية الهائلة التي نفذتها قواته يوم 12 من هذا الشهر وأدت إلى مقتل سبعة جنود إسرائيليين وأسر اثنين آخرين، ضرب الحزب عدة أهداف في وقت واحد.',
    published: '2006-07-20',
    events: [{ event_type: 'Battles', sub_event_type: 'Armed clash', actor1: HEZBOLLAH, actor2: ISRAEL_MIL, fatalities: 7, event_date: '2006-07-12' }],
    tags: ['opinion'],
    note: 'an opinion piece, but the raid it praises is told with day, toll and actors; capturing two soldiers is part of the same attack',
  },
  {
    source: 'anercorp-train:1049',
    sentence: 'تفاعلت قضية مقتل أربعة مراقبين دوليين جراء غارة جوية على جنوب لبنان حيث أعرب رئيس الوزراء الإسرائيلي إيهود أولمرت اليوم عن " أسفه العميق " للحادث.',
    published: '2006-07-26',
    events: [{ event_type: ERV, sub_event_type: AIR, country: 'Lebanon', fatalities: 4 }],
    note: '"today" dates the regret, not the strike, so the date is not checked',
  },
  {
    source: 'anercorp-train:1053',
    gap: 'actor2 null instead of United Nations',
    sentence: 'أنان عبر من روما عن صدمته للهجوم على مقر المراقبين (رويترز) وقال " أنا مصدوم ومضطرب في العمق من قصف القوات الإسرائيلية على ما يبدو مركزا لمراقبي الأمم المتحدة في جنوب لبنان.',
    published: '2006-07-26',
    events: [{ event_type: ERV, actor1: ISRAEL_MIL, actor2: 'United Nations', country: 'Lebanon' }],
    tags: ['claim', 'headline'],
    note: 'Rome is where Annan spoke; the strike is in south Lebanon',
  },
  {
    source: 'anercorp-train:1050',
    sentence: 'وأفاد بيان صادر عن مكتب أولمرت أن الأخير أبلغ الأمين العام للأمم المتحدة كوفي أنان في اتصال هاتفي عن أسفه العميق لمقتل المراقبين الأربعة.',
    published: '2006-07-26',
    events: [],
    tags: ['opinion'],
    note: 'a phone call to express regret is a statement, not a meeting; the killing is only referred to',
  },
  {
    source: 'anercorp-train:1054',
    sentence: 'وكشف أنان أنه تلقى " ضمانات شخصية " من رئيس الوزراء الإسرائيلي إيهود أولمرت بأن القصف الإسرائيلي لن يطال مراكز الأمم المتحدة.',
    published: '2006-07-26',
    events: [],
    tags: ['future', 'negation'],
  },
  {
    source: 'anercorp-train:1056',
    sentence: 'مطالبة صينية وفي سياق ردود الفعل على الهجوم الإسرائيلي دانت الصين التي قتل أحد مراقبيها في الغارة وطالبت إسرائيل بتقديم اعتذار علني.',
    published: '2006-07-26',
    events: [],
    tags: ['opinion'],
    note: 'a condemnation; the raid is referred to without place or date',
  },
  {
    source: 'anercorp-train:1059',
    sentence: 'وفي نيويورك وقال السفير الأميركي في الأمم المتحدة جون بولتون إن مجلس الأمن أبلغ بمقتل الضباط الأربعة وليس لديه أية معلومات أخرى.',
    published: '2006-07-26',
    events: [],
    tags: ['opinion'],
    note: 'New York is where he spoke',
  },
  {
    source: 'anercorp-train:1063',
    sentence: 'في السياق نقلت أسوشيتدبرس عن مصدر دولي فضل عدم الإفصاح عن هويته أن 12 من مراقبي الأمم المتحدة قتلوا أو أصيبوا منذ بدء الهجوم الإسرائيلي.',
    published: '2006-07-26',
    events: [],
    tags: ['general', 'vague-count'],
    note: 'a running tally since the start of the war, killed and wounded pooled, no place',
  },

  // ------------------------------------------------------------------------------------------
  // Protests and riots
  {
    source: 'anercorp-train:842',
    sentence: 'اعتقلت شرطة بنغلاديش نحو 200 شخص قبل مسيرات مقررة يوم غد للمطالبة بتطبيق إصلاحات انتخابية.',
    published: '2006-11-06',
    events: [{
      event_type: SD, sub_event_type: 'Arrests', actor1: 'Police Forces of Bangladesh', country: 'Bangladesh', fatalities: null,
      event_date: '2006-11-06', date_basis: 'publication',
    }],
    tags: ['future', 'trigger-trap'],
    note: 'the marches are planned for tomorrow: no protest event yet; `مسيرات` are marches, not drones',
  },
  {
    source: 'anercorp-train:877',
    sentence: 'كراتشي (رويترز) تظاهر عشرات الالاف من الباكستانيين امس في مدينة كراتشي ضد أي حرب محتملة تقودها الولايات المتحدة ضد العراق.',
    published: '2003-01-20',
    events: [{
      event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Pakistan)', country: 'Pakistan', fatalities: null,
      event_date: '2003-01-19', date_basis: 'relative',
    }],
    tags: ['vague-count'],
    note: 'tens of thousands marched: a crowd size, not fatalities; the war on Iraq is only possible',
  },
  {
    source: 'anercorp-train:878',
    sentence:
      'وتم تشديد اجراءات الامن في الوقت الذي نظم فيه حوالي 70 الفا من المتظاهرين مسيرة في مدينة كراتشي وهم يقولون العالم يقول لا للحرب فيما يعد اكبر تظاهرة ضد الولايات المتحدة في باكستان منذ سنوات.',
    published: '2003-01-20',
    events: [{ event_type: 'Protests', sub_event_type: 'Peaceful protest', country: 'Pakistan', fatalities: null }],
    tags: ['trigger-trap'],
    note: '`مسيرة` here is a march, not a drone',
  },
  {
    source: 'anercorp-train:2863',
    sentence:
      'استنبول - قنا - ا ف ب: أوقفت الشرطة التركية أمس عشرات الأشخاص خلال تظاهرات شهدتها عدة مدن تركية احتجاجا علي نشر قوات في العراق، كما ذكرت وكالة أنباء الأناضول التركية.',
    published: '2003-10-20',
    events: [{
      event_type: 'Protests', sub_event_type: 'Protest with intervention', actor1: 'Protesters (Turkey)', actor2: 'Police Forces of Turkey',
      country: 'Turkey', admin1: null, fatalities: null, event_date: '2003-10-19', date_basis: 'relative',
    }],
    tags: ['trigger-trap', 'vague-count'],
    note: 'arrests at a protest make it a protest with intervention; Istanbul is the dateline, the cities are not named; troops to Iraq is the cause, not an event',
  },
  {
    source: 'anercorp-train:2864',
    sentence: 'وفي حديقة باستنبول، استخدمت الشرطة الهراوات والغاز المسيل للدموع لتفريق نحو ثلاثمئة متظاهر بينهم عدد كبير من الأكراد بعد ان رفضوا ان يتفرقوا.',
    published: '2003-10-20',
    events: [{
      event_type: 'Protests', sub_event_type: 'Protest with intervention', actor1: 'Protesters (Turkey)', actor2: 'Police Forces of Turkey',
      country: 'Turkey', admin1: 'Istanbul', fatalities: null,
    }],
    note: 'batons and tear gas are an intervention, not lethal "excessive force"',
  },
  {
    source: 'anercorp-train:2865',
    sentence: 'وطاردت الشرطة المتظاهرين في الشوارع المحيطة بالحديقة في القسم الأوروبي من المدينة واعتقلت العشرات منهم، كما قالت الوكالة دون توضيحات إضافية.',
    published: '2003-10-20',
    events: [{ event_type: 'Protests', sub_event_type: 'Protest with intervention', fatalities: null }],
    tags: ['no-place'],
  },
  {
    source: 'anercorp-train:2867',
    sentence: 'كما اعتقلت قوات الشرطة التركية ثمانية من أعضاء منظمة حقوق الإنسان التركية في تظاهرة نظمت في مدينة قيصري أمس، احتجاجا علي الاحتلال الأميركي للعراق.',
    published: '2003-10-20',
    events: [{
      event_type: 'Protests', sub_event_type: 'Protest with intervention', actor2: 'Police Forces of Turkey', country: 'Turkey', admin1: 'Kayseri',
      event_date: '2003-10-19', date_basis: 'relative',
    }],
    note: 'the occupation of Iraq is the cause of the protest, not its place',
  },
  {
    source: 'anercorp-test:531',
    sentence: 'تحت شعار " مسيحيون يرفعون الأعلام " تظاهرت جمعيات مسيحية أصولية في العاصمة السويسرية الفدرالية برن دعما لإسرائيل.',
    published: '2006-10-16',
    events: [{ event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Switzerland)', country: 'Switzerland', event_date: '2006-10-16', date_basis: 'publication' }],
    note: 'in support of Israel: Israel is not the place',
  },
  {
    source: 'anercorp-test:529',
    gap: 'missed the Protests event',
    sentence: 'مظاهرة في سويسرا مؤيدة لليهود.',
    published: '2006-10-16',
    events: [{ event_type: 'Protests', sub_event_type: 'Peaceful protest', country: 'Switzerland' }],
    tags: ['headline'],
  },
  {
    source: 'anercorp-test:880',
    sentence: 'مدينة رام الله بالضفة الغربية طالب عشرات المتظاهرين بتحريم الاقتتال الداخلي والحفاظ على الوحدة الوطنية.',
    published: '2006-10-02',
    events: [{ event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Palestine)', country: 'Palestine', admin1: 'West Bank', fatalities: null }],
    tags: ['vague-count'],
    note: '"dozens of protesters" is a crowd, not a toll',
  },
  {
    source: 'anercorp-test:878',
    sentence: 'وقالت أنباء إن آلاف المتظاهرين طالبوا بحل القوة التنفيذية وإقالة وزير الداخلية سعيد صيام.',
    published: '2006-10-02',
    events: [{ event_type: 'Protests', sub_event_type: 'Peaceful protest', fatalities: null }],
    tags: ['no-place', 'vague-count'],
  },
  {
    source: 'anercorp-train:2531',
    gap: 'missed the Riots event',
    sentence:
      'كاتمندو - د ب أ: عانت العاصمة النيبالية وأجزاء أخري من البلاد نقصا شديدا في الوقود لان محطات الوقود أغلقت أبوابها وطالبت بتعويض عن الخسائر التي منيت بها خلال يومين من الاحتجاجات العنيفة المناهضة لارتفاع أسعار الوقود.',
    published: '2005-09-13',
    events: [{ event_type: 'Riots', sub_event_type: 'Violent demonstration', country: 'Nepal' }],
    note: 'the shortage is the news; the two days of violent protests behind it are the event',
  },
  {
    source: 'anercorp-train:2538',
    sentence: 'وتراجعت الحكومة عن قرارها الاحد لتعود الاسعار لما كانت عليه الجمعة ولكن رابطة أصحاب محطات الوقود قالت أن نحو 12 مضخة بنزين دمرت نتيجة الاحتجاجات العنيفة.',
    published: '2005-09-13',
    events: [{ event_type: 'Riots', sub_event_type: 'Violent demonstration', fatalities: null }],
    tags: ['no-place'],
    note: 'pumps destroyed by violent protests: a riot; the government reversing a price decision is not an event',
  },
  {
    source: 'anercorp-train:1578',
    gap: 'missed the Protests event',
    sentence:
      'وهدد المتظاهرون بنصب خيام أمام المقر المذكور اذا لم يتم الافراج عن تسعة من أقاربهم حكم عليهم بالسجن لمدد تتراوح ما بين6 و12 شهرا سجنا نافذا على اثر مظاهرات تم قمعها بالعنف من طرف البوليساريو بداية يونيو الماضي.',
    published: '2006-08-10',
    events: [{ event_type: 'Protests', event_date: '2006-06', date_basis: 'explicit', background: true }],
    tags: ['threat', 'recall'],
    note: 'the threatened sit-in is not an event; the protests repressed in early June are, recalled',
  },

  // ------------------------------------------------------------------------------------------
  // Afghanistan, Algeria, India, Somalia, Sudan, the UK, the US
  {
    source: 'anercorp-test:517',
    sentence:
      'ب: قتل اثنا عشر شخصا منهم طفل وامرأتان في عملية تفجير أمس استهدفت وزارة الداخلية في كابول وتزامنت مع عودة الرئيس الأفغاني حميد كرزاي من زيارة إلي الولايات المتحدة طغي عليها موضوع الحرب علي الإرهاب.',
    published: '2006-10-01',
    events: [{ event_type: ERV, country: 'Afghanistan', admin1: 'Kabul', fatalities: 12, event_date: '2006-09-30', date_basis: 'relative' }],
    note: 'number words (اثنا عشر); the visit to the United States is not an event',
  },
  {
    source: 'anercorp-test:518',
    sentence: 'وتبني المتحدث باسم حركة طالبان محمد حنيف في اتصال هاتفي الاعتداء، مشيرا إلي أنها ليست عملية انتحارية بل عملية تفجير عن بعد.',
    published: '2006-10-01',
    events: [{ event_type: ERV, sub_event_type: IED, actor1: 'Taliban' }],
    tags: ['claim', 'negation', 'no-place'],
    note: '"not a suicide operation but a remote detonation": the negated sub-type must not win',
  },
  {
    source: 'anercorp-test:524',
    sentence:
      'وأعلن رئيس قسم التحقيقات الجنائية في الشرطة علي شاه باكتيوال في وقت سابق إنها عملية انتحارية وقعت أمام مدخل موظفي الوزارة وقال المسؤول في وزارة الصحة سلام جلالي الذي أحصي أحد عشر قتيلا إن بين القتلي طفلا وامرأتين.',
    published: '2006-10-01',
    events: [{ event_type: ERV, sub_event_type: SUICIDE, fatalities: 11 }],
    tags: ['claim', 'no-place'],
  },
  {
    source: 'anercorp-test:300',
    sentence:
      'ذكرت الصحافة الجزائرية المحلية امس الأحد أن دائرة العنف بالجزائر تتواصل من خلال هجوم جديد استهدف دورية عسكرية ببجاية في منطفة القبايل خلف مقتل أربعة جنود وجرح خمسة أشخاص آخرين.',
    published: '2006-10-02',
    events: [{
      event_type: 'Battles', sub_event_type: 'Armed clash', actor2: 'Military Forces of Algeria', country: 'Algeria', fatalities: 4, background: false,
    }],
    note: 'Sunday dates the press report; the attack is at most that day, so the date is not checked',
  },
  {
    source: 'anercorp-test:301',
    gap: 'missed the Battles event',
    sentence:
      'وسقطت الدورية العسكرية في كمين نسب لجماعة مسلحة تنتمي للجماعة السلفية للتبشير والجهاد على الطريق الوطني رقم12 الرابط بين ادكار والقصور في بجاية.',
    published: '2006-10-02',
    events: [{ event_type: 'Battles', sub_event_type: 'Armed clash', country: 'Algeria' }],
    tags: ['claim'],
    note: 'an ambush on a patrol; the group is only "attributed"',
  },
  {
    source: 'anercorp-test:302',
    sentence: 'وكان قد قتل الأسبوع الماضي ثلاثة أشخاص آخرين من ضمنهم شرطيين في هجوم مماثل بالقصور.',
    published: '2006-10-02',
    events: [{ event_type: 'Battles', fatalities: 3, background: true }],
    tags: ['recall'],
  },
  {
    source: 'anercorp-test:305',
    gap: 'missed the Violence against civilians event',
    sentence: 'ويأتي هذا الهجوم أسبوعا بعد هجوم مجموعة مسلحة على حفل زفاف بنفس المنطقة.',
    published: '2006-10-02',
    events: [{ event_type: VAC, sub_event_type: 'Attack', actor1: UNIDENTIFIED, fatalities: null, background: true }],
    tags: ['recall', 'no-place'],
    note: '"this attack" is referred to; the earlier attack on a wedding is recalled',
  },
  {
    source: 'anercorp-test:366',
    sentence:
      'مومباي، الهند (CNN) - - جددت السلطات الهندية الرسمية السبت، اتهاماتها لأجهزة الاستخبارات الباكستانية بالتورط في تفجيرات استهدفت عدداً من قطارات الركاب في مومباي، في 11 يوليو / تموز الماضي، والتي أسفرت عن مصرع أكثر من مائتي شخص.',
    published: '2006-10-01',
    events: [{ event_type: ERV, country: 'India', fatalities: 200, event_date: '2006-07-11', date_basis: 'explicit', background: true }],
    tags: ['recall', 'vague-count'],
    note: 'the accusation is not an event; Pakistan is accused, not the place; "more than two hundred" = 200',
  },
  {
    source: 'anercorp-test:371',
    sentence:
      'ولقي 209 أشخاص مصرعهم، كما أصيب أكثر من 770 آخرين، في سبعة تفجيرات قوية ضربت شبكة السكك الحديدية في مومباي العاصمة التجارية للهند، فيما وصفت بأنها " أسوأ هجمات إرهابية " في البلاد منذ 13 عاماً.',
    published: '2006-10-01',
    events: [{ event_type: ERV, sub_event_type: IED, country: 'India', fatalities: 209, event_date: '2006-10-01', date_basis: 'publication' }],
    note: 'seven blasts in one city on one day: one event, bombs (no gun, shell or aircraft named); "the worst in 13 years" dates nothing',
  },
  {
    source: 'anercorp-train:2488',
    gap: 'missed the Strategic developments event',
    sentence: 'احتل مسلحون صوماليون مدعومون من قوات إثيوبية بلدة وسط الصومال بعد أن ترك المقاتلون الموالون للمحاكم الإسلامية من المنطقة دون مواجهات بحسب إسلاميين وشهود عيان.',
    published: '2006-10-10',
    events: [{ event_type: SD, sub_event_type: 'Non-violent transfer of territory', assoc_actor1: 'Military Forces of Ethiopia', country: 'Somalia' }],
    tags: ['claim'],
    note: 'the town was taken after its defenders left "without clashes": not a battle',
  },
  {
    source: 'anercorp-train:771',
    sentence: 'ويمكن بالفعل رؤية عينات أعدت على عجل من العلم في العاصمة مقديشو التي سيطر عليها الاسلاميون في أوائل حزيران الماضي.',
    published: '2006-08-10',
    events: [{
      event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', country: 'Somalia',
      event_date: '2006-06', date_basis: 'explicit', background: true,
    }],
    tags: ['recall'],
    note: '"the Islamists" is not a named actor in the sentence, so actor1 is not checked',
  },
  {
    source: 'anercorp-train:2917',
    sentence: 'وقال متمردون ان الهجوم الاخير بدأ قبل يومين حيث هاجمت القوات الحكومية كولكول التي تبعد 35 كيلومترا شمالي بلدة الفاشر البلدة الرئيسية في دارفور واحتلتها.',
    published: '2006-09-01',
    events: [{ event_type: 'Battles', sub_event_type: 'Government regains territory', event_date: '2006-08-30', date_basis: 'relative' }],
    tags: ['claim', 'distance-reference'],
    note: 'attacked and took Kulkul: government retakes territory; El Fasher only places it',
  },
  {
    source: 'anercorp-train:2921',
    gap: 'missed the Battles event',
    sentence: 'لكن كانت هناك عملية قبل يومين للتصدي لهجوم شنه فصيل جبهة الخلاص الوطني المتمردة.',
    published: '2006-09-01',
    events: [{ event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'National Redemption Front', event_date: '2006-08-30', date_basis: 'relative' }],
    tags: ['no-place'],
  },
  {
    source: 'anercorp-train:2919',
    sentence: 'وقال متحدث باسم القوات المسلحة السودانية انه لا يوجد للجيش قوات في كولكول لكن المنطقة كانت دائما تابعة لهم.',
    published: '2006-09-01',
    events: [],
    tags: ['denial'],
  },
  {
    source: 'anercorp-train:3097',
    sentence:
      'اعتقالات بمانشستر وحسب BBC فإن 12 من المتهمين اعتقلوا ليلة أمس في مطعم حلال في الحي الصيني بجنوب لندن, فيما اعتقل ال ـ 13 بشرق لندن ولم يعرف مكان اعتقال المتهم الأخير.',
    published: '2006-09-02',
    events: [{ event_type: SD, sub_event_type: 'Arrests', country: 'United Kingdom', event_date: '2006-09-01', date_basis: 'relative' }],
    tags: ['headline'],
    note: 'south and east London: one city, one event; "arrests in Manchester" is the headline of another paragraph',
  },
  {
    source: 'anercorp-train:3098',
    gap: 'actor1 Unidentified armed group instead of Police Forces of the United Kingdom, country null instead of United Kingdom',
    sentence:
      'الشرطة قالت إنها تراقب آلاف البريطانيين المسلمين (رويترز) وفي مانشيستر قالت الشرطة إنها اعتقلت بعملية منفصلة شخصين آخرين وفق قانون مكافحة الإرهاب, للاشتباه في انتمائها إلى شبكات لتدريب وتجنيد الإرهابيين في بريطانيا.',
    published: '2006-09-02',
    events: [{ event_type: SD, sub_event_type: 'Arrests', actor1: 'Police Forces of the United Kingdom', country: 'United Kingdom' }],
    tags: ['headline'],
  },
  {
    source: 'anercorp-train:3042',
    gap: 'missed the Explosions/Remote violence event',
    sentence: 'وكانت انفجارات في كابل ليلة امس قد اثارت تكهنات بأن هذه ضربات اميركية.',
    published: '2001-09-12',
    events: [{ event_type: ERV, actor1: null, country: 'Afghanistan', event_date: '2001-09-11', date_basis: 'relative' }],
    tags: ['claim'],
    note: 'that they were US strikes is speculation: no actor is stated',
  },
  {
    source: 'anercorp-train:110',
    sentence: 'وكان حمدان، السائق السابق لاسامة بن لادن، اعتقل في افغانستان في نوفمبر 2001، ووجهت اليه احدى المحاكم العسكرية الاستثنائية تهمة التآمر في يوليو 2003.',
    published: '2006-07-01',
    events: [{ event_type: SD, sub_event_type: 'Arrests', country: 'Afghanistan', event_date: '2001-11', date_basis: 'explicit', background: true }],
    tags: ['recall'],
    note: 'being charged by a tribunal is not an event',
  },
  {
    source: 'anercorp-test:95',
    sentence:
      'ويعتبر خالد شيخ محمد المولود في الكويت من عائلة باكستانية والذي اعتقل في الأول من مارس / آذار 2003 في باكستان بمثابة الرجل الثالث في تنظيم القاعدة والرأس المدبر المفترض لهجمات 11 سبتمبر / أيلول.',
    published: '2006-09-10',
    events: [{ event_type: SD, sub_event_type: 'Arrests', country: 'Pakistan', event_date: '2003-03-01', date_basis: 'explicit', background: true }],
    tags: ['recall'],
    note: 'born in Kuwait is not where anything happened; the 9/11 attacks are named, not told',
  },
  {
    source: 'anercorp-test:449',
    gap: 'missed the Strategic developments event',
    sentence: 'وكان أبو فارس وأبو السكّر اعتقلا غداة زيارتهما إلى بيت عزاء الزرقاوي عقب مقتله وذلك إلى جانب نائبين آخرين هما جعفر الحوراني وإبراهيم المشوخي.',
    published: '2006-07-10',
    events: [{ event_type: SD, sub_event_type: 'Arrests', background: true }],
    tags: ['recall', 'no-place'],
    note: 'Zarqawi\'s death only dates the arrest; it is not told as an event here',
  },

  // ------------------------------------------------------------------------------------------
  // Diplomacy and agreements
  {
    source: 'anercorp-train:28',
    gap: 'actor1 Government of Syria instead of Government of Russia, actor2 null instead of Government of Syria',
    sentence: 'جاء ذلك بعد أن أجرى ألكسندر سلطانوف نائب وزير خارجية روسيا محادثات في دمشق مع وزير الخارجية السوري وليد المعلم.',
    published: '2006-07-29',
    events: [{
      event_type: 'Diplomacy', sub_event_type: 'Meeting', actor1: RUSSIA_GOV, actor2: SYRIA_GOV, country: 'Syria', admin1: 'Damascus',
      event_date: '2006-07-29', date_basis: 'publication',
    }],
  },
  {
    source: 'anercorp-train:160',
    gap: 'missed the Diplomacy event',
    sentence: 'وقام بلير بزيارة خاطفة للولايات المتحدة اجتمع خلالها لمدة ثلاث ساعات مع بوش لتبني استراتيجية مشتركة.',
    published: '2006-07-29',
    events: [{ event_type: 'Diplomacy', sub_event_type: 'Meeting', country: 'United States' }],
    note: 'the visit and the meeting are one event',
  },
  {
    source: 'anercorp-train:134',
    sentence: 'وكان وزير الخارجية العراقي ناجي صبري عقد اجتماعا مع امين عام الامم المتحدة كوفي عنان في فيينا في الرابع والخامس من يوليو الماضي لم يتم التوصل فيه الى نتيجة.',
    published: '2002-08-02',
    events: [{
      event_type: 'Diplomacy', sub_event_type: 'Meeting', actor1: 'Government of Iraq', actor2: 'United Nations', country: 'Austria',
      event_date: '2002-07-04', date_basis: 'explicit', background: true,
    }],
    tags: ['recall'],
    note: 'days written as ordinal words (الرابع والخامس); dated at the first; the meeting happened even if it failed',
  },
  {
    source: 'anercorp-train:644',
    sentence:
      'وبعد سلسلة من المحادثات مع وزير الخارجية العراقي ناجي صبري في مقر الأمم المتحدة في نيويورك اعلن الأمين العام للامم المتحدة كوفي عنان ان المحادثات ستستأنف الشهر المقبل في مكان لم يحدد بعد.',
    published: '2002-07-06',
    events: [{ event_type: 'Diplomacy', actor1: 'United Nations', actor2: 'Government of Iraq', country: 'United States' }],
    tags: ['future'],
    note: 'the talks held in New York are an event; their resumption next month is not',
  },
  {
    source: 'anercorp-train:989',
    gap: 'missed the Diplomacy event',
    sentence:
      'عواصم - وكالات: اختتمت فصائل فلسطينية متعددة الاتجاهات منتصف ليل امس الأول الجلسة العامة الاولى من محادثات تاريخية برعاية مصرية بهدف التوصل لاتفاق لوقف اطلاق النار لمدة عام رغم تضاؤل فرص تحقيقه.',
    published: '2003-01-26',
    events: [{ event_type: 'Diplomacy', event_date: '2003-01-24', date_basis: 'relative' }],
    tags: ['future'],
    note: 'the ceasefire agreement is only the aim of the talks: no Agreement event',
  },
  {
    source: 'anercorp-train:990',
    gap: 'missed the Diplomacy event',
    sentence: 'واكد مسؤولون فلسطينيون بالقاهرة ان المحادثات عقدت بعدما تأجلت ليومين ويتوقع ان تستمر ليومين آخرين على الأقل.',
    published: '2003-01-26',
    events: [{ event_type: 'Diplomacy', country: 'Egypt' }],
  },
  {
    source: 'anercorp-train:1057',
    gap: 'actor1 null instead of Government of China',
    sentence: 'جاء ذلك خلال اجتماع عقده نائب وزير الخارجية جاي جون مع السفير الإسرائيلي في بكين لبحث الموضوع ولإبلاغه بموقف الصين إزاءه.',
    published: '2006-07-27',
    events: [{ event_type: 'Diplomacy', sub_event_type: 'Meeting', actor1: 'Government of China', actor2: 'Government of Israel', country: 'China' }],
  },
  {
    source: 'anercorp-train:1292',
    sentence: 'من جهة أخرى ترأس عباس اجتماعا طارئا لمجلس الأمن القومي الفلسطيني، بمشاركة رئيس الوزراء إسماعيل هنية ووزير الداخلية سعيد صيام بمقر الرئاسة بغزة.',
    published: '2006-10-03',
    events: [{ event_type: 'Diplomacy', sub_event_type: 'Meeting', country: 'Palestine', admin1: 'Gaza Strip', event_date: '2006-10-03', date_basis: 'publication' }],
  },
  {
    source: 'anercorp-test:882',
    sentence: 'وفي رام الله أيضا اجتمع ممثلون عن عشرة فصائل من منظمة التحرير الفلسطينية والكتل الممثلة في المجلس التشريعي الفلسطيني لبحث سبل إخراج المجتمع الفلسطيني من الأزمة الراهنة.',
    published: '2006-10-02',
    events: [{ event_type: 'Diplomacy', sub_event_type: 'Meeting', country: 'Palestine', admin1: 'West Bank' }],
  },
  {
    source: 'anercorp-train:2266',
    gap: 'actor2 null instead of Government of Japan',
    sentence:
      'استقبل الفريق أول سمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة مساء أمس في قصر سموه بالبطين معالي شونيتشي ناكاجاوا وزير الزراعة والغابات والثروة السمكية الياباني.',
    published: '2006-09-12',
    events: [{ event_type: 'Diplomacy', sub_event_type: 'Meeting', actor2: 'Government of Japan', event_date: '2006-09-11', date_basis: 'relative' }],
  },
  {
    source: 'anercorp-test:229',
    sentence:
      'من جهة أخري أعلن مصدر رسمي أمس في تونس أن الرئيس التونسي زين العابدين بن علي استقبل مساء أمس الأول الحكم بلعاوي عضو اللجنة المركزية لحركة فتح الذي سلمه رسالة خطية من الرئيس عرفات.',
    published: '2003-10-20',
    events: [{ event_type: 'Diplomacy', sub_event_type: 'Meeting', actor1: 'Government of Tunisia', country: 'Tunisia', event_date: '2003-10-18', date_basis: 'relative' }],
    note: '"yesterday" dates the announcement, "the day before yesterday" the meeting',
  },
  {
    source: 'anercorp-test:907',
    gap: 'actor1 null instead of Government of Russia, actor2 null instead of Government of Iran',
    sentence: 'من جهة أخرى يجري الأمين العام لمجلس الأمن القومي الروسي إيغور إيفانوف محادثات في طهران اليوم مع لاريجاني.',
    published: '2006-10-17',
    events: [{
      event_type: 'Diplomacy', sub_event_type: 'Meeting', actor1: RUSSIA_GOV, actor2: 'Government of Iran', country: 'Iran', admin1: 'Tehran',
      event_date: '2006-10-17', date_basis: 'relative',
    }],
    note: 'talks held today (present tense), not planned',
  },
  {
    source: 'anercorp-test:908',
    gap: 'actor1 null instead of Government of Russia, country Iran instead of Russia, background false instead of true; missed the Strategic developments event',
    sentence: 'وكان إيفانوف التقى الأسبوع الماضي في موسكو مع رئيس هيئة الطاقة الذرية الإيرانية غلام رضا آغا زاده وتم توقيع اتفاق لبدء تشغيل مفاعل بوشهر العام المقبل.',
    published: '2006-10-17',
    events: [
      { event_type: 'Diplomacy', sub_event_type: 'Meeting', actor1: RUSSIA_GOV, country: 'Russia', background: true },
      { event_type: SD, sub_event_type: 'Agreement', country: 'Russia', background: true },
    ],
    tags: ['recall', 'multi-event', 'future'],
    note: 'a meeting and a signed agreement last week in Moscow; the reactor start next year is not an event',
  },
  {
    source: 'anercorp-test:80',
    sentence: 'محادثات خافيير سولانا وعلي لاريجاني في برلين وصفت بالبناءة (الفرنسية).',
    published: '2006-10-17',
    events: [{ event_type: 'Diplomacy', country: 'Germany' }],
    tags: ['headline'],
  },
  {
    source: 'anercorp-train:3241',
    sentence:
      'وقال الرئيس الفرنسي جاك شيراك خلال لقائه مع هاشمي سماري موفد الرئيس الإيراني محمود أحمدي نجاد في باريس في بيان مقتضب للرئاسة " بشأن الملف النووي الإيراني يؤكد رئيس الجمهورية دعم فرنسا لخافيير سولانا ".',
    published: '2006-10-05',
    events: [{ event_type: 'Diplomacy', sub_event_type: 'Meeting', actor1: 'Government of France', actor2: 'Government of Iran', country: 'France' }],
  },
  {
    source: 'anercorp-train:3572',
    sentence: 'وأكد وزير الخارجية السودانية, خلال لقائه مع كوفي أنان, رفض السودان لقرار مجلس الأمن1706 الذي يدعو لنشر قوات دولية في دارفور.',
    published: '2006-09-20',
    events: [{ event_type: 'Diplomacy', sub_event_type: 'Meeting', actor1: 'Government of Sudan', actor2: 'United Nations' }],
    tags: ['trigger-trap'],
    note: 'the deployment of international forces is what the resolution calls for: not a troop movement',
  },
  {
    source: 'anercorp-train:3766',
    gap: 'missed the Diplomacy event',
    sentence:
      'من ناحيته أكد مصدر مقرب من الامم المتحدة امس ان الانسحاب الاسرائيلي من جنوب لبنان لن يستكمل خلال الايام المقبلة، وذلك غداة فشل اجتماع تنسيقي لجدولة الانسحاب جمع ضباطا لبنانيين واسرائيليين.',
    published: '2006-09-29',
    events: [{ event_type: 'Diplomacy', sub_event_type: 'Meeting' }],
    tags: ['negation', 'future'],
    note: 'the withdrawal "will not be completed": no troop movement; the failed coordination meeting did take place',
  },
  {
    source: 'anercorp-train:3770',
    sentence: 'وبعد فشل الاجتماع التنسيقي تحت اشراف الامم المتحدة في الناقورة أمس لم يتم تحديد موعد لاجتماع آخر لتحديد جدول الانسحاب.',
    published: '2006-09-29',
    events: [{ event_type: 'Diplomacy', sub_event_type: 'Meeting', country: 'Lebanon', event_date: '2006-09-28', date_basis: 'relative' }],
    tags: ['negation'],
  },
  {
    source: 'anercorp-train:3274',
    sentence:
      'وكانت القمة العربية في بيروت عام 2002 تبنت مبادرة السلام التي طرحها الملك عبد الله بن عبد العزيز عندما كان وليا لعهد السعودية وتنص على إقامة علاقات عربية مع إسرائيل مقابل انسحابها إلى حدود 4 يونيو / حزيران 1967.',
    published: '2006-10-20',
    events: [{ event_type: 'Diplomacy', country: 'Lebanon', event_date: '2002', date_basis: 'explicit', background: true }],
    tags: ['recall', 'hypothetical'],
    note: 'the Israeli withdrawal is only what the initiative asks for',
  },
  {
    source: 'anercorp-train:3884',
    sentence:
      'ويعد هذا أكبر إنجاز في محادثات السلام التي تتوسط فيها إريتريا منذ يونيو / حزيران الماضي، عندما وقعت الحكومة السودانية ومتمردي الشرق اتفاقا لوقف العمليات الحربية واتفقا على إطار عمل لمحادثات في المستقبل.',
    published: '2006-10-15',
    events: [{ event_type: SD, sub_event_type: 'Agreement', actor1: 'Government of Sudan', event_date: '2006-06', date_basis: 'explicit', background: true }],
    tags: ['recall'],
    note: 'Eritrea mediates; it is not where anything is said to happen',
  },
  {
    source: 'anercorp-train:3878',
    gap: 'missed the Strategic developments event',
    sentence: 'ومعلوم أن جناحا تابعا لحركة تحرير السودان رفض مع جماعة تدعى حركة العدل والمساواة توقيع الاتفاق الذي وقعته الحكومة وحركة تحرير السودان بزعامة مني مناوي بدعوى أنه غير كاف.',
    published: '2006-09-05',
    events: [{ event_type: SD, sub_event_type: 'Agreement', actor1: 'Government of Sudan', event_date: null, date_basis: 'unknown', background: true }],
    tags: ['recall', 'negation'],
    note: 'refusing to sign is not an event; the signing by the government and Minnawi\'s faction is, recalled and undated',
  },
  {
    source: 'anercorp-train:2895',
    gap: 'actor1 null instead of Government of Sudan (`حكومة السودان`, a government named by its country, is not read as an actor)',
    sentence: 'ويعتبر نشر قوة دولية اساسيا لانجاح اتفاق سلام وقعته حكومة السودان مع ابرز حركات التمرد في دارفور في مايو في ابوجا.',
    published: '2006-09-20',
    events: [{ event_type: SD, sub_event_type: 'Agreement', actor1: 'Government of Sudan', country: 'Nigeria', event_date: '2006-05', date_basis: 'explicit', background: true }],
    tags: ['recall', 'opinion'],
    note: 'signed in Abuja (Nigeria); Darfur is where the rebels are; the deployment is an opinion',
  },
  {
    source: 'anercorp-train:3570',
    gap: 'missed the Strategic developments event',
    sentence: 'وقال ستيفان دوجاريك المتحدث باسم الأمم المتحدة, إن القرار جاء نتيجة اتفاق عقد الأسبوع الماضي في نيويورك بين المنظمة الدولية والاتحاد الافريقي.',
    published: '2006-09-20',
    events: [{ event_type: SD, sub_event_type: 'Agreement', actor1: 'United Nations', actor2: 'African Union', country: 'United States', background: true }],
    tags: ['recall'],
  },
  {
    source: 'anercorp-train:3575',
    sentence: 'من ناحية أخري, اتفقت القوات المسلحة مع الحركات الموقعة علي اتفاق سلام دارفور بأبوجا, علي تنفيذ بروتوكول الترتيبات الأمنية عبر اربع مراحل.',
    published: '2006-09-20',
    events: [{ event_type: SD, sub_event_type: 'Agreement', event_date: '2006-09-20', date_basis: 'publication', background: false }],
    note: 'Abuja is where the earlier peace deal was signed, not this one',
  },
  {
    source: 'anercorp-train:1300',
    sentence:
      'قتل عشرات العراقيين في أعمال عنف وانفجارات شملت مناطق متفرقة من العراق, فيما ساد الهدوء مدينة كربلاء بعد التوصل لاتفاق بين الشرطة وأتباع المرجع الشيعي محمود الحسني.',
    published: '2006-08-17',
    events: [
      { event_type: SD, sub_event_type: 'Agreement', actor1: IRAQ_POLICE, country: 'Iraq', admin1: 'Kerbala' },
    ],
    tags: ['general', 'vague-count'],
    note: '"dozens killed across Iraq" has no place or type: a tally, not an event; the Karbala deal is one',
  },

  // ------------------------------------------------------------------------------------------
  // No event: negation, denial, threat, future, hypothesis, opinion, general statements
  {
    source: 'anercorp-train:17',
    sentence: 'وشن المندوب الإسرائيلي دان غيلرمان هجوما عنيفا على أمين الأمم المتحدة لأن تقريره لم يشر إلى الإرهاب وإيران وسوريا.',
    published: '2006-07-22',
    events: [],
    tags: ['opinion', 'trigger-trap'],
    note: 'a verbal "attack" by a diplomat',
  },
  {
    source: 'anercorp-train:24',
    sentence:
      'وأشار وزير الخارجية الروسي سيرغي لافروف إلى أن الهجوم الإسرائيلي على لبنان " تجاوز كثيرا " حدود العملية " المناهضة للإرهاب " التي تقول إسرائيل إنها تنفذها ضد حزب الله.',
    published: '2006-07-22',
    events: [],
    tags: ['opinion'],
  },
  {
    source: 'anercorp-train:26',
    sentence: 'وأضاف أن باريس لا تعتقد أن نزع سلاح حزب الله يمكن أن يتحقق بقصف لبنان كله بل من خلال الحوار الوطني.',
    published: '2006-07-22',
    events: [],
    tags: ['hypothetical', 'opinion'],
  },
  {
    source: 'anercorp-train:404',
    sentence: 'وأعربت عن اعتقادها بأن إسرائيل لا تعتزم توسيع نطاق الصراع في المنطقة، إلا أنها أحجمت عن التكهن بما إذا كانت تل أبيب تعتزم القيام بهجوم بري على لبنان.',
    published: '2006-07-22',
    events: [],
    tags: ['future', 'negation'],
  },
  {
    source: 'anercorp-train:849',
    sentence:
      'قال رئيس الوزراء الإسرائيلي إيهود أولمرت إنه عازم على مواصلة الحرب على لبنان واعتبر أن إسرائيل تستخدم في الهجوم الذي بدأته على قوات حزب الله منذ أسبوعين, حقها المبدئي والأساسي في الدفاع عن النفس.',
    published: '2006-07-26',
    events: [],
    tags: ['future', 'opinion', 'general'],
    note: 'resolve to go on with the war and a justification of it; "the offensive begun two weeks ago" is the war itself',
  },
  {
    source: 'anercorp-train:2254',
    sentence: 'وقال مارك ريجيف ; الناطق باسم وزارة الخارجية الإسرائيلية: إن إسرائيل لم تكن لتتصرف بهذه الطريقة لو كان لبنان قد نشر قواته علي الحدود مع سوريا.',
    published: '2006-08-20',
    events: [],
    tags: ['hypothetical', 'negation', 'trigger-trap'],
    note: 'a counterfactual deployment',
  },
  {
    source: 'anercorp-train:2261',
    sentence: 'وذكر إلياس المر وزير الدفاع اللبناني أنه قد يسعي إلي وقف نشر الجيش اللبناني في الجنوب, ما لم تقدم الأمم المتحدة إيضاحا لموقفها من تصرفات إسرائيل.',
    published: '2006-08-20',
    events: [],
    tags: ['threat', 'trigger-trap'],
  },
  {
    source: 'anercorp-train:2298',
    sentence:
      'واعلن وزير الدفاع الياس المر انه طلب من الوفد الدولي اجوبة واضحة حول الاعتداء الاسرائيلي والا فانه مضطر اول الاسبوع المقبل ان يرفع لمجلس الوزراء وقف انتشار الجيش اللبناني في الجنوب «لانه لا نرسل الجيش ليكون في فخ تنصبه اسرائيل».',
    published: '2006-08-20',
    events: [],
    tags: ['threat', 'future', 'trigger-trap'],
  },
  {
    source: 'anercorp-train:2608',
    sentence: 'يشار في هذا الصدد إلى أن قوات إسرائيلية لا تزال تتمركز في نحو تسعة مواقع داخل الأراضي اللبنانية بانتظار وصول تعزيزات لقوة المراقبة الدولية استنادا لقرار مجلس الأمن رقم 1701.',
    published: '2006-08-24',
    events: [],
    tags: ['future', 'general', 'trigger-trap'],
    note: 'troops still in place, reinforcements awaited: nothing moved',
  },
  {
    source: 'anercorp-train:2612',
    sentence: 'وأوضح لارسن أن انتشار الجيش اللبناني والقوة الدولية قد يحتاج ثلاثة أشهر لسد هذا الفراغ.',
    published: '2006-08-24',
    events: [],
    tags: ['future', 'trigger-trap'],
  },
  {
    source: 'anercorp-train:2611',
    sentence: 'تحذيرات لارسن وجاء الهجوم بعد ساعات من تحذير موفد الأمم المتحدة إلى الشرق الأوسط تيري رود لارسن من تفجر القتال مجددا نتيجة الفراغ الأمني في جنوب لبنان.',
    published: '2006-08-24',
    events: [],
    tags: ['future', 'headline'],
    note: 'a warning of renewed fighting; "the attack" is only referred to',
  },
  {
    source: 'anercorp-train:3783',
    sentence: 'وكانت وحدات الجيش اللبناني قد واصلت امس تسيير دوريات مؤللة في مناطق انتشارها بانتظار استكمال الانسحاب الاسرائيلي من مناطق الحدود لاستكمال انتشاره.',
    published: '2006-09-29',
    events: [],
    tags: ['future', 'general', 'trigger-trap'],
    note: 'routine patrols in its own areas; the withdrawal and deployment are awaited',
  },
  {
    source: 'anercorp-train:3768',
    sentence: 'الاسرائيليون لم يعلنوا أي موعد للانسحاب الاسبوع المقبل \' \'.',
    published: '2006-09-29',
    events: [],
    tags: ['negation', 'future'],
  },
  {
    source: 'anercorp-train:2771',
    sentence: 'كما طالب أنان الذي وصل إلى سوريا عصر اليوم، برفع الحصار الإسرائيلي المفروض على لبنان منذ سبعة أسابيع, وحذر من أن الوضع في جنوب لبنان يتسم بالهشاشة.',
    published: '2006-08-31',
    events: [],
    tags: ['opinion', 'trigger-trap'],
    note: 'the UN Secretary-General arriving is not a troop movement, and no meeting is told',
  },
  {
    source: 'anercorp-train:2774',
    sentence: 'ومن المقرر أن يلتقي أنان الرئيس السوري بشار الأسد غدا الجمعة حيث يتوقع أن يطلب منه التعاون في تطبيق القرار رقم 1701.',
    published: '2006-08-31',
    events: [],
    tags: ['future'],
  },
  {
    source: 'anercorp-train:2776',
    sentence:
      'وأعلن أنان أنه يحاول تسريع وصول قوات حفظ سلام إضافية تابعة للأمم المتحدة إلى جنوب لبنان، حيث من المقرر أن تصل أول مجموعة من ثمانمائة جندي إيطالي غدا الجمعة.',
    published: '2006-08-31',
    events: [],
    tags: ['future', 'trigger-trap'],
  },
  {
    source: 'anercorp-train:2781',
    sentence: 'كما قالت الناطقة باسم رئيس الوزراء الإسرائيلي ردا على تصريح الأمين العام للأمم المتحدة، إن إسرائيل ستسحب قواتها من لبنان ما أن تنتشر فيه قوة دولية مناسبة.',
    published: '2006-08-31',
    events: [],
    tags: ['future', 'trigger-trap'],
  },
  {
    source: 'anercorp-train:2665',
    sentence:
      'كما دعا أنان إلى فتح المعابر ووقف إغلاق القطاع ووضع حد لإطلاق الصواريخ على إسرائيل من قطاع غزة ووقف عمليات التوغل الإسرائيلية والإفراج عن نواب وقادة حركة المقاومة الإسلامية (حماس) الذين اعتقلتهم إسرائيل مؤخرا.',
    published: '2006-08-31',
    events: [],
    tags: ['opinion', 'general', 'trigger-trap'],
    note: 'a call to stop rockets and incursions; "recently arrested" MPs are an undated reference',
  },
  {
    source: 'anercorp-train:3845',
    sentence: 'قادة الناتو طلبوا تعزيزات لتوسيع العمليات (الفرنسية - أرشيف).',
    published: '2006-10-06',
    events: [],
    tags: ['future', 'headline', 'trigger-trap'],
    note: 'a request for reinforcements, not their arrival',
  },
  {
    source: 'anercorp-train:3838',
    sentence: '140 جنديا على الأقل قتلوا من القوات الدولية في هجمات العام الجاري (الفرنسية - أرشيف).',
    published: '2006-10-06',
    events: [],
    tags: ['general', 'headline'],
    note: 'a yearly tally, no place or date',
  },
  {
    source: 'anercorp-train:785',
    sentence: 'وفي مقديشو توقفت أعمال الاغاثة الدولية منذ تجدد المخاوف من نشوب اشتباكات جديدة.',
    published: '2006-08-10',
    events: [],
    tags: ['future'],
    note: 'fear of clashes',
  },
  {
    source: 'anercorp-train:890',
    sentence: 'وتخشى باكستان التي تعد من الحلفاء الاساسيين في الحرب التي تقودها الولايات المتحدة ضد الارهاب من أن أي هجوم على العراق قد يثير القلاقل بين الاغلبية المسلمة التي تقطنها.',
    published: '2003-01-20',
    events: [],
    tags: ['hypothetical'],
  },
  {
    source: 'anercorp-train:1625',
    sentence:
      'تصوروا لو أن تنظيم القاعدة نجح في قصف البيت الأبيض، وقتل الرئيس، وقتل 50000 الى 100000 شخص ـ إذا طابقنا الأرقام على السكان الأمريكيين يكون الاضطهاد قد طال 700000 شخص آخر...',
    published: '2006-09-11',
    events: [],
    tags: ['hypothetical'],
  },
  {
    source: 'anercorp-train:1634',
    sentence: '» لم تتعرض أمريكا لهجوم على أرضها أبدا، لكننا نجد في الثقافة الشعبية، والأفلام، والرسوم المتحركة خوفا دائما من التدمير المداهم الوشيك.',
    published: '2006-09-11',
    events: [],
    tags: ['negation'],
  },
  {
    source: 'anercorp-train:3041',
    sentence:
      'وعقد وزير الدفاع الاميركي دونالد رامسفيلد مؤتمرا صحافيا نفى فيه ان تكون الولايات المتحدة شنت هجمات ضد افغانستان، كما رفض توجيه الاتهام الى اي جهة بشأن الاعتداءات قائلا ان ذلك ليس الوقت المناسب.',
    published: '2001-09-12',
    events: [],
    tags: ['denial'],
  },
  {
    source: 'anercorp-train:3065',
    sentence: 'وفي وقت متأخر من ليل امس، تأكد ان مبنى الكونغرس لم يتعرض الى اي عمل او هجوم.',
    published: '2001-09-12',
    events: [],
    tags: ['negation'],
  },
  {
    source: 'anercorp-train:3044',
    sentence: 'من جانبه قال الجنرال هنري شيلتون رئيس الاركان الاميركي ان الاعتداء نفذ بواسطة متطرفين لكنه لم يوضح اي نوع من المتطرفين، وأكد ان القوات المسلحة الاميركية جاهزة للرد.',
    published: '2001-09-12',
    events: [],
    tags: ['threat', 'opinion'],
    note: 'an attribution of an attack told elsewhere and a readiness to respond',
  },
  {
    source: 'anercorp-train:3037',
    sentence: 'وهدد قائلا: ان الارهاب ضد بلدنا لن يقدر على الوقوف أمامنا.',
    published: '2001-09-12',
    events: [],
    tags: ['threat'],
  },
  {
    source: 'anercorp-test:108',
    sentence: 'وهدد بشكل غير مباشر بتنفيذ هجمات جديدة ضد فرنسا من خلال " الجماعة السلفية للدعوة والقتال بالجزائر " التي أكدت مبايعتها للقاعدة.',
    published: '2006-09-14',
    events: [],
    tags: ['threat'],
  },
  {
    source: 'anercorp-test:870',
    sentence: 'أما وزير الداخلية سعيد صيام فهدد باتخاذ الإجراءات القانونية ضد المسؤولين عن العنف، قائلا إن الاقتتال الداخلي لا يعود بالنفع إلا على إسرائيل.',
    published: '2006-10-02',
    events: [],
    tags: ['threat'],
  },
  {
    source: 'anercorp-train:3477',
    sentence:
      'نتشيرفان البارزاني قال إن الأكراد اختاروا طوعا الاتحاد مع العراق (الفرنسية - أرشيف) إقليم كردستان من جهة ثانية هدد إقليم كردستان العراق بالانفصال إذا لم تستجب الحكومة العراقية لمطالبه بأن يكون له حق تسيير موارده النفطية.',
    published: '2006-10-16',
    events: [],
    tags: ['threat', 'headline'],
  },
  {
    source: 'anercorp-train:2490',
    sentence: 'وقال رئيس مجلس اتحاد المحاكم الإسلامية في الصومال شيخ شريف شيخ أحمد في لقاء مع موفد الجزيرة نت إن قوات المحاكم سترد بقوة إذا ما حاولت القوات الإثيوبية مهاجمة المناطق التي تسيطر عليها المحاكم.',
    published: '2006-10-10',
    events: [],
    tags: ['threat', 'trigger-trap'],
    note: 'an interview with a reporter is not a diplomatic meeting',
  },
  {
    source: 'anercorp-test:114',
    sentence: 'ونفى الرئيس الفلسطيني أيضا المعلومات التي تحدثت عن مساع قطرية لتسهيل عقد اجتماع في الدوحة بينه وبين رئيس المكتب السياسي في حركة حماس خالد مشعل.',
    published: '2006-10-16',
    events: [],
    tags: ['denial', 'future'],
  },
  {
    source: 'anercorp-test:118',
    sentence: 'لكن مستشار الرئيس الفلسطيني والناطق باسم حركة فتح أحمد عبد الرحمن نفى أن تكون حماس قد وافقت على وثيقة الوفاق.',
    published: '2006-10-16',
    events: [],
    tags: ['denial'],
  },
  {
    source: 'anercorp-train:3250',
    sentence: 'وكان المسؤول الإيراني وسولانا قد أعلنا الأحد الماضي عن تحقيق تقدم وأشارا إلى أن محادثاتهما كانت بناءة واتفقا على اللقاء مجددا نهاية الأسبوع الجاري.',
    published: '2006-09-20',
    events: [{ event_type: 'Diplomacy', sub_event_type: 'Meeting', background: true }],
    tags: ['future', 'opinion', 'recall'],
    note: 'their talks (محادثاتهما) were held: a meeting between officials, recalled (GUIDE: "a meeting between officials" is an event), on a day the text does not give; agreeing to meet again is not an Agreement event',
  },
  {
    source: 'anercorp-train:2716',
    sentence: 'وسيجري شافيز محادثات مع الرئيس السوري بشار الأسد في وقت لاحق اليوم، ينتظر أن تركز على الأوضاع بالمنطقة والعلاقات الثنائية.',
    published: '2006-08-30',
    events: [],
    tags: ['future'],
  },
  {
    source: 'anercorp-test:242',
    sentence: 'وسيجري بوتين وميركل محادثات صباحا قبل المشاركة بعد الظهر في اختتام «حوار سان بطرسبرغ»، وهو منتدى الماني - روسي يهدف خصوصا الى تقريب المجتمعين المدنيين في البلدين..',
    published: '2006-10-10',
    events: [],
    tags: ['future'],
  },
  {
    source: 'anercorp-train:3072',
    sentence: 'وفي بروكسل تقرر الدعوة الى اجتماع عاجل لسفراء دول حلف شمال الاطلسي.',
    published: '2001-09-12',
    events: [],
    tags: ['future'],
  },
  {
    source: 'anercorp-train:3881',
    sentence: 'وطبقا لمرسوم التعيين فإن رئيس السلطة الإقليمية الانتقالية بدارفور سيعلن خلال الأيام القادمة تأسيس أول حكومة في الإقليم بعد التوقيع على اتفاق السلام.',
    published: '2006-09-05',
    events: [],
    tags: ['future'],
  },
  {
    source: 'anercorp-train:1283',
    sentence: 'مددت محكمة معتقل عوفر العسكرية الإسرائيلية اعتقال رئيس المجلس التشريعي الفلسطيني د. عزيز الدويك إلى الثلاثاء القادم.',
    published: '2006-08-31',
    events: [],
    tags: ['trigger-trap'],
    note: 'a court extends a detention: no new arrest',
  },
  {
    source: 'anercorp-train:2810',
    sentence: 'من جهة أخرى، وقع معهد الدراسات العلمية والثقافية (ICSS) اتفاقية تعاون مع شرطة دبي خلال معرض الخليج للتعليم والتدريب 2006.',
    published: '2006-04-20',
    events: [],
    tags: ['non-conflict', 'trigger-trap'],
    note: 'a training contract with a police force is not a conflict agreement',
  },
  {
    source: 'anercorp-train:3351',
    sentence: 'وكانت الصين قد وقعت في أبريل / نيسان الماضي صفقة لشراء الغاز من تركمانستان.',
    published: '2006-09-20',
    events: [],
    tags: ['non-conflict', 'trigger-trap'],
  },
  {
    source: 'anercorp-test:888',
    gap: 'extra Strategic developments/Arrests (United Kingdom) from "اعتقلت"',
    sentence: 'اعتقلت الشرطة البريطانية اليوم نجم موسيقى البوب جورج مايكل بعد أن عثرت عليه مرة أخرى فاقد الوعي متكئا على مقود سيارته في لندن وبحوزته كمية من الحشيش.',
    published: '2006-10-02',
    events: [],
    tags: ['non-conflict', 'trigger-trap'],
    note: 'a drugs arrest of a singer: ACLED codes arrests only when political',
  },
  {
    source: 'anercorp-train:1675',
    sentence:
      'وبعد مضي اقل من عام على بدء محاكمته في قضية مقتل148 شيعيا في بلدة الدجيل والتي ستصدر الاحكام فيها في16 اكتوبر المقبل، سيشهد الرئيس العراقي السابق محاكمة اخرى حيث قد يواجه حكما بالاعدام في القضيتين.',
    published: '2006-08-21',
    events: [],
    tags: ['future', 'general'],
    note: 'a trial; "the case of the killing of 148" names a case, it does not tell an event',
  },
  {
    source: 'anercorp-train:1681',
    sentence: 'ورغم المواجهات العسكرية بين البشمركة (المقاتلون الاكراد) والقوات العراقية, فان هذه الاخيرة متهمة بتركيز قوتها النارية على القرى الكردية وباستخدام اسلحة كيميائية.',
    published: '2006-08-21',
    events: [],
    tags: ['general', 'opinion'],
    note: 'an undated charge about the 1980s campaign as a whole',
  },
  {
    source: 'anercorp-train:3424',
    sentence:
      'ووصف نتائج الحرب المدمرة التي شنتها اسرائيل على لبنان بين 12 يوليو و14 اغسطس بأنها الكارثة التي وسعت نطاق الاحتلال وزادت عدد الاسرى واتت بجحافل من القوات والاساطيل.',
    published: '2006-09-23',
    events: [],
    tags: ['opinion', 'general'],
    note: 'a war of five weeks, judged: not one event',
  },
  {
    source: 'anercorp-train:3473',
    sentence:
      'واتهم رئيس مجلس محافظة صلاح الدين أحمد ناجي جبارة الجبوري تنظيم القاعدة بعدم التمييز بين العراقيين والقوات الأجنبية في عملياته, وقال إن الصراع معه بات مفتوحا.',
    published: '2006-10-16',
    events: [],
    tags: ['opinion'],
  },
  {
    source: 'anercorp-train:2253',
    sentence: 'وفي تبريره للعملية ; قال الجيش الإسرائيلي إنه نفذها بهدف منع تهريب أسلحة من سوريا وإيران إلي حزب الله.',
    published: '2006-08-20',
    events: [],
    tags: ['opinion'],
    note: 'a justification; Syria and Iran are where arms come from',
  },
  {
    source: 'anercorp-train:2258',
    sentence: 'وفي بيروت, وصف فؤاد السنيورة رئيس الوزراء اللبناني, محاولة الإنزال الفاشلة بأنها خرق فاضح لقرار مجلس الأمن رقم (1701).',
    published: '2006-08-20',
    events: [],
    tags: ['opinion'],
  },
  {
    source: 'anercorp-train:2291',
    gap: 'extra Violence against civilians/Abduction/forced disappearance from "لخطف"',
    sentence:
      'الغريب ايضا، ان لا الرئيس الاميركي بوش ولا رئيس الوزراء البريطاني ولا الرئيس شيراك استنكروا هذه العملية، وهذا ما يفسر اعطاء ضوء اخضر اميركي لاسرائيل لخطف قادة من حزب الله وذلك يعني استئناف المقاومة من اجل استئنتاف الحرب مجدداً...',
    published: '2006-08-20',
    events: [],
    tags: ['opinion', 'hypothetical', 'trigger-trap'],
    note: 'a green light "to abduct" Hezbollah leaders: an intention, nobody was abducted',
  },
  // ------------------------------------------------------------------------------------------
  // Protests, diplomacy, arrests and their traps: more ANERcorp rows, read by GUIDE.md before the
  // pipeline was run on them (rows the pipeline then got wrong carry their gap).
  {
    source: 'anercorp-train:643',
    sentence: 'بغداد - ا ف ب: أحرز العراق والامم المتحدة تقدما خلال محادثاتهما في نيويورك تمهيدا لاستئناف عمليات التحقق من نزع أسلحة الدمار الشامل وهي مسالة اتفق الجانبان علي طرحها علي بساط البحث خلال الجولة المقبلة من الحوار الشهر المقبل.',
    published: '2002-07-06',
    events: [{ event_type: 'Diplomacy', country: 'United States', fatalities: null }],
    tags: ['headline', 'trigger-trap'],
    note: 'the dateline (بغداد) is where the agency filed, not where the talks were; agreeing on a next round is no Agreement',
  },
  {
    source: 'anercorp-train:701',
    sentence: 'ومن المرتقب أن تتناول محادثات القائدين عددا من القضايا الآنية المشتركة، والاستراتيجية المستقبلية لتعزيز العلاقات الثنائية وضمان ديمومة الحوار القائم حاليا بين الرباط ومدريد.',
    published: '2005-10-01',
    events: [],
    tags: ['future'],
  },
  {
    source: 'anercorp-train:769',
    sentence: 'وأكد خليل الدليمي رئيس فريق الدفاع عن صدام ان الفريق سيقاطع جلسة اليوم احتجاجا علي رفض هيئة المحكمة تلبية مطالبهم بإجراء محاكمة عادلة.',
    published: '2006-09-20',
    events: [],
    tags: ['future', 'non-conflict', 'trigger-trap'],
    note: 'a boycott announced "in protest" is no demonstration',
  },
  {
    source: 'anercorp-train:880',
    sentence: 'ورفع بعض المتظاهرين صورا للرئيس العراقي صدام حسين وشوهدت صورة على الاقل للمتشدد السعودي المولد اسامة ابن لادن.',
    published: '2003-03-03',
    events: [{ event_type: 'Protests', sub_event_type: 'Peaceful protest', fatalities: null }],
    tags: ['no-place'],
  },
  {
    source: 'anercorp-train:886',
    sentence: 'وردد المتظاهرون هتافات مثل لا للحرب من أجل النفط و لا للدم من أجل النفط.',
    published: '2003-03-03',
    events: [{ event_type: 'Protests', sub_event_type: 'Peaceful protest', fatalities: null }],
    tags: ['no-place'],
  },
  {
    source: 'anercorp-train:889',
    sentence: 'ولكن المظاهرات السابقة لم تجتذب سوى بضعة الاف من الباكستانيين من جميع انحاء البلاد.',
    published: '2003-03-03',
    events: [],
    tags: ['general'],
    note: 'earlier protests in general, with no date or place of one of them',
  },
  {
    source: 'anercorp-train:993',
    gap: 'missed the Diplomacy event (no place: under the confidence threshold)',
    sentence: 'واستمرت المحادثات الثنائية بين الفصائل المختلفة حتى الساعات الاولى من صباح امس عقب اختتام الجلسة العامة.',
    published: '2003-01-26',
    events: [{ event_type: 'Diplomacy', fatalities: null }],
    tags: ['no-place'],
    note: 'the talks ran until yesterday morning: when they began is not said, so no date is asserted',
  },
  {
    source: 'anercorp-train:1288',
    sentence: 'وكان الدويك قد اعتقل في الخامس من الشهر الماضي من داخل منزله برام الله بعد مطاردة استمرت أكثر من شهرين، في إطار حملة اعتقالات واسعة شملت العديد من الوزراء وأعضاء التشريعي على خلفية أسر فصائل من المقاومة الفلسطينية جنديا إسرائيليا في غزة.',
    published: '2006-09-20',
    events: [{
      event_type: SD, sub_event_type: 'Arrests', actor1: null, country: 'Palestine', admin1: 'West Bank', fatalities: null, event_date: '2006-08-05',
      background: true,
    }],
    tags: ['recall'],
    note: 'who arrested him is not said (the factions are named in the cause, `على خلفية`, not as the doer); the capture of a soldier in Gaza is an earlier, undated cause (not coded)',
  },
  {
    source: 'anercorp-train:1587',
    sentence: 'وقررت أسر هؤلاء المعتقلين اليوم نصب خيام دائمة أمام ما يسمى بقيادة البوليساريو في المخيمات وخوض اعتصام دائم للمطالبة بالافراج الفوري عن اقاربهم والغاء المحاكمة التعسفية والاحكام الصادرة في حقهم.',
    published: '2006-07-10',
    events: [],
    tags: ['future'],
    note: 'a sit-in decided on, not yet held',
  },
  {
    source: 'anercorp-train:2330',
    sentence: 'واجرى الرئيس الفرنسي جاك شيراك امس محادثات هاتفية مع رؤساء الوزراء الايطالي والفنلندي والتركي تناولت تشكيل ومهمة قوة الامم المتحدة الموسعة والمعززة في جنوب لبنان (يونيفيل)، كما اعلنت الرئاسة الفرنسية.',
    published: '2006-08-24',
    events: [{ event_type: 'Diplomacy', actor1: 'Government of France', fatalities: null, event_date: '2006-08-23', date_basis: 'relative' }],
    tags: ['claim', 'no-place'],
    note: 'south Lebanon is what the calls were about, not where they were',
  },
  {
    source: 'anercorp-train:2866',
    sentence: 'وهتف المتظاهرون شعارات تدعو إلي "تمزيق" قرار البرلمان الذي سمح قبل 12 يوما بإرسال قوات الي العراق.',
    published: '2003-10-20',
    events: [{ event_type: 'Protests', sub_event_type: 'Peaceful protest', country: null, fatalities: null }],
    tags: ['no-place', 'trigger-trap'],
    note: 'sending troops to Iraq is what parliament allowed, not a troop movement told; the slogans\' call (تدعو إلي) names Iraq, the protest is elsewhere',
  },
  {
    source: 'anercorp-train:2868',
    sentence: 'وطالب المتظاهرون الحكومة التركية بعدم إرسال قوات إلي العراق رافعين بأيديهم لافتات كتبت عليها شعارات ترفض الاحتلال الأميركي علي العراق وسياستها في الشرق الأوسط.',
    published: '2003-10-20',
    events: [{ event_type: 'Protests', sub_event_type: 'Peaceful protest', fatalities: null }],
    tags: ['no-place', 'trigger-trap'],
  },
  {
    source: 'anercorp-train:2869',
    sentence: 'وقامت قوات الشرطة كذلك باعتقال عدد آخر من المتظاهرين الذين رفضوا الانصياع لمطالب الشرطة في التفرق نتيجة تنظيمهم مظاهرة غير مرخصة.',
    published: '2003-10-20',
    events: [{ event_type: 'Protests', sub_event_type: 'Protest with intervention', fatalities: null }],
    tags: ['no-place'],
    note: 'arrests at a protest make one protest event with intervention, not a separate arrest',
  },
  {
    source: 'anercorp-train:3096',
    gap: 'missed the Strategic developments event (no place: under the confidence threshold)',
    sentence: 'وقالت الشرطة إن الأشخاص ال ـ 14 اعتقلوا بعد أشهر من المراقبة "للاشتباه في قيامهم وتحضيرهم وتحريضهم على أعمال إرهابية".',
    published: '2006-09-02',
    events: [{ event_type: SD, sub_event_type: 'Arrests', fatalities: null }],
    tags: ['claim', 'no-place'],
  },
  {
    source: 'anercorp-test:881',
    gap: 'missed the Protests event (no place: under the confidence threshold)',
    sentence: 'وخرج المتظاهرون تلبية لدعوة المبادرة الوطنية الفلسطينية وطافوا شوارع المدينة وهم يهتفون مطالبين بإقامة حكومة وحدة وطنية, ويستنكرون الاعتداءات المسلحة.',
    published: '2006-10-02',
    events: [{ event_type: 'Protests', sub_event_type: 'Peaceful protest', fatalities: null }],
    tags: ['no-place', 'trigger-trap'],
    note: 'the armed attacks are what the marchers condemn',
  },
  {
    source: 'anercorp-test:890',
    sentence: 'وفي فبراير / شباط الماضي اعتقل مايكل للاشتباه في حيازته مخدرات واعترف قائلا إن "هذا خطأ غبي" من جانبه.',
    published: '2006-10-02',
    events: [],
    tags: ['non-conflict', 'recall'],
    note: 'a drugs arrest of a singer is no political or conflict event',
  },
  {
    source: 'anercorp-test:895',
    sentence: 'وقال في تصريحات بفنلندا على هامش اجتماع لوزراء دفاع الاتحاد إنه تم تحقيق تقدم في بعض القضايا لكن لم يتم التوصل لاتفاق بشأن المسألة الأساسية وهي وقف تخصيب اليورانيوم.',
    published: '2006-10-06',
    events: [{ event_type: 'Diplomacy', sub_event_type: 'Meeting', country: 'Finland', fatalities: null }],
    tags: ['negation'],
    note: 'the ministers met; the agreement was not reached',
  },
  {
    source: 'anercorp-train:3465',
    sentence: 'رايس قالت إن محادثات سولانا ولاريجاني لا يمكن أن تستمر طويلا (الفرنسية) انتهت ببرلين جولة محادثات بين منسق السياسة الخارجية بالاتحاد الأوروبي خافيير سولانا والمسؤول الأول عن الملف النووي الإيراني علي لاريجاني على أن تعقد جولة جديدة اليوم.',
    published: '2006-09-28',
    events: [{ event_type: 'Diplomacy', country: 'Germany', fatalities: null }],
    tags: ['headline', 'future'],
    note: 'one round of talks ended in Berlin; the next round is to come',
  },
  {
    source: 'anercorp-test:82',
    gap: 'missed the Diplomacy event in Germany',
    sentence: 'واختتم الاتحاد الأوروبي وطهران مفاوضات بهذا الصدد في برلين وصفت بأنها الفرصة الأخيرة للتوصل لاتفاق يجنبها العقوبات الدولية.',
    published: '2006-10-17',
    events: [{ event_type: 'Diplomacy', sub_event_type: 'Negotiation', country: 'Germany', fatalities: null }],
    tags: ['trigger-trap'],
    note: 'an agreement is what the talks aim at, not what they made',
  },
  {
    source: 'anercorp-test:892',
    sentence: 'خافيير سولانا أقر بعدم التوصل لاتفاق مع طهران بشأن تخصيب اليورانيوم (رويترز - أرشيف).',
    published: '2006-10-06',
    events: [],
    tags: ['negation'],
  },
  {
    source: 'anercorp-test:553',
    sentence: 'فشل الاتحاد الأوروبي والولايات المتحدة في التوصل إلى اتفاق نهائي بشأن تقاسم بيانات المسافرين على الطائرات قبل انتهاء المهلة التي حددتها المحكمة العليا الأوروبية رغم أن الجانبين لم يتفقا - على ما يبدو - على مدى ما تبقى دون حل.',
    published: '2006-10-01',
    events: [],
    tags: ['negation', 'non-conflict'],
  },
  {
    source: 'anercorp-train:3883',
    gap: 'missed the Strategic developments event ("لم تقدم … تفاصيل" read as negating the agreement)',
    sentence: 'ولم تقدم وكالة الأنباء الرسمية "سونا" التي أوردت النبأ تفاصيل الاتفاق الموقع مع جبهة الشرق المتمردة في العاصمة الإريترية أسمرا.',
    published: '2006-06-20',
    events: [{ event_type: SD, sub_event_type: 'Agreement', country: 'Eritrea', fatalities: null }],
    tags: ['negation', 'trigger-trap'],
    note: 'what was not given is the details; the agreement signed in Asmara is told as a fact',
  },
  {
    source: 'anercorp-train:1390',
    gap: 'extra Diplomacy/Meeting (United Kingdom) from "التقى"',
    sentence: 'والتقى ابوعبد الله في نهاية المطاف الاصولي المصري ابو حمزة الذي قلب حياته رأسا على عقب في مسجد فنسبري بارك شمال لندن.',
    published: '2006-08-20',
    events: [],
    tags: ['non-conflict', 'trigger-trap'],
    note: 'a convert meeting a preacher is no meeting between officials',
  },
  {
    source: 'anercorp-test:121',
    sentence: 'وقال المتظاهرون إنهم جاؤوا ليقولوا نعم للجوع ولا للاستسلام، تأكيداً منهم أنهم يفضلون المعاناة على الاعتراف بما وصفوها بدولة العدو على أراضيهم.',
    published: '2006-09-30',
    events: [{ event_type: 'Protests', sub_event_type: 'Peaceful protest', fatalities: null }],
    tags: ['no-place'],
  },
  // Sentences with a trigger word and no event (read before running).
  {
    source: 'wojood-train:468',
    sentence: 'بعد فترة وجيزة يصبح بإمكان المرء تحديد اتجاه القصف.',
    published: null,
    events: [],
    tags: ['general', 'trigger-trap'],
  },
  {
    source: 'wojood-train:525',
    sentence: 'بإمكانهم قتلي أو ضربي أو فصلي عن زوجتي، كما حاولوا فعل ذلك من قبل.',
    published: null,
    events: [],
    tags: ['hypothetical', 'trigger-trap'],
  },
  {
    source: 'wojood-val:35',
    sentence: 'وأضاف خطاب: "فالأشخاص خائفون من تعرضهم للهجوم على الطريق أو أن المستشفى سيتم قصفه مرة أخرى. إذ يظهر الكثير من [هؤلاء المرضى الذين يتمكنون من الوصول إلينا] أعراض اضطراب ما بعد الصدمة".',
    published: null,
    events: [],
    tags: ['future', 'hypothetical'],
    note: 'feared attacks; the earlier shelling of the hospital is implied, with no date or place',
  },
  {
    source: 'wojood-test:98',
    sentence: 'سمحت حملة القصف اللاحقة للحوثيين بالسيطرة على الحكم إذ أن قلة في الشمال كانت مستعدة لكي تخاطر وتطعن في حكم الحوثيين على الأرض في الوقت الذي يتعرضون فيه للقصف من الجو.',
    published: null,
    events: [],
    tags: ['opinion', 'general'],
  },
  {
    source: 'wojood-test:183',
    sentence: 'اتفاقية حول توسيع وتنظيم سوق بلدية مدينة البيرة (30 / 4 / 1961).',
    published: null,
    events: [],
    tags: ['non-conflict', 'trigger-trap'],
    note: 'an archive entry for a municipal market contract',
  },
  {
    source: 'anercorp-train:2492',
    sentence: 'وقال المتحدث باسم المجلس الأعلى الإسلامي في الصومال إن قوات المحاكم ستهاجم القوات الإثيوبية بعد تقييم حالة الوضع في بنديرادلي التي تبعد نحو 70 كلم شمال مدينة جالكعبو عاصمة محافظة مدن وسط الصومال.',
    published: '2006-11-06',
    events: [],
    tags: ['threat', 'future'],
  },
  {
    source: 'anercorp-train:3586',
    gap: 'extra Explosions/Remote violence (Gaza Strip) from "انفجار" after the future verb "سيندلع"',
    sentence: 'أ: زعمت صحيفة يديعوت أحرونوت الاسرائيلية الصادرة أمس أن قطاع غزة علي وشك خوض مواجهة إضافية مع إسرائيل وأنه سيندلع انفجار حربي خلال عدة أشهر.',
    published: '2006-09-20',
    events: [],
    tags: ['future', 'trigger-trap'],
  },
  {
    source: 'anercorp-train:3854',
    sentence: 'سيناريو السيارات المفخخة تواصل بقوة في العاصمة بغداد (الفرنسية).',
    published: '2006-10-05',
    events: [],
    tags: ['headline', 'general'],
    note: 'a caption on car bombings going on, no one of them told',
  },
  {
    source: 'anercorp-train:3607',
    sentence: 'ليتأكد الدفع بعبدالاله جلال ويحاول الجهاز الفني تحضيره بصورة جيدة وكيفية التعامل مع خطورة مهاجمي بطل كوت ديفوار.',
    published: '2006-09-02',
    events: [],
    tags: ['non-conflict', 'trigger-trap'],
    note: 'football: the strikers of the Ivorian champions',
  },
  {
    source: 'anercorp-test:105',
    sentence: 'وحذرت وزيرة الخارجية الأميركية كوندوليزا رايس الأربعاء في واشنطن الرئيس السوداني عمر حسن البشير من أنه سيعرض نفسه ل ـ " عواقب " إذا اختار المواجهة مع الأمم المتحدة بشأن انتشار القوات الدولية في إقليم دارفور الذي قتل فيه مائتا ألف شخص على الأقل منذ اندلاع الحرب الأهلية في فبراير / شباط 2003 ، حسب تقديرات الأمم المتحدة .',
    published: '2006-09-21',
    events: [],
    tags: ['general', 'threat'],
    note: 'the dead of Darfur since the war began are a running total, no happening (events/fatalities.ts); the warning is no event',
  },
  {
    source: 'anercorp-train:2658',
    sentence: 'واستشهد ما لا يقل عن 204 فلسطينيين في العمليات التي تشنها قوات الاحتلال منذ 28 يونيو / حزيران في قطاع غزة لوقف ما تسميه إسرائيل الهجمات الصاروخية الفلسطينية واستعادة الجندي جلعاد شاليط الذي أسر في ال ـ 25 من الشهر ذاته .',
    published: '2006-08-31',
    events: [],
    tags: ['general'],
    note: 'the dead of two months of operations (منذ 28 يونيو) are a running total, no one happening (events/fatalities.ts)',
  },
  {
    source: 'anercorp-test:271',
    sentence: '5مليون ياباني قتلوا في معارك من اجل بلادهم منذ الحرب الاهلية عام 1853ومن بينهم 14من القادة اليابانيين اتهمهم الحلفاء بعد هزيمة 1945بارتكاب جرائم حرب .',
    published: '2006-08-15',
    events: [],
    tags: ['general'],
    note: 'Japan\'s war dead since 1853: a running total, no happening',
  },
  {
    source: 'anercorp-test:61',
    sentence: 'انقطع التيار الكهربائي عن أكثر من نصف أحياء العاصمة الفلبينية مانيلا اليوم ، بعد يومين من الإعصار العنيف الذي اجتاح مناطق شاسعة من البلاد وأسفر عن مقتل 76 شخصا على الأقل .',
    published: '2006-10-01',
    events: [],
    tags: ['non-conflict', 'trigger-trap'],
    note: 'a typhoon\'s dead are no political violence',
  },
  {
    source: 'anercorp-train:180',
    sentence: 'كان أكثر ثورانه تدميرا عام 1814 حين دفنت تدفقات الحمم البركانية بلدة مما أسفر عن مقتل 1200 .',
    published: '2006-08-31',
    events: [],
    tags: ['non-conflict', 'trigger-trap'],
    note: 'a volcano\'s lava in 1814',
  },
  {
    source: 'anercorp-train:1478',
    sentence: 'وقد غرقت إثيوبيا في مياه الفيضانات بعد11 يوما من هطول الأمطار الغزيرة , التي يتوقع أن تستمر لفترات أطول , وقد خرجت الأمور عن السيطرة طبقا لما قاله متحدث باسم الشرطة الإثيوبية , الذي قال : نحن نعد أنفسنا لسقوط نحو ألف قتيل في هذا الفيضان وحده , ونحتاج إلي مزيد من طائرات , وقوارب الإنقاذ .',
    published: '2006-08-10',
    events: [],
    tags: ['non-conflict', 'trigger-trap'],
    note: 'floods; the police saying things went out of control (خرجت الأمور عن السيطرة) is no territory taken',
  },
  {
    source: 'anercorp-train:1486',
    sentence: 'مدريد ـ د ب أ: بدأت في مدينة غرناطة الاسبانية فعاليات معرض " عين الذاكرة " الذي يقام بمناسبة الذكرى السبعين لاغتيال الشاعر الاسباني الاشهر فديريكو جارثيا لوركا الذي قتل في آب عام 1936 مع بداية الحرب الاهلية الاسبانية.',
    published: '2006-08-18',
    events: [],
    tags: ['non-conflict', 'trigger-trap'],
    note: 'an exhibition held for the anniversary of an assassination: the relative clause with a present verb (الذي يقام) describes the exhibition, the killing of 1936 is its occasion',
  },
  {
    source: 'anercorp-train:3781',
    sentence: 'وكانت مروحيات عسكرية لبنانية قد قامت امس ولاول مرة منذ اكثر من 30 عاماً بالتحليق فوق مناطق انتشار الجيش اللبناني على محاور البقاع الغربي ومرت على علو متوسط فوق عدة نقاط عسكرية اقيمت حديثاً على طول الحدود اللبنانية - السورية راقبت من خلالها التحركات على طول الحدود.',
    published: '2006-09-20',
    events: [],
    tags: ['trigger-trap', 'general'],
    note: '"مناطق انتشار الجيش" are the areas the army holds, named by its deployment: no troops moved; a patrol flight over them is no ACLED event',
  },
  {
    source: 'anercorp-train:750',
    sentence: 'ويستهدف الهاتف الجديد شريحة المستخدمين كثيري السفر، حيث صمم ليعمل على ثلاثة أنظمة من انظمة تشغيل الجوال.',
    published: '2006-08-01',
    events: [],
    tags: ['non-conflict', 'trigger-trap', 'general'],
    note: 'a phone "targets" frequent travellers: an undated present opening (ويستهدف) tells what something does, not a happening',
  },
];
