import { describe, expect, it } from 'vitest';
import { normalizeArabic, foldPersianLetters, procliticReadings, splitSentences, tokenize } from './index.js';

describe('normalizeArabic', () => {
  it.each([
    // Persian letters in a real keyword line (seed 000) meet the Arabic spelling
    ['القوات الجویة الروسیة فی محافظة حمص', 'القوات الجويه الروسيه في محافظه حمص'],
    ['إدلب', 'ادلب'],
    ['إِدْلِب', 'ادلب'],
    ['آذار', 'اذار'],
    ['مسيّرة', 'مسيره'],
    ['غداً', 'غدا'],
    ['الـ T4', 'ال t4'],
    ['مستشفى', 'مستشفي'],
    ['المسؤول', 'المسوول'],
    ['١٣/١٢/٢٠٢٤', '13/12/2024'],
    ['۱۴۰۳', '1403'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  it('folds Persian letters for display without changing length', () => {
    const s = 'القوات الجویة الروسیة فی';
    const folded = foldPersianLetters(s);
    expect(folded).toBe('القوات الجوية الروسية في');
    expect(folded.length).toBe(s.length);
  });
});

describe('procliticReadings', () => {
  it.each([
    ['بريف', 'ريف'],
    ['وحمص', 'حمص'],
    ['لحمص', 'حمص'],
    ['والباغوز', 'باغوز'],
    ['والباغوز', 'الباغوز'],
    ['للمسلحين', 'المسلحين'],
    ['للمسلحين', 'مسلحين'],
    ['بمناطق', 'مناطق'],
    ['وكالات', 'كالات'],
    ['وكالات', 'وكالات'],
  ])('%s can be read as %s', (word, base) => {
    expect(procliticReadings(normalizeArabic(word))).toContain(normalizeArabic(base));
  });

  it('keeps the word itself as the last reading', () => {
    const r = procliticReadings('بشار');
    expect(r[r.length - 1]).toBe('بشار');
  });
});

describe('tokenize', () => {
  it('keeps offsets into the original text and splits numbers from words', () => {
    const text = 'وتم القضاء على أكثر من 20 مسلحا، في محافظة إدلب.';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const n = tokens.find((t) => t.kind === 'number');
    expect(n?.value).toBe(20);
    expect(tokens.map((t) => t.text)).toContain('،');
    expect(tokens.find((t) => t.text === 'إدلب')?.norm).toBe('ادلب');
  });

  it('reads Eastern Arabic digits as numbers', () => {
    expect(tokenize('قتل ١٢ شخصا').find((t) => t.kind === 'number')?.value).toBe(12);
  });

  // Scraped markup drops the space between inline elements; a mark that only ends a word (ة, ى, a
  // fatha tanween not on alef) shows where it was. Phrases of seeds 000–003, with those spaces taken out.
  const GLUED: Array<[string, string]> = [
    ['بدأت المئات من العربات والقوات العسكرية الروسية في مغادرة جنوب حمص ودمشق تحت حماية الفصائل المسلحة',
      'بدأت المئات من العربات والقوات العسكريةالروسية في مغادرةجنوب حمص ودمشق تحت حمايةالفصائل المسلحة'],
    ['أعلنت الدفاع السورية في بيان لها قيام الجيش السوري', 'أعلنت الدفاع السوريةفي بيان لها قيام الجيش السوري'],
    ['أجرى وزير الدفاع', 'أجرىوزير الدفاع'],
    ['على الأراضي السورية', 'علىالأراضي السورية'],
    ['عرضاً لادارة الرئيس', 'عرضاًلادارة الرئيس'],
  ];
  for (const [spaced, glued] of GLUED) {
    it(`finds the words of «${glued.slice(0, 40)}…» as if spaced`, () => {
      const words = (text: string) => tokenize(text).map((t) => t.norm);
      expect(words(glued)).toEqual(words(spaced));
      for (const t of tokenize(glued)) expect(glued.slice(t.start, t.end)).toBe(t.text);
    });
  }

  // Joins no mark shows, found by the newswire word list (glued.ts): phrases of the seed pages with the space taken out.
  const UNMARKED: Array<[string, string[]]> = [
    ['الجيشالسوري', ['الجيش', 'السوري']],
    ['الطيرانالروسي', ['الطيران', 'الروسي']],
    ['بدأتالمئات', ['بدأت', 'المئات']],
    ['وزيرالدفاع', ['وزير', 'الدفاع']],
    ['الروسيفي', ['الروسي', 'في']],
    ['ضابطمن', ['ضابط', 'من']],
    // seed 003 `تقدم عرضاً`: the accusative `عرضاً` is counted as the noun `عرض`, since the page wrote its tanween
    ['تقدمعرضاً', ['تقدم', 'عرضاً']],
  ];
  for (const [glued, parts] of UNMARKED) {
    it(`cuts «${glued}» into ${parts.join(' + ')}`, () => {
      expect(tokenize(glued).map((t) => t.text)).toEqual(parts);
    });
  }

  // A particle glued to the next word (glued.ts, LEADING_PARTICLES): newswire phrases with the space taken out,
  // as Al Mayadeen's scraped pages lose it (`قدقصف`, `بعدالتصعيد`).
  const AFTER_PARTICLE: Array<[source: string, glued: string, parts: string[]]> = [
    ['anercorp-train:3561 قد قصفت فجر أمس منزل المواطن', 'قدقصفت', ['قد', 'قصفت']],
    ['anercorp-train:1288 وكان الدويك قد اعتقل في الخامس', 'قداعتقل', ['قد', 'اعتقل']],
    ['anercorp-test:302 وكان قد قتل الأسبوع الماضي ثلاثة', 'قدقتل', ['قد', 'قتل']],
    ['anercorp-train:1427 لقد غادر بوريس يلتسين الكرملين', 'لقدغادر', ['لقد', 'غادر']],
    ['anercorp-train:111 الاجراءات التي اتخذتها السلطات الاميركية بعد اعتداءات', 'بعداعتداءات', ['بعد', 'اعتداءات']],
    ['anercorp-train:31 خسائر الاقتصاد الإسرائيلي جراء العدوان على لبنان', 'جراءالعدوان', ['جراء', 'العدوان']],
  ];
  for (const [source, glued, parts] of AFTER_PARTICLE) {
    it(`cuts «${glued}» (${source.split(' ')[0]}) into ${parts.join(' + ')}`, () => {
      expect(tokenize(glued).map((t) => t.text)).toEqual(parts);
    });
  }

  it('never cuts a word that only begins like a particle: قُدّام, قدّم, ب + عدوان, ب + عدالة, قدرات', () => {
    // wojood-train:652 `قدمهما`, anercorp-train:1226 `قدسية`, :1199 `بعدد`; the rest are forms of the same words
    for (const word of ['قدامه', 'قدمهما', 'بعدوان', 'بعدالة', 'قدرات', 'قدسية', 'بعدد']) {
      expect(tokenize(word).map((t) => t.text)).toEqual([word]);
    }
  });

  it('never cuts a word the list lacks into two it has: names, long plurals, old spellings', () => {
    for (const word of ['الفلاسفة', 'الأنابيب', 'أنطونيو', 'صحفي', 'المؤمن', 'الأعلى', 'المجتمع', 'اليمن', 'قارىء', 'كفرنبودة', 'والمقاتلين', 'بالبراميل', 'الإسرائيلية', 'استراتيجية',
      'الاستخبارات', 'باسنكول', 'حميميم', 'الشعيرات',
      // an alef that is no accusative ending, without tanween: و + كلا + هما (AQMAR), not وكل + اهما
      'وكلاهما']) {
      expect(tokenize(word).map((t) => t.text)).toEqual([word]);
    }
  });

  it('leaves a word whole where the mark belongs to it: tanween on alef, ى and ة at the end', () => {
    for (const word of ['متفجرًا', 'عدواناً', 'إلى', 'مستشفى', 'المسلحة', 'مصطفى']) expect(tokenize(word)).toHaveLength(1);
  });

  it('keeps harakat inside the word', () => {
    const tokens = tokenize('إِدْلِب');
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.norm).toBe('ادلب');
  });
});

describe('splitSentences', () => {
  it('splits at full stops and line breaks, not inside decimals', () => {
    const text = 'دمرت قاعدتين. وقال بوبوف إن 2.5 طن سقطت\nالمصدر: RT';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['دمرت قاعدتين.', 'وقال بوبوف إن 2.5 طن سقطت', 'المصدر: RT']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});
