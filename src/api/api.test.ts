/**
 * Every route of the desk API with good and bad input, through `app.request` (no socket). Events are
 * hand-coded readings of real sentences (seeds/000, gold snn-b76299d0a1ba); pages sent to /api/ingest
 * and /reextract go through the real pipeline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../export/index.js';
import { openStore, type Store } from '../store/index.js';
import type { ActorRef, CleanArticle, EventRecord } from '../types.js';
import { createApp } from './app.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const SEED_000 = readFileSync(join(ROOT, 'examples', '000_b38946c413fa66ab.txt'), 'utf8');

const RT_BODY = [
  'وفي 16 مارس الماضي، أعلن نائب رئيس المركز الروسي للمصالحة بين الأطراف المتحاربة في سوريا أن الطيران الروسي دمر قاعدة للإرهاب في دير الزور.',
  'كما شن الطيران الروسي في 5 مارس هجوما على قرية "باسنكول" في محافظة إدلب، ودمر قاعدتين للمسلحين المشاركين في قصف مواقع القوات الحكومية السورية، وتم القضاء على أكثر من 20 مسلحا.',
].join('\n');
const MANBIJ_BODY =
  'طائرات النظام الحربية شنت ست غارات على الأقل على مناطق في مدينة منبج التابعة للمحافظة, مما أدى إلى مقتل 21 مدنيًا';
const TEASER = { title: 'لقاء بوتين والشرع محطة مهمة في مسار العلاقات الروسية السورية.. تفاصيل', body: 'أكد حسين مشيك، مراسل "القاهرة الإخبارية" في موسكو' };

const RUSSIA: ActorRef = { name: 'Military Forces of Russia', name_ar: 'الطيران الروسي' };
const SYRIA: ActorRef = { name: 'Military Forces of Syria', name_ar: 'طائرات النظام' };
const CIVILIANS: ActorRef = { name: 'Civilians (Syria)', name_ar: 'مدنيًا' };
const MILITANTS: ActorRef = { name: 'Unidentified armed group', name_ar: 'للمسلحين' };

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

const rt = article('rt-000', RT_BODY, { title: 'حميميم: القوات الجوية الروسية في سوريا دمرت قاعدتين لمسلحين في محافظة حمص', published: '2024-05-01', outlet: 'RT Arabic', teasers: [TEASER] });
const BASANKOL_FIELDS: Partial<EventRecord> = {
  event_date: '2024-03-05', date_basis: 'explicit', actor1: RUSSIA, actor2: MILITANTS, admin1: 'Idleb', admin2: 'Ariha',
  location: 'باسنكول', location_en: 'Bsanqul', latitude: 35.80856, longitude: 36.4955, geo_precision: 1,
  fatalities: 20, fatalities_text: 'أكثر من 20', background: true, trigger: 'شن',
};
const deirEzZor = event(rt, 1, 'الطيران الروسي دمر قاعدة للإرهاب في دير الزور', {
  event_date: '2024-03-16', date_basis: 'explicit', actor1: RUSSIA, admin1: 'Deir-ez-Zor', location: 'دير الزور',
  latitude: 35.33775, longitude: 40.13977, background: true, trigger: 'دمر',
});
const basankol = event(rt, 2, 'شن الطيران الروسي في 5 مارس هجوما على قرية "باسنكول" في محافظة إدلب', BASANKOL_FIELDS);
// another outlet's report of the same strike (its own first lines, seeds/000), counting 25 dead: one incident, two reports
const COPY_BODY = [
  'أعلن نائب رئيس مركز المصالحة الروسي يوري بوبوف أن القوات الجوية الروسية دمرت قاعدتين لمسلحين غادروا منطقة التنف وكانوا يختبئون بمناطق جبلية يصعب الوصول إليها في محافظة حمص بسوريا.',
  'وقال بوبوف إن "ضربات القوات الجوية الروسية دمرت قاعدتين للمسلحين الذين غادروا منطقة التنف وكانوا يختبئون في مناطق يصعب الوصول إليها في سلسلة جبال العمور في محافظة حمص".',
  RT_BODY.split('\n')[1]!,
].join('\n');
const copy = article('copy-000', COPY_BODY, { published: '2024-05-02', outlet: 'روسيا اليوم' });
const basankolCopy = event(copy, 1, 'شن الطيران الروسي في 5 مارس هجوما على قرية "باسنكول" في محافظة إدلب', { ...BASANKOL_FIELDS, fatalities: 25 });
const snn = article('snn-b76299d0a1ba', MANBIJ_BODY, { published: '2015-07-31', outlet: 'SNN' });
const manbij = event(snn, 1, MANBIJ_BODY, {
  event_date: '2015-07-30', date_basis: 'relative', actor1: SYRIA, actor2: CIVILIANS, admin1: 'Aleppo', location: 'منبج',
  latitude: 36.52815, longitude: 37.95495, fatalities: 21, fatalities_text: '21',
});

let store: Store;
let app: ReturnType<typeof createApp>;
beforeEach(() => {
  store = openStore(':memory:');
  // the ingest path: near-duplicate check, events filed into incidents
  store.putReport({ id: rt.id, article: rt, events: [deirEzZor, basankol] });
  store.putReport({ id: copy.id, article: copy, events: [basankolCopy] });
  store.putReport({ id: snn.id, article: snn, events: [manbij] });
  app = createApp({ store });
});
afterEach(() => store.close());

function useEmptyStore() {
  store.close();
  store = openStore(':memory:');
  app = createApp({ store });
}

const get = async (url: string) => {
  const r = await app.request(url);
  return { status: r.status, body: (await r.json()) as Record<string, any>, headers: r.headers };
};
const postJson = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const r = await app.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as Record<string, any> };
};
const ids = (events: EventRecord[]) => events.map((e) => e.event_id).sort();

// ------------------------------------------------------------------------------------------------

describe('GET /api/events', () => {
  it('lists in date order with the total, a page at a time', async () => {
    const all = await get('/api/events');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(4);
    expect(all.body.events.map((e: EventRecord) => e.event_date)).toEqual(['2015-07-30', '2024-03-05', '2024-03-05', '2024-03-16']);
    const page = await get('/api/events?limit=2&offset=2');
    expect(page.body).toMatchObject({ total: 4, limit: 2, offset: 2 });
    expect(page.body.events.map((e: EventRecord) => e.event_date)).toEqual(['2024-03-05', '2024-03-16']);
  });

  it.each([
    ['admin1=Idleb', [basankol, basankolCopy]],
    ['type=Air/drone strike&from=2024-03-10', [deirEzZor]],
    ['from=2015&to=2015-12', [manbij]],
    [`actor=${encodeURIComponent('النظام')}`, [manbij]],
    [`q=${encodeURIComponent('بمنبج')}`, [manbij]],
    [`q=${encodeURIComponent('وادلب')}&outlet=${encodeURIComponent('روسيا اليوم')}`, [basankolCopy]],
    ['background=false', [manbij]],
    [`ids=${manbij.event_id},nope,${deirEzZor.event_id}`, [manbij, deirEzZor]],
  ])('filter %s', async (qs, expected) => {
    const r = await get(`/api/events?${qs}`);
    expect(r.status).toBe(200);
    expect(ids(r.body.events)).toEqual(ids(expected));
  });

  it.each([
    ['admin=Idleb', 'admin', /unknown parameter: admin/],
    ['from=2024-13', 'from', /from: expected YYYY-MM-DD/],
    ['to=yesterday', 'to', /to: expected/],
    ['limit=0', 'limit', /limit: at least 1/],
    ['limit=100000', 'limit', /limit: at most 500/],
    ['offset=-1', 'offset', /offset: at least 0/],
    ['limit=ten', 'limit', /limit/],
    ['background=yes', 'background', /true or false/],
    ['from=2024-05-01&to=2024-03-01', 'from', /after to/],
    [`q=${'ا'.repeat(201)}`, 'q', /longer than 200/],
    ['admin1=Idleb&admin1=Homs', 'admin1', /given 2 times/],
  ])('400 for %s, naming the parameter', async (qs, param, message) => {
    const r = await get(`/api/events?${qs}`);
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('invalid_request');
    expect(r.body.message).toMatch(message);
    expect(r.body.issues.map((i: { param: string }) => i.param)).toContain(param);
  });
});

describe('GET /api/events/:id', () => {
  it("marks each field's words inside the evidence clause (read again by the pipeline's stages)", async () => {
    const r = await get(`/api/events/${basankol.event_id}`);
    expect(r.status).toBe(200);
    expect(r.body.article).toMatchObject({ id: rt.id, outlet: 'RT Arabic' });
    const fields = Object.fromEntries(r.body.evidence.fields.map((f: { field: string; text: string }) => [f.field, f.text]));
    expect(fields).toMatchObject({ date: '5 مارس', location: 'باسنكول', actor1: 'الطيران الروسي', trigger: 'شن' });
    // the fatalities and the target are outside the evidence clause but inside its sentence
    expect(fields['fatalities']).toBe('أكثر من 20');
    expect(fields['actor2']).toBe('للمسلحين');
    for (const f of r.body.evidence.fields) expect(RT_BODY.slice(f.start, f.end)).toBe(f.text);
    expect(RT_BODY.slice(r.body.evidence.sentence.start, r.body.evidence.sentence.end)).toContain('أكثر من 20 مسلحا');
  });

  it('links the incident: both outlets side by side, their wording, the disagreement on fatalities stated', async () => {
    const r = await get(`/api/events/${basankol.event_id}`);
    const inc = r.body.incident;
    expect(inc).toMatchObject({ event_type: 'Explosions/Remote violence', admin1: 'Idleb', corroboration: 2, fatalities: 20 });
    expect(inc.reports.map((x: { outlet: string }) => x.outlet).sort()).toEqual(['RT Arabic', 'روسيا اليوم']);
    expect(inc.reports.map((x: { actor1: ActorRef }) => x.actor1.name_ar)).toEqual(['الطيران الروسي', 'الطيران الروسي']);
    const fatalities = inc.disagreements.find((d: { field: string }) => d.field === 'fatalities');
    expect(fatalities.values.map((v: { value: number; event_ids: string[] }) => [v.value, v.event_ids]).sort()).toEqual([[20, [basankol.event_id]], [25, [basankolCopy.event_id]]]);
    // a lone report is not shown as an incident
    expect((await get(`/api/events/${manbij.event_id}`)).body.incident).toBeNull();
  });

  it('a report rejected by an analyst stays listed in its incident, marked', async () => {
    await postJson(`/api/events/${basankolCopy.event_id}/corrections`, { field: 'reject', author: 'a' });
    const inc = (await get(`/api/events/${basankol.event_id}`)).body.incident;
    expect(inc.reports.map((x: { event_id: string; rejected: boolean }) => [x.event_id, x.rejected]).sort()).toEqual([[basankol.event_id, false], [basankolCopy.event_id, true]].sort());
  });

  it('404 for an unknown event, and says when an analyst rejected it', async () => {
    expect((await get('/api/events/nope-1')).status).toBe(404);
    await postJson(`/api/events/${manbij.event_id}/corrections`, { field: 'reject', author: 'a' });
    const r = await get(`/api/events/${manbij.event_id}`);
    expect(r.status).toBe(404);
    expect(r.body.message).toMatch(/rejected/);
  });
});

describe('corrections', () => {
  const url = `/api/events/${basankol.event_id}/corrections`;

  it('fixes a field (201), shows it on the event, the list and the export; keeps who and the old value', async () => {
    const r = await postJson(url, { field: 'fatalities', value: { fatalities: 22 }, author: 'layla', note: 'المرصد: 22' });
    expect(r.status).toBe(201);
    expect(r.body.correction).toMatchObject({ field: 'fatalities', old: { fatalities: 20 }, new: { fatalities: 22 }, author: 'layla', note: 'المرصد: 22' });
    expect((await get(`/api/events/${basankol.event_id}`)).body.event.fatalities).toBe(22);
    expect((await get(url)).body.corrections).toHaveLength(1);
    const csv = parseCsv(await (await app.request('/api/export?format=csv&admin1=Idleb')).text(), { columns: true }) as Record<string, string>[];
    expect(csv.find((row) => row['event_id_cnty'] === basankol.event_id)?.['fatalities']).toBe('22');
  });

  it('a place correction moves the event to another governorate', async () => {
    const place = (await get(`/api/places?q=${encodeURIComponent('منبج')}`)).body.places[0];
    expect(place.value).toMatchObject({ admin1: 'Aleppo' });
    const r = await postJson(`/api/events/${deirEzZor.event_id}/corrections`, { field: 'place', value: place.value, author: 'a' });
    expect(r.status).toBe(201);
    expect(ids((await get('/api/events?admin1=Aleppo')).body.events)).toEqual(ids([manbij, deirEzZor]));
  });

  it('takes a correction back, once', async () => {
    const { body } = await postJson(url, { field: 'type', value: { event_type: 'Battles', sub_event_type: 'Armed clash' }, author: 'a' });
    const back = await postJson(`/api/corrections/${body.correction.id}/revert`, {});
    expect(back.status).toBe(200);
    expect(back.body.event.event_type).toBe('Explosions/Remote violence');
    expect((await postJson(`/api/corrections/${body.correction.id}/revert`, {})).status).toBe(409);
    expect((await postJson('/api/corrections/abc/revert', {})).status).toBe(400);
    expect((await postJson('/api/corrections/999/revert', {})).status).toBe(404);
    expect((await get('/api/corrections')).body.corrections[0].reverted_at).not.toBeNull();
  });

  it.each([
    [{ field: 'fatalities', value: { fatalities: -1 }, author: 'a' }, 400, /fatalities/],
    [{ field: 'fatalities', value: { fatalities: '20' }, author: 'a' }, 400, /fatalities/],
    [{ field: 'colour', value: {}, author: 'a' }, 400, /field: one of/],
    [{ field: 'fatalities', value: { fatalities: 3 } }, 400, /author/],
    [{ field: 'fatalities', value: { admin1: 'Homs' }, author: 'a' }, 400, /cannot change "admin1"/],
    [{ field: 'date', value: { event_date: '5 March' }, author: 'a' }, 400, /event_date: expected/],
    [{ field: 'type', value: { event_type: 'Skirmish' }, author: 'a' }, 400, /event_type: one of/],
    [{ field: 'place', value: {}, author: 'a' }, 400, /needs a value/],
    [{ field: 'fatalities', value: { fatalities: 3 }, author: 'a', extra: 1 }, 400, /unknown field: extra/],
  ])('refuses %j', async (body, status, message) => {
    const r = await postJson(url, body);
    expect(r.status).toBe(status);
    expect(r.body.message).toMatch(message);
    expect((await get(url)).body.corrections).toEqual([]);
  });

  it('404 for an unknown event; 415 for a body that is not JSON; 400 for broken JSON; 413 when too large', async () => {
    expect((await postJson('/api/events/nope-1/corrections', { field: 'confirm', author: 'a' })).status).toBe(404);
    const form = await app.request(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect(form.status).toBe(415);
    const broken = await app.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"field":' });
    expect(broken.status).toBe(400);
    const big = await postJson(url, { field: 'confirm', author: 'a', note: 'x'.repeat(20_000) });
    expect(big.status).toBe(413);
  });
});

describe('write protection', () => {
  it('with RASD_TOKEN, writes need the bearer token; reads do not', async () => {
    const guarded = createApp({ store, token: 's3cret' });
    const body = JSON.stringify({ field: 'confirm', author: 'a' });
    const send = (auth?: string) => guarded.request(`/api/events/${manbij.event_id}/corrections`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body,
    });
    expect((await send()).status).toBe(401);
    expect((await send('Bearer wrong')).status).toBe(401);
    expect((await send('Bearer s3cret')).status).toBe(201);
    expect((await guarded.request('/api/events')).status).toBe(200);
    expect(await (await guarded.request('/api/config')).json()).toEqual({ writeNeedsToken: true });
  });

  it('answers only to the expected Host (DNS rebinding) and refuses cross-site form posts', async () => {
    const local = createApp({ store, allowedHosts: ['127.0.0.1:8787'] });
    expect((await local.request('http://127.0.0.1:8787/api/events')).status).toBe(200);
    expect((await local.request('http://attacker.example:8787/api/events')).status).toBe(403);
    const csrf = await app.request('http://127.0.0.1:8787/api/ingest', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://attacker.example' }, body: 'text=x',
    });
    expect(csrf.status).toBe(403);
    const fetchedCrossSite = await app.request('http://127.0.0.1:8787/api/corrections/1/revert', { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(fetchedCrossSite.status).toBe(403);
    expect(await store.corrections()).toEqual([]);
  });
});

describe('GET /api/articles/:id', () => {
  it('the cleaned article with teasers apart, its events, and search hits found through clitics and hamza', async () => {
    const r = await get(`/api/articles/${rt.id}?q=${encodeURIComponent('وادلب')}`);
    expect(r.status).toBe(200);
    expect(r.body.article.body).toBe(RT_BODY);
    expect(r.body.article.teasers).toEqual([TEASER]);
    expect(r.body.article.body).not.toContain(TEASER.title);
    expect(ids(r.body.events)).toEqual(ids([deirEzZor, basankol]));
    expect(r.body.hits.body.map((h: { start: number; end: number }) => RT_BODY.slice(h.start, h.end))).toEqual(['إدلب']);
  });

  it('404 unknown; 400 for an unknown parameter', async () => {
    expect((await get('/api/articles/nope')).status).toBe(404);
    expect((await get(`/api/articles/${rt.id}?highlight=x`)).status).toBe(400);
  });
});

describe('POST /api/articles/:id/reextract', () => {
  it("reads the article again with the pipeline; the analyst's correction survives", async () => {
    // an empty store: the fixtures repeat seeds/000's lines, so the page would be filed as their near-duplicate
    useEmptyStore();
    const added = await postJson('/api/ingest', { text: SEED_000 });
    expect(added.status).toBe(201);
    const id = added.body.articles[0].id as string;
    const before = (await get(`/api/articles/${id}`)).body.events as EventRecord[];
    const target = before.find((e) => e.fatalities === 20);
    expect(target, 'the pipeline reads «أكثر من 20 مسلحا» as 20 dead').toBeDefined();
    await postJson(`/api/events/${target!.event_id}/corrections`, { field: 'fatalities', value: { fatalities: 21 }, author: 'a' });
    const again = await postJson(`/api/articles/${id}/reextract`, {});
    expect(again.status).toBe(200);
    const after = (again.body.events as EventRecord[]).find((e) => e.evidence.start === target!.evidence.start && e.evidence.end === target!.evidence.end);
    expect(after?.fatalities).toBe(21);
    expect(again.body.events).toHaveLength(before.length);
    expect((await postJson('/api/articles/nope/reextract', {})).status).toBe(404);
  });
});

describe('GET /api/incidents', () => {
  it('lists incidents with their reports; filters by governorate and corroboration; one by id', async () => {
    const r = await get('/api/incidents?minOutlets=2');
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(1);
    const inc = r.body.incidents[0];
    expect(inc).toMatchObject({ admin1: 'Idleb', corroboration: 2 });
    expect((await get('/api/incidents?admin1=Aleppo')).body.incidents.map((i: { reports: unknown[] }) => i.reports.length)).toEqual([1]);
    expect((await get('/api/incidents?minOutlets=2&admin1=Aleppo')).body.total).toBe(0);
    const one = await get(`/api/incidents/${encodeURIComponent(inc.incident_id)}`);
    expect(one.body.incident.reports).toHaveLength(2);
    expect((await get('/api/incidents/nope')).status).toBe(404);
  });

  it('400 for bad parameters', async () => {
    expect((await get('/api/incidents?limit=0')).status).toBe(400);
    expect((await get('/api/incidents?minOutlets=two')).status).toBe(400);
    expect((await get('/api/incidents?actor=x')).status).toBe(400);
  });
});

describe('GET /api/search', () => {
  it('finds articles through prefixes and spelling variants, with snippet hits', async () => {
    const r = await get(`/api/search?q=${encodeURIComponent('وبادلب')}`);
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(2);
    const hit = r.body.results[0];
    const h = hit.snippet.hits[0];
    expect(hit.snippet.text.slice(h.start, h.end)).toBe('إدلب');
    expect((await get(`/api/search?q=${encodeURIComponent('منبج')}`)).body.results.map((x: { id: string }) => x.id)).toEqual([snn.id]);
  });

  it('400 without q or with an unknown parameter', async () => {
    expect((await get('/api/search')).status).toBe(400);
    expect((await get('/api/search?q=x&page=2')).status).toBe(400);
  });
});

describe('GET /api/stats and /api/map', () => {
  it('counts by type, governorate and outlet, and a timeline, under the filter', async () => {
    const r = await get('/api/stats?from=2024-01-01');
    expect(r.status).toBe(200);
    expect(r.body.events).toBe(3);
    expect(r.body.byAdmin1).toEqual({ Idleb: 2, 'Deir-ez-Zor': 1 });
    expect(r.body.byOutlet).toEqual({ 'RT Arabic': 2, 'روسيا اليوم': 1 });
    expect(r.body.timeline.bucket).toBe('day');
    expect(r.body.timeline.bars.map((b: { start: string; total: number }) => [b.start, b.total])).toEqual([['2024-03-05', 2], ['2024-03-16', 1]]);
    const weeks = await get('/api/stats?bucket=week');
    expect(weeks.body.timeline.bars.map((b: { start: string }) => b.start)).toEqual(['2015-07-27', '2024-03-04', '2024-03-11']);
    expect((await get('/api/stats?bucket=year')).status).toBe(400);
  });

  it('map points: one per place and type, with the event id when single; the events of a point', async () => {
    const r = await get('/api/map');
    expect(r.status).toBe(200);
    const types = r.body.types as string[];
    const basankolPoint = r.body.points.find((p: unknown[]) => p[0] === 35.80856);
    expect(basankolPoint).toEqual([35.80856, 36.4955, types.indexOf('Explosions/Remote violence'), 2, 45, null]);
    expect(r.body.points.find((p: unknown[]) => p[0] === 36.52815)[5]).toBe(manbij.event_id);
    const at = await get('/api/map/events?lat=35.80856&lon=36.4955');
    expect(ids(at.body.events)).toEqual(ids([basankol, basankolCopy]));
    expect((await get('/api/map/events?lat=north&lon=36')).status).toBe(400);
    expect((await get('/api/map?zoom=3')).status).toBe(400);
  });
});

describe('GET /api/export', () => {
  it('CSV with ACLED columns for the filter', async () => {
    const r = await app.request('/api/export?format=csv&admin1=Idleb');
    expect(r.headers.get('content-disposition')).toMatch(/attachment; filename="rasd-events\.csv"/);
    const text = await r.text();
    expect(text.slice(0, text.indexOf('\r\n')).split(',')).toEqual(CSV_COLUMNS);
    expect(parseCsv(text, { columns: true })).toHaveLength(2);
  });

  it('GeoJSON points [lon, lat] and JSON lines', async () => {
    const geo = (await (await app.request('/api/export?format=geojson&outlet=SNN')).json()) as { features: { geometry: { coordinates: number[] } }[] };
    expect(geo.features.map((f) => f.geometry.coordinates)).toEqual([[37.95495, 36.52815]]);
    const lines = (await (await app.request('/api/export?format=jsonl')).text()).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as EventRecord).event_id).sort()).toEqual(ids([deirEzZor, basankol, basankolCopy, manbij]));
  });

  it('gold: the reviewed articles with their corrected events, in the shared/gold format', async () => {
    await postJson(`/api/events/${deirEzZor.event_id}/corrections`, { field: 'reject', author: 'a' });
    await postJson(`/api/events/${basankol.event_id}/corrections`, { field: 'fatalities', value: { fatalities: 22 }, author: 'a' });
    const gold = (await (await app.request('/api/export?format=gold')).json()) as { documents: { file: string; events: Record<string, unknown>[] }[] };
    expect(gold.documents.map((d) => d.file)).toEqual([rt.id]);
    expect(gold.documents[0]!.events).toEqual([expect.objectContaining({
      type: 'Explosions/Remote violence', sub_type: 'Air/drone strike', date: '2024-03-05', admin1: 'Idleb', location: 'باسنكول',
      actor1: 'Military Forces of Russia', fatalities: 22, background: true, evidence: basankol.evidence.text,
    })]);
    const articles = (await (await app.request('/api/export?format=gold-articles')).text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(articles).toEqual([expect.objectContaining({ doc_id: rt.id, text: RT_BODY, outlet: 'RT Arabic' })]);
    const corrections = (await (await app.request('/api/export?format=corrections')).text()).trim().split('\n');
    expect(corrections).toHaveLength(2);
  });

  it('400 for an unknown format', async () => {
    const r = await get('/api/export?format=xlsx');
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/format: one of csv/);
  });
});

describe('POST /api/ingest', () => {
  it('a pasted page: read, extracted and stored once', async () => {
    useEmptyStore();
    const first = await postJson('/api/ingest', { text: SEED_000, outlet: 'RT Arabic' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ pages: 1, added: 1, duplicates: 0 });
    expect(first.body.events).toBeGreaterThan(0);
    expect(first.body.articles[0]).toMatchObject({ status: 'added', title: 'حميميم: القوات الجوية الروسية في سوريا دمرت قاعدتين لمسلحين في محافظة حمص' });
    const again = await postJson('/api/ingest', { pages: [{ text: SEED_000, outlet: 'RT Arabic' }] });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ pages: 1, added: 0, duplicates: 1 });
  });

  it('dropped files go through the ingest reader; a bad file is named and skipped', async () => {
    const form = new FormData();
    form.append('file', new Blob([SEED_000]), '000.txt');
    form.append('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])]), 'photo.png');
    form.append('file', new Blob([`{"doc_id":"snn-x","text":${JSON.stringify(MANBIJ_BODY + '.')},"published":"2015-07-31"}\n{broken\n`]), 'pages.jsonl');
    const r = await app.request('/api/ingest', { method: 'POST', body: form });
    const body = (await r.json()) as Record<string, any>;
    expect(r.status).toBe(201);
    expect(body.added).toBe(2);
    expect(body.errors.map((e: { origin: string; reason: string }) => `${e.origin}: ${e.reason}`)).toEqual([
      'upload:photo.png: binary file (NUL bytes)',
      expect.stringMatching(/^upload:pages\.jsonl:2: /),
    ]);
    expect(body.articles.map((a: { origin: string }) => a.origin)).toEqual(['upload:000.txt', 'upload:pages.jsonl:1']);
  });

  it.each([
    [{ text: '   ' }, /needs "text" or "html"/],
    [{ title: 'x' }, /needs "text" or "html"/],
    [{ pages: [] }, /.+/],
    [{ text: 'x', script: '<script>' }, /unknown field: script/],
    [{ text: 'x', published: 'yesterday' }, /published/],
  ])('400 for %j', async (body, message) => {
    const r = await postJson('/api/ingest', body);
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(message);
  });

  it('400 for a multipart body without files; 413 over the size limit', async () => {
    const form = new FormData();
    form.append('text', 'x');
    expect((await app.request('/api/ingest', { method: 'POST', body: form })).status).toBe(400);
    const huge = await app.request('/api/ingest', {
      method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(21 * 1024 * 1024) }, body: '{}',
    });
    expect(huge.status).toBe(413);
  });
});

describe('reference routes', () => {
  it('vocabulary, actors and places to pick from', async () => {
    const v = await get('/api/vocabulary');
    expect(Object.keys(v.body.eventTypes)).toHaveLength(7);
    expect(v.body.admin1).toHaveLength(14);
    expect(v.body.outlets.map((o: { outlet: string }) => o.outlet).sort()).toEqual(['RT Arabic', 'SNN', 'روسيا اليوم'].sort());
    expect(v.body.correctionFields).toContain('reject');
    const actors = await get(`/api/actors?q=${encodeURIComponent('الروسي')}`);
    expect(actors.body.actors.map((a: { name: string }) => a.name)).toContain('Military Forces of Russia');
    const places = await get(`/api/places?q=${encodeURIComponent('باسنكول')}`);
    expect(places.body.places[0]).toMatchObject({ name_en: 'Bsanqul', value: { admin1: 'Idleb', latitude: 35.80856, geo_precision: 1 } });
    expect((await get('/api/places')).status).toBe(400);
    expect((await get('/api/actors?q=')).status).toBe(400);
  });

  it('boundaries: 14 governorates with OCHA names; unknown level 404', async () => {
    const r = await app.request('/api/boundaries/admin1');
    const fc = (await r.json()) as { features: { properties: { name_en: string } }[] };
    expect(fc.features).toHaveLength(14);
    expect(fc.features.map((f) => f.properties.name_en)).toContain('Rural Damascus');
    expect((await app.request('/api/boundaries/admin9')).status).toBe(404);
  });
});

describe('OpenAPI, static files, unknown routes', () => {
  it('documents every API route the app answers, with the validated parameters', async () => {
    const doc = (await get('/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const paths = Object.keys(doc.paths);
    for (const p of ['/api/events', '/api/events/{id}', '/api/articles/{id}', '/api/incidents', '/api/search', '/api/stats', '/api/export', '/api/ingest', '/api/map']) {
      expect(paths).toContain(p);
    }
    const params = doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['from', 'to', 'type', 'admin1', 'actor', 'outlet', 'background', 'q', 'limit', 'offset']));
    const limit = doc.paths['/api/events'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ minimum: 1, maximum: 500 });
    expect(doc.paths['/api/ingest'].post.security).toBeDefined();
  });

  it('serves the app with a content security policy, the vendored libraries, and nothing outside them', async () => {
    const page = await app.request('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await page.text()).toContain('dir="rtl"');
    expect((await app.request('/app/main.js')).headers.get('content-type')).toMatch(/javascript/);
    expect((await app.request('/vendor/leaflet/leaflet.css')).status).toBe(200);
    expect((await app.request('/vendor/fonts/files/noto-naskh-arabic-arabic-400-normal.woff2')).headers.get('content-type')).toBe('font/woff2');
    expect((await app.request('/vendor/leaflet/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await app.request('/app/.env')).status).toBe(404);
    const unknown = await get('/api/nothing');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('not_found');
  });
});
