import { describe, expect, it } from 'vitest';
import { extract, readArticle } from '../pipeline.js';

/**
 * A capital named by its country (`العاصمة العراقية`) or bare (`العاصمة`) in a story set in one
 * country. Real ANERcorp sentences (shared/data/ner/anercorp, sentence index), each read alone:
 * [source, sentence, the capital mention as written, the place it is read as (English), its country].
 */
const CAPITALS: [string, string, string, string | null, string | null][] = [
  ['anercorp-test:169', 'وسوف يحتفل المشاركون والمنظمون وفرق الدعم بليلة رأس السنة في العاصمة المغربية قبل خوض غمار المرحلة الافريقية الاولي صباح الثلاثاء', 'العاصمة المغربية', 'Rabat', 'Morocco'],
  ['anercorp-train:3138', 'تبدأ في العاصمة اليمنية اليوم فعاليات معرض صنعاء الدولي للكتاب الثالث والعشرين الذي يستمر عشرة أيام .', 'العاصمة اليمنية', 'Sanaa', 'Yemen'],
  ['anercorp-train:672', 'وفي تطور أقل عنفا قتل ثلاثة من عناصر الشرطة في هجوم مسلح استهدف دوريتهم في حي القادسية غرب العاصمة العراقية .', 'غرب العاصمة العراقية', 'Baghdad', 'Iraq'],
  // bare: the other places set the story in Iraq
  ['anercorp-train:1305', 'وفي بعقوبة شمال شرق العاصمة قتل تسعة مدنيين وأصيب نحو 20 آخرين , بينهم عدد من عناصر الشرطة في هجمات وقعت في المدينة وضواحيها .', 'شمال شرق العاصمة', 'Baghdad', 'Iraq'],
  // bare, no other place: the people counted by their nationality set it
  ['anercorp-train:3857', 'وقبل ذلك قتل سبعة عراقيين على الأقل بينهم ضابطا شرطة وجرح 35 آخرون في انفجار سيارة مفخخة وعبوة ناسفة بشارع السعدون وسط العاصمة .', 'وسط العاصمة', 'Baghdad', 'Iraq'],
  // bare, and nothing says which country: unknown, never guessed
  ['anercorp-train:3859 (its nationality left out)', 'كما قتل جنديان وجرح 12 آخرون بهجوم انتحاري بسيارة مفخخة استهدف ثكنة للجيش بمنطقة الشعب شمال العاصمة .', 'شمال العاصمة', null, null],
  // `العاصمة X`: the name after it decides, whatever the story
  ['anercorp-train:844', 'ومن المقرر أن تبدأ مسيرات المعارضة في العاصمة داكا وحولها غدا الثلاثاء وتستمر ستة أيام .', 'العاصمة داكا', 'Dhaka', 'Bangladesh'],
];

describe('capitals named by their country or bare', () => {
  it.each(CAPITALS)('%s', (_source, sentence, written, nameEn, country) => {
    const places = readArticle(extract({ text: sentence }).article).places;
    const found = places.find((p) => p.text === written) ?? null;
    expect(found && { name: found.place.name_en, country: found.place.country }).toEqual(nameEn ? { name: nameEn, country } : null);
  });
});
