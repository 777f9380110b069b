import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Place } from '../types.js';
import { Gazetteer } from './index.js';

const gazetteer = Gazetteer.default();

/** What a reader codes for one place mention: the words, the place, and how precise it is. */
interface Reading {
  text: string;
  /** Place id (P-code based) or English name. */
  place: string;
  admin1?: string | null;
  precision: 1 | 2 | 3;
}

/** Real sentences from shared/seeds and shared/gold, with every place mention a careful reader sees. */
const SENTENCES: { source: string; sentence: string; places: Reading[] }[] = [
  {
    source: 'seed 000',
    sentence:
      'وكانوا يختبئون في مناطق يصعب الوصول إليها في سلسلة جبال العمور في محافظة حمص".',
    places: [
      { text: 'سلسلة جبال العمور', place: 'site:jabal_al_amour', admin1: 'Homs', precision: 2 },
      { text: 'محافظة حمص', place: 'opensyria:sy-homs', admin1: 'Homs', precision: 3 },
    ],
  },
  {
    source: 'seed 000',
    sentence: 'أعلنت الدفاع السورية في بيان لها قيام الجيش السوري بالتعاون مع القوات الروسية باستهداف عدد من مقار الإرهابيين وآلياتهم وإسقاط مسيرات لهم في ريفي حلب وإدلب.',
    places: [
      { text: 'ريفي حلب', place: 'opensyria:sy-aleppo', admin1: 'Aleppo', precision: 2 },
      { text: 'إدلب', place: 'opensyria:sy-idlib', admin1: 'Idleb', precision: 2 },
    ],
  },
  {
    source: 'seed 000',
    sentence: 'كما شن الطيران الروسي في 5 مارس هجوما على قرية "باسنكول" في محافظة إدلب، ودمر قاعدتين للمسلحين',
    places: [
      { text: 'قرية "باسنكول', place: 'ocha:C4322', admin1: 'Idleb', precision: 1 },
      { text: 'محافظة إدلب', place: 'opensyria:sy-idlib', admin1: 'Idleb', precision: 3 },
    ],
  },
  {
    source: 'seed 000',
    sentence: 'دمرت قاعدتين لمسلحين غادروا منطقة التنف وكانوا يختبئون بمناطق جبلية يصعب الوصول إليها في محافظة حمص بسوريا.',
    places: [
      { text: 'منطقة التنف', place: 'site:al_tanf_garrison', admin1: 'Rural Damascus', precision: 1 },
      { text: 'محافظة حمص', place: 'opensyria:sy-homs', admin1: 'Homs', precision: 3 },
      { text: 'سوريا', place: 'country:SY', admin1: null, precision: 3 },
    ],
  },
  {
    source: 'seed 000 (teaser)',
    sentence: 'أكد الرئيس بوتين في مستهل اللقاء على عمق العلاقات بين موسكو ودمشق',
    places: [
      { text: 'موسكو', place: 'Moscow', admin1: null, precision: 1 },
      { text: 'دمشق', place: 'ocha:C1001', admin1: 'Damascus', precision: 1 },
    ],
  },
  {
    source: 'seed 001',
    sentence: 'وصرّحت المنظمة غير الحكومية، بأن "القوات الروسية بدأت بالانسحاب من منطقة حسياء جنوب حمص باتجاه المدينة، لتتجمع لاحقاً في قاعدة حميميم بريف اللاذقية".',
    places: [
      { text: 'منطقة حسياء', place: 'ocha:C2675', admin1: 'Homs', precision: 1 },
      { text: 'جنوب حمص', place: 'ocha:C2528', admin1: 'Homs', precision: 2 },
      { text: 'قاعدة حميميم', place: 'site:hmeimim_air_base', admin1: 'Lattakia', precision: 1 },
      { text: 'ريف اللاذقية', place: 'opensyria:sy-latakia', admin1: 'Lattakia', precision: 2 },
    ],
  },
  {
    source: 'seed 001',
    sentence: 'في حماية الفصائل المسلحة.. قوات روسية تغادر حمص ودمشق',
    places: [
      { text: 'حمص', place: 'ocha:C2528', admin1: 'Homs', precision: 1 },
      { text: 'دمشق', place: 'ocha:C1001', admin1: 'Damascus', precision: 1 },
    ],
  },
  {
    source: 'seed 002',
    sentence: 'وترابط الطائرات الحربية الروسية في مطار حميميم بريف اللاذقية، فيما تفيد وسائل إعلام بأن روسيا نشرت مروحيات عسكرية في قاعدتي الشعيرات (في ريف حمص) والطياس (قرب مدينة تدمر).',
    places: [
      { text: 'مطار حميميم', place: 'site:hmeimim_air_base', admin1: 'Lattakia', precision: 1 },
      { text: 'ريف اللاذقية', place: 'opensyria:sy-latakia', admin1: 'Lattakia', precision: 2 },
      { text: 'روسيا', place: 'country:RU', admin1: null, precision: 3 },
      { text: 'قاعدتي الشعيرات', place: 'site:shayrat_air_base', admin1: 'Homs', precision: 1 },
      { text: 'ريف حمص', place: 'opensyria:sy-homs', admin1: 'Homs', precision: 2 },
      // the dual site word runs across the bracketed aside: الطياس is the T4 air base (seed expected.json)
      { text: 'الطياس', place: 'site:tiyas_t4_air_base', admin1: 'Homs', precision: 1 },
      { text: 'قرب مدينة تدمر', place: 'ocha:C2889', admin1: 'Homs', precision: 2 },
    ],
  },
  {
    source: 'seed 002',
    sentence: 'وكان فلاديمير بوتين أعلن سابقا أن مركزي انتشار القوات الروسية في ميناء طرطوس وحميميم سيستمران في عملهما',
    places: [
      { text: 'ميناء طرطوس', place: 'site:tartus_naval_facility', admin1: 'Tartous', precision: 1 },
      { text: 'حميميم', place: 'site:hmeimim_air_base', admin1: 'Lattakia', precision: 1 },
    ],
  },
  {
    source: 'seed 002',
    sentence: 'وبدأ سحب الجزء الأكبر من القوات الروسية من سوريا على خلفية المحادثات السورية غير المباشرة في جنيف، التي استؤنفت في 14 مارس/آذار',
    places: [
      { text: 'سوريا', place: 'country:SY', admin1: null, precision: 3 },
      { text: 'جنيف', place: 'Genève', admin1: null, precision: 1 },
    ],
  },
  {
    source: 'seed 003',
    sentence: 'وصلت اليوم الخميس تعزيزات عسكرية لقوات الأسد،  إلى مطار تدمر العسكري قادمة من مطار الـ T4 وسط تحليق للطيران المروحي الروسي لتأمين خط سيرها.',
    places: [
      { text: 'مطار تدمر العسكري', place: 'site:palmyra_military_airport', admin1: 'Homs', precision: 1 },
      { text: 'مطار الـ T4', place: 'site:tiyas_t4_air_base', admin1: 'Homs', precision: 1 },
    ],
  },
  {
    source: 'seed 003',
    sentence: 'وفي 12 كانون الثاني الجاري،  تمت السيطرة على قرى في البادية السورية بالقرب من حماة من قبل عناصر من تنظيم الدولة...',
    places: [
      { text: 'البادية السورية', place: 'site:syrian_badia', admin1: null, precision: 3 },
      { text: 'بالقرب من حماة', place: 'ocha:C2987', admin1: 'Hama', precision: 2 },
    ],
  },
  {
    source: 'seed 003',
    sentence: 'و تشهد المناطق التي تسيطر عليها قوات الأسد، في المنطقة الشرقية والسرير الجنوبي لنهر الفرات، هجمات متكررة من خلايا “داعش”',
    places: [{ text: 'نهر الفرات', place: 'site:euphrates', admin1: null, precision: 3 }],
  },
  {
    source: 'seed 003',
    sentence: 'منذ سقوط آخر جيب لما يسمى “دولة الخلافة”، خلال معركة الباغوز عام 2019',
    places: [{ text: 'الباغوز', place: 'ocha:C5184', admin1: 'Deir-ez-Zor', precision: 1 }],
  },
  {
    source: 'seed 003',
    sentence: 'وأضاف السفير الروسي في واشنطن: “بالطبع نحن مستعدون لمثل هذا التعاون، شريطة احترام سيادة الجمهورية العربية السورية”',
    places: [
      { text: 'واشنطن', place: 'Washington, D.C.', admin1: null, precision: 1 },
      { text: 'الجمهورية العربية السورية', place: 'country:SY', admin1: null, precision: 3 },
    ],
  },
  {
    source: 'seed 004',
    sentence: 'أفاد مصدر عسكري سوري اليوم بمقتل عشرات المسلحين وتدمير عتادهم وآلياتهم في ضربات جوية مشتركة نفذها الطيران الحربي السوري والروسي على أماكن تمركزهم ومحاور تحركهم في ريف حماة.',
    places: [{ text: 'ريف حماة', place: 'opensyria:sy-hama', admin1: 'Hama', precision: 2 }],
  },
  {
    source: 'seed 004',
    sentence: 'حيث تتزايد الضغوط الدولية على الأطراف المتنازعة في سورية للتوصل إلى حل سياسي',
    places: [{ text: 'سورية', place: 'country:SY', admin1: null, precision: 3 }],
  },
  {
    source: 'gold snn-317d6f64dca9',
    sentence: 'أثناء عودتهم من اجتماع في مدينة اعزاز في ريف حلب الشمالي الى مقرهم في قرية المالكية القريبة".',
    places: [
      { text: 'مدينة اعزاز', place: 'ocha:C1564', admin1: 'Aleppo', precision: 1 },
      { text: 'ريف حلب الشمالي', place: 'opensyria:sy-aleppo', admin1: 'Aleppo', precision: 2 },
      // three OCHA villages are called المالكية; the one in Aleppo is meant
      { text: 'قرية المالكية', place: 'ocha:C1563', admin1: 'Aleppo', precision: 1 },
    ],
  },
  {
    source: 'gold snn-b76299d0a1ba',
    sentence: 'وقصفت قوات النظام مناطق في قريتي معرستي وماير بريف حلب الشمالي مما أدى لأضرار مادية دون معلومات عن خسائر بشرية.',
    places: [
      // معرستي is not in the OCHA 2015 list under any spelling found: no mention rather than a guess
      { text: 'ماير', place: 'ocha:C1656', admin1: 'Aleppo', precision: 1 },
      { text: 'ريف حلب الشمالي', place: 'opensyria:sy-aleppo', admin1: 'Aleppo', precision: 2 },
    ],
  },
  {
    source: 'gold am-1876957',
    sentence: 'حيث استهدفت مدفعيته، الاثنين، بقذيفتين أطراف قرية الحميدية في ريف القنيطرة الأوسط، دون أن يؤدي العدوان إلى إصابات.',
    places: [
      // four villages are called الحميدية: the governorate named in the sentence decides
      { text: 'أطراف قرية الحميدية', place: 'ocha:C6265', admin1: 'Quneitra', precision: 2 },
      { text: 'ريف القنيطرة الأوسط', place: 'opensyria:sy-quneitra', admin1: 'Quneitra', precision: 2 },
    ],
  },
  {
    source: 'gold am-1741935',
    sentence: 'الدفاع السورية تفيد بأن عدواناً جوياً من اتجاه البحر المتوسط غربي اللاذقية استهدف مطار حلب الدولي، وأدّى إلى خروجه عن الخدمة.',
    places: [
      { text: 'غربي اللاذقية', place: 'ocha:C3480', admin1: 'Lattakia', precision: 2 },
      { text: 'مطار حلب الدولي', place: 'site:nayrab_aleppo_airport', admin1: 'Aleppo', precision: 1 },
    ],
  },
  {
    source: 'gold am-1768555',
    sentence: 'والأحد،خرج مطار دمشق عن الخدمة من جراء تعرضه لعدوان إسرائيلي أدّى إلى استشهاد مدنيَين وفق السلطات السورية',
    places: [{ text: 'مطار دمشق', place: 'airport:OSDI', admin1: 'Rural Damascus', precision: 1 }],
  },
  {
    source: 'gold snn-44bb47f9bb5e',
    sentence: 'وكان ناشطون تحدثوا عن «اشتباكات عنيفة دارت في محيط المشيك والزيارة وتل واسط والمنصورة وفورو في سهل الغاب.',
    places: [
      { text: 'تل واسط', place: 'ocha:C3157', admin1: 'Hama', precision: 1 },
      // six villages are called المنصورة; تل واسط, in the same sentence, is in Hama
      { text: 'المنصورة', place: 'ocha:C3160', admin1: 'Hama', precision: 1 },
      { text: 'سهل الغاب', place: 'region:ghab_plain', admin1: 'Hama', precision: 2 },
    ],
  },
];

