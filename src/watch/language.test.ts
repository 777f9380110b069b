import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

const EXAMPLES = join(import.meta.dirname, '../../examples');

describe('detectLanguage: from the text itself', () => {
  it.each([
    // Arabic news quoting Latin acronyms and names stays Arabic
    ['ar', 'وقال المرصد السوري لحقوق الإنسان لوكالة فرانس برس (AFP) إن تنظيم داعش (ISIS) شن هجوماً على مواقع قوات سوريا الديمقراطية (SDF) قرب الحسكة، وإن التحالف الدولي رد بغارات.'],
    ['ar', readFileSync(join(EXAMPLES, '002_ec73693d1aa17ecc.txt'), 'utf8')],
    ['en', "The Kurdistan Workers' Party (PKK) yesterday claimed a car bomb attack that killed at least two Turkish soldiers the day before in the mainly Kurdish province of Diyarbakir in south-eastern Turkey."],
    // English with the Arabic names it reports on is still English
    ['en', 'Official sources said the attack near دير الزور (Deir ez-Zor) was carried out by the group, and that the convoy of the Syrian Democratic Forces was hit on the road to الحسكة.'],
    ['other', "Le Parti des travailleurs du Kurdistan a revendiqué hier un attentat à la voiture piégée qui a tué au moins deux soldats turcs dans la province de Diyarbakir, dans le sud-est de la Turquie."],
    ['fa', 'به گزارش خبرگزاری ایرنا، نیروهای ارتش سوریه در حومه ادلب با گروه‌های مسلح درگیر شدند و چند تن از آنها کشته شدند.'],
  ])('%s: %s', (language, text) => {
    const v = detectLanguage(text);
    expect(v.language).toBe(language);
    expect(v.basis).toBe('text');
  });

  it('Arabic that spells a Persian name with Persian letters is still Arabic', () => {
    const text = 'استقبل الرئيس السوري بشار الأسد وزير الخارجية الإيراني عباس عراقچی في دمشق، وبحث الجانبان العلاقات الثنائية والأوضاع في المنطقة والتطورات الميدانية في شمال سوريا.';
    expect(detectLanguage(text).language).toBe('ar');
  });

  it('a short text takes the first declaration, else stays undetermined', () => {
    expect(detectLanguage('AFP', ['en-GB', 'ar'])).toMatchObject({ language: 'en', basis: 'declared' });
    expect(detectLanguage('عاجل', [null, 'ar'])).toMatchObject({ language: 'ar', basis: 'declared' });
    expect(detectLanguage('—', [])).toMatchObject({ language: 'und', basis: 'none' });
  });

  it('a page declared Arabic but written in English is English', () => {
    const text = 'Official sources for their part announced that two Turkish servicemen were killed and four others wounded in the attack, which they said targeted a military convoy.';
    expect(detectLanguage(text, ['ar']).language).toBe('en');
  });
});
