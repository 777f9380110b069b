/**
 * Known events that Arabic news about Syria and the region (2011–2025) refers to by name or by a
 * "day month الماضي" date without a year. Facts only: the day each happened, as given by the cited
 * source, and the words that name it. Used to date pages that carry no publication date.
 *
 * - `cues`: each cue is a set of words that must all occur in the sentence of a dated mention
 *   (any order, any proclitics): `وبدأت الحملة العسكرية الروسية … في 30 سبتمبر الماضي` matches
 *   `الحملة الروسية`. A cue alone dates nothing; with a day-month of the event's date it fixes the
 *   year of that mention.
 * - `names`: phrases (contiguous) that exist only once the event has happened: the page is then
 *   not older than the event.
 * - `fresh`: phrases (contiguous) said while the event is the news (`بعد تولي جو بايدن`): in a
 *   sentence that also says `اليوم`/`أمس`, the page is from the days right after the event.
 */

export interface Landmark {
  /** YYYY-MM-DD */
  date: string;
  event: string;
  cues: readonly string[];
  names?: readonly string[];
  fresh?: readonly string[];
  source: string;
}

const WIKI = 'Wikipedia (en)';

export const LANDMARKS: readonly Landmark[] = [
  {
    date: '2011-03-15',
    event: 'start of the Syrian uprising (Damascus protests)',
    cues: ['الثورة السورية', 'انطلاق الثورة', 'الاحتجاجات سوريا', 'الاحتجاجات الشعبية سوريا'],
    names: ['الثورة السورية'],
    source: `${WIKI}: "Syrian revolution" — protests of 15 March 2011`,
  },
  {
    date: '2012-07-18',
    event: 'bombing of the National Security building in Damascus ("crisis cell")',
    cues: ['خلية الأزمة', 'تفجير الأمن القومي'],
    names: ['تفجير خلية الأزمة'],
    source: `${WIKI}: "July 2012 Damascus bombing"`,
  },
  {
    date: '2013-06-05',
    event: 'al-Qusayr taken by the Syrian army and Hezbollah',
    cues: ['سيطرة القصير', 'استعادة القصير', 'سقوط القصير', 'معركة القصير'],
    source: `${WIKI}: "Battle of al-Qusayr (2013)"`,
  },
  {
    date: '2013-08-21',
    event: 'Ghouta chemical attack',
    cues: ['الغوطة الكيماوي', 'الغوطة الكيميائي', 'الغوطة الكيماوية', 'الغوطة السارين', 'الغوطة الكيميائية'],
    names: ['مجزرة الكيماوي في الغوطة', 'مجزرة الغوطة الكيماوية', 'الهجوم الكيماوي على الغوطة', 'مجزرة الكيميائي في الغوطة'],
    source: `${WIKI}: "Ghouta chemical attack"`,
  },
  {
    date: '2014-06-03',
    event: 'Syrian presidential election 2014',
    cues: ['الانتخابات الرئاسية سوريا', 'الانتخابات الرئاسية السورية'],
    source: `${WIKI}: "2014 Syrian presidential election"`,
  },
  {
    date: '2014-06-10',
    event: 'fall of Mosul to the Islamic State',
    cues: ['سقوط الموصل', 'سيطرة داعش الموصل', 'سيطرة تنظيم الدولة الموصل'],
    names: ['سقوط الموصل'],
    source: `${WIKI}: "Fall of Mosul"`,
  },
  {
    date: '2014-06-29',
    event: 'Islamic State proclaims its caliphate',
    cues: ['إعلان الخلافة', 'الخلافة البغدادي'],
    names: ['إعلان الخلافة'],
    source: `${WIKI}: "Islamic State" — caliphate proclaimed 29 June 2014`,
  },
  {
    date: '2014-09-23',
    event: 'first US-led coalition strikes in Syria',
    cues: ['التحالف الدولي', 'التحالف الأمريكي', 'التحالف واشنطن'],
    source: `${WIKI}: "American-led intervention in the Syrian civil war"`,
  },
  {
    date: '2015-01-26',
    event: 'Kobani retaken from the Islamic State',
    cues: ['كوباني', 'عين العرب'],
    source: `${WIKI}: "Siege of Kobani"`,
  },
  {
    date: '2015-05-21',
    event: 'Palmyra taken by the Islamic State',
    cues: ['تدمر داعش', 'تدمر تنظيم الدولة'],
    source: `${WIKI}: "Palmyra offensive (May 2015)"`,
  },
  {
    date: '2015-07-14',
    event: 'Iran nuclear agreement (JCPOA) concluded in Vienna',
    cues: ['الاتفاق النووي', 'خطة العمل الشاملة المشتركة'],
    source: `${WIKI}: "Joint Comprehensive Plan of Action"`,
  },
  {
    date: '2015-09-30',
    event: 'start of the Russian air campaign in Syria',
    cues: [
      'الحملة الروسية',
      'العملية العسكرية الروسية',
      'العمليات العسكرية الروسية',
      'التدخل الروسي',
      'الطيران الروسي عملياته',
      'الغارات الروسية',
      'القوات الجوية الروسية عملياتها',
    ],
    names: ['التدخل الروسي في سوريا', 'التدخل العسكري الروسي في سوريا'],
    source: `${WIKI}: "Russian military intervention in the Syrian civil war"`,
  },
  {
    date: '2016-02-27',
    event: 'cessation of hostilities in Syria takes effect',
    cues: ['وقف الأعمال العدائية', 'وقف الأعمال القتالية', 'الهدنة'],
    source: `${WIKI}: "2016 Syrian cessation of hostilities"`,
  },
  {
    date: '2016-03-14',
    event: 'Putin orders the main Russian force out of Syria (withdrawal from 15 March)',
    cues: ['سحب الروسية', 'سحب الروسي', 'انسحاب الروسية', 'انسحاب الروسي'],
    source: `${WIKI}: "Russian military intervention in the Syrian civil war" — partial withdrawal, 14 March 2016`,
  },
  {
    date: '2016-03-27',
    event: 'Palmyra retaken by the Syrian army',
    cues: ['استعادة تدمر', 'تحرير تدمر', 'السيطرة تدمر الجيش'],
    source: `${WIKI}: "Palmyra offensive (March 2016)"`,
  },
  {
    date: '2016-07-15',
    event: 'failed coup attempt in Turkey',
    cues: ['محاولة الانقلاب تركيا', 'الانقلاب الفاشل', 'محاولة الانقلاب الفاشلة'],
    names: ['محاولة الانقلاب الفاشلة في تركيا', 'الانقلاب الفاشل في تركيا'],
    source: `${WIKI}: "2016 Turkish coup attempt"`,
  },
  {
    date: '2016-08-24',
    event: 'Turkish operation Euphrates Shield begins',
    cues: ['درع الفرات'],
    names: ['درع الفرات'],
    source: `${WIKI}: "Operation Euphrates Shield"`,
  },
  {
    date: '2016-12-15',
    event: 'evacuation of east Aleppo begins',
    cues: ['إجلاء حلب', 'إخلاء حلب', 'تهجير حلب', 'خروج حلب الشرقية'],
    names: ['تهجير أهالي حلب الشرقية', 'إجلاء أهالي حلب الشرقية'],
    source: `${WIKI}: "Battle of Aleppo (2012–2016)" — evacuation 15–22 December 2016`,
  },
  {
    date: '2016-12-22',
    event: 'Syrian army declares full control of Aleppo',
    cues: ['سيطرة حلب', 'استعادة حلب', 'تحرير حلب'],
    source: `${WIKI}: "Battle of Aleppo (2012–2016)"`,
  },
  {
    date: '2017-01-20',
    event: "Donald Trump's first inauguration",
    cues: ['ترامب تنصيب', 'ترامب تولي', 'ترامب اليمين', 'ترامب السلطة'],
    fresh: ['تنصيب ترامب', 'تنصيب دونالد ترامب', 'تولي ترامب', 'تولي دونالد ترامب', 'الرئيس الأمريكي الجديد دونالد ترامب', 'الرئيس الأمريكي الجديد ترامب'],
    source: `${WIKI}: "First inauguration of Donald Trump"`,
  },
  {
    date: '2017-04-04',
    event: 'Khan Shaykhun chemical attack',
    cues: ['خان شيخون الكيماوي', 'خان شيخون الكيميائي', 'خان شيخون السارين'],
    names: ['مجزرة خان شيخون', 'الهجوم الكيماوي على خان شيخون'],
    source: `${WIKI}: "Khan Shaykhun chemical attack"`,
  },
  {
    date: '2017-04-07',
    event: 'US missile strike on Shayrat airbase',
    cues: ['الشعيرات توماهوك', 'الشعيرات الأمريكية', 'الشعيرات الأميركية'],
    source: `${WIKI}: "2017 Shayrat missile strike"`,
  },
  {
    date: '2017-05-04',
    event: 'Astana memorandum on de-escalation zones',
    cues: ['مناطق خفض التصعيد', 'أستانة خفض التصعيد'],
    names: ['مناطق خفض التصعيد', 'منطقة خفض التصعيد'],
    source: `${WIKI}: "Memorandum on the creation of de-escalation areas in Syria"`,
  },
  {
    date: '2017-07-10',
    event: 'Iraq declares Mosul liberated',
    cues: ['تحرير الموصل', 'استعادة الموصل'],
    source: `${WIKI}: "Battle of Mosul (2016–2017)"`,
  },
  {
    date: '2017-10-17',
    event: 'Raqqa taken by the Syrian Democratic Forces',
    cues: ['الرقة قسد', 'الرقة سوريا الديمقراطية', 'تحرير الرقة', 'استعادة الرقة'],
    source: `${WIKI}: "Battle of Raqqa (2017)"`,
  },
  {
    date: '2018-01-20',
    event: 'Turkish operation Olive Branch (Afrin) begins',
    cues: ['غصن الزيتون'],
    names: ['عملية غصن الزيتون'],
    source: `${WIKI}: "Operation Olive Branch"`,
  },
  {
    date: '2018-04-07',
    event: 'Douma chemical attack',
    cues: ['دوما الكيماوي', 'دوما الكيميائي', 'دوما الكلور'],
    source: `${WIKI}: "Douma chemical attack"`,
  },
  {
    date: '2018-04-14',
    event: 'US, British and French strikes on Syria',
    cues: ['الضربة الثلاثية', 'العدوان الثلاثي', 'الأمريكية البريطانية الفرنسية', 'الأميركية البريطانية الفرنسية'],
    names: ['الضربة الثلاثية'],
    source: `${WIKI}: "2018 missile strikes against Syria"`,
  },
  {
    date: '2018-05-08',
    event: 'United States withdraws from the Iran nuclear agreement',
    cues: ['انسحاب الاتفاق النووي', 'الانسحاب الاتفاق النووي'],
    source: `${WIKI}: "United States withdrawal from the Joint Comprehensive Plan of Action"`,
  },
  {
    date: '2018-09-17',
    event: 'Sochi agreement on Idlib (demilitarised zone)',
    cues: ['اتفاق سوتشي', 'المنطقة منزوعة السلاح', 'اتفاقية سوتشي'],
    names: ['اتفاق سوتشي', 'اتفاقية سوتشي'],
    source: `${WIKI}: "Idlib demilitarization (2018–2019)"`,
  },
  {
    date: '2019-02-09',
    event: 'battle of Baghouz begins',
    cues: ['معركة الباغوز', 'الباغوز بدء'],
    names: ['معركة الباغوز', 'سقوط الباغوز', 'جيب الباغوز'],
    source: `${WIKI}: "Battle of Baghuz Fawqani"`,
  },
  {
    date: '2019-03-23',
    event: 'fall of Baghouz: end of the Islamic State territorial caliphate',
    cues: ['الباغوز', 'آخر جيب داعش', 'آخر جيب تنظيم الدولة', 'هزيمة داعش', 'القضاء على داعش'],
    source: `${WIKI}: "Battle of Baghuz Fawqani"`,
  },
  {
    date: '2019-10-09',
    event: 'Turkish operation Peace Spring begins',
    cues: ['نبع السلام'],
    names: ['نبع السلام'],
    source: `${WIKI}: "2019 Turkish offensive into north-eastern Syria"`,
  },
  {
    date: '2019-10-27',
    event: 'Abu Bakr al-Baghdadi killed (raid of 26–27 October, announced 27 October)',
    cues: ['مقتل البغدادي', 'تصفية البغدادي', 'قتل البغدادي'],
    source: `${WIKI}: "Barisha raid"`,
  },
  {
    date: '2020-01-03',
    event: 'Qasem Soleimani killed in Baghdad',
    cues: ['سليماني مقتل', 'سليماني اغتيال', 'سليماني قتل'],
    names: ['اغتيال سليماني', 'اغتيال قاسم سليماني', 'مقتل قاسم سليماني', 'مقتل سليماني'],
    source: `${WIKI}: "Assassination of Qasem Soleimani"`,
  },
  {
    date: '2020-03-05',
    event: 'Moscow ceasefire agreement on Idlib (Putin–Erdogan)',
    cues: ['اتفاق موسكو', 'وقف إطلاق النار إدلب بوتين أردوغان'],
    source: `${WIKI}: "Operation Spring Shield" — ceasefire agreed 5 March 2020`,
  },
  {
    date: '2020-06-17',
    event: 'US Caesar Act sanctions take effect',
    cues: ['قانون قيصر'],
    source: `${WIKI}: "Caesar Syria Civilian Protection Act"`,
  },
  {
    date: '2020-08-04',
    event: 'Beirut port explosion',
    cues: ['انفجار مرفأ بيروت', 'انفجار المرفأ', 'تفجير مرفأ بيروت'],
    names: ['انفجار مرفأ بيروت', 'تفجير مرفأ بيروت'],
    source: `${WIKI}: "2020 Beirut explosion"`,
  },
  {
    date: '2021-01-20',
    event: "Joe Biden's inauguration",
    cues: ['بايدن تنصيب', 'بايدن تولي', 'بايدن اليمين', 'بايدن السلطة'],
    fresh: [
      'تنصيب بايدن',
      'تنصيب جو بايدن',
      'تولي بايدن',
      'تولي جو بايدن',
      'أداء بايدن اليمين',
      'الرئيس الأمريكي الجديد بايدن',
      'الرئيس الأمريكي الجديد جو بايدن',
      'الرئيس الأميركي الجديد جو بايدن',
    ],
    source: `${WIKI}: "Inauguration of Joe Biden"`,
  },
  {
    date: '2021-05-26',
    event: 'Syrian presidential election 2021',
    cues: ['الانتخابات الرئاسية سوريا', 'الانتخابات الرئاسية السورية'],
    source: `${WIKI}: "2021 Syrian presidential election"`,
  },
  {
    date: '2022-02-24',
    event: 'Russian invasion of Ukraine',
    cues: ['الغزو الروسي أوكرانيا', 'العملية العسكرية الروسية أوكرانيا', 'العملية العسكرية الخاصة'],
    names: ['الغزو الروسي لأوكرانيا', 'الغزو الروسي لاوكرانيا'],
    source: `${WIKI}: "Russian invasion of Ukraine"`,
  },
  {
    date: '2023-02-06',
    event: 'Turkey–Syria earthquake',
    cues: ['الزلزال', 'زلزال'],
    names: ['زلزال كهرمان مرعش', 'زلزال السادس من شباط', 'زلزال السادس من فبراير'],
    source: `${WIKI}: "2023 Turkey–Syria earthquakes"`,
  },
  {
    date: '2023-05-07',
    event: 'Syria readmitted to the Arab League',
    cues: ['الجامعة العربية عودة سوريا', 'الجامعة العربية مقعد سوريا', 'عودة سوريا الجامعة'],
    source: `${WIKI}: "Syria and the Arab League"`,
  },
  {
    date: '2023-10-07',
    event: 'Hamas attack on Israel ("Al-Aqsa Flood")',
    cues: ['طوفان الأقصى', 'هجوم حماس', 'غلاف غزة'],
    names: ['طوفان الأقصى', 'عملية طوفان الأقصى', 'معركة طوفان الأقصى'],
    source: `${WIKI}: "7 October attacks"`,
  },
  {
    date: '2024-07-31',
    event: 'Ismail Haniyeh killed in Tehran',
    cues: ['هنية اغتيال', 'هنية مقتل'],
    names: ['اغتيال هنية', 'اغتيال إسماعيل هنية'],
    source: `${WIKI}: "Assassination of Ismail Haniyeh"`,
  },
  {
    date: '2024-09-27',
    event: 'Hassan Nasrallah killed in Beirut',
    cues: ['نصر الله اغتيال', 'نصرالله اغتيال', 'نصر الله مقتل', 'نصرالله مقتل'],
    names: ['اغتيال نصر الله', 'اغتيال حسن نصر الله', 'اغتيال نصرالله', 'اغتيال حسن نصرالله'],
    source: `${WIKI}: "Assassination of Hassan Nasrallah"`,
  },
  {
    date: '2024-11-27',
    event: 'opposition offensive "Deterrence of Aggression" begins',
    cues: ['ردع العدوان'],
    names: ['ردع العدوان'],
    source: `${WIKI}: "2024 Syrian opposition offensives"`,
  },
  {
    date: '2024-12-08',
    event: 'fall of the Assad government',
    cues: ['سقوط الأسد', 'سقوط نظام', 'سقوط النظام', 'هروب الأسد', 'فرار الأسد', 'تحرير دمشق'],
    names: ['النظام البائد', 'الرئيس المخلوع بشار الأسد', 'الرئيس المخلوع بشار', 'الرئيس السوري المخلوع', 'نظام الأسد البائد', 'نظام الأسد المخلوع'],
    source: `${WIKI}: "Fall of the Assad regime"`,
  },
  {
    date: '2025-01-20',
    event: "Donald Trump's second inauguration",
    cues: ['ترامب تنصيب', 'ترامب تولي', 'ترامب اليمين', 'ترامب السلطة'],
    fresh: ['تنصيب ترامب', 'تنصيب دونالد ترامب', 'تولي ترامب', 'تولي دونالد ترامب', 'الرئيس الأمريكي الجديد دونالد ترامب', 'الرئيس الأمريكي الجديد ترامب'],
    source: `${WIKI}: "Second inauguration of Donald Trump"`,
  },
  {
    date: '2025-01-29',
    event: 'Ahmed al-Sharaa named president for the transitional period',
    cues: ['الشرع رئيسا', 'الشرع المرحلة الانتقالية', 'إعلان انتصار الثورة'],
    names: ['الرئيس الشرع', 'الرئيس أحمد الشرع', 'الرئيس السوري أحمد الشرع', 'الرئيس السوري الشرع', 'الرئيس الانتقالي أحمد الشرع'],
    source: `${WIKI}: "Ahmed al-Sharaa" — named president 29 January 2025`,
  },
];
