/**
 * Words around a trigger that change its reading. Each list is one idea; engines in frames.ts use them.
 * All are normalised and matched against token readings (clitics stripped).
 */

/** The attack came from the air. */
export const AIR_CUES = ['طيران', 'الطيران', 'جوية', 'الجوية', 'جوي', 'الجوي', 'جويا', 'غارة', 'غارات', 'مسيرة', 'مسيرات', 'طائرة',
  'طائرات', 'المروحي', 'مروحية', 'مروحيات', 'الحربي', 'الحربية', 'درون',
  // `مقاتلات حربية`: fighter jets
  'مقاتلات', 'المقاتلات'];
/** The attack came from guns or rockets. */
export const SHELLING_CUES = ['مدفعي', 'المدفعي', 'مدفعية', 'المدفعية', 'صاروخي', 'الصاروخي', 'صواريخ', 'صاروخ', 'قذائف',
  'قذيفة', 'راجمات', 'هاون', 'الهاون'];
/** Guns, not bombs: `ضربات بالأسلحة الرشاشة` is a clash, `استهدف قناص` a sniper's attack. */
export const GUNFIRE_CUES = ['رشاش', 'رشاشات', 'الرشاشة', 'رشاشاتها', 'قناص', 'قناصة', 'القناص', 'الرصاص', 'بالرصاص'];
export const IED_CUES = ['ناسفة', 'ناسفتين', 'ناسفتان', 'لغم', 'الغام', 'مفخخة', 'مفخخ', 'مفخخات', 'عبوة', 'عبوتين', 'عبوات'];

/** Words before a trigger that say it did not, or has not yet, happened. */
export const NEGATION_CUES = ['لم', 'لن', 'نفى', 'نفت', 'ينفي', 'تنفي', 'سوف', 'يعتزم', 'تعتزم', 'هدد', 'هددت', 'يهدد', 'تهدد',
  'ستقوم', 'سيقوم', 'قد يقوم', 'دعا', 'دعت', 'يدعو', 'تدعو', 'لمنع', 'عدم',
  // hypotheses and plans: `لو أن تنظيم القاعدة نجح في قصف`, `بالتخطيط لتنفيذ عمليات`, `وسيجري`
  'لو', 'لولا', 'إذا', 'اذا', 'تصوروا', 'التخطيط', 'بالتخطيط', 'يخطط', 'تخطط', 'خطط', 'مخطط', 'سيجري', 'ستجري', 'ليست', 'ليس',
  'يمكن', 'قد تشن', 'قد يشن', 'احتمال', 'المحتمل', 'المرتقب', 'المرتقبة', 'المنتظر', 'المنتظرة', 'المقرر', 'تحذير', 'حذر', 'حذرت',
  'لا نريد', 'لا تريد', 'لا يريد', 'لا نعتقد', 'لا يعتقد', 'المتوقع', 'يتوقع', 'يتوقع أن', 'متوقع', 'سيحضر', 'سيشارك', 'ستشارك',
  // aims, calls and demands name what someone wants done, not what was done: `الهادفة إلى فك الحصار`,
  // `دعوته إلى وقف قصف`, `بمطالبة الحزب بسحب مقاتليه`, `في محاولة لتوسيع رقعة سيطرته`
  'بهدف', 'الهادفة', 'الهادف', 'تهدف', 'يهدف', 'من أجل', 'لأجل', 'دعوته', 'دعوتها', 'دعوة', 'مطالبة', 'يطالب', 'تطالب',
  'طالبت', 'نطالب', 'في محاولة', 'وقف', 'إيقاف', 'لتفادي', 'لتجنب',
  // efforts to bring something about have not brought it yet (`مساع قطرية لتسهيل عقد اجتماع`)
  'مساع', 'مساعي', 'لتسهيل',
  // what is awaited has not happened (`بانتظار استكمال الانسحاب`); a detention extended is no new arrest (`مددت … اعتقال`)
  'بانتظار', 'انتظار', 'مددت', 'مدد', 'يمدد', 'تمدد', 'تمديد',
  // any attack, the capacity or the thought of one, is none yet (`للرد على أي هجوم سوري`, `قدرة دمشق على شن هجوم`,
  // `يفكر في شن هجمات`)
  'أي', 'لأي', 'بأي', 'قدرة', 'القدرة', 'قدرته', 'قدرتها', 'يفكر', 'تفكر'];
