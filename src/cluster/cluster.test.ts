/**
 * Near-duplicates and incidents on real texts: shared/gold articles and the labelled pairs of
 * test/fixtures/cluster/corpus.json (same event by different outlets, same outlet on different events,
 * syndicated copies), and real place names for the place rule.
 */
import { describe, expect, it } from 'vitest';
import {
  compatibility,
  describeDisagreement,
  estimateJaccard,
  fileKeys,
  fingerprintText,
  joinEvent,
  MAX_REPORTS_KEPT,
  MemoryIncidents,
  NEAR_DUPLICATE_JACCARD,
  NearDuplicateIndex,
  namesAlike,
  placeRelation,
  reportCount,
  shingleSet,
} from './index.js';
import { extract } from '../pipeline.js';
import type { EventRecord } from '../types.js';
import {
  corpusAvailable,
  corpusPages,
  goldEventRecords,
  hardNegativePairs,
  sameIncidentGroups,
  scoreMerges,
} from '../../test/fixtures/cluster/load.js';

describe('shingles read the words, not their spelling', () => {
  it.each([
    // the same wire sentence with a conjunction, hamza and harakat changed (shared/gold am-1741935, snn-b76299d0a1ba)
    ['عدوان جوي إسرائيلي يُخرج مطار حلب الدولي من الخدمة', 'وعدوان جوي اسرائيلي يخرج مطار حلب الدولي من الخدمة'],
    ['قتل 28 مدنيًا في قصف جوي لطائرات نظام بشار الأسد', 'قتل ٢٨ مدنيا في قصف جوي لطائرات نظام بشار الاسد'],
  ])('%s ≈ %s', (a, b) => {
    expect([...shingleSet(a)].sort()).toEqual([...shingleSet(b)].sort());
  });

  it('different sentences share no shingles', () => {
    const a = shingleSet('طلبت رئاسة اقليم كردستان العراق أمس السبت من حزب العمال الكردستاني اخراج قواعده');
    const b = shingleSet('اكد حزب الشعوب الديموقراطي الموالي للاكراد في تركيا ان عشرة مدنيين قتلوا السبت');
    expect([...a].filter((x) => b.includes(x))).toEqual([]);
  });
});

describe.skipIf(!corpusAvailable)('near-duplicates in the test corpus', () => {
  const pages = corpusAvailable ? corpusPages() : [];
  const byId = new Map(pages.map((p) => [p.id, p]));
  const fp = (id: string) => fingerprintText(byId.get(id)!.text!);

  it.each(pages.filter((p) => p.copyOf).map((p) => [p.id, p.copyOf!] as const))('syndicated copy %s is a near-duplicate of %s', (copy, original) => {
    expect(estimateJaccard(fp(copy).signature, fp(original).signature)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_JACCARD);
  });

  it.each([
    ['snn-7cb080b588ca', 'snn-9d2c427da60e', 'the Zarkali strike by two outlets'],
    ['am-1766782', 'am-1767829', 'the same outlet on attacks on US bases two days apart'],
    ['am-1706802', 'am-1741935', 'the same outlet on two Israeli strikes, the most alike pair of the corpus'],
  ])('%s and %s are not near-duplicates (%s)', (a, b) => {
    expect(estimateJaccard(fp(a).signature, fp(b).signature)).toBeLessThan(NEAR_DUPLICATE_JACCARD);
  });

  it('the LSH index finds each copy\'s original and nothing for the originals', () => {
    const index = new NearDuplicateIndex();
    const found = new Map<string, string | null>();
    for (const p of pages) {
      const f = fp(p.id);
      found.set(p.id, index.find(f)?.originalId ?? null);
      index.add(p.id, f);
    }
    for (const p of pages) expect([p.id, found.get(p.id)]).toEqual([p.id, p.copyOf]);
  });
});

/** A place as an event carries it; real names from the gold articles. */
const at = (p: Partial<EventRecord>) =>
  ({ country: 'Syria', admin1: null, admin2: null, admin3: null, location: null, location_en: null, latitude: null, longitude: null, geo_precision: null, ...p }) as EventRecord;

