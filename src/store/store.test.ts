import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActorRef, CleanArticle, EventRecord, Extraction } from '../types.js';
import { MIGRATIONS } from './migrations.js';
import { openStore, type Store, UNKNOWN_ADMIN1 } from './store.js';

// ------------------------------------------------------------------------------------------------
// Articles: real sentences from /work/shared/seeds and /work/shared/gold/articles.jsonl.

/** seeds/000: the cleaned body (title, publication line, credits, keywords and teaser removed). */
const SEED_000_BODY = [
  'أعلن نائب رئيس مركز المصالحة الروسي يوري بوبوف أن القوات الجوية الروسية دمرت قاعدتين لمسلحين غادروا منطقة التنف وكانوا يختبئون بمناطق جبلية يصعب الوصول إليها في محافظة حمص بسوريا.',
  'وقال بوبوف إن "ضربات القوات الجوية الروسية دمرت قاعدتين للمسلحين الذين غادروا منطقة التنف وكانوا يختبئون في مناطق يصعب الوصول إليها في سلسلة جبال العمور في محافظة حمص".',
  'وفي 6 أبريل الجاري، أعلنت الدفاع السورية في بيان لها قيام الجيش السوري بالتعاون مع القوات الروسية باستهداف عدد من مقار الإرهابيين وآلياتهم وإسقاط مسيرات لهم في ريفي حلب وإدلب.',
  'وفي 16 مارس الماضي، أعلن نائب رئيس المركز الروسي للمصالحة بين الأطراف المتحاربة في سوريا أن الطيران الروسي دمر قاعدة للإرهاب في دير الزور.',
  'كما شن الطيران الروسي في 5 مارس هجوما على قرية "باسنكول" في محافظة إدلب، ودمر قاعدتين للمسلحين المشاركين في قصف مواقع القوات الحكومية السورية، وتم القضاء على أكثر من 20 مسلحا.',
].join('\n');

/** seeds/001, word order swapped (`حمص ودمشق` → `دمشق وحمص`) so that Homs occurs only as `وحمص`. */
const WA_HOMS_BODY =
  'بدأت المئات من العربات والقوات العسكرية الروسية في مغادرة جنوب دمشق وحمص تحت حماية الفصائل المسلحة (هيئة تحرير الشام)، وذلك حسبما أفاد المرصد السوري لحقوق الإنسان اليوم الجمعة.';

/** seeds/002, `(في ريف حمص)` written `بحمص` so that Homs occurs only with the preposition. */
const BI_HOMS_BODY =
  'وترابط الطائرات الحربية الروسية في مطار حميميم بريف اللاذقية، فيما تفيد وسائل إعلام بأن روسيا نشرت مروحيات عسكرية في قاعدة الشعيرات بحمص.';

/** gold snn-317d6f64dca9: Idlib written `ادلب`, without hamza. */
const BARE_IDLIB_BODY =
  'ومنهم نديم الحسن، والعديد من المقاتلين الذين كانوا ينتمون الى فصائل مختلفة طردت من ريف ادلب على يد جبهة النصرة في ابريل.';

/** gold am-1741935: Aleppo only — no Homs, no Idlib. */
const ALEPPO_BODY = 'مطار حلب الدولي خرج عن الخدمة مطلع أيار/مايو الفائت، بعد استهدافه بعدوان جوي إسرائيلي.';

function article(id: string, body: string, extra: Partial<CleanArticle> = {}): CleanArticle {
  return {
    id,
    sourceId: null,
    origin: `${id}.txt`,
    url: null,
    title: null,
    published: null,
    outlet: null,
    keywords: [],
    body,
    teasers: [],
    chrome: [],
    ...extra,
  };
}

const RUSSIA: ActorRef = { name: 'Military Forces of Russia', name_ar: 'القوات الجوية الروسية' };
const SYRIA: ActorRef = { name: 'Military Forces of Syria', name_ar: 'الجيش السوري' };
const UNIDENTIFIED: ActorRef = { name: 'Unidentified armed group', name_ar: 'مسلحين' };
const NUSRA: ActorRef = { name: 'Jabhat al-Nusra', name_ar: 'جبهة النصرة' };
const OPPOSITION: ActorRef = { name: 'Syrian opposition armed groups', name_ar: 'فصائل' };

