import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ActorRef, CleanArticle, EventRecord } from '../types.js';
import { ACLED_COLUMNS, articleToJsonLine, CSV_COLUMNS, eventsToCsv, eventsToGeoJson, eventToJsonLine } from './index.js';

// ------------------------------------------------------------------------------------------------
// Fixture: the human reading of /work/shared/seeds/000 (expected.json) and of gold snn-b76299d0a1ba,
// with evidence spans into the real body text.

const SEED_000_BODY = [
  'أعلن نائب رئيس مركز المصالحة الروسي يوري بوبوف أن القوات الجوية الروسية دمرت قاعدتين لمسلحين غادروا منطقة التنف وكانوا يختبئون بمناطق جبلية يصعب الوصول إليها في محافظة حمص بسوريا.',
  'وقال بوبوف إن "ضربات القوات الجوية الروسية دمرت قاعدتين للمسلحين الذين غادروا منطقة التنف وكانوا يختبئون في مناطق يصعب الوصول إليها في سلسلة جبال العمور في محافظة حمص".',
  'وفي 6 أبريل الجاري، أعلنت الدفاع السورية في بيان لها قيام الجيش السوري بالتعاون مع القوات الروسية باستهداف عدد من مقار الإرهابيين وآلياتهم وإسقاط مسيرات لهم في ريفي حلب وإدلب.',
  'وفي 16 مارس الماضي، أعلن نائب رئيس المركز الروسي للمصالحة بين الأطراف المتحاربة في سوريا أن الطيران الروسي دمر قاعدة للإرهاب في دير الزور.',
  'كما شن الطيران الروسي في 5 مارس هجوما على قرية "باسنكول" في محافظة إدلب، ودمر قاعدتين للمسلحين المشاركين في قصف مواقع القوات الحكومية السورية، وتم القضاء على أكثر من 20 مسلحا.',
].join('\n');

/** gold snn-b76299d0a1ba (3alyoum, 2015-07-24): an ASCII comma inside Arabic text. */
const MANBIJ_BODY = [
  'قتل 28 مدنيًا في قصف جوي لطائرات نظام بشار الأسد على محافظة حلب شمالي سوريا اليوم.',
  'وأفاد المرصد السوري لحقوق الإنسان أن طائرات النظام الحربية شنت ست غارات على الأقل على مناطق في مدينة منبج التابعة للمحافظة, مما أدى إلى مقتل 21 مدنيًا وسقوط عشرات الجرحى.',
].join('\n');

const RUSSIA: ActorRef = { name: 'Military Forces of Russia', name_ar: 'القوات الجوية الروسية' };
const SYRIA: ActorRef = { name: 'Military Forces of Syria', name_ar: 'الجيش السوري' };
const UNIDENTIFIED: ActorRef = { name: 'Unidentified armed group', name_ar: 'مسلحين' };
const CIVILIANS: ActorRef = { name: 'Civilians (Syria)', name_ar: 'مدنيًا' };

function event(id: string, body: string, from: string, to: string, fields: Partial<EventRecord>): EventRecord {
  const start = body.indexOf(from);
  const endAt = body.indexOf(to, start);
  if (start < 0 || endAt < 0) throw new Error(`fixture: evidence not in body: ${from} … ${to}`);
  const end = endAt + to.length;
  return {
    event_id: id, article_id: 'b38946c413fa66ab', origin: 'examples/000_b38946c413fa66ab.txt', outlet: 'RT Arabic',
    published: '2024-05-01', event_date: null, date_basis: 'unknown', event_type: 'Explosions/Remote violence',
    sub_event_type: 'Air/drone strike', actor1: RUSSIA, assoc_actor1: null, actor2: UNIDENTIFIED, assoc_actor2: null,
    country: 'Syria', admin1: null, admin2: null, admin3: null, location: null, location_en: null, latitude: null,
    longitude: null, geo_precision: null, fatalities: null, fatalities_text: null, claimed_by: null, background: true,
    evidence: { start, end, text: body.slice(start, end) }, confidence: 0.8, trigger: 'دمر', ...fields,
  };
}

