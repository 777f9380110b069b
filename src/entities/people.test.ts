import { describe, expect, it } from 'vitest';
import { findPeople } from './people.js';

const read = (sentence: string) => findPeople(sentence).map((p) => [p.text, p.name, p.role, p.actor?.name ?? null]);
const labels = (sentence: string) => findPeople(sentence).map((p) => p.label);

describe('findPeople: titles with names, from the seeds and gold articles', () => {
  it.each<[string, Array<[string, string | null, string | null, string | null]>]>([
    // seeds/000
    ['أعلن نائب رئيس مركز المصالحة الروسي يوري بوبوف أن القوات الجوية الروسية دمرت قاعدتين لمسلحين',
      [['نائب رئيس مركز المصالحة الروسي يوري بوبوف', 'يوري بوبوف', 'نائب رئيس مركز المصالحة الروسي', 'Russian Reconciliation Center']]],
    ['وقال بوبوف إن "ضربات القوات الجوية الروسية دمرت قاعدتين للمسلحين', [['بوبوف', 'بوبوف', null, 'Russian Reconciliation Center']]],
    ['أن المباحثات بين الرئيس الروسي فلاديمير بوتين ونظيره السوري أحمد الشرع هي اللقاء يعد الأول من نوعه بين بوتين ورئيس سوري غير بشار الأسد',
      [['الرئيس الروسي فلاديمير بوتين', 'فلاديمير بوتين', 'الرئيس الروسي', 'Government of Russia'], ['أحمد الشرع', 'أحمد الشرع', null, 'Government of Syria'],
        ['بوتين', 'بوتين', null, 'Government of Russia'], ['بشار الأسد', 'بشار الأسد', null, 'Government of Syria']]],
    // seeds/001: the title after the name, as an apposition
    ['وتأتي هذه التحركات بعد أن أعلن ميخائيل بوغدانوف، نائب وزير الخارجية الروسي، يوم الخميس الماضي أن بلاده قد دخلت في مفاوضات',
      [['ميخائيل بوغدانوف، نائب وزير الخارجية الروسي', 'ميخائيل بوغدانوف', 'نائب وزير الخارجية الروسي', 'Government of Russia']]],
    // seeds/002
    ['أجرى وزير الدفاع الروسي سيرغي شويغو، السبت 18 يونيو/حزيران، محادثات مع الرئيس السوري بشار الأسد، وذلك بتوجيه من الرئيس الروسي فلاديمير بوتين.',
      [['وزير الدفاع الروسي سيرغي شويغو', 'سيرغي شويغو', 'وزير الدفاع الروسي', 'Government of Russia'],
        ['الرئيس السوري بشار الأسد', 'بشار الأسد', 'الرئيس السوري', 'Government of Syria'],
        ['الرئيس الروسي فلاديمير بوتين', 'فلاديمير بوتين', 'الرئيس الروسي', 'Government of Russia']]],
    ['وجاء في البيان أن الوزير استمع إلى تقرير قائد مجموعة القوات الروسية في سوريا الفريق أول ألكسندر دفورنيكوف عن الوضع الميداني',
      [['قائد مجموعة القوات الروسية في سوريا الفريق أول ألكسندر دفورنيكوف', 'ألكسندر دفورنيكوف', 'قائد مجموعة القوات الروسية في سوريا', 'Military Forces of Russia']]],
    ['وفي لقاء مع ضباط روس، أعلن الرئيس بوتين', [['الرئيس بوتين', 'بوتين', 'الرئيس', 'Government of Russia']]],
    // seeds/004: an unnamed office holder
    ['من جانبه، أكد المتحدث باسم وزارة الدفاع الروسية أن الضربات الجوية المشتركة تأتي في إطار التعاون العسكري',
      [['المتحدث باسم وزارة الدفاع الروسية', null, 'المتحدث باسم وزارة الدفاع الروسية', 'Military Forces of Russia']]],
    // gold
    ['وأوضح مدير المرصد رامي عبد الرحمن، أن هؤلاء جزء من مجموعة من 54 مقاتلا',
      [['مدير المرصد رامي عبد الرحمن', 'رامي عبد الرحمن', 'مدير المرصد', 'Syrian Observatory for Human Rights']]],
    ['خطف عناصر من جبهة النصرة مساء الاربعاء، قائد الفرقة 30 العقيد المنشق نديم الحسن برفقة سبعة عناصر من الفرقة',
      [['قائد الفرقة 30 العقيد المنشق نديم الحسن', 'نديم الحسن', 'قائد الفرقة 30', 'Syrian opposition armed groups']]],
    ['وأوضحت الوزارة في بيان وزع على الصحافيين المرافقين لوزير الدفاع الأميركي أشتون كارتر في زيارته إلى العراق',
      [['وزير الدفاع الأميركي أشتون كارتر', 'أشتون كارتر', 'وزير الدفاع الأميركي', 'Government of the United States']]],
    ['وقال جيف ديفيس احد المتحدثين باسم البنتاغون في بيان ان محسن الفضلي قتل في 8 يوليو',
      [['جيف ديفيس', 'جيف ديفيس', null, 'Military Forces of the United States'], ['محسن الفضلي', 'محسن الفضلي', null, 'Khorasan Group']]],
    ['واطلق الرئيس رجب طيب اردوغان "حربا على الارهاب" تستهدف حزب العمال الكردستاني',
      [['الرئيس رجب طيب اردوغان', 'رجب طيب اردوغان', 'الرئيس', 'Government of Turkey']]],
    ['على اغتيال الفريق قاسم سليماني، قائد "قوة القدس" في "حرس الثورة"',
      [['الفريق قاسم سليماني، قائد "قوة القدس" في "حرس الثورة"', 'قاسم سليماني', 'قائد "قوة القدس" في "حرس الثورة"', 'Military Forces of Iran']]],
    // an unknown name after a complete title is still read
    ['وقال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده',
      [['وزير الخارجية التركي مولود جاويش أوغلو', 'مولود جاويش أوغلو', 'وزير الخارجية التركي', 'Government of Turkey']]],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    // the name stops at a verb, a day, a function word
    ['وقال وزير الدفاع التركي يزور القوات', [['وزير الدفاع التركي', null, 'وزير الدفاع التركي', 'Government of Turkey']]],
    ['وأكد رئيس الوزراء الإسرائيلي أن العملية', [['رئيس الوزراء الإسرائيلي', null, 'رئيس الوزراء الإسرائيلي', 'Government of Israel']]],
    // `قوات الأسد` is the army: no person in it
    ['وصلت اليوم الخميس تعزيزات عسكرية لقوات الأسد إلى مطار تدمر العسكري', []],
    // a title with no country, organisation or name says nothing
    ['وقال الوزير إن الوضع مستقر', []],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('claim labels (seeds/expected.json claimed_by)', () => {
  it.each([
    ['أعلن نائب رئيس مركز المصالحة الروسي يوري بوبوف أن القوات الجوية الروسية دمرت', 'Yuri Popov, deputy head of the Russian Reconciliation Center'],
    ['وتأتي هذه التحركات بعد أن أعلن ميخائيل بوغدانوف، نائب وزير الخارجية الروسي، يوم الخميس الماضي', 'Mikhail Bogdanov, Russian deputy foreign minister'],
    ['من جانبه، أكد المتحدث باسم وزارة الدفاع الروسية أن الضربات', 'Russian Ministry of Defence spokesman'],
    ['أجرى وزير الدفاع الروسي سيرغي شويغو محادثات', 'Sergei Shoigu, Russian defence minister'],
    ['قال المتحدث باسم الخارجية الإيرانية ناصر كنعاني', 'ناصر كنعاني, Iranian Foreign Ministry spokesman'],
  ])('%s', (sentence, label) => {
    expect(labels(sentence)).toEqual([label]);
  });
});

describe('seed 002 people', () => {
  it('reads the four people of the page', () => {
    const text = [
      'أجرى وزير الدفاع الروسي سيرغي شويغو، السبت 18 يونيو/حزيران، محادثات مع الرئيس السوري بشار الأسد، وذلك بتوجيه من الرئيس الروسي فلاديمير بوتين.',
      'وجاء في البيان أن الوزير استمع إلى تقرير قائد مجموعة القوات الروسية في سوريا الفريق أول ألكسندر دفورنيكوف عن الوضع الميداني',
    ].join('\n');
    const people = new Set(findPeople(text).map((p) => p.person?.name));
    expect([...people]).toEqual(['Sergei Shoigu', 'Bashar al-Assad', 'Vladimir Putin', 'Alexander Dvornikov']);
  });
});