/** An event whose evidence is the first occurrence of `evidence` in `a.body` (the fixture fails if absent). */
function event(a: CleanArticle, n: number, evidence: string, fields: Partial<EventRecord>): EventRecord {
  const start = a.body.indexOf(evidence);
  if (start < 0) throw new Error(`fixture: evidence not in body: ${evidence}`);
  return {
    event_id: `${a.id}-${n}`,
    article_id: a.id,
    origin: a.origin,
    outlet: a.outlet,
    published: a.published,
    event_date: null,
    date_basis: 'unknown',
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Air/drone strike',
    actor1: null,
    assoc_actor1: null,
    actor2: null,
    assoc_actor2: null,
    country: 'Syria',
    admin1: null,
    admin2: null,
    admin3: null,
    location: null,
    location_en: null,
    latitude: null,
    longitude: null,
    geo_precision: null,
    fatalities: null,
    fatalities_text: null,
    claimed_by: null,
    background: false,
    evidence: { start, end: start + evidence.length, text: evidence },
    confidence: 0.8,
    trigger: '',
    ...fields,
  };
}

const seed000 = article('b38946c413fa66ab', SEED_000_BODY, {
  title: 'حميميم: القوات الجوية الروسية في سوريا دمرت قاعدتين لمسلحين في محافظة حمص',
  published: '2024-05-01',
  outlet: 'RT Arabic',
  keywords: ['الأزمة السورية', 'الجيش الروسي'],
  teasers: [{ title: 'لقاء بوتين والشرع محطة مهمة في مسار العلاقات الروسية السورية.. تفاصيل', body: 'أكد حسين مشيك، مراسل "القاهرة الإخبارية" في موسكو' }],
  chrome: ['تاريخ النشر: 1st, May 2024 GMT', 'المصدر: RT'],
});

/** The human reading of seeds/000 (expected.json). */
const seed000Events: EventRecord[] = [
  event(seed000, 1, 'القوات الجوية الروسية دمرت قاعدتين لمسلحين', {
    event_date: '2024-05-01', date_basis: 'publication', actor1: RUSSIA, actor2: UNIDENTIFIED,
    admin1: 'Homs', location: 'جبال العمور',
  }),
  event(seed000, 2, 'قيام الجيش السوري بالتعاون مع القوات الروسية باستهداف عدد من مقار الإرهابيين', {
    event_date: '2024-04-06', date_basis: 'explicit', actor1: SYRIA, assoc_actor1: RUSSIA, actor2: UNIDENTIFIED,
    admin1: 'Aleppo', location: 'ريف حلب', background: true,
  }),
  event(seed000, 3, 'قيام الجيش السوري بالتعاون مع القوات الروسية باستهداف عدد من مقار الإرهابيين', {
    event_date: '2024-04-06', date_basis: 'explicit', actor1: SYRIA, assoc_actor1: RUSSIA, actor2: UNIDENTIFIED,
    admin1: 'Idleb', location: 'ريف إدلب', background: true,
  }),
  event(seed000, 4, 'الطيران الروسي دمر قاعدة للإرهاب في دير الزور', {
    event_date: '2024-03-16', date_basis: 'explicit', actor1: RUSSIA, actor2: UNIDENTIFIED,
    admin1: 'Deir-ez-Zor', location: 'دير الزور', background: true,
  }),
  event(seed000, 5, 'شن الطيران الروسي في 5 مارس هجوما على قرية "باسنكول" في محافظة إدلب', {
    event_date: '2024-03-05', date_basis: 'explicit', actor1: RUSSIA, actor2: UNIDENTIFIED,
    admin1: 'Idleb', location: 'باسنكول', fatalities: 20, fatalities_text: 'أكثر من 20', background: true,
  }),
];

