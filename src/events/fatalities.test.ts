import { describe, expect, it } from 'vitest';
import { findCasualties, findQuantities, tokenize } from '../arabic/index.js';
import { isRunningTotal } from './fatalities.js';

/**
 * Real sentences (ANERcorp, `anercorp-train:N` / `anercorp-test:N` as in sentences.table.ts) with a
 * count of the dead, and whether an analyst reads that count as a war's running total (never one
 * event's fatalities, GUIDE.md) or as the toll of the happening the sentence tells.
 */
const ROWS: Array<{ source: string; sentence: string; runningTotal: boolean }> = [
  {
    source: 'anercorp-test:252',
    sentence: 'وقد اوقع النزاع الكردي في تركيا اكثر من 37الف قتيل منذ بدء التمرد المسلح لحزب العمال الكردستاني عام 1984من اجل الاستقلال ثم من اجل الحصول على حكم ذاتي في جنوب شرق الاناضول حيث تقيم غالبية كردية .',
    runningTotal: true,
  },
  {
    source: 'anercorp-train:1063',
    sentence: 'في السياق نقلت أسوشيتدبرس عن مصدر دولي فضل عدم الإفصاح عن هويته أن 12 من مراقبي الأمم المتحدة قتلوا أو أصيبوا منذ بدء الهجوم الإسرائيلي .',
    runningTotal: true,
  },
  {
    // a raid of four days told as one (GUIDE.md: a total over several days is one event)
    source: 'anercorp-train:2657',
    sentence: 'وبذلك بلغت حصيلة ضحايا التوغل المستمر منذ أربعة أيام 19 شهيدا وأكثر من ثلاثين جريحا .',
    runningTotal: false,
  },
  {
    source: 'anercorp-train:1299',
    sentence: 'وأدى قصف إسرائيلي مماثل الأربعاء إلى استشهاد ثلاثة فلسطينيين، اثنان منهم في غارة إسرائيلية استهدفت منزلا بخان يونس جنوب القطاع, بينما استشهد الثالث شرق مخيم المدينة.',
    runningTotal: false,
  },
];

describe('a war running total is no event toll', () => {
  for (const row of ROWS) {
    it(`${row.source}: ${row.runningTotal ? 'running total' : 'one happening'}`, () => {
      const tokens = tokenize(row.sentence);
      const counted = findCasualties(row.sentence, tokens, findQuantities(row.sentence, tokens)).filter((c) => c.count !== null && c.count > 1);
      expect(counted.length).toBeGreaterThan(0);
      expect(counted.some((c) => isRunningTotal(c, tokens))).toBe(row.runningTotal);
    });
  }
});
