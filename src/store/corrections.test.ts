import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActorRef, CleanArticle, EventRecord, Extraction } from '../types.js';
import { CorrectionError } from './corrections.js';
import { openStore, type Store } from './store.js';

// Real sentences: seeds/000 (RT Arabic, 2024-05-01) and gold snn-b76299d0a1ba (SNN, Manbij).
const RT_BODY = [
  'وفي 16 مارس الماضي، أعلن نائب رئيس المركز الروسي للمصالحة بين الأطراف المتحاربة في سوريا أن الطيران الروسي دمر قاعدة للإرهاب في دير الزور.',
  'كما شن الطيران الروسي في 5 مارس هجوما على قرية "باسنكول" في محافظة إدلب، ودمر قاعدتين للمسلحين المشاركين في قصف مواقع القوات الحكومية السورية، وتم القضاء على أكثر من 20 مسلحا.',
].join('\n');
const MANBIJ_BODY =
  'طائرات النظام الحربية شنت ست غارات على الأقل على مناطق في مدينة منبج التابعة للمحافظة, مما أدى إلى مقتل 21 مدنيًا';

const RUSSIA: ActorRef = { name: 'Military Forces of Russia', name_ar: 'الطيران الروسي' };
const SYRIA: ActorRef = { name: 'Military Forces of Syria', name_ar: 'طائرات النظام' };
const CIVILIANS: ActorRef = { name: 'Civilians (Syria)', name_ar: 'مدنيًا' };

function article(id: string, body: string, extra: Partial<CleanArticle> = {}): CleanArticle {
  return { id, sourceId: null, origin: `${id}.txt`, url: null, title: null, published: null, outlet: null, keywords: [], body, teasers: [], chrome: [], ...extra };
}

function event(a: CleanArticle, n: number, evidence: string, fields: Partial<EventRecord>): EventRecord {
  const start = a.body.indexOf(evidence);
  if (start < 0) throw new Error(`fixture: evidence not in body: ${evidence}`);
  return {
    event_id: `${a.id}-${n}`, article_id: a.id, origin: a.origin, outlet: a.outlet, published: a.published,
    event_date: null, date_basis: 'unknown', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
    actor1: null, assoc_actor1: null, actor2: null, assoc_actor2: null, country: 'Syria', admin1: null, admin2: null,
    admin3: null, location: null, location_en: null, latitude: null, longitude: null, geo_precision: null,
    fatalities: null, fatalities_text: null, claimed_by: null, background: false,
    evidence: { start, end: start + evidence.length, text: evidence }, confidence: 0.8, trigger: '', ...fields,
  };
}

const rt = article('b38946c413fa66ab', RT_BODY, { published: '2024-05-01', outlet: 'RT Arabic' });
const deirEzZor = event(rt, 1, 'الطيران الروسي دمر قاعدة للإرهاب في دير الزور', {
  event_date: '2024-03-16', date_basis: 'explicit', actor1: RUSSIA, admin1: 'Deir-ez-Zor', location: 'دير الزور',
  latitude: 35.33775, longitude: 40.13977, background: true,
});
const basankol = event(rt, 2, 'شن الطيران الروسي في 5 مارس هجوما على قرية "باسنكول" في محافظة إدلب', {
  event_date: '2024-03-05', date_basis: 'explicit', actor1: RUSSIA, admin1: 'Idleb', admin2: 'Ariha', location: 'باسنكول',
  latitude: 35.80856, longitude: 36.4955, fatalities: 20, fatalities_text: 'أكثر من 20', background: true,
});
const snn = article('snn-b76299d0a1ba', MANBIJ_BODY, { published: '2015-07-31', outlet: 'SNN' });
const manbij = event(snn, 1, MANBIJ_BODY, {
  event_date: '2015', date_basis: 'explicit', actor1: SYRIA, actor2: CIVILIANS, admin1: 'Aleppo', location: 'منبج',
  latitude: 36.52815, longitude: 37.95495, fatalities: 21, fatalities_text: '21',
});

const RT_EXTRACTION: Extraction = { id: rt.id, article: rt, events: [deirEzZor, basankol] };