function reading(text: string): Reading[] {
  return gazetteer.findPlaces(text).map((m) => ({
    text: m.text,
    place: m.place.id,
    admin1: m.place.admin1,
    precision: m.precision,
  }));
}

describe('findPlaces on real sentences', () => {
  it.each(SENTENCES)('$source: $sentence', ({ sentence, places }) => {
    const found = gazetteer.findPlaces(sentence);
    // offsets give back the text
    for (const m of found) expect(sentence.slice(m.start, m.end)).toBe(m.text);
    const got = found.map((m) => ({
      text: m.text,
      place: places.some((p) => p.place === m.place.name_en && p.text === m.text) ? m.place.name_en : m.place.id,
      admin1: m.place.admin1,
      precision: m.precision,
    }));
    expect(got).toEqual(places.map((p) => ({ admin1: null, ...p })));
  });
});

describe('what must not become a place', () => {
  it.each([
    // the brief's common words that are also OCHA villages
    ['seed 000', 'أعلنت الدفاع السورية في بيان لها قيام الجيش السوري'],
    // a town in Russia, not in the gazetteer: no mention rather than a guess
    ['seed 001 teaser', 'مقتل سائق سيارة في هجوم أوكراني بطائرة مسيرة على بلدة سالسك'],
    // the adjective السورية is not the country سورية; الأسد, بشار are people
    ['seed 002', 'وزير الدفاع الروسي سيرغي شويغو مع الرئيس السوري بشار الأسد'],
    // الوزارة is not a place (nor و + زارة, a Homs village)
    ['seed 002', 'وبحسب الوزارة فإن شويغو تفقد أداء النوبة العسكرية'],
    // nunation: روسيًا – أمريكيًا are adjectives
    ['seed 003', 'شهدت في الآونة الأخيرة صراعًا روسيًا – أمريكيًا بسبب موارد الطاقة'],
    // للميادين is the channel Al Mayadeen, not the town
    ['gold am-1741935', 'وكشف مصدر عسكري للميادين أنّ العدو الإسرائيلي نفذ عدواناً جوياً'],
  ])('%s: %s', (_source, sentence) => {
    expect(reading(sentence)).toEqual([]);
  });

  it('reads bare الشعيرات as the village, مطار الشعيرات as the air base', () => {
    const bare = gazetteer.findPlaces('قرية الشعيرات في ريف حمص');
    expect(bare[0]?.place.kind).toBe('community');
    const base = gazetteer.findPlaces('استهدفت الصواريخ مطار الشعيرات العسكري');
    expect(base.map((m) => [m.text, m.place.id])).toEqual([['مطار الشعيرات العسكري', 'site:shayrat_air_base']]);
  });
});