const waHoms = article('wa-homs', WA_HOMS_BODY, { published: '2024-12-13', outlet: 'موقع 24' });
const waHomsEvents = [
  event(waHoms, 1, 'بدأت المئات من العربات والقوات العسكرية الروسية في مغادرة', {
    event_type: 'Strategic developments', sub_event_type: 'Troop movement', event_date: '2024-12-13',
    date_basis: 'relative', actor1: RUSSIA, admin1: 'Homs', location: 'جنوب حمص',
  }),
];
const biHoms = article('bi-homs', BI_HOMS_BODY);
const bareIdlib = article('bare-idlib', BARE_IDLIB_BODY, { published: '2015-07-31' });
const bareIdlibEvents = [
  event(bareIdlib, 1, 'طردت من ريف ادلب على يد جبهة النصرة في ابريل', {
    event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', event_date: '2015-04',
    date_basis: 'explicit', actor1: NUSRA, actor2: OPPOSITION, admin1: 'Idleb', location: 'ريف ادلب', background: true,
  }),
];
const aleppo = article('aleppo', ALEPPO_BODY, { published: '2023-08-28' });

const ALL: Extraction[] = [
  { id: seed000.id, article: seed000, events: seed000Events },
  { id: waHoms.id, article: waHoms, events: waHomsEvents },
  { id: biHoms.id, article: biHoms, events: [] },
  { id: bareIdlib.id, article: bareIdlib, events: bareIdlibEvents },
  { id: aleppo.id, article: aleppo, events: [] },
];

let store: Store;
beforeEach(() => {
  store = openStore(':memory:');
  for (const ex of ALL) store.putExtraction(ex);
});
afterEach(() => store.close());

const ids = (events: EventRecord[]) => events.map((e) => e.event_id).sort();
const articlesOf = (events: EventRecord[]) => [...new Set(events.map((e) => e.article_id))].sort();

// ------------------------------------------------------------------------------------------------

describe('articles', () => {
  it('round-trips a CleanArticle, arrays included', () => {
    expect(store.getArticle(seed000.id)).toEqual(seed000);
    expect(store.getArticle('missing')).toBeNull();
    expect(store.hasArticle(bareIdlib.id)).toBe(true);
    expect(store.hasArticle('missing')).toBe(false);
  });

  it('iterates all articles in storing order', () => {
    expect([...store.articles()].map((a) => a.id)).toEqual(ALL.map((x) => x.id));
  });

  it('iterates across page boundaries and allows writes meanwhile', () => {
    const big = openStore(':memory:');
    const n = 1203;
    for (let i = 0; i < n; i++) big.putExtraction({ id: `a${i}`, article: article(`a${i}`, ALEPPO_BODY), events: [] });
    const seen: string[] = [];
    for (const a of big.articles()) {
      // a write while the iteration is open must neither throw nor be lost
      if (seen.length === 0) expect(big.putExtraction({ id: 'late', article: article('late', WA_HOMS_BODY), events: [] })).toBe('added');
      seen.push(a.id);
    }
    expect(seen).toEqual([...Array.from({ length: n }, (_, i) => `a${i}`), 'late']);
    big.close();
  });
});

describe('idempotency', () => {
  it('putting the same extraction twice → exists, no duplicate rows', () => {
    expect(store.putExtraction(ALL[0]!)).toBe('exists');
    expect(store.stats().articles).toBe(ALL.length);
    expect(store.countEvents()).toBe(seed000Events.length + waHomsEvents.length + bareIdlibEvents.length);
    expect(store.events({ q: 'باسنكول' })).toHaveLength(seed000Events.length);
  });

  it('a failing event rolls back its whole article', () => {
    const clash = article('clash', BI_HOMS_BODY);
    // reuses an event_id already stored: the insert fails, and the article must not be half-stored
    const dup = { ...event(clash, 1, 'مطار حميميم', {}), event_id: seed000Events[0]!.event_id };
    expect(() => store.putExtraction({ id: clash.id, article: clash, events: [dup] })).toThrow();
    expect(store.hasArticle('clash')).toBe(false);
    expect(store.putExtraction({ id: clash.id, article: clash, events: [] })).toBe('added');
  });
});

