import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

/**
 * Real sentences (ANERcorp, numbered as in sentences.table.ts) that tell several happenings in one
 * governorate, and the places an analyst codes one event at each. A clause with its own act word and
 * its own place is its own event (GUIDE.md: one event per type, actors, date, location); only clauses
 * that add nothing of their own join the happening before.
 */
const ROWS: Array<{ source: string; sentence: string; published: string; locations: string[] }> = [
  {
    // Jericho and Jenin are both West Bank: two arrests, not one
    source: 'anercorp-train:2530',
    sentence: 'واضافت إن قوة عسكرية اقتحمت فجر أمس مدينة اريحا واعتقلت فلسطينيين اثنين، فيما تم اعتقال ناشط من حركة حماس في مدينة جنين شمال الضفة الغربية.',
    published: '2006-08-31',
    locations: ['مدينة اريحا', 'مدينة جنين'],
  },
  {
    // one day's strikes on Khan Yunis and its camp, the dead counted once: one event (the camp, the most specific place)
    source: 'anercorp-train:1299',
    sentence: 'وأدى قصف إسرائيلي مماثل الأربعاء إلى استشهاد ثلاثة فلسطينيين، اثنان منهم في غارة إسرائيلية استهدفت منزلا بخان يونس جنوب القطاع, بينما استشهد الثالث شرق مخيم المدينة.',
    published: '2006-08-31',
    locations: ['مخيم المدينة'],
  },
];

describe('one event per place told in a sentence', () => {
  for (const row of ROWS) {
    it(row.source, () => {
      const { events } = extract({ text: row.sentence, published: row.published }, 'merge');
      expect(events.map((e) => e.location).sort()).toEqual([...row.locations].sort());
    });
  }
});