const homs = event('b38946c413fa66ab-1', SEED_000_BODY, 'القوات الجوية الروسية دمرت', 'جبال العمور في محافظة حمص"', {
  event_date: '2024-05-01', date_basis: 'publication', admin1: 'Homs', location: 'جبال العمور', location_en: 'Jabal al-Amour',
  background: false, claimed_by: 'Yuri Popov, deputy head of the Russian Reconciliation Center', geo_precision: 2,
});
const deirEzZor = event('b38946c413fa66ab-4', SEED_000_BODY, 'الطيران الروسي دمر', 'في دير الزور', {
  event_date: '2024-03-16', date_basis: 'explicit', admin1: 'Deir-ez-Zor', location: 'دير الزور',
  location_en: 'Deir-ez-Zor', latitude: 35.337749, longitude: 40.13977, geo_precision: 1,
});
const basankol = event('b38946c413fa66ab-5', SEED_000_BODY, 'شن الطيران الروسي في 5 مارس', 'أكثر من 20 مسلحا', {
  event_date: '2024-03-05', date_basis: 'explicit', admin1: 'Idleb', admin2: 'Ariha', admin3: 'Mhambal',
  location: 'باسنكول', location_en: 'Bsanqul', latitude: 35.808558, longitude: 36.4955, geo_precision: 1,
  fatalities: 20, fatalities_text: 'أكثر من 20', trigger: 'شن',
});
/** seeds/000 event 3 (ريفي حلب وإدلب → Idleb), coded at month precision to exercise time_precision 2. */
const idlebCountryside = event('b38946c413fa66ab-3', SEED_000_BODY, 'قيام الجيش السوري', 'في ريفي حلب وإدلب', {
  event_date: '2024-04', date_basis: 'explicit', actor1: SYRIA, assoc_actor1: RUSSIA, admin1: 'Idleb',
  location: 'ريف إدلب', location_en: null, geo_precision: 3,
});
const manbij = event('snn-b76299d0a1ba-1', MANBIJ_BODY, 'طائرات النظام الحربية', 'مقتل 21 مدنيًا', {
  article_id: 'snn-b76299d0a1ba', origin: 'gold/articles.jsonl:7', outlet: '3alyoum', published: '2015-07-24',
  event_date: '2015', date_basis: 'relative', actor1: SYRIA, actor2: CIVILIANS, admin1: 'Aleppo', location: 'منبج',
  location_en: 'Manbij', latitude: 36.52815, longitude: 37.95495, geo_precision: 1, fatalities: 21, background: false,
});

const EVENTS = [homs, idlebCountryside, deirEzZor, basankol, manbij];
const BODY_OF: Record<string, string> = { 'b38946c413fa66ab': SEED_000_BODY, 'snn-b76299d0a1ba': MANBIJ_BODY };

type CsvRecord = Record<string, string>;
const parseCsv = (csv: string): CsvRecord[] => parse(csv, { columns: true, bom: true }) as CsvRecord[];

// ------------------------------------------------------------------------------------------------