describe('Arabic search (q)', () => {
  // [query, articles whose events it must return]; articles without events show up through countArticles below
  const cases: [string, string[]][] = [
    ['حمص', [seed000.id, waHoms.id]], // seed000 has bare حمص; waHoms only وحمص
    ['إدلب', [bareIdlib.id, seed000.id]], // bareIdlib writes ادلب
    ['ادلب', [bareIdlib.id, seed000.id]],
    ['إِدْلِب', [bareIdlib.id, seed000.id]], // harakat
    ['باسنكول', [seed000.id]],
    ['"باسنكول"', [seed000.id]], // quotes typed by the user
    ['المسلحين', [seed000.id, waHoms.id]], // لمسلحين/مسلحا (seed000) and المسلحة (waHoms) share the stem
    ['جبهة النصرة', [bareIdlib.id]],
    ['جبهة حمص', []], // AND: both words must occur
    ['حلب', [seed000.id]], // ريفي حلب; the Aleppo-only article has no events
  ];
  it.each(cases)('q=%s', (q, expected) => {
    expect(articlesOf(store.events({ q }))).toEqual(expected.sort());
  });

  it('finds articles by clitic-bearing forms through a raw FTS look-up too (بحمص, وحمص)', () => {
    // biHoms has no events, so check the index directly by attaching one event per article
    const s = openStore(':memory:');
    for (const a of [waHoms, biHoms, bareIdlib, aleppo]) {
      s.putExtraction({ id: a.id, article: a, events: [event(a, 1, a.body.slice(0, 10), {})] });
    }
    expect(articlesOf(s.events({ q: 'حمص' }))).toEqual([biHoms.id, waHoms.id].sort());
    expect(articlesOf(s.events({ q: 'بحمص' }))).toEqual([biHoms.id, waHoms.id].sort());
    expect(articlesOf(s.events({ q: 'اللاذقية' }))).toEqual([biHoms.id]);
    s.close();
  });

  it('does not index teasers: their words do not find the article', () => {
    expect(store.events({ q: 'مشيك' })).toEqual([]);
  });

  it('indexes the title', () => {
    expect(articlesOf(store.events({ q: 'حميميم' }))).toEqual([seed000.id]);
  });

  const hostile = ['"', '"حمص', 'حمص"', '*', 'حمص*', '-حمص', 'حمص OR ادلب', 'OR', 'AND', 'NOT', 'NEAR(حمص ادلب)',
    'search:حمص', '{search}: حمص', '^حمص', '(', ')', '؟', '،', "'", '\\', '%', '  ', 'ـــ', 'ً'];
  it.each(hostile)('q=%j never throws', (q) => {
    expect(() => store.events({ q })).not.toThrow();
    expect(() => store.countEvents({ q })).not.toThrow();
  });

  it('FTS syntax is searched as text, not obeyed', () => {
    // unquoted, `-حمص` and `حمص*` would be FTS operators; here they are just the word حمص
    expect(ids(store.events({ q: '-حمص' }))).toEqual(ids(store.events({ q: 'حمص' })));
    expect(ids(store.events({ q: 'حمص*' }))).toEqual(ids(store.events({ q: 'حمص' })));
    // `OR` is a word that must occur, not a disjunction
    expect(store.events({ q: 'حمص OR ادلب' })).toEqual([]);
  });

  it('a query with no searchable word applies no text filter', () => {
    expect(store.countEvents({ q: '"*-' })).toBe(store.countEvents());
  });
});