describe('places: same, nested or different', () => {
  it.each([
    ['زاركلي / زراكلي (two spellings, not in the gazetteer)', at({ country: 'Iraq', admin1: 'Erbil', location: 'قرية زاركلي' }), at({ country: 'Iraq', admin1: 'Erbil', location: 'زراكلي' }), 'same'],
    ['سوروج / سوروتش (one gazetteer entry)', at({ country: 'Turkey', location: 'سوروج', location_en: 'Suruc', geo_precision: 1 }), at({ country: 'Turkey', location: 'سوروتش', location_en: 'Suruc', geo_precision: 1 }), 'same'],
    ['قصر البريج / كفر داعل (two villages of rural Aleppo)', at({ admin1: 'Aleppo', location: 'قصر البريج', latitude: 36.317, longitude: 37.704, geo_precision: 1 }), at({ admin1: 'Aleppo', location: 'كفر داعل' }), 'different'],
    ['ريف إدلب / الناجية (a village inside the countryside)', at({ admin1: 'Idleb', location: 'ريف إدلب', geo_precision: 2 }), at({ admin1: 'Idleb', admin2: 'Jisr-Ash-Shugur', location: 'الناجية', latitude: 35.78, longitude: 36.31, geo_precision: 1 }), 'nested'],
    ['حماة / إدلب', at({ admin1: 'Hama', location: 'سهل الغاب' }), at({ admin1: 'Idleb', location: 'سهل الغاب' }), 'different'],
    ['معرة النعمان / سراقب (same governorate, 20 km apart)', at({ admin1: 'Idleb', location: 'مدينة معرة النعمان', latitude: 35.648, longitude: 36.674, geo_precision: 1 }), at({ admin1: 'Idleb', location: 'بلدة سراقب', latitude: 35.864, longitude: 36.804, geo_precision: 1 }), 'different'],
  ])('%s', (_, a, b, expected) => {
    expect(placeRelation(a, b)).toBe(expected);
  });

  it.each([
    ['جبال شمال العراق', 'شمال العراق', true],
    ['مدينة منبج', 'منبج', true],
    ['الفوعة', 'كفريا', false],
    ['داريا', 'دوما', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(namesAlike(a, b)).toBe(expected);
  });
});

describe.skipIf(!corpusAvailable)('incidents on the human reading of the gold articles', () => {
  const events = corpusAvailable ? goldEventRecords() : [];
  const byId = new Map(events.map((e) => [e.event_id, e]));

  it.each(sameIncidentGroups().filter((g) => !g.label.includes('targets named differently')).map((g) => [g.label, g.events] as const))(
    'one happening: %s',
    (_, ids) => {
      expect(compatibility(byId.get(ids[0]!)!, byId.get(ids[1]!)!)).not.toBeNull();
    },
  );

  it.each(hardNegativePairs())('%s and %s are different happenings', (a, b) => {
    expect(compatibility(byId.get(a)!, byId.get(b)!)).toBeNull();
  });

  it('clustering every event in publication order is conservative (pair precision ≥ 0.9) and finds most pairs', () => {
    const repo = new MemoryIncidents();
    for (const e of [...events].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''))) joinEvent(repo, e);
    const score = scoreMerges(repo.assignment());
    expect(score.wrong).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('the Zarkali incident states its disagreements and keeps the lowest toll', () => {
    const repo = new MemoryIncidents();
    joinEvent(repo, byId.get('snn-7cb080b588ca#0')!);
    const { incident, created } = joinEvent(repo, byId.get('snn-9d2c427da60e#2')!);
    expect(created).toBe(false);
    expect(incident.corroboration).toBe(2);
    expect(incident.fatalities).toBe(3);
    expect(incident.disagreements.map(describeDisagreement)).toEqual([
      'fatalities: 3 (alriyadh) vs 6 (alyaum)',
      'location: زاركلي (alriyadh) vs زراكلي (alyaum)',
    ]);
  });

  it('a recalled mention attaches to the incident it recalls (al-Fadhli: 2015-07 recalled, 2015-07-08 reported)', () => {
    const repo = new MemoryIncidents();
    joinEvent(repo, byId.get('snn-267c786fb064#0')!);
    const { incident } = joinEvent(repo, byId.get('snn-e0b5bbfe4727#2')!);
    expect(incident.reports.map((r) => r.event_id)).toEqual(['snn-267c786fb064#0', 'snn-e0b5bbfe4727#2']);
    expect(incident.event_date).toBe('2015-07-08');
    expect(incident.location).toBe('سرمدا');
  });
});

describe('incremental: a new event reads only its own buckets', () => {
  const base = (i: number, date: string, admin1: string): EventRecord => ({
    event_id: `e${i}`, article_id: `a${i}`, origin: '', outlet: 'x', published: date, event_date: date, date_basis: 'explicit',
    event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', actor1: { name: 'Military Forces of Syria', name_ar: 'الجيش السوري' },
    assoc_actor1: null, actor2: null, assoc_actor2: null, country: 'Syria', admin1, admin2: null, admin3: null, location: `موقع ${i}`,
    location_en: null, latitude: null, longitude: null, geo_precision: null, fatalities: null, fatalities_text: null, claimed_by: null,
    background: false, evidence: { start: 0, end: 0, text: '' }, confidence: 1, trigger: 'غارات',
  });

  /** Counts the incidents a join had to look at. */
  class CountingIncidents extends MemoryIncidents {
    looked = 0;
    override candidates(keys: readonly string[]) {
      const found = super.candidates(keys);
      this.looked = found.length;
      return found;
    }
  }

  it('the incidents compared are those of the same governorate within a day, however many are stored', () => {
    const repo = new CountingIncidents();
    const govs = ['Idleb', 'Aleppo', 'Hama', 'Homs'];
    for (let i = 0; i < 2000; i++) {
      const day = new Date(Date.UTC(2015, 0, 1) + (i % 500) * 86_400_000).toISOString().slice(0, 10);
      joinEvent(repo, base(i, day, govs[i % 4]!));
    }
    // 2000 events on 500 days: each day has 4 events, all in one governorate (Idleb every 4th day), so a
    // probe on an Idleb day can meet only that day's 4 events, of 2000 stored
    joinEvent(repo, base(99_999, '2015-03-10', 'Idleb'));
    expect(repo.looked).toBeGreaterThan(0);
    expect(repo.looked).toBeLessThanOrEqual(4);
    expect(fileKeys(base(1, '2015-03-10', 'Idleb')).every((k) => k.startsWith('Explosions/Remote violence|'))).toBe(true);
  });

  it('a vague report (a month, a country-wide one) reads only what could tie to it: the same point or the same named sides', () => {
    const repo = new CountingIncidents();
    // a month of Idleb, every day a strike on the governorate (no place named), and one on the village سرمدا
    for (let d = 1; d <= 28; d++) joinEvent(repo, { ...base(d, `2015-07-${String(d).padStart(2, '0')}`, 'Idleb'), location: null });
    joinEvent(repo, { ...base(100, '2015-07-08', 'Idleb'), location: 'سرمدا', article_id: 'a-sarmada' });
    // "in July" at سرمدا: only the village's strike can be the same ground (the governorate-wide ones are only "nested")
    const recalled = { ...base(101, '2015-07', 'Idleb'), location: 'سرمدا' };
    joinEvent(repo, recalled);
    expect(repo.looked).toBe(1);
    // "Syria, in July", nobody named: nothing can tie to it, so nothing is read, and it is filed nowhere
    const vague = { ...base(102, '2015-07', 'Idleb'), admin1: null, location: null, geo_precision: 3 as const };
    repo.looked = -1;
    joinEvent(repo, vague);
    expect(repo.looked).toBe(-1);
    expect(fileKeys(vague)).toEqual([]);
  });
});

describe('a story retold many times', () => {
  // seed 000's strike on Basankol, as 60 outlets would file it (one article each)
  const text = 'كما شن الطيران الروسي في 5 مارس هجوما على قرية "باسنكول" في محافظة إدلب، ودمر قاعدتين للمسلحين المشاركين في قصف مواقع القوات الحكومية السورية، وتم القضاء على أكثر من 20 مسلحا.';
  const base = extract({ text, published: '2024-03-06' }, 'seed-000').events[0]!;
  const retold = (k: number): EventRecord => ({
    ...base, event_id: `a${k}-1`, article_id: `a${k}`, outlet: `outlet-${k % 45}`, fatalities: k === 55 ? 18 : base.fatalities,
  });

  it('keeps the first MAX_REPORTS_KEPT reports in full and counts the rest, with their outlets and lowest toll', () => {
    const repo = new MemoryIncidents();
    for (let k = 0; k < 60; k++) joinEvent(repo, retold(k));
    const [incident, ...others] = repo.all();
    expect(others).toEqual([]);
    expect(incident!.reports).toHaveLength(MAX_REPORTS_KEPT);
    expect(reportCount(incident!)).toBe(60);
    expect(incident!.corroboration).toBe(45);
    expect(incident!.fatalities).toBe(18);
  });
});