/**
 * Verbs of opinion and assessment govern a judgement, not a report: `ويرى مراقبون أن الغارات …`,
 * `اعتبر أن القصف …`, `وشدد على أن «استعادة داريا … يبقى هدفا»`. What follows is how someone reads the
 * war; the happenings it names, if real, are told by the report itself.
 */
export const OPINION_CUES = ['يرى', 'ترى', 'رأى', 'رأت', 'يعتبر', 'تعتبر', 'اعتبر', 'اعتبرت', 'يعتقد', 'تعتقد', 'اعتقد', 'اعتقدت',
  'يخشى', 'تخشى', 'يرجح', 'ترجح', 'رجح', 'رجحت', 'شدد على', 'شددت على', 'يشدد على', 'تشدد على'];
/**
 * `أحرز العراق والأمم المتحدة تقدما`, `تم تحقيق تقدم`: progress made, in talks or work, not troops
 * advancing. The advance words right after these are no territory taken.
 */
export const PROGRESS_VERBS = ['أحرز', 'أحرزت', 'أحرزوا', 'يحرز', 'إحراز', 'حقق', 'حققت', 'حققوا', 'يحقق', 'تحقيق'];
/**
 * `تصوروا لو أن تنظيم القاعدة نجح في قصف البيت الأبيض، وقتل الرئيس`: a sentence opened as a
 * supposition tells nothing that happened, in any of its clauses.
 */
export const SUPPOSITION_OPENERS = ['تصوروا', 'تصور', 'تخيلوا', 'تخيل', 'لنفترض', 'افترض', 'لو', 'لو أن', 'لولا'];
/** A demonstrative before a trigger points back at an event already reported (`هذه الضربات`). */
export const ANAPHORA_CUES = ['هذه', 'هذا', 'تلك', 'ذلك', 'هذان', 'هاتين'];
/** Sentence openers of recalled, earlier events. */
export const BACKGROUND_CUES = ['سابقا', 'سابق', 'وكانت', 'وكان', 'كانت', 'كان'];
/** Words anywhere in the clause that place it before the news: `آنذاك`, `حينها`, `وقبل ذلك`, `في وقت سابق`. */
export const EARLIER_CUES = ['سابقا', 'آنذاك', 'انذاك', 'حينها', 'حينذاك', 'قبل ذلك', 'في وقت سابق', 'في وقت سابق من', 'سابقة', 'السابقة',
  // an undated "some days ago" recalls what came before the news (GUIDE: background, date unknown)
  'قبل أيام', 'منذ أيام', 'قبل أسابيع', 'منذ أسابيع', 'قبل أشهر', 'منذ أشهر', 'قبل فترة', 'منذ فترة'];
/**
 * `يُذكر أن`, `تجدر الإشارة إلى أن`: the reporter's recap formula. What follows is context the reader
 * may have missed, not the news (unless it is dated today).
 */
export const RECAP_OPENERS = ['يذكر أن', 'يذكر ان', 'يذكر أنه', 'تجدر الإشارة إلى أن', 'تجدر الاشارة الى ان', 'يشار إلى أن', 'يشار الى ان',
  'الجدير بالذكر أن', 'والجدير بالذكر أن', 'ومن الجدير بالذكر أن',
  // "knowing that": `مع العلم أن تل أبيب قامت بسلسلة خروقات خلال الفترة ذاتها`
  'مع العلم أن', 'مع العلم ان', 'علما بأن', 'علما بان', 'علما أن', 'علما ان'];
