/** Framing words in real headlines and sentences (shared/gold), with the stance each signals. */
import { describe, expect, it } from 'vitest';
import { findFramingTerms, framingLexicon, outletProfiles, reportTerms } from './index.js';
import type { EventRecord } from '../types.js';

describe('framing terms in real sentences', () => {
  it.each([
    // الميادين 2023-08-28
    ['سوريا: عدوان جوي إسرائيلي يُخرج مطار حلب الدولي من الخدمة', [['عدوان', 'attack', 'hostile']]],
    // الميادين 2023-06-28
    ['سوريا: مقتل وإصابة عشرات الإرهابيين بضربات جوية في ريف إدلب', [['مقتل', 'the_dead', 'neutral'], ['الإرهابيين', 'syrian_armed_opposition', 'hostile'], ['بضربات', 'attack', 'neutral']]],
    // الميادين 2024-06-27
    ['سوريا: شهيدان من جراء عدوان إسرائيلي استهدف جنوبي دمشق', [['شهيدان', 'the_dead', 'sympathetic'], ['عدوان', 'attack', 'hostile']]],
    // 3alyoum 2015-07-24: the longest phrase wins (نظام بشار الأسد, not a shorter piece of it)
    ['قتل 28 مدنيًا في قصف جوي لطائرات نظام بشار الأسد على محافظة حلب شمالي سوريا اليوم', [['قتل', 'the_dead', 'neutral'], ['قصف', 'attack', 'neutral'], ['نظام بشار الأسد', 'syrian_government_forces', 'hostile']]],
    // alyaum 2015-07-22
    ['المعارضة تسيطر بالزبداني و9 غارات دولية ضد داعش', [['تسيطر', 'taking_ground', 'neutral'], ['غارات', 'attack', 'neutral'], ['داعش', 'islamic_state', 'hostile']]],
    // الميادين 2023-07-29
    ['12 قتيلاً باشتباكات وقصف بين "قسد" والفصائل التركية شمال سوريا', [['قتيلاً', 'the_dead', 'neutral'], ['وقصف', 'attack', 'neutral'], ['قسد', 'sdf', 'neutral'], ['والفصائل التركية', 'turkish_backed_factions', 'hostile']]],
    // الميادين 2024-03-29
    ['الجيش السوري يتصدى لأوسع هجوم نفذته الجماعات المسلحة في ريف حلب الغربي', [['الجيش السوري', 'syrian_government_forces', 'neutral'], ['هجوم', 'attack', 'neutral'], ['الجماعات المسلحة', 'syrian_armed_opposition', 'neutral']]],
  ])('%s', (text, expected) => {
    expect(findFramingTerms(text).map((t) => [t.text, t.referent, t.stance])).toEqual(expected);
  });

  it('every term of the data file is found in its own dictionary form', () => {
    for (const t of framingLexicon().terms) expect([t.term, findFramingTerms(t.term).map((f) => f.term)]).toEqual([t.term, [t.term]]);
  });
});

describe('a report\'s words for its actors and its act', () => {
  // الميادين 2023-06-24 (two sentences: the actor words count anywhere, the act words only in the event's sentence)
  const body =
    'استهدف سلاحا الجو السوري والروسي مواقع الإرهابيين في ريف إدلب.\nوفي سياق متصل، نفذ الجيش السوري عدوان مضاد على المسلحين.';
  const event = {
    actor1: { name: 'Military Forces of Syria', name_ar: 'الجيش السوري' },
    actor2: { name: 'Hayat Tahrir al-Sham', name_ar: 'هيئة تحرير الشام' },
    evidence: { start: 0, end: 20, text: body.slice(0, 20) },
  } as Pick<EventRecord, 'actor1' | 'actor2' | 'evidence'>;

  it('takes the actor words from the whole article and the act words from the sentence of the evidence', () => {
    const terms = reportTerms(body, findFramingTerms(body), event);
    expect(terms.map((t) => t.text)).toEqual(['الإرهابيين', 'الجيش السوري', 'المسلحين']);
  });
});

describe('outlet profiles', () => {
  it('shares of stance per party, per outlet', () => {
    const profiles = outletProfiles(
      [
        { outlet: 'الميادين', term: 'الإرهابيين', referent: 'syrian_armed_opposition', stance: 'hostile', articles: 3 },
        { outlet: 'الميادين', term: 'المسلحين', referent: 'syrian_armed_opposition', stance: 'neutral', articles: 1 },
        { outlet: 'aawsat', term: 'فصائل المعارضة', referent: 'syrian_armed_opposition', stance: 'neutral', articles: 2 },
      ],
      new Map([['الميادين', 15], ['aawsat', 6]]),
    );
    expect(profiles.map((p) => [p.outlet, p.referents[0]!.stance.hostile])).toEqual([['الميادين', 0.75], ['aawsat', 0]]);
  });
});