describe('filters', () => {
  it('from/to on partial dates: 2015-04 overlaps April', () => {
    const april = bareIdlibEvents[0]!.event_id;
    expect(ids(store.events({ from: '2015-04-01', to: '2015-04-30' }))).toEqual([april]);
    expect(ids(store.events({ from: '2015-04-15', to: '2015-04-15' }))).toEqual([april]);
    expect(ids(store.events({ from: '2015-05-01', to: '2015-12-31' }))).toEqual([]);
    expect(ids(store.events({ to: '2015-03-31' }))).toEqual([]);
  });

  it('from/to on day dates are inclusive', () => {
    expect(ids(store.events({ from: '2024-04-06', to: '2024-04-06' }))).toEqual(['b38946c413fa66ab-2', 'b38946c413fa66ab-3']);
    expect(ids(store.events({ from: '2024-03-01', to: '2024-03-31' }))).toEqual(['b38946c413fa66ab-4', 'b38946c413fa66ab-5']);
    expect(ids(store.events({ from: '2024-05' }))).toEqual(['b38946c413fa66ab-1', 'wa-homs-1']);
    expect(store.countEvents({ from: '2024', to: '2024' })).toBe(6);
  });

  it('rejects a malformed date bound', () => {
    expect(() => store.events({ from: '5 مارس' })).toThrow(RangeError);
  });

  it.each(['2024-13', '2024-00-10', '2024-02-30', '2023-02-29', '2024-04-31'])('rejects the impossible day %s', (bound) => {
    expect(() => store.events({ to: bound })).toThrow(RangeError);
  });

  it.each(['2024-02-29', '2024-12', '2024-04-30'])('accepts the real day %s', (bound) => {
    expect(() => store.events({ to: bound })).not.toThrow();
  });

  it('orders by date, earliest first', () => {
    expect(store.events().map((e) => e.event_date)).toEqual(
      ['2015-04', '2024-03-05', '2024-03-16', '2024-04-06', '2024-04-06', '2024-05-01', '2024-12-13'],
    );
  });

  it('type matches event_type or sub_event_type, any case', () => {
    expect(ids(store.events({ type: 'strategic developments' }))).toEqual(['wa-homs-1']);
    expect(ids(store.events({ type: 'Non-state actor overtakes territory' }))).toEqual(['bare-idlib-1']);
    expect(store.countEvents({ type: 'Explosions/Remote violence' })).toBe(5);
  });

  it('admin1', () => {
    expect(ids(store.events({ admin1: 'Idleb' }))).toEqual(['b38946c413fa66ab-3', 'b38946c413fa66ab-5', 'bare-idlib-1']);
    expect(store.countEvents({ admin1: 'idleb' })).toBe(3);
    expect(store.countEvents({ admin1: 'Idlib' })).toBe(0);
  });

  const actorCases: [string, number][] = [
    ['russia', 6], // actor1 in 5 events (incl. wa-homs), assoc_actor1 in 2 — 6 distinct events
    ['Military Forces of Syria', 2],
    ['nusra', 1],
    ['Unidentified', 5],
    ['جبهة النصرة', 1],
    ['النصره', 1], // ta marbuta folded
    ['الجيش السوري', 2],
    ['Turkey', 0],
  ];
  it.each(actorCases)('actor=%s → %i events', (actor, n) => {
    expect(store.countEvents({ actor })).toBe(n);
  });

  it('actor search does not match across two names', () => {
    // "russia\nunidentified" joins two names; "russia unidentified" must not match
    expect(store.countEvents({ actor: 'Russia Unidentified' })).toBe(0);
  });

  it('outlet, background, combined filters', () => {
    expect(store.countEvents({ outlet: 'rt arabic' })).toBe(5);
    expect(store.countEvents({ background: false })).toBe(2);
    expect(ids(store.events({ background: false, admin1: 'Homs', outlet: 'RT Arabic' }))).toEqual(['b38946c413fa66ab-1']);
    expect(ids(store.events({ q: 'إدلب', admin1: 'Idleb', from: '2024-01-01' }))).toEqual(['b38946c413fa66ab-3', 'b38946c413fa66ab-5']);
  });

  it('limit and offset page through the ordered list; count ignores them', () => {
    const all = store.events();
    expect(store.events({ limit: 2 })).toEqual(all.slice(0, 2));
    expect(store.events({ limit: 2, offset: 5 })).toEqual(all.slice(5, 7));
    expect(store.events({ offset: 6 })).toEqual(all.slice(6));
    expect(store.countEvents({ limit: 1 })).toBe(all.length);
  });

  it('events come back equal to what was stored', () => {
    expect(store.events({ q: 'باسنكول', from: '2024-03-05', to: '2024-03-05' })).toEqual([seed000Events[4]]);
  });
});