let store: Store;
beforeEach(() => {
  store = openStore(':memory:');
  store.putExtraction(RT_EXTRACTION);
  store.putExtraction({ id: snn.id, article: snn, events: [manbij] });
});
afterEach(() => store.close());

describe('corrections', () => {
  it('a fatalities fix is stored with who, when, old and new, and the event row changes', () => {
    const { correction, event } = store.correct({ event_id: basankol.event_id, field: 'fatalities', value: { fatalities: 25 }, author: 'analyst1' });
    expect(correction).toMatchObject({ event_id: basankol.event_id, article_id: rt.id, field: 'fatalities', old: { fatalities: 20 }, new: { fatalities: 25 }, author: 'analyst1', reverted_at: null });
    expect(Date.parse(correction.created_at)).not.toBeNaN();
    expect(event?.fatalities).toBe(25);
    expect(store.getEvent(basankol.event_id)?.fatalities).toBe(25);
    // the text as written is not the analyst's: it stays
    expect(store.getEvent(basankol.event_id)?.fatalities_text).toBe('أكثر من 20');
  });

  it('a date fix moves the event in date filters; a type fix moves it in type filters', () => {
    store.correct({ event_id: manbij.event_id, field: 'date', value: { event_date: '2015-07-30' }, author: 'a' });
    expect(store.events({ from: '2015-07-30', to: '2015-07-30' }).map((e) => e.event_id)).toEqual([manbij.event_id]);
    expect(store.events({ from: '2015-01-01', to: '2015-06-30' })).toEqual([]); // no longer "some day of 2015"
    store.correct({ event_id: deirEzZor.event_id, field: 'type', value: { event_type: 'Battles', sub_event_type: 'Armed clash' }, author: 'a' });
    expect(store.events({ type: 'Battles' }).map((e) => e.event_id)).toEqual([deirEzZor.event_id]);
    expect(store.countEvents({ type: 'Air/drone strike' })).toBe(2);
  });

  it('a place fix moves the point on the map and the governorate count', () => {
    store.correct({
      event_id: deirEzZor.event_id, field: 'place', author: 'a',
      value: { location: 'الميادين', location_en: 'Al Mayadin', admin1: 'Deir-ez-Zor', admin2: 'Al Mayadin', latitude: 35.01667, longitude: 40.45 },
    });
    const points = store.mapPoints({ admin1: 'Deir-ez-Zor' }).points;
    expect(points).toEqual([{ lat: 35.01667, lon: 40.45, type: 'Explosions/Remote violence', byType: { 'Explosions/Remote violence': 1 }, events: 1, fatalities: null, id: deirEzZor.event_id }]);
    expect(store.eventsAt(35.01667, 40.45).map((e) => e.location)).toEqual(['الميادين']);
  });

  it('an actor fix changes the actor search', () => {
    store.correct({ event_id: manbij.event_id, field: 'actor1', value: { actor1: RUSSIA }, author: 'a' });
    expect(store.events({ actor: 'الروسي' }).map((e) => e.event_id).sort()).toEqual([deirEzZor.event_id, basankol.event_id, manbij.event_id].sort());
    expect(store.events({ actor: 'النظام' })).toEqual([]);
  });

  it('a date fix of an undated event makes its basis explicit (unknown would contradict the value)', () => {
    const undated = event(snn, 2, 'مما أدى إلى مقتل 21 مدنيًا', { event_type: 'Violence against civilians', sub_event_type: 'Attack' });
    store.replaceExtraction({ id: snn.id, article: snn, events: [manbij, undated] });
    const { event: e } = store.correct({ event_id: undated.event_id, field: 'date', value: { event_date: '2015-07-30' }, author: 'a' });
    expect(e).toMatchObject({ event_date: '2015-07-30', date_basis: 'explicit' });
  });

  it('reject: the event leaves lists, counts, map and stats; the correction keeps it', () => {
    const { event } = store.correct({ event_id: deirEzZor.event_id, field: 'reject', value: {}, author: 'a', note: 'recalled, not news' });
    expect(event).toBeNull();
    expect(store.getEvent(deirEzZor.event_id)).toBeNull();
    expect(store.countEvents()).toBe(2);
    expect(store.stats().events).toBe(2);
    expect(store.mapPoints().points.map((p) => p.id)).not.toContain(deirEzZor.event_id);
    expect(store.rejectedEvents()).toEqual([deirEzZor]);
  });

  it('survives re-extraction, even when the new reading renumbers the events', () => {
    store.correct({ event_id: basankol.event_id, field: 'fatalities', value: { fatalities: 25 }, author: 'a' });
    store.correct({ event_id: deirEzZor.event_id, field: 'reject', value: {}, author: 'a' });
    // the re-extraction finds a new first event, so Basankol becomes -3 and Deir ez-Zor -2
    const extra = event(rt, 1, 'أعلن نائب رئيس المركز الروسي للمصالحة', { event_type: 'Strategic developments', sub_event_type: 'Other' });
    const renumbered = [extra, { ...deirEzZor, event_id: `${rt.id}-2` }, { ...basankol, event_id: `${rt.id}-3` }];
    expect(store.replaceExtraction({ id: rt.id, article: rt, events: renumbered })).toBe(true);
    expect(store.getEvent(`${rt.id}-3`)?.fatalities).toBe(25);
    expect(store.getEvent(`${rt.id}-2`)).toBeNull(); // still rejected
    expect(store.getEvent(`${rt.id}-1`)?.event_type).toBe('Strategic developments');
    expect(store.countEvents()).toBe(3);
  });

  it('re-extraction of an article that is not stored writes nothing', () => {
    const other = article('other', MANBIJ_BODY);
    expect(store.replaceExtraction({ id: 'other', article: other, events: [] })).toBe(false);
    expect(store.hasArticle('other')).toBe(false);
  });

  it('taking a correction back restores the old values; a rejected event comes back', () => {
    const fix = store.correct({ event_id: basankol.event_id, field: 'fatalities', value: { fatalities: 25 }, author: 'a' }).correction;
    const rej = store.correct({ event_id: deirEzZor.event_id, field: 'reject', value: {}, author: 'a' }).correction;
    expect(store.revertCorrection(fix.id).event?.fatalities).toBe(20);
    expect(store.revertCorrection(rej.id).event).toEqual(deirEzZor);
    expect(store.getEvent(deirEzZor.event_id)).toEqual(deirEzZor);
    expect(store.corrections({ articleId: rt.id }).every((c) => c.reverted_at !== null)).toBe(true);
    expect(store.rejectedEvents()).toEqual([]);
  });

  it('only the newest correction of a field can be taken back', () => {
    const first = store.correct({ event_id: basankol.event_id, field: 'fatalities', value: { fatalities: 25 }, author: 'a' }).correction;
    store.correct({ event_id: basankol.event_id, field: 'fatalities', value: { fatalities: 30 }, author: 'b' });
    expect(() => store.revertCorrection(first.id)).toThrow(/newer correction/);
    expect(() => store.revertCorrection(9999)).toThrow(CorrectionError);
  });

  it('refuses unknown events, fields it may not change, and empty values', () => {
    expect(() => store.correct({ event_id: 'nope-1', field: 'fatalities', value: { fatalities: 1 }, author: 'a' })).toThrow(/no such event/);
    expect(() => store.correct({ event_id: manbij.event_id, field: 'fatalities', value: { admin1: 'Homs' }, author: 'a' })).toThrow(/cannot change "admin1"/);
    expect(() => store.correct({ event_id: manbij.event_id, field: 'place', value: {}, author: 'a' })).toThrow(/needs a value/);
    expect(store.corrections()).toEqual([]);
  });

  it('lists corrections per event and article, oldest first', () => {
    store.correct({ event_id: basankol.event_id, field: 'fatalities', value: { fatalities: 25 }, author: 'a' });
    store.correct({ event_id: manbij.event_id, field: 'background', value: { background: true }, author: 'b' });
    store.correct({ event_id: basankol.event_id, field: 'date', value: { event_date: '2024-03-06' }, author: 'c' });
    expect(store.corrections({ eventId: basankol.event_id }).map((c) => c.author)).toEqual(['a', 'c']);
    expect(store.corrections({ articleId: snn.id }).map((c) => c.field)).toEqual(['background']);
    expect([...store.allCorrections()].map((c) => c.author)).toEqual(['a', 'b', 'c']);
  });
});