describe('disambiguation', () => {
  it('drops a village name shared across governorates when nothing in the text decides', () => {
    // الخالدية: five OCHA villages in four governorates
    expect(gazetteer.lookup('الخالدية').filter((p) => p.country === 'Syria').length).toBe(5);
    expect(reading('وقعت اشتباكات في الخالدية صباح اليوم')).toEqual([]);
  });

  it('takes the governorate the caller knows the article is about', () => {
    const m = gazetteer.findPlaces('وقعت اشتباكات في الخالدية صباح اليوم', undefined, { admin1Hints: ['Quneitra'] });
    expect(m.map((x) => [x.text, x.place.id])).toEqual([['الخالدية', 'ocha:C6274']]);
  });

  it('prefers the governorate seat over villages of the same name', () => {
    const m = gazetteer.findPlaces('وصلت تعزيزات إلى القنيطرة');
    expect(m[0]?.place.id).toBe('ocha:C6268');
  });
});

describe('lookup and admin1', () => {
  it.each([
    ['الباغوز', 'ocha:C5184'],
    ['باغوز', 'ocha:C5184'],
    ['والباغوز', 'ocha:C5184'],
    ['إدلب', 'ocha:C3871'],
    ['ادلب', 'ocha:C3871'],
    ['Homs', 'ocha:C2528'],
    ['حسياء', 'ocha:C2675'],
    ['التنف', 'site:al_tanf_garrison'],
  ])('lookup(%s) finds %s', (name, id) => {
    expect(gazetteer.lookup(name).map((p) => p.id)).toContain(id);
  });

  it.each(['Aleppo', 'Al-Hasakeh', 'Ar-Raqqa', 'As-Sweida', 'Damascus', "Dar'a", 'Deir-ez-Zor', 'Hama', 'Homs', 'Idleb', 'Lattakia', 'Quneitra', 'Rural Damascus', 'Tartous'])(
    'admin1(%s) is the governorate, coded with its OCHA name',
    (name) => {
      const p = gazetteer.admin1(name);
      expect(p?.kind).toBe('admin1');
      expect(p?.admin1).toBe(name);
    },
  );

  it('codes every Syrian entry with an OCHA governorate name', () => {
    const OCHA = new Set(['Aleppo', 'Al-Hasakeh', 'Ar-Raqqa', 'As-Sweida', 'Damascus', "Dar'a", 'Deir-ez-Zor', 'Hama', 'Homs', 'Idleb', 'Lattakia', 'Quneitra', 'Rural Damascus', 'Tartous']);
    for (const name of ['حلب', 'الحسكة', 'الرقة', 'السويداء', 'درعا', 'دير الزور', 'اللاذقية', 'طرطوس', 'مطار التيفور', 'حقل كونيكو']) {
      for (const p of gazetteer.lookup(name).filter((x) => x.country === 'Syria')) expect(OCHA.has(p.admin1 ?? '')).toBe(true);
    }
  });
});