describe('stats', () => {
  it('counts articles, events, by type and by governorate', () => {
    const noPlace = article('no-place', ALEPPO_BODY);
    store.putExtraction({ id: 'no-place', article: noPlace, events: [event(noPlace, 1, 'مطار حلب الدولي', { admin1: null })] });
    expect(store.stats()).toEqual({
      articles: 6,
      events: 8,
      byType: { 'Explosions/Remote violence': 6, Battles: 1, 'Strategic developments': 1 },
      byAdmin1: { Idleb: 3, Homs: 2, Aleppo: 1, 'Deir-ez-Zor': 1, [UNKNOWN_ADMIN1]: 1 },
    });
  });
});

describe('file database', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'rasd-store-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses WAL, applies each migration once, and keeps data across reopen', () => {
    const path = join(dir, 'rasd.db');
    const s1 = openStore(path);
    s1.putExtraction(ALL[0]!);
    s1.close();
    const s2 = openStore(path); // migrations must not run again (CREATE TABLE would throw)
    expect(s2.putExtraction(ALL[0]!)).toBe('exists');
    expect(s2.countEvents({ q: 'حمص' })).toBe(seed000Events.length);
    s2.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    raw.close();
  });

  it("an event's desk columns equal its record's fields, written by the store or by hand", () => {
    const path = join(dir, 'desk.db');
    const s = openStore(path);
    s.putExtraction(ALL[0]!);
    s.close();
    const raw = new Database(path);
    const stored = raw.prepare<[], { record: string; latitude: number | null; longitude: number | null; outlet: string | null }>(
      'SELECT record, latitude, longitude, outlet FROM events',
    ).all();
    expect(stored.length).toBeGreaterThan(0);
    for (const r of stored) {
      const e = JSON.parse(r.record) as EventRecord;
      expect([r.latitude, r.longitude, r.outlet]).toEqual([e.latitude, e.longitude, e.outlet]);
    }
    // a row written without them (or with wrong ones) is put right by the trigger
    const e = JSON.parse(stored[0]!.record) as EventRecord;
    const copy = { ...e, event_id: `${e.event_id}-copy` };
    raw.prepare(
      `INSERT INTO events (event_id, article_id, event_type, sub_event_type, actor_keys, background, record, latitude, outlet)
       VALUES (?, ?, ?, ?, '', 0, ?, 0, 'wrong')`,
    ).run(copy.event_id, copy.article_id, copy.event_type, copy.sub_event_type, JSON.stringify(copy));
    expect(raw.prepare('SELECT latitude, longitude, outlet FROM events WHERE event_id = ?').get(copy.event_id))
      .toEqual({ latitude: e.latitude, longitude: e.longitude, outlet: e.outlet });
    raw.close();
  });

  it('refuses a database from a newer rasd', () => {
    const path = join(dir, 'future.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => openStore(path)).toThrow(/newer/);
  });
});

describe('defaultDbPath', () => {
  it('$RASD_DB wins; else rasd.db in the user data directory, which is created', async () => {
    const { defaultDbPath } = await import('./paths.js');
    const { existsSync } = await import('node:fs');
    const saved = { db: process.env['RASD_DB'], xdg: process.env['XDG_DATA_HOME'] };
    const dir = mkdtempSync(join(tmpdir(), 'rasd-home-'));
    try {
      process.env['RASD_DB'] = '/somewhere/else.db';
      expect(defaultDbPath()).toBe('/somewhere/else.db');
      delete process.env['RASD_DB'];
      process.env['XDG_DATA_HOME'] = dir;
      const p = defaultDbPath();
      expect(p.startsWith(dir)).toBe(process.platform === 'linux');
      expect(p.endsWith('rasd.db')).toBe(true);
      expect(existsSync(join(p, '..'))).toBe(true);
    } finally {
      if (saved.db === undefined) delete process.env['RASD_DB']; else process.env['RASD_DB'] = saved.db;
      if (saved.xdg === undefined) delete process.env['XDG_DATA_HOME']; else process.env['XDG_DATA_HOME'] = saved.xdg;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
