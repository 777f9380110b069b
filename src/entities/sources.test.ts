import { describe, expect, it } from 'vitest';
import { findSources } from './sources.js';

const read = (sentence: string) => findSources(sentence).map((s) => [s.text, s.kind, s.label]);

describe('findSources: who claims it, from the seeds and gold articles', () => {
  it.each<[string, string[][]]>([
    // seeds/004: an unnamed military source, then `المصدر` pointing back at it
    ['أفاد مصدر عسكري سوري اليوم بمقتل عشرات المسلحين وتدمير عتادهم. وأوضح المصدر أن هذه الضربات تأتي في إطار العمليات العسكرية',
      [['مصدر عسكري سوري', 'anonymous', 'Syrian military source'], ['المصدر', 'anonymous', 'Syrian military source']]],
    ['من جانبه، أكد المتحدث باسم وزارة الدفاع الروسية أن الضربات الجوية المشتركة',
      [['المتحدث باسم وزارة الدفاع الروسية', 'person', 'Russian Ministry of Defence spokesman']]],
    // seeds/001
    ['تحت حماية الفصائل المسلحة (هيئة تحرير الشام)، وذلك حسبما أفاد المرصد السوري لحقوق الإنسان اليوم الجمعة.',
      [['المرصد السوري لحقوق الإنسان', 'organisation', 'Syrian Observatory for Human Rights']]],
    ['وتأتي هذه التحركات بعد أن أعلن ميخائيل بوغدانوف، نائب وزير الخارجية الروسي، يوم الخميس الماضي أن بلاده',
      [['ميخائيل بوغدانوف، نائب وزير الخارجية الروسي', 'person', 'Mikhail Bogdanov, Russian deputy foreign minister']]],
    // seeds/000
    ['أعلن نائب رئيس مركز المصالحة الروسي يوري بوبوف أن القوات الجوية الروسية دمرت قاعدتين',
      [['نائب رئيس مركز المصالحة الروسي يوري بوبوف', 'person', 'Yuri Popov, deputy head of the Russian Reconciliation Center']]],
    ['وفي 6 أبريل الجاري، أعلنت الدفاع السورية في بيان لها قيام الجيش السوري بالتعاون مع القوات الروسية',
      [['الدفاع السورية', 'actor', 'Syrian Defence Ministry']]],
    // gold
    ['أعلنت وزارة الدفاع السورية، اليوم الأربعاء، أنّ القوات المسلحة، نفّذت بالتعاون مع القوات الروسية',
      [['وزارة الدفاع السورية', 'actor', 'Syrian Ministry of Defence']]],
    ['حيث أفاد ناشطون بفشل هجوم شنه حزب الله اللبناني والقوات النظامية السورية', [['ناشطون', 'anonymous', 'activists']]],
    ['واستشهد ضابط من جرّاء عدوانٍ إسرائيلي، الأسبوع الماضي، استهدف موقعين في ريفي القنيطرة ودرعا، وفق ما أكدت حينها وكالة "سانا" الإخبارية السورية.',
      [['وكالة "سانا" الإخبارية السورية', 'organisation', 'SANA']]],
    ['بدورها، قالت وسائل إعلام إسرائيلية إنّ الولايات المتحدة دفعت مئات المقاتلين الأميركيين', [['وسائل إعلام إسرائيلية', 'anonymous', 'Israeli media']]],
    ['أكدت مصادر الميادين في سوريا، أنّ طائراتٍ حربية سورية - روسية مشتركة نفّذت سلسلةَ غاراتٍ', [['مصادر الميادين', 'organisation', 'Al Mayadeen']]],
    ['غارات أميركية على موقعين في شرق سوريا، مصدر للميادين يؤكد أن غارتين استهدفتا نقاطًا', [['مصدر للميادين', 'anonymous', 'Al Mayadeen source']]],
    ['ذكرت وكالة أنباء دوغان التركية أن ستة أشخاص على الأقل اعتقلوا', [['وكالة أنباء دوغان', 'organisation', 'Dogan News Agency']]],
    ['وقال بوبوف إن "ضربات القوات الجوية الروسية دمرت قاعدتين', [['بوبوف', 'person', 'Yuri Popov, deputy head of the Russian Reconciliation Center']]],
    ['وأكد الحسيني لـ«الشرق الأوسط»، أن «الجيش الحر وكتائب (شهداء الإسلام)', []],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    // `مجهولة المصدر`: of unknown origin, not an informant
    ['وسقطت قذيفة هاون مجهولة المصدر، في شارع العدوي بدمشق، خلفت أضراراً مادية.'],
    // a bare `المصدر` with nothing to point back at
    ['وأشار المصدر إلى أن الضربات الجوية استهدفت مواقع استراتيجية للمسلحين'],
    // parties named outside a claim are actors, not sources
    ['تصدّت قوّات الجيش السوري، اليوم الجمعة، لأوسع هجومٍ نفّذته "هيئة تحرير الشام"'],
  ])('no source in: %s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it('reads a source inside a party', () => {
    expect(read('وقال مصدر في الجيش الحر إن الاشتباكات مستمرة')).toEqual([['مصدر في الجيش الحر', 'anonymous', 'source in Free Syrian Army']]);
  });
});