describe('CSV', () => {
  const csv = eventsToCsv(EVENTS);
  const rows = parseCsv(csv);
  const byId = new Map(rows.map((r) => [r['event_id_cnty']!, r]));

  it('header: ACLED columns in ACLED order, then rasd columns', () => {
    const header = csv.slice(0, csv.indexOf('\r\n')).split(',');
    expect(header.slice(0, ACLED_COLUMNS.length)).toEqual(ACLED_COLUMNS);
    expect(header.slice(0, 4)).toEqual(['event_id_cnty', 'event_date', 'year', 'time_precision']);
    expect(header.slice(ACLED_COLUMNS.length)).toEqual([
      'article_id', 'location_ar', 'date_basis', 'background', 'claimed_by', 'confidence', 'evidence_start', 'evidence_end',
    ]);
    expect(header).toEqual(CSV_COLUMNS);
  });

  it('round-trips through csv-parse: one record per event, every field intact', () => {
    expect(rows).toHaveLength(EVENTS.length);
    for (const r of rows) expect(Object.keys(r)).toHaveLength(CSV_COLUMNS.length);
  });

  it('the Russian airstrike on باسنكول, 5 March 2024 (seeds/000)', () => {
    expect(byId.get('b38946c413fa66ab-5')).toMatchObject({
      event_date: '2024-03-05', year: '2024', time_precision: '1', disorder_type: 'Political violence',
      event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
      actor1: 'Military Forces of Russia', actor2: 'Unidentified armed group', civilian_targeting: '',
      iso: '760', region: 'Middle East', country: 'Syria', admin1: 'Idleb', admin2: 'Ariha', admin3: 'Mhambal',
      location: 'Bsanqul', location_ar: 'باسنكول', latitude: '35.808558', longitude: '36.4955', geo_precision: '1',
      source: 'RT Arabic', fatalities: '20', background: 'true', date_basis: 'explicit',
      notes: 'شن الطيران الروسي في 5 مارس هجوما على قرية "باسنكول" في محافظة إدلب، ودمر قاعدتين للمسلحين المشاركين في قصف مواقع القوات الحكومية السورية، وتم القضاء على أكثر من 20 مسلحا',
    });
  });

  it('notes are the evidence: body.slice(evidence_start, evidence_end)', () => {
    for (const r of rows) {
      const body = BODY_OF[r['article_id']!]!;
      expect(body.slice(Number(r['evidence_start']), Number(r['evidence_end']))).toBe(r['notes']);
    }
  });

  it('quotes Arabic text holding quotes, commas and line breaks (RFC 4180)', () => {
    // homs: evidence spans two paragraphs and holds ASCII double quotes
    expect(homs.evidence.text).toContain('\n');
    expect(byId.get(homs.event_id)!['notes']).toBe(homs.evidence.text);
    expect(csv).toContain('"القوات الجوية الروسية دمرت');
    expect(csv).toContain('في محافظة حمص"""'); // the closing quote of the statement, doubled, then the field's own
    // manbij: an ASCII comma inside Arabic
    expect(csv).toContain('"طائرات النظام الحربية شنت ست غارات على الأقل على مناطق في مدينة منبج التابعة للمحافظة, مما أدى إلى مقتل 21 مدنيًا"');
    expect(byId.get(manbij.event_id)!['notes']).toBe(manbij.evidence.text);
    // claimed_by holds a comma too
    expect(byId.get(homs.event_id)!['claimed_by']).toBe('Yuri Popov, deputy head of the Russian Reconciliation Center');
  });

  it('rows end in CRLF; a line break inside a field stays LF and quoted', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(EVENTS.length + 2); // header + rows + trailing empty
  });

  it('time_precision: 1 day, 2 month, 3 year', () => {
    expect(['b38946c413fa66ab-5', 'b38946c413fa66ab-3', 'snn-b76299d0a1ba-1'].map((id) => byId.get(id)!['time_precision']))
      .toEqual(['1', '2', '3']);
    expect(byId.get('snn-b76299d0a1ba-1')!['year']).toBe('2015');
  });

  it('blank, not invented: no coordinates, no fatalities, no location_en', () => {
    expect(byId.get(homs.event_id)).toMatchObject({ latitude: '', longitude: '', fatalities: '', inter1: '', interaction: '' });
    // location falls back to the Arabic name when there is no English one
    expect(byId.get(idlebCountryside.event_id)).toMatchObject({ location: 'ريف إدلب', location_ar: 'ريف إدلب' });
    expect(byId.get(idlebCountryside.event_id)).toMatchObject({ assoc_actor1: 'Military Forces of Russia' });
  });

  it('civilian targeting when the target is Civilians (COUNTRY)', () => {
    expect(byId.get(manbij.event_id)).toMatchObject({ actor2: 'Civilians (Syria)', civilian_targeting: 'Civilian targeting', fatalities: '21' });
  });

  it('disorder_type by event type; unknown country → blank iso', () => {
    const [sd, diplomacy, riot] = parseCsv(eventsToCsv([
      { ...homs, event_id: 'x1', event_type: 'Strategic developments', sub_event_type: 'Troop movement' },
      { ...homs, event_id: 'x2', event_type: 'Diplomacy', sub_event_type: 'Meeting', country: 'Atlantis' },
      { ...homs, event_id: 'x3', event_type: 'Riots', sub_event_type: 'Mob violence', country: 'Turkey' },
    ]));
    expect([sd!['disorder_type'], diplomacy!['disorder_type'], riot!['disorder_type']])
      .toEqual(['Strategic developments', '', 'Political violence']);
    expect([diplomacy!['iso'], riot!['iso'], riot!['region']]).toEqual(['', '792', 'Middle East']);
  });

  it('no events → header only', () => {
    expect(parseCsv(eventsToCsv([]))).toEqual([]);
    expect(eventsToCsv([]).split('\r\n')).toHaveLength(2);
  });
});