describe('rules added with the places issue', () => {
  it.each([
    // an outlet's name is not a place: after a media word (quotes between allowed) or before الإخبارية
    ['seed 000', 'عبر قناة "القاهرة الإخبارية"', []],
    ['made up from seed 000', 'وقالت قناة القاهرة الإخبارية إن', []],
    // Ghouta is the Rural Damascus region, not the Raqqa village الغوطة
    ['gold snn-317d6f64dca9', 'كذلك شن الطيران الحربي غارتين على مدينة عربين في الغوطة الشرقية', [['مدينة عربين', 'Rural Damascus', 1], ['الغوطة الشرقية', 'Rural Damascus', 2]]],
    ['gold snn-2e7b97567ce1', 'فهي برأي الناشط الإعلامي في الغوطة ضياء الحسيني', [['الغوطة', 'Rural Damascus', 2]]],
    // around the capital is Rural Damascus; inside it (وسط) is Damascus
    ['gold am-1706802', 'مستهدفاً بعض النقاط في محيط دمشق', [['محيط دمشق', 'Rural Damascus', 2]]],
    ['gold am-1876957 (title)', 'سوريا: شهيدان من جراء عدوان إسرائيلي استهدف جنوبي دمشق', [['سوريا', 'Syria', 3], ['جنوبي دمشق', 'Rural Damascus', 2]]],
    // a Damascus quarter after حي, not the Homs village جوبر
    ['gold snn-317d6f64dca9', 'تجمعات لقوات النظام في منطقة المناشر بحي جوبر', [['حي جوبر', 'Damascus', 1]]],
    // towns abroad carry their province
    ['gold snn-9d2c427da60e', 'على طريق في مدينة مديات بمحافظة ماردين', [['مدينة مديات', 'Mardin', 1], ['محافظة ماردين', 'Mardin', 3]]],
    ['gold am-1766801', 'شهداء وجرحى بغارات متتالية على خان يونس', [['خان يونس', 'Gaza Strip', 1]]],
    ['gold snn-fc360e99a5e4', 'على جانب الطريق في قضاء سيلوبي', [['سيلوبي', 'Sirnak', 1]]],
    // the US bases of the same news, listed bare after a colon
    ['gold am-1767829', 'استهداف القواعد الأميركية: عين الأسد، التنف، حرير، كونيكو، والشدادي', [['عين الأسد', 'Al-Anbar', 1], ['التنف', 'Rural Damascus', 1], ['كونيكو', 'Deir-ez-Zor', 1], ['الشدادي', 'Al-Hasakeh', 1]]],
    // a name starting with الشيخ is a person's without the article or before بن; a village after قرية
    ['anercorp-test:95', 'ويعتبر خالد شيخ محمد المولود في الكويت من عائلة باكستانية', [['الكويت', 'Kuwait', 3]]],
    ['anercorp-train:2266', 'استقبل الفريق أول سمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي', [['أبوظبي', 'United Arab Emirates', 1]]],
    // ل + ال written لل: the country keeps its article (`للولايات المتحدة`, `للعراق`)
    ['anercorp-train:160', 'وقام بلير بزيارة خاطفة للولايات المتحدة اجتمع خلالها لمدة ثلاث ساعات مع بوش', [['للولايات المتحدة', 'United States', 3]]],
    ['anercorp-train:1028', 'خرجت هذه القوى والشخصيات والأحزاب بمشروع التقسيم الطائفي للعراق .', [['للعراق', 'Iraq', 3]]],
    // a quarter (حي) lies in the town the sentence is in, not in a foreign namesake (Mafraq, Amol)
    ['anercorp-train:3279', 'قصفت فجر اليوم منزلا بحي المفرق في قرية بني زيد غرب بعقوبة', [['غرب بعقوبة', 'Diyala', 2]]],
    ['anercorp-test:122', 'أطلقت أمس صاروخين على منزل في حي الأمل شمال خان يونس', [['شمال خان يونس', 'Gaza Strip', 2]]],
    // after a settlement word the name stands bare: not ب + `وادي` (El Oued, Algeria); a name that starts with ب stays (بعلبك)
    ['anercorp-train:2251', 'هاجموا مدرسة قرية بوادي, علي بعد15 كيلو مترا غرب بعلبك', [['غرب بعلبك', 'Baalbek-Hermel', 2]]],
    ['anercorp-train:2257', 'حاولت السيطرة علي مدرسة قرية بوادي, ونفي المتحدث الأنباء', []],
    ['anercorp-train:2249', 'في وقت مبكر من صباح أمس , بالقرب من مدينة بعلبك اللبنانية', [['بالقرب من مدينة بعلبك', 'Baalbek-Hermel', 2]]],
  ] as [string, string, [string, string, number][]][])('%s: %s', (_source, sentence, expected) => {
    expect(gazetteer.findPlaces(sentence).map((m) => [m.text, m.place.admin1 ?? m.place.country, m.precision])).toEqual(expected);
  });

  it('leaves bare عمان (Oman or Amman) unresolved unless the text names one of the countries', () => {
    expect(reading('وصل الوزير إلى عمان')).toEqual([]);
    const m = gazetteer.findPlaces('وصل وزير الخارجية إلى الأردن، وفي عمان التقى نظيره');
    expect(m.map((x) => [x.text, x.place.name_en])).toEqual([['الأردن', 'Jordan'], ['عمان', 'Amman']]);
    expect(gazetteer.findPlaces('سلطنة عمان').map((x) => x.place.id)).toEqual(['country:OM']);
  });

  it('reads a bare name again as the place its governorate pinned earlier in the article', () => {
    // gold snn-317d6f64dca9: the Aleppo village, not the Hasakeh town المالكية (a district seat)
    const text = 'عودتهم من اجتماع في مدينة اعزاز في ريف حلب الشمالي الى مقرهم في قرية المالكية القريبة. وقد استقروا في المالكية ومعهم ثلاثون عربة';
    expect(gazetteer.findPlaces(text).filter((m) => m.text.endsWith('المالكية')).map((m) => m.place.admin1)).toEqual(['Aleppo', 'Aleppo']);
  });
});