/**
 * Verbs of reporting in the perfect. After an opening `وكان` (`وكان مراسلنا أفاد بأن`, `وكان الجيش أعلن
 * يوم السبت اعتقال`) they make a pluperfect without `قد`: what was reported had been told before the news.
 */
export const REPORTED_BEFORE_VERBS = ['أفاد', 'أفادت', 'أعلن', 'أعلنت', 'ذكر', 'ذكرت', 'قال', 'قالت', 'أكد', 'أكدت', 'نقل', 'نقلت',
  'صرح', 'صرحت', 'أوضح', 'أوضحت', 'أشار', 'أشارت', 'كشف', 'كشفت', 'أورد', 'أوردت'];
/** A pluperfect (`كانت قد تعرضت`, `وكان … قد قصف`) tells what had happened before the news. */
export const PLUPERFECT_AUX = ['كان', 'كانت', 'كانوا', 'كانا', 'يكون', 'تكون'];
/**
 * `وتأتي التطورات بعد التصعيد`, `ويأتي ذلك عقب`: a sentence opened by these sets the news after an
 * earlier happening; the triggers after the `بعد` word are that earlier happening.
 */
export const FOLLOWS_OPENERS = ['يأتي', 'تأتي', 'جاء ذلك', 'جاءت', 'وجاءت', 'جاء هذا'];
export const AFTER_WORDS = ['بعد', 'بعدما', 'عقب', 'إثر', 'اثر', 'غداة', 'على خلفية'];
/** `بعد ساعات من قصف`: hours before is still the news of the day, not a recalled event. */
export const HOURS_WORDS = ['ساعات', 'ساعة', 'ساعتين', 'ساعتان', 'دقائق', 'لحظات'];
/**
 * A call or demand governs every coordinated demand after it, however long the list (`دعا أنان إلى فتح
 * المعابر ووقف إغلاق القطاع ووضع حد لإطلاق الصواريخ …`), up to the clause's end.
 */
export const CALL_CUES = ['دعا', 'دعت', 'يدعو', 'تدعو', 'دعوته', 'دعوتها', 'دعوة', 'طالب ب', 'طالبت', 'يطالب', 'تطالب', 'نطالب', 'مطالبة', 'ناشد', 'ناشدت'];
/** Taking responsibility for an attack points back at one already told (`وتبنى الجناح العسكري الهجوم`). */
export const RESPONSIBILITY_CUES = ['تبنى', 'تبنت', 'يتبنى', 'تتبنى', 'أعلن مسؤوليته عن', 'أعلنت مسؤوليتها عن', 'مسؤوليته عن', 'مسؤوليتها عن'];
/** Anywhere in a clause, these tell a pattern or a tally, not one happening (`بين الفترة والأخرى`, `حتى الآن`). */
export const PATTERN_CUES = ['بين الفترة والأخرى', 'بين الحين والآخر', 'بين حين وآخر', 'بشكل متكرر', 'باستمرار', 'يوميا',
  'بشكل يومي', 'بشكل شبه يومي', 'حتى الآن', 'حتى الان', 'منذ بداية', 'منذ بدء', 'في كل مرة', 'مرارا'];
/** Right after a trigger, these put it in the future or make it a forecast (`الاجتماع سيكون غدا`). */
export const FUTURE_AFTER_CUES = ['سيكون', 'ستكون', 'سيعقد', 'ستعقد', 'سيجري', 'ستجري', 'المقبل', 'المقبلة', 'القادم', 'القادمة',
  'غدا', 'الغد', 'المرتقب', 'المرتقبة', 'المقرر', 'المزمع', 'المزمعة'];
/** A trigger right after these is an earlier happening the news answers or follows (`ردا على الهجوم`, `بعد يوم من قصف`). */
export const RESPONSE_CUES = ['رد على', 'ردا على', 'رداً على', 'انتقاما ل', 'انتقاما لـ', 'بعد يوم من', 'بعد يومين من', 'بعد أيام من', 'غداة'];

