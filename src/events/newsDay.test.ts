import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

/**
 * Articles composed of real sentences (ANERcorp; the seed page 001), each with what an analyst marks
 * as the day's news and what as context.
 */
const ARRESTED_TODAY = 'اعتقلت الشرطة البريطانية اليوم نجم موسيقى البوب جورج مايكل بعد أن عثرت عليه مرة أخرى فاقد الوعي متكئا على مقود سيارته في لندن وبحوزته كمية من الحشيش.'; // anercorp-test:888
const STRUCK_WEDNESDAY = 'وأدى قصف إسرائيلي مماثل الأربعاء إلى استشهاد ثلاثة فلسطينيين، اثنان منهم في غارة إسرائيلية استهدفت منزلا بخان يونس جنوب القطاع, بينما استشهد الثالث شرق مخيم المدينة.'; // anercorp-train:1299
const ARRESTED_YESTERDAY = 'من جهة أخرى اعتقل الجيش الإسرائيلي فجر أمس تسعة مواطنين فلسطينيين في مدن وقرى الضفة الغربية المحتلة خلال حملات تمشيط ومداهمة.'; // anercorp-train:2528

const CASES: Array<{ name: string; text: string; published: string; expect: Array<{ event_date: string; background: boolean }> }> = [
  {
    name: 'a strike two days old is the news when nothing newer is told',
    text: STRUCK_WEDNESDAY,
    published: '2006-09-01',
    expect: [{ event_date: '2006-08-30', background: false }],
  },
  {
    name: 'the same strike is context in a report whose news is of today',
    text: `${ARRESTED_TODAY}\n${STRUCK_WEDNESDAY}`,
    published: '2006-09-01',
    expect: [{ event_date: '2006-09-01', background: false }, { event_date: '2006-08-30', background: true }],
  },
  {
    name: 'one day older than the news stays news: a report may carry two days',
    text: `${ARRESTED_YESTERDAY}\n${STRUCK_WEDNESDAY}`,
    published: '2006-09-01',
    expect: [{ event_date: '2006-08-31', background: false }, { event_date: '2006-08-30', background: false }],
  },
];

describe('the news day of an article', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { events } = extract({ text: c.text, published: c.published }, 'news-day');
      expect(events.map((e) => ({ event_date: e.event_date, background: e.background }))).toEqual(c.expect);
    });
  }
});