describe('adminAt', () => {
  it.each([
    // points of conflict_sites.csv and OCHA communities, with the units their sources state
    [35.4011, 35.9487, 'Lattakia', 'Jablah'], // Hmeimim air base
    [33.5102, 36.29128, 'Damascus', 'Damascus'], // Damascus (OCHA C1001)
    [34.5226, 37.6299, 'Homs', 'Homs'], // T4
    [36.033808, 40.750438, 'Al-Hasakeh', 'Al-Hasakeh'], // Shaddadah (OCHA C4446)
  ])('(%f, %f) is in %s / %s', (lat, lon, admin1, admin2) => {
    expect(gazetteer.adminAt(lat, lon)).toEqual({ admin1, admin2 });
  });

  it.each([
    [37.06622, 37.38332], // Gaziantep, Turkey
    [33.31417, 38.70333 + 0.1], // in Jordan, ~10 km south-east of Tower 22
    [34.9, 35.3], // the sea off Tartus
  ])('(%f, %f) is outside Syria', (lat, lon) => {
    expect(gazetteer.adminAt(lat, lon)).toBeNull();
  });

  it('agrees with the OCHA P-codes of nearly every community point', () => {
    const communities = JSON.parse(readFileSync(new URL('../../data/geo/syria_communities.json', import.meta.url), 'utf8')) as Place[];
    let same = 0;
    for (const c of communities) {
      const u = c.lat !== null && c.lon !== null ? gazetteer.adminAt(c.lat, c.lon) : null;
      if (u?.admin1 === c.admin1 && u.admin2 === c.admin2) same++;
    }
    // boundaries/SOURCE.md measured 5,201 of 5,251 on the simplified districts; the 2 km margin recovers the border villages
    expect(same / communities.length).toBeGreaterThan(0.995);
  });
});

describe('speed', () => {
  it('reads a 5 KB article in well under a millisecond once loaded', () => {
    const text = SENTENCES.map((s) => s.sentence).join('\n').repeat(2).slice(0, 5000);
    for (let k = 0; k < 20; k++) gazetteer.findPlaces(text);
    // the fastest of several batches: other test files share the CPU, and a busy moment is not the code
    let best = Infinity;
    for (let batch = 0; batch < 10; batch++) {
      const t0 = performance.now();
      for (let k = 0; k < 20; k++) gazetteer.findPlaces(text);
      best = Math.min(best, (performance.now() - t0) / 20);
    }
    // generous bound: CI machines are slower than the ~0.4 ms measured here
    expect(best).toBeLessThan(2);
  });
});