/**
 * What someone is held for or suspected of (`للاشتباه في`, `بتهمة`), or a plan (`بالتخطيط لتنفيذ عمليات …
 * في بغداد`): the rest of the clause tells the charge, and a place named there is the charge's.
 */
export const CHARGE_CUES = ['بتهمة', 'بتهم', 'للاشتباه', 'يشتبه', 'يشك في', 'بالتخطيط', 'التخطيط ل', 'بالتخطيط ل'];
/** Verbs and phrases that introduce who says so. The claimant follows them. */
export const CLAIM_CUES = ['أعلن', 'أعلنت', 'أفاد', 'أفادت', 'حسبما أفاد', 'حسبما أفادت', 'قال', 'قالت', 'ذكر', 'ذكرت',
  'بحسب', 'حسب', 'وفقا ل', 'وفقا لـ', 'نقلت', 'نقل', 'أكد', 'أكدت', 'صرح', 'صرحت', 'أوضح', 'أوضحت', 'أشار', 'أشارت',
  // `وتقول الشرطة إن الانفجار وقع`: the present of saying reports as the past does
  'تقول', 'يقول', 'أضاف', 'أضافت', 'تؤكد', 'يؤكد', 'تفيد', 'يفيد'];
/** Words of birth: the place after them (`المولود في الكويت`) is a person's origin, not where anything happened. */
export const BORN_CUES = ['المولود', 'المولودة', 'مولود', 'مولودة', 'ولد', 'ولدت', 'مواليد'];
/** `قام ب` (carried out): after a capital named bare (`تل أبيب قامت ب`) its state is the doer. */
export const DOING_VERBS = ['قامت', 'تقوم'];
/**
 * Verbs of saying, admitting, denying, accusing, and `قام ب` (carried out): a capital or country right before
 * one of them (`واشنطن تعترف بأن`, `موسكو تنفي`, `طهران أدانت`, `تل أبيب قامت بسلسلة خروقات`) is its government
 * speaking or acting, not where anything happened.
 */
export const GOVERNMENT_VERBS = [...DOING_VERBS, ...CLAIM_CUES, 'تعترف', 'يعترف', 'اعترفت', 'اعترف', 'تؤكد', 'يؤكد', 'تعلن', 'يعلن', 'تقول', 'يقول',
  'تنفي', 'ينفي', 'نفت', 'نفى', 'ترفض', 'يرفض', 'رفضت', 'رفض', 'تدين', 'يدين', 'أدانت', 'أدان', 'تتهم', 'يتهم', 'اتهمت', 'اتهم',
  'تحذر', 'يحذر', 'حذرت', 'حذر', 'تطالب', 'طالبت', 'تدعو', 'دعت', 'ترحب', 'رحبت', 'تهدد', 'هددت', 'تتوعد', 'توعدت'];
/** Words that end a claimant's name: what follows is what was said. */
export const CLAIM_END = ['أن', 'إن', 'بأن', 'في', 'عن', 'اليوم', 'أمس', 'قوله', 'يوم'];
/** Someone who speaks for a body named after `في` (`مصادر في الشرطة`): the body belongs to the claimant's name. */
export const SOURCE_NOUNS = ['مصدر', 'مصادر', 'مسؤول', 'مسؤولون', 'مسؤولين', 'متحدث', 'متحدثة', 'ناطق'];

/** The actor right after these is acted upon. */
export const TARGET_CUES = ['على', 'ضد', 'استهداف', 'باستهداف', 'مواقع', 'مقار', 'مقرات', 'قاعدة', 'قاعدتين', 'تجمعات',
  'صفوف', 'معاقل', 'تحصينات', 'آليات', 'مقاتلي', 'عناصر'];
/**
 * What is hit that belongs to someone: `مقرا عسكريا لـهيئة تحرير الشام`, `موقعين لقواتنا`, `آلية لقوات النظام`.
 * The owner named after ل (an adjective may come between) is acted upon.
 */