describe('desk views', () => {
  it('map points: one per place and type, fatalities summed, unplaced counted', () => {
    const undated = event(snn, 2, 'مما أدى إلى مقتل 21 مدنيًا', { event_type: 'Violence against civilians', sub_event_type: 'Attack' });
    store.replaceExtraction({ id: snn.id, article: snn, events: [manbij, undated] });
    const view = store.mapPoints();
    expect(view.unplaced).toBe(1);
    expect(view.points.find((p) => p.id === basankol.event_id)).toMatchObject({ lat: 35.80856, lon: 36.4955, events: 1, fatalities: 20 });
    expect(store.mapPoints({ admin1: 'Aleppo' }).points).toHaveLength(1);
  });

  it('timeline: day-precision events per day and type; month/year dates counted apart', () => {
    const t = store.timeline();
    expect(t.days).toEqual([['2024-03-05', 'Explosions/Remote violence', 1], ['2024-03-16', 'Explosions/Remote violence', 1]]);
    expect(t.partial).toBe(1); // Manbij, 2015
    expect(t.undated).toBe(0);
  });

  it('facets: governorate, type and outlet counts in one pass, as countBy gives them one by one', () => {
    const f = store.facets({ background: true });
    expect(f.total).toBe(2);
    expect(f.admin1).toEqual(store.countBy('admin1', { background: true }));
    expect(f.outlet).toEqual([{ value: 'RT Arabic', events: 2 }]);
    expect(store.facets({ q: 'منبج' })).toMatchObject({ total: 1, admin1: [{ value: 'Aleppo', events: 1 }] });
    // a search remembered for speed still sees an article stored after it
    const later = article('later', `قصف على ${MANBIJ_BODY}`);
    store.putExtraction({ id: later.id, article: later, events: [event(later, 1, MANBIJ_BODY, { admin1: 'Aleppo' })] });
    expect(store.facets({ q: 'منبج' }).total).toBe(2);
  });

  it('a place with events of two types is one point, coloured by its main type', () => {
    const clash = event(snn, 2, 'مما أدى إلى مقتل 21 مدنيًا', { event_type: 'Violence against civilians', sub_event_type: 'Attack', latitude: manbij.latitude, longitude: manbij.longitude, fatalities: 21 });
    const clash2 = { ...clash, event_id: `${snn.id}-3` };
    store.replaceExtraction({ id: snn.id, article: snn, events: [manbij, clash, clash2] });
    const p = store.mapPoints({ admin1: undefined }).points.find((x) => x.lat === manbij.latitude)!;
    expect(p).toMatchObject({ type: 'Violence against civilians', events: 3, fatalities: 63, id: null });
    expect(p.byType).toEqual({ 'Explosions/Remote violence': 1, 'Violence against civilians': 2 });
  });

  it('counts by governorate, outlet and type under the same filter as the list', () => {
    expect(store.countBy('admin1')).toEqual([
      { value: 'Aleppo', events: 1 }, { value: 'Deir-ez-Zor', events: 1 }, { value: 'Idleb', events: 1 },
    ]);
    expect(store.countBy('outlet', { from: '2024-01-01' })).toEqual([{ value: 'RT Arabic', events: 2 }]);
    expect(store.countBy('event_type', { q: 'منبج' })).toEqual([{ value: 'Explosions/Remote violence', events: 1 }]);
  });

  it('article search goes through the Arabic index: clitics and hamza forms find the article', () => {
    // the body writes «إدلب» and «وباسنكول» nowhere; the search form strips و and folds hamza
    expect(store.searchArticles('وادلب').hits.map((h) => h.id)).toEqual([rt.id]);
    expect(store.searchArticles('بمنبج')).toMatchObject({ total: 1, hits: [{ id: snn.id, outlet: 'SNN', events: 1 }] });
    expect(store.searchArticles('"OR" *').total).toBe(0);
  });

  it('events by id keep the order asked and skip unknown ids', () => {
    expect(store.eventsById([manbij.event_id, 'x', basankol.event_id]).map((e) => e.event_id)).toEqual([manbij.event_id, basankol.event_id]);
    expect(store.outlets()).toEqual([{ outlet: 'RT Arabic', articles: 1 }, { outlet: 'SNN', articles: 1 }]);
  });
});