describe('GeoJSON', () => {
  const fc = eventsToGeoJson(EVENTS);

  it('one Point per event with coordinates; the rest counted, not mapped', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.id)).toEqual([deirEzZor.event_id, basankol.event_id, manbij.event_id]);
    expect(fc.withoutCoordinates).toBe(2);
  });

  it('coordinates are [longitude, latitude] (RFC 7946)', () => {
    const manbijPoint = fc.features.find((f) => f.id === manbij.event_id)!;
    expect(manbijPoint.geometry).toEqual({ type: 'Point', coordinates: [37.95495, 36.52815] });
    for (const f of fc.features) {
      const [lon, lat] = f.geometry.coordinates;
      // Syria: lon 35.7–42.4, lat 32.3–37.3 — a swapped pair falls outside
      expect(lon).toBeGreaterThan(35.5);
      expect(lon).toBeLessThan(42.5);
      expect(lat).toBeGreaterThan(32.3);
      expect(lat).toBeLessThan(37.4);
    }
  });

  it('is valid GeoJSON after serialisation, properties flat', () => {
    const back = JSON.parse(JSON.stringify(fc)) as typeof fc;
    for (const f of back.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates).toHaveLength(2);
      for (const v of Object.values(f.properties)) expect(v === null || typeof v !== 'object').toBe(true);
    }
    expect(back.features[1]!.properties).toMatchObject({
      event_id: 'b38946c413fa66ab-5', actor1: 'Military Forces of Russia', actor1_ar: 'القوات الجوية الروسية',
      actor2: 'Unidentified armed group', assoc_actor1: null, location: 'باسنكول', fatalities: 20, background: true,
      evidence_start: basankol.evidence.start, evidence_end: basankol.evidence.end,
    });
    expect(SEED_000_BODY.slice(basankol.evidence.start, basankol.evidence.end)).toBe(back.features[1]!.properties['evidence']);
  });

  it('out-of-range or non-finite coordinates are left out', () => {
    const bad = eventsToGeoJson([
      { ...basankol, latitude: 135.8, longitude: 36.5 },
      { ...basankol, latitude: Number.NaN },
      { ...basankol, longitude: null },
    ]);
    expect(bad.features).toEqual([]);
    expect(bad.withoutCoordinates).toBe(3);
  });
});

describe('JSON lines', () => {
  it('an event round-trips on one line, even with line breaks and U+2028 in its text', () => {
    const tricky = { ...homs, claimed_by: 'بوبوف\u2028RT' };
    const line = eventToJsonLine(tricky);
    expect(line).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(JSON.parse(line)).toEqual(tricky);
  });

  it('keys come out in the contract order whatever order the object was built in', () => {
    const shuffled = Object.fromEntries(Object.entries(basankol).reverse()) as unknown as EventRecord;
    const line = eventToJsonLine(shuffled);
    expect(line).toBe(eventToJsonLine(basankol));
    expect(Object.keys(JSON.parse(line) as object).slice(0, 3)).toEqual(['event_id', 'article_id', 'origin']);
    expect(line).toContain('"evidence":{"start":');
  });

  it('an article round-trips, teasers kept apart', () => {
    const a: CleanArticle = {
      id: 'b38946c413fa66ab', sourceId: null, origin: 'examples/000_b38946c413fa66ab.txt', url: null,
      title: 'حميميم: القوات الجوية الروسية في سوريا دمرت قاعدتين لمسلحين في محافظة حمص', published: '2024-05-01',
      outlet: 'RT Arabic', keywords: ['الأزمة السورية', 'الجيش الروسي'], body: SEED_000_BODY,
      teasers: [{ title: 'لقاء بوتين والشرع محطة مهمة في مسار العلاقات الروسية السورية.. تفاصيل', body: 'أكد حسين مشيك، مراسل "القاهرة الإخبارية" في موسكو' }],
      chrome: ['تاريخ النشر: 1st, May 2024 GMT', 'المصدر: RT', 'المصدر: RT Arabic'],
    };
    const line = articleToJsonLine(a);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(a);
  });
});