export const TARGET_OBJECTS = ['موقع', 'موقعا', 'موقعين', 'مواقع', 'مقر', 'مقرا', 'مقرات', 'مقار', 'آلية', 'آليات', 'نقطة',
  'نقطتين', 'نقاط', 'نقاطا', 'تجمع', 'تجمعات', 'عربة', 'عربات', 'دبابة', 'دبابات', 'حاجز', 'حاجزا', 'حواجز', 'رتل', 'رتلا',
  'قافلة', 'مخزن', 'مخازن', 'مستودع', 'مستودعات', 'منشأة', 'منشأتين', 'منشآت', 'قاعدة', 'قواعد', 'معقل', 'معقلا', 'معاقل',
  'مركز', 'مركزا', 'مراكز', 'هدف', 'هدفا', 'أهداف', 'أهدافا', 'ثكنة', 'مطار', 'مدرعة', 'طائرة', 'مسيرة', 'عناصر', 'مقاتلين', 'جنود', 'دورية', 'دوريات'];
/**
 * Transitive strike verbs: once the attacker is named before the verb (`الطائرات الحربية استهدفت
 * الجماعات المسلحة`), the group right after it is the one hit.
 */
export const STRIKE_VERBS = ['استهدف', 'استهدفت', 'استهدفا', 'استهدفتا', 'يستهدف', 'تستهدف', 'قصف', 'قصفت', 'يقصف', 'تقصف',
  'هاجم', 'هاجمت', 'هاجموا', 'يهاجم', 'تهاجم', 'دمر', 'دمرت', 'ضرب', 'ضربت'];
/** Nouns of an attack or blast that may be a strike verb's subject (`هجوم مسلح استهدف دوريتهم`). */
export const ATTACK_NOUNS = ['هجوم', 'مسلح', 'انفجار', 'تفجير', 'انتحاري', 'مفخخة', 'غارة', 'كمين', 'انتحارية'];
/** `اشتباكات بين A … من جهة، و B من جهة أخرى`: the two sides of a fight. */
export const BETWEEN_WORDS = ['بين'];
export const SIDE_WORDS = ['من جهة', 'من ناحية'];
/** The actor right after these acts with actor1. */
export const ASSOCIATE_CUES = ['بالتعاون مع', 'بدعم من', 'بمشاركة', 'بمساندة', 'بالتنسيق مع', 'بغطاء من', 'مع'];
/** The actor right after these is the agent of a passive verb (`من قبل عناصر من تنظيم الدولة`). */
export const AGENT_CUES = ['من قبل', 'على يد', 'بيد', 'نفذها', 'نفذه', 'نفذتها', 'نفذته', 'شنها', 'شنته', 'شنتها',
  // `أصيب آخران برصاص مسلحين`, `بنيران القوات`: whose bullets or fire
  'برصاص', 'بنيران'];

/** A place right after these is where someone came from, not where the event was. */
export const ORIGIN_CUES = ['من', 'من اتجاه', 'المتمركزة في', 'المتمركز في', 'المتمركزين في', 'المنتشرة في', 'غادروا', 'غادر', 'غادرت', 'قادمة من', 'قادما من', 'قادمين من'];
/** A place right after these is where someone went. */
export const DESTINATION_CUES = ['باتجاه', 'نحو', 'الى', 'إلى', 'صوب', 'لتتجمع'];

/** Killed: the people named after these are the victims, acted upon (counts are read by arabic/casualties). */
export const KILL_CUES = ['مقتل', 'قتل', 'قتلى', 'قتيل', 'قتيلا', 'القضاء على', 'مصرع', 'استشهاد', 'شهداء', 'شهيد',
  'شهيدا', 'لقي حتفه', 'لقوا حتفهم', 'قضى', 'وفاة', 'توفي', 'حصيلة القتلى', 'أودى بحياة', 'أودت بحياة'];
