import { describe, expect, it } from 'vitest';
import { tokenize } from '../arabic/index.js';
import { parseActorData } from './actor-data.js';
import { ActorRegistry } from './registry.js';

const registry = ActorRegistry.default();
const read = (sentence: string) => registry.findActors(sentence).map((m) => [m.text, m.actor.name]);

describe('findActors: real sentences from the seeds and gold articles', () => {
  const table: Array<[string, string[][]]> = [
    // seeds/000
    [
      'أعلن نائب رئيس مركز المصالحة الروسي يوري بوبوف أن القوات الجوية الروسية دمرت قاعدتين لمسلحين غادروا منطقة التنف',
      [['مركز المصالحة الروسي', 'Russian Reconciliation Center'], ['يوري بوبوف', 'Yuri Popov'], ['القوات الجوية الروسية', 'Military Forces of Russia'], ['مسلحين', 'Unidentified armed group']],
    ],
    [
      'وفي 6 أبريل الجاري، أعلنت الدفاع السورية في بيان لها قيام الجيش السوري بالتعاون مع القوات الروسية باستهداف عدد من مقار الإرهابيين',
      [['الدفاع السورية', 'Government of Syria'], ['الجيش السوري', 'Military Forces of Syria'], ['القوات الروسية', 'Military Forces of Russia'], ['الإرهابيين', 'Unidentified armed group']],
    ],
    [
      'أعلن نائب رئيس المركز الروسي للمصالحة بين الأطراف المتحاربة في سوريا أن الطيران الروسي دمر قاعدة للإرهاب في دير الزور.',
      [['المركز الروسي للمصالحة بين الأطراف المتحاربة في سوريا', 'Russian Reconciliation Center'], ['الطيران الروسي', 'Military Forces of Russia']],
    ],
    [
      'ودمر قاعدتين للمسلحين المشاركين في قصف مواقع القوات الحكومية السورية، وتم القضاء على أكثر من 20 مسلحا.',
      [['للمسلحين', 'Unidentified armed group'], ['القوات الحكومية السورية', 'Military Forces of Syria'], ['مسلحا', 'Unidentified armed group']],
    ],
    // Persian letters (ی) in the keywords line fold to Arabic
    ['وزارة الدفاع الروسية القوات الجویة الروسیة فی محافظة حمص', [['وزارة الدفاع الروسية', 'Military Forces of Russia'], ['القوات الجویة الروسیة', 'Military Forces of Russia']]],
    // seeds/001
    [
      'تحت حماية الفصائل المسلحة (هيئة تحرير الشام)، وذلك حسبما أفاد المرصد السوري لحقوق الإنسان اليوم الجمعة.',
      [['الفصائل المسلحة', 'Syrian opposition armed groups'], ['هيئة تحرير الشام', 'Hayat Tahrir al-Sham'], ['المرصد السوري لحقوق الإنسان', 'Syrian Observatory for Human Rights']],
    ],
    ['مقتل سائق سيارة في هجوم شنته قوات نظام كييف، بطائرة مسيّرة', [['قوات نظام كييف', 'Military Forces of Ukraine']]],
    // seeds/002
    [
      'أجرى وزير الدفاع الروسي سيرغي شويغو، السبت 18 يونيو/حزيران، محادثات مع الرئيس السوري بشار الأسد، وذلك بتوجيه من الرئيس الروسي فلاديمير بوتين.',
      [['وزير الدفاع الروسي سيرغي شويغو', 'Sergei Shoigu'], ['الرئيس السوري بشار الأسد', 'Bashar al-Assad'], ['الرئيس الروسي فلاديمير بوتين', 'Vladimir Putin']],
    ],
    ['شويغو يبحث مع الأسد التعاون الروسي السوري في محاربة الإرهاب', [['شويغو', 'Sergei Shoigu'], ['الأسد', 'Bashar al-Assad']]],
    // seeds/003: opposition vocabulary; قوات الأسد is the army, not the man
    [
      'وصلت اليوم الخميس تعزيزات عسكرية لقوات الأسد،  إلى مطار تدمر العسكري قادمة من مطار الـ T4 وسط تحليق للطيران المروحي الروسي',
      [['قوات الأسد', 'Military Forces of Syria'], ['للطيران المروحي الروسي', 'Military Forces of Russia']],
    ],
    ['تعزيزات عسكرية لقوات أسد تصل مطار تدمر العسكري.. فما الهدف؟', [['قوات أسد', 'Military Forces of Syria']]],
    ['_بالإضافة إلى 6 ناقلات جنود من الفيلق الخامس والحرس الجمهوري و على متنها نحو 90 عنصر مشاة.', [['الفيلق الخامس', 'Syrian Arab Army 5th Corps'], ['الحرس الجمهوري', 'Republican Guard (Syria)']]],
    ['تنفذها القوات ضد خلايا تنظيم الدولة في البادية السورية.', [['خلايا تنظيم الدولة', 'Islamic State']]],
    ['تمت السيطرة على قرى في البادية السورية بالقرب من حماة من قبل عناصر من تنظيم الدولة...', [['تنظيم الدولة', 'Islamic State']]],
    // seeds/004
    [
      'بمقتل عشرات المسلحين وتدمير عتادهم وآلياتهم في ضربات جوية مشتركة نفذها الطيران الحربي السوري والروسي',
      [['المسلحين', 'Unidentified armed group'], ['الطيران الحربي السوري', 'Military Forces of Syria']],
    ],
    [
      'وبالتنسيق الكامل بين القوات الجوية السورية والروسية، مما ساهم في تحقيق هذه النتائج الكبيرة.',
      [['القوات الجوية السورية', 'Military Forces of Syria']],
    ],
    // gold
    [
      'إنها قتلت عشرين عنصراً لقوات النظام، خلال محاولتهم اقتحام حي الراشدين بحلب',
      [['قوات النظام', 'Military Forces of Syria']],
    ],
    [
      'كما تدور اشتباكات عنيفة بين قوات النظام وحزب الله اللبناني وقوات الدفاع الوطني من جهة، والفصائل المقاتلة وجبهة النصرة من جهة أخرى، في اطراف حي جوبر',
      [['قوات النظام', 'Military Forces of Syria'], ['حزب الله اللبناني', 'Hezbollah'], ['قوات الدفاع الوطني', 'National Defence Forces'], ['الفصائل المقاتلة', 'Syrian opposition armed groups'], ['جبهة النصرة', 'Jabhat al-Nusra']],
    ],
    [
      'أسفرت ضربة (أمس) وجهتها القوات الجوفضائية الروسية إلى معقل لتنظيم هيئة تحرير الشام الإرهابي، في قرية فيلون',
      [['القوات الجوفضائية الروسية', 'Military Forces of Russia'], ['تنظيم هيئة تحرير الشام', 'Hayat Tahrir al-Sham']],
    ],
    [
      'الاستهداف الأول طاول سيارتين عسكريتين تابعتين لـ"قسد" في ريف القامشلي',
      [['قسد', 'Syrian Democratic Forces']],
    ],
    [
      'وتبنّت المقاومة الإسلامية في العراق استهداف القواعد الأميركية: عين الأسد، التنف، حرير، كونيكو، والشدادي',
      [['المقاومة الإسلامية في العراق', 'Iran-backed militias']],
    ],
    [
      'نفذ العدو الإسرائيلي عدواناً جوياً من اتجاه الجولان السوري المحتل، مستهدفاً موقعين لقواتنا المسلحة في ريف درعا',
      [['العدو الإسرائيلي', 'Military Forces of Israel'], ['قواتنا المسلحة', 'Military Forces of Syria']],
    ],
    [
      'التحالف الدولي، بقيادة واشنطن،استقدم تعزيزاتتضمّنت أسلحة دفاع جوي ومراقبة مع جنود إلى قواعده غير الشرعية، شرقي سوريا',
      [['التحالف الدولي', 'International coalition (US-led)']],
    ],
    [
      'وكان سلاح الجو التركي شن ليل الجمعة - السبت سلسلة غارات على القواعد الخلفية لحزب العمال الكردستاني في شمال العراق',
      [['سلاح الجو التركي', 'Military Forces of Turkey'], ['حزب العمال الكردستاني', 'PKK']],
    ],
    [
      'تصدّت قوّات الجيش السوري، اليوم الجمعة، لأوسع هجومٍ نفّذته "هيئة تحرير الشام" و"الحزب الإسلامي التركستاني" على جبهة "الفوج 46" في ريف حلب الغربي',
      [['قوّات الجيش السوري', 'Military Forces of Syria'], ['هيئة تحرير الشام', 'Hayat Tahrir al-Sham'], ['الحزب الإسلامي التركستاني', 'Turkistan Islamic Party']],
    ],
    [
      'جيش الاحتلال يقر بمقتل رقيب وإصابة آخرين بينهم ضباط في معارك غزة',
      [['جيش الاحتلال', 'Military Forces of Israel']],
    ],
    [
      'واشنطن تعترف بأن القوات المسلحة اليمنية أسقطت مسيرة أميركية من طراز "أم كيو تسعة MQ9" قبالة سواحل اليمن',
      [['القوات المسلحة اليمنية', 'Ansar Allah']],
    ],
    [
      'وأفادت المصادر بأنّ طائرتين حربيتين نفذتا بصورة متواصلة ضرباتٍ دقيقة ضد قاعدة كان يستخدمها تنظيم "هيئة تحرير الشام" لإطلاق الطائرات المسيّرة',
      [['تنظيم "هيئة تحرير الشام"', 'Hayat Tahrir al-Sham']],
    ],
    ['وأمس، استشهد مواطن وأصيب عدّة أشخاص بجروح', [['مواطن', 'Civilians (Syria)']]],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('findActors: what must not be read as an actor', () => {
  it.each([
    // Ain al-Asad is an Iraqi air base, not Bashar al-Assad
    ['كما قصفت المقاومةقاعدة "عين الأسد"مرّات عديدة'],
    // القاعدة alone is a base, not al-Qaeda
    ['القوات الأميركية في حقل العمر أطلقت 3 صواريخ باتجاه بادية الميادين'.replace('القوات الأميركية', 'القاعدة')],
    // a bare indefinite alias does not fire on a definite word: المدني is not مدني
    ['بحجة أنها تحظر الطيران المدني ، وفي نفس الوقت لا تمنع الطائرات الحربية'],
    // الطيران الحربي without a nationality names nobody
    ['شن الطيران الحربي غارتين على مدينة عربين في الغوطة الشرقية'],
  ])('%s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe('spans', () => {
  it('leave the conjunction out and point back into the text', () => {
    const text = 'اشتباكات عنيفة دارت (أمس)، بين الجيش السوري النظامي ومقاتلي «حزب الله» اللبناني ومسلحين موالين لهما';
    const mentions = registry.findActors(text, tokenize(text));
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m) => [m.text, m.actor.name])).toEqual([
      ['الجيش السوري النظامي', 'Military Forces of Syria'],
      ['مقاتلي «حزب الله»', 'Hezbollah'],
      ['مسلحين موالين لهما', 'Pro-government militias'],
    ]);
  });
  it('skip harakat in a clitic', () => {
    const text = 'وَقُوّاتُ النظامِ تقصف';
    const [m] = registry.findActors(text);
    expect(m?.text).toBe('قُوّاتُ النظامِ');
  });
});

describe('coding', () => {
  it.each([
    ['Vladimir Putin', 'Government of Russia'],
    ['Bashar al-Assad', 'Government of Syria'],
    ['Syrian Arab Army 5th Corps', 'Military Forces of Syria'],
    ['Jaysh al-Fath', 'Syrian opposition armed groups'],
    ['Alexander Dvornikov', 'Military Forces of Russia'],
    ['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights'],
    ['Military Forces of Israel', 'Military Forces of Israel'],
  ])('%s is coded as %s', (name, coded) => {
    const actor = registry.byName(name);
    expect(actor).not.toBeNull();
    expect(registry.codedActor(actor!)?.name).toBe(coded);
  });
  it('uses the GUIDE.md names', () => {
    for (const name of ['Military Forces of the United States', 'International coalition (US-led)', 'Turkish-backed Syrian factions', 'Civilians (Syria)', 'Unidentified armed group'])
      expect(registry.byName(name)?.name).toBe(name);
    expect(registry.byName('Military Forces of Atlantis')).toBeNull();
  });
});

describe('registry data', () => {
  const base = { name_ar: 'س', type: 'militia', country: null, parent: null, role: 'actor' };
  it('refuses an alias given to two actors', () => {
    const data = parseActorData({ actors: [{ ...base, name: 'A', aliases_ar: ['الجيش'] }, { ...base, name: 'B', name_ar: 'ص', aliases_ar: ['الجيش'] }] });
    expect(() => new ActorRegistry(data)).toThrow(/both A and B/);
  });
  it('refuses a bad type or an unknown parent', () => {
    expect(() => parseActorData({ actors: [{ ...base, name: 'A', type: 'army', aliases_ar: [] }] })).toThrow(/bad type/);
    expect(() => parseActorData({ actors: [{ ...base, name: 'A', parent: 'Z', aliases_ar: [] }] })).toThrow(/unknown parent/);
  });
});