/** Nouns of an act done to someone: who is named right after them was arrested, abducted or killed (`اعتقال قائد كتائب`). */
export const SEIZURE_NOUNS = ['اعتقال', 'توقيف', 'القبض على', 'اختطاف', 'اغتيال'];
/** The wounded, and those counted among the dead or wounded (`أصيب 3 من عناصر الشرطة`, `بينهم ضابطان بالشرطة`): victims too. */
export const WOUNDED_CUES = ['أصيب', 'أصيبوا', 'أصيبت', 'إصابة', 'جرح', 'جرحى', 'جريح', 'جريحا', 'بينهم', 'بينهن', 'منهم'];
/** A country right after these is where the event was (`في سوريا`, `داخل العراق`); elsewhere it is a party or a topic. */
/** A place after these (and a distance) is a landmark the event is measured from, not where it was. */
export const REFERENCE_CUES = ['على بعد', 'كلم', 'كم', 'كيلومترا', 'كيلومترات', 'كيلومتر', 'ميلا'];
/** Compass words between two places make the second a landmark (`ديالى شمال شرق بغداد`). */
export const DIRECTION_WORDS = ['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'شمال شرق', 'شمال غرب',
  'جنوب شرق', 'جنوب غرب', 'شمال شرقي', 'شمال غربي', 'جنوب شرقي', 'جنوب غربي', 'وسط', 'غربا', 'شرقا', 'شمالا', 'جنوبا'];
/** A protest met with force: tear gas, dispersal, arrests. */
export const INTERVENTION_CUES = ['مسيلة للدموع', 'المسيلة للدموع', 'الغاز المسيل', 'تفريق', 'لتفريق', 'فرقت', 'فضت', 'فض',
  'اعتقلت', 'اعتقال', 'الرصاص المطاطي', 'هراوات', 'بالهراوات', 'الهراوات', 'أوقفت', 'أوقف', 'توقيف', 'ألقت القبض', 'طاردت',
  'قمعها', 'قمع', 'قمعت'];
/**
 * What a protest is against or for (`احتجاجا علي الاحتلال الأميركي`, `تنديدا بالعدوان`): the actor named
 * after these is its topic, not a party to it.
 */
export const TOPIC_CUES = ['احتجاجا على', 'احتجاجا ضد', 'تنديدا ب', 'رفضا ل', 'تضامنا مع', 'للاحتجاج على', 'للتنديد ب',
  // the cause an act answers (`حملة اعتقالات … على خلفية أسر فصائل … جنديا إسرائيليا في غزة`)
  'على خلفية'];
/** What an act aims at (`في محاولة لتوسيع رقعة سيطرته`, `بهدف السيطرة على`, `الهادفة إلى فك الحصار`). */
export const PURPOSE_CUES = ['في محاولة ل', 'في محاولة', 'بهدف', 'سعيا ل', 'سعيا إلى', 'من أجل', 'الهادفة إلى', 'الهادف إلى', 'الرامية إلى',
  'الرامي إلى', 'تمهيدا ل', 'تمهيدا'];
/** `غارة جوية على جنوب لبنان`, `الحرب على لبنان`: what is struck is where it happened. */
export const LOCATIVE_CUES = ['في', 'داخل', 'على', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي'];
/** Quote marks that may wrap a claimant's name (`وفقا لـ”موقع تلفزيون سوريا”`). */
export const QUOTE_MARKS = ['"', '“', '”', '«', '»', '(', ')'];

/** A present-tense verb right after these describes what someone does habitually (`لمروحيات النظام التي تقصف داريا`). */
export const RELATIVE_PRONOUNS = ['التي', 'الذي', 'الذين', 'اللتين', 'اللذين', 'اللواتي'];
/** Verbs of continuing campaigns: `وتواصل المقاومة استهداف القواعد` tells no single happening. */
export const CONTINUATION_CUES = ['استمرار', 'مواصلة', 'تواصل', 'يواصل', 'تواصلت', 'واصلت', 'واصل', 'تستمر', 'يستمر', 'مستمرة', 'المستمرة', 'متواصلة'];
/**
 * Present-tense attack verbs. A body sentence opened by one (`وتستهدف المقاومة الإسلامية العراقية القواعد
 * الأميركية في العراق وسوريا`, `وتعتدي تلك المجموعات على المناطق الآمنة`) with no date tells what a side
 * keeps doing, not one dated happening. (A headline's present is the news: it opens with no و.)
 */
export const PRESENT_ATTACK_VERBS = ['ويستهدف', 'وتستهدف', 'ويقصف', 'وتقصف', 'ويهاجم', 'وتهاجم', 'ويشن', 'وتشن', 'وتعتدي', 'ويعتدي',
  'ويستهدفون', 'ويقصفون', 'ويشنون', 'ويهاجمون', 'ويعتدون'];
/** `12 مرة`, `4 مرات`: a tally of many happenings, not one. */
export const TALLY_NOUNS = ['مرة', 'مرات', 'مره'];
/** A meeting with the press is an interview, not Diplomacy (`في لقاء مع موفد الجزيرة نت`, `في حديث لصحيفة`). */
export const PRESS_CUES = ['موفد', 'مراسل', 'مراسلة', 'صحيفة', 'الصحيفة', 'صحفي', 'صحفيين', 'الصحفيين', 'الصحافيين', 'صحافيين',
  'قناة', 'وكالة', 'مجلة', 'تلفزيون', 'التلفزيون', 'إذاعة'];
/**
 * Nouns that make the trigger after them part of a thing's name (`مركزي انتشار القوات`, centres of
 * deployment; `خطة الانسحاب`, the withdrawal plan; `لجنة التحقيق`): no happening is told.
 */
export const NAMING_HEADS = ['مركز', 'مركزي', 'مراكز', 'خطة', 'خطط', 'مشروع', 'برنامج', 'قانون', 'آلية', 'جدول', 'لجنة',
  'جدولة', 'استراتيجية',
  // `قواعد الاشتباك`: the rules of engagement, no clash
  'قواعد',
  // `مناطق سيطرة المعارضة`, `مواقع سيطرة النظام`: the areas a side holds, named by its control, not a takeover
  'مناطق', 'منطقة', 'مواقع', 'خطوط'];

/**
 * Words before a word of control (`سيطرة`) that say who holds a place, not who took it: `إدلب الواقعة تحت
 * سيطرة المعارضة`, `حي الأشرفية الخاضع لسيطرة قوات النظام`.
 */
export const HELD_BY_CUES = ['تحت', 'خاضع', 'خاضعة', 'خاضعين', 'تخضع', 'يخضع', 'خضعت', 'خضع'];
export const CONTROL_WORDS = ['سيطرة', 'السيطرة'];

/**
 * Signing an agreement (`وقعت … اتفاقا`, `الاتفاق الموقع`, `توصلا إلى اتفاق`): the agreement is then
 * made in the sentence, not only talked about (`بحثا تنفيذ الاتفاق`).
 */
export const SIGNING_CUES = ['وقع', 'وقعت', 'وقعا', 'وقعته', 'وقعتها', 'وقعوا', 'توقيع', 'الموقع', 'الموقعة', 'توصل', 'توصلت', 'توصلا',
  'التوصل', 'أبرم', 'أبرمت', 'أبرما', 'إبرام'];

/**
 * Words after an agreement noun that make it a civil deal (`اتفاقية تعاون مع شرطة دبي`), not a deal
 * between the parties to a conflict.
 */
export const CIVIL_AGREEMENT_CUES = ['تعاون', 'للتعاون', 'تجارية', 'تجاري', 'اقتصادية', 'اقتصادي', 'ثقافية', 'ثقافي', 'شراكة', 'توأمة', 'قرض',
  'منحة', 'استثمار'];

/**
 * Announcing verbs after which the announcer may tell of its own act: `أعلنت القيادة … قتل تسعة`,
 * `أعلن الجيش أنه دمر`. (`قال`, `ذكر`, `أفاد` report what others did.)
 */
export const ANNOUNCE_CUES = ['أعلن', 'أعلنت', 'أعلنا', 'أعلنوا'];
/**
 * Verbal nouns of acts a force does (`قتل`, `اعتقال`, `تدمير`): right after an announcer, the act is
 * its own. `مقتل` (the death of) is not one: `أعلن الجيش مقتل جنديين` may be its own losses.
 */
export const OWN_ACT_NOUNS = ['قتل', 'اعتقال', 'تدمير', 'استهداف', 'إسقاط', 'اسقاط', 'ضبط', 'أسر', 'تفكيك', 'السيطرة', 'القضاء على'];
/** `أنه`, `أنها`: "that it" — the announcer is the subject of the verb after it. */
export const SELF_PRONOUN_CLAIMS = ['أنه', 'أنها', 'أنهم', 'أنهما', 'انه', 'انها', 'انهم', 'بأنه', 'بأنها'];

/** `منذ بدء الهجوم`, `منذ اندلاع الحرب`: a count since a war or campaign began is a running total. */
export const SINCE_START_CUES = ['منذ بدء', 'منذ بداية', 'منذ اندلاع', 'منذ انطلاق', 'منذ انطلاقة', 'منذ مطلع',
  // since the war itself (`قتلوا في معارك … منذ الحرب الأهلية`)
  'منذ الحرب', 'منذ العدوان', 'منذ الحملة', 'منذ النزاع', 'منذ الصراع', 'منذ التمرد', 'منذ الانتفاضة', 'منذ الثورة'];
/** `حصيلة الشهداء`, `عدد القتلى`: a toll, whose figure may be one attack's or a war's. */
export const TOLL_NOUNS = ['حصيلة', 'الحصيلة', 'عدد'];
/** `تتخطى`, `تجاوز`: a toll passing a milestone is a war's running total, not one attack's count. */
export const MILESTONE_VERBS = ['تخطى', 'تخطت', 'تتخطى', 'يتخطى', 'تجاوز', 'تجاوزت', 'يتجاوز', 'تتجاوز', 'فاق', 'فاقت', 'يفوق', 'تفوق'];
/** `جراء غارة`, `نتيجة قصف`, `إثر سقوط قذيفة`: what caused the casualties just told. */
export const CAUSE_OPENERS = ['جراء', 'من جراء', 'نتيجة', 'إثر', 'اثر', 'بسبب', 'بفعل'];
/** `محاولة اغتيال`: an attempt on a life, which took none. */
export const ATTEMPT_WORDS = ['محاولة', 'محاولات', 'لمحاولة'];
/** Natural disasters: the dead and the ruin they cause are no political violence (`الإعصار … أسفر عن مقتل 76 شخصا`). */
export const DISASTER_NOUNS = ['إعصار', 'الإعصار', 'أعاصير', 'فيضان', 'الفيضان', 'فيضانات', 'الفيضانات', 'السيول', 'سيول', 'زلزال',
  'الزلزال', 'زلازل', 'هزة أرضية', 'بركان', 'البركان', 'البركانية', 'الحمم', 'تسونامي', 'العاصفة', 'عاصفة', 'انهيار أرضي', 'انهيارات أرضية'];

/**
 * Words only sport is told with (`المباراة`, `الشوط`, `الدوري`): in their sentence `لقاء` is a match, `هجوم` an
 * attack on goal and `تقدم` a lead, never a meeting, a raid or an advance. Not `الفريق` (a general's rank),
 * `بطولة` (heroism), `هدف` (a target) or `الملعب` (a stadium may be shelled).
 */
export const SPORT_WORDS = ['مباراة', 'المباراة', 'مباراتان', 'مباريات', 'المباريات', 'الشوط', 'شوط', 'الدوري', 'كرة القدم'];
