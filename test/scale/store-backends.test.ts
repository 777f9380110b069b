/**
 * The store's contract, run on both backends: SQLite (a file) and PostgreSQL (a throw-away cluster,
 * pg-cluster.ts). The articles are the real pages of examples/ and shared/gold, read by the pipeline,
 * plus a syndicated copy of one of them (a dateline added) that must be linked as a near-duplicate.
 *
 * Two kinds of checks:
 * - against an oracle computed here in plain JS from the extractions themselves (what a filter must
 *   keep, in which order; counts by type and governorate), on each backend;
 * - PostgreSQL against SQLite for everything else the interface answers (desk views, search, incidents,
 *   framing profiles, corrections, the watcher's queue): the same question, the same answer.
 * Without PostgreSQL binaries the PostgreSQL half is skipped with a message, except in CI.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pgLib from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenize } from '../../src/arabic/index.js';
import { pageFromInput } from '../../src/ingest/index.js';
import { extractPage } from '../../src/pipeline.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { PG_MIGRATIONS } from '../../src/store/pg/schema.js';
import { searchTerms } from '../../src/store/searchForm.js';
import { dayRange, openStore, type EventFilter, type Store, UNKNOWN_ADMIN1 } from '../../src/store/index.js';
import type { EventRecord, Extraction } from '../../src/types.js';
import { type Cluster, postgresUnavailable, startCluster } from './pg-cluster.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const GOLD = '/work/shared/gold/articles.jsonl';

function corpus(): Extraction[] {
  const pages = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => pageFromInput({ text: readFileSync(join(EXAMPLES, f), 'utf8') }, f));
  if (existsSync(GOLD)) {
    readFileSync(GOLD, 'utf8').split('\n').filter(Boolean).forEach((line, i) => {
      const r = JSON.parse(line) as { text: string; title?: string; published?: string; outlet?: string; url?: string };
      pages.push(pageFromInput({ text: r.text, title: r.title, published: r.published, outlet: r.outlet, url: r.url }, `gold:${i + 1}`));
    });
  }
  const out = pages.map(extractPage);
  // a wire copy of the first page: a dateline added, nothing else — a near-duplicate, kept without events
  const first = readFileSync(join(EXAMPLES, readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).sort()[0]!), 'utf8');
  out.push(extractPage(pageFromInput({ text: `دمشق - ${first}`, outlet: 'wire copy' }, 'copy.txt')));
  return out;
}

const EXTRACTIONS = corpus();
const COPY = EXTRACTIONS[EXTRACTIONS.length - 1]!;
const ORIGINAL = EXTRACTIONS[0]!;
/** What the store holds: every event except the near-duplicate's (its events repeat the original's). */
const STORED_EVENTS: EventRecord[] = EXTRACTIONS.filter((x) => x !== COPY).flatMap((x) => x.events);

/** The oracle of events(filter): the filter's meaning (filter.ts) applied in JS, in the store's order. */
function expectedEvents(f: EventFilter): string[] {
  const keep = STORED_EVENTS.filter((e) => {
    const range = e.event_date ? dayRange(e.event_date) : null;
    if (f.from && (!range || range.last < dayRange(f.from)!.first)) return false;
    if (f.to && (!range || range.first > dayRange(f.to)!.last)) return false;
    if (f.type && ![e.event_type, e.sub_event_type].some((t) => t.toLowerCase() === f.type!.toLowerCase())) return false;
    if (f.admin1 && e.admin1?.toLowerCase() !== f.admin1.toLowerCase()) return false;
    if (f.background !== undefined && e.background !== f.background) return false;
    if (f.outlet && e.outlet?.toLowerCase() !== f.outlet.toLowerCase()) return false;
    return true;
  });
  const first = (e: EventRecord) => (e.event_date ? dayRange(e.event_date)!.first : null);
  const order = new Map(STORED_EVENTS.map((e, i) => [e.event_id, i]));
  keep.sort((a, b) => {
    const fa = first(a);
    const fb = first(b);
    if ((fa === null) !== (fb === null)) return fa === null ? 1 : -1;
    if (fa !== fb && fa !== null && fb !== null) return fa < fb ? -1 : 1;
    return order.get(a.event_id)! - order.get(b.event_id)!;
  });
  return keep.map((e) => e.event_id);
}

const outletOf = STORED_EVENTS.find((e) => e.outlet)?.outlet ?? 'none';
const FILTERS: [string, EventFilter][] = [
  ['everything', {}],
  ['a governorate, any case', { admin1: 'homs' }],
  ['a type', { type: 'Battles' }],
  ['a sub-event type, any case', { type: 'air/drone strike' }],
  ['a month (partial dates overlap it)', { from: '2024-04', to: '2024-04' }],
  ['from a day on', { from: '2024-03-10' }],
  ['background only', { background: true }],
  ['an outlet, any case', { outlet: outletOf.toUpperCase() }],
  ['combined', { admin1: 'Idleb', background: true }],
];

interface Backend {
  name: string;
  open(tag: string): string;
  teardown(): void;
}

const pgSkip = postgresUnavailable();
if (pgSkip) console.warn(`store-backends: PostgreSQL half skipped: ${pgSkip}`);

let cluster: Cluster | null = null;
const sqliteDir = mkdtempSync(join(tmpdir(), 'rasd-backends-'));
const backends: Backend[] = [
  { name: 'SQLite', open: (tag) => join(sqliteDir, `${tag}.db`), teardown: () => rmSync(sqliteDir, { recursive: true, force: true }) },
];
if (!pgSkip) {
  backends.push({
    name: 'PostgreSQL',
    open: (tag) => cluster!.schemaUrl(tag),
    teardown: () => cluster?.stop(),
  });
}

beforeAll(async () => {
  if (!pgSkip) cluster = await startCluster();
}, 60_000);
afterAll(() => {
  for (const b of backends) b.teardown();
});

it('PostgreSQL has a twin of every SQLite migration', () => {
  expect(PG_MIGRATIONS.length).toBe(MIGRATIONS.length);
});

describe.each(backends)('store on $name', (backend) => {
  let store: Store;
  beforeAll(() => {
    store = openStore(backend.open('contract'));
    for (const ex of EXTRACTIONS) store.putReport(ex);
  });
  afterAll(() => store.close());

  it('holds every page; the wire copy is a near-duplicate without events of its own', () => {
    expect(store.stats().articles).toBe(EXTRACTIONS.length);
    expect(store.countEvents()).toBe(STORED_EVENTS.length);
    expect(store.nearDuplicateOf(COPY.article.id)?.originalId).toBe(ORIGINAL.article.id);
    expect(store.copiesOf(ORIGINAL.article.id).map((c) => c.articleId)).toEqual([COPY.article.id]);
  });

  it('is idempotent: the same pages again change nothing', () => {
    for (const ex of EXTRACTIONS.slice(0, 5)) expect(store.putReport(ex).status).toBe('exists');
    expect(store.putExtraction(EXTRACTIONS[1]!)).toBe('exists');
    expect(store.countEvents()).toBe(STORED_EVENTS.length);
  });

  it('round-trips articles, in storing order', () => {
    expect([...store.articles()].map((a) => a.id)).toEqual(EXTRACTIONS.map((x) => x.article.id));
    expect(store.getArticle(ORIGINAL.article.id)).toEqual(ORIGINAL.article);
    expect(store.hasArticle('no-such-article')).toBe(false);
    expect(store.getArticle('no-such-article')).toBeNull();
  });

  it.each(FILTERS)('events(%s) keeps what the filter means, in date order', (_name, filter) => {
    const want = expectedEvents(filter);
    expect(store.events(filter).map((e) => e.event_id)).toEqual(want);
    expect(store.countEvents(filter)).toBe(want.length);
  });

  it('pages through the ordered list with limit/offset', () => {
    const all = expectedEvents({});
    expect(store.events({ limit: 7, offset: 5 }).map((e) => e.event_id)).toEqual(all.slice(5, 12));
    expect(store.listPage({}, 7, 5).events.map((e) => e.event_id)).toEqual(all.slice(5, 12));
  });

  it('gives back each event as stored', () => {
    const e = STORED_EVENTS[3]!;
    expect(store.getEvent(e.event_id)).toEqual(e);
    expect(store.eventsOfArticle(ORIGINAL.article.id)).toEqual(ORIGINAL.events);
  });

  it('finds Homs however it is written (حمص, وحمص, بحمص) through the Arabic search', () => {
    const withHoms = EXTRACTIONS.filter((x) => /(^|[\s,.«"(])[وبفل]*(ال)?حمص/.test(`${x.article.title ?? ''}\n${x.article.body}`)).map((x) => x.article.id);
    expect(withHoms.length).toBeGreaterThan(1);
    for (const q of ['حمص', 'وحمص', 'بحمص']) {
      const found = store.searchArticles(q).hits.map((h) => h.id);
      expect(new Set(found)).toEqual(new Set(withHoms));
    }
  });

  it('counts by type and governorate as the events say', () => {
    const byType: Record<string, number> = {};
    const byAdmin1: Record<string, number> = {};
    for (const e of STORED_EVENTS) {
      byType[e.event_type] = (byType[e.event_type] ?? 0) + 1;
      byAdmin1[e.admin1 ?? UNKNOWN_ADMIN1] = (byAdmin1[e.admin1 ?? UNKNOWN_ADMIN1] ?? 0) + 1;
    }
    const s = store.stats();
    expect(s.byType).toEqual(byType);
    expect(s.byAdmin1).toEqual(byAdmin1);
  });

  it('rolls back the whole article when one of its writes fails', () => {
    const ex = EXTRACTIONS[2]!;
    const clash: Extraction = {
      id: 'clash',
      article: { ...ex.article, id: 'clash-article' },
      // the second event reuses an id already stored: the insert fails after the article row went in
      events: [{ ...ex.events[0]!, event_id: 'clash-1', article_id: 'clash-article' }, { ...ex.events[0]!, article_id: 'clash-article' }],
    };
    expect(() => store.putExtraction(clash)).toThrow();
    expect(store.hasArticle('clash-article')).toBe(false);
    expect(store.getEvent('clash-1')).toBeNull();
    expect(store.countEvents()).toBe(STORED_EVENTS.length);
  });
});

describe.skipIf(pgSkip !== null)('PostgreSQL answers as SQLite does', () => {
  let sqlite: Store;
  let pg: Store;
  beforeAll(() => {
    sqlite = openStore(backends[0]!.open('same'));
    pg = openStore(backends[1]!.open('same'));
    for (const ex of EXTRACTIONS) {
      expect(pg.putReport(ex)).toEqual(sqlite.putReport(ex));
    }
  });
  afterAll(() => {
    sqlite.close();
    pg.close();
  });

  const same = (ask: (s: Store) => unknown) => expect(ask(pg)).toEqual(ask(sqlite));

  it('desk views: map, timeline, facets, counts, outlets', () => {
    for (const [, f] of FILTERS) {
      same((s) => s.mapPoints(f));
      same((s) => s.timeline(f));
      same((s) => s.facets(f));
      same((s) => s.countBy('admin1', f));
      same((s) => s.countBy('actor1', f));
      same((s) => s.listPage(f, 10, 0));
    }
    same((s) => s.outlets());
    const point = sqlite.mapPoints({}).points[0]!;
    same((s) => s.eventsAt(point.lat, point.lon));
    same((s) => s.eventsById([STORED_EVENTS[4]!.event_id, 'missing', STORED_EVENTS[0]!.event_id]));
  });

  it('text search: the same articles, events and counts', () => {
    for (const q of ['حمص', 'الطيران الروسي', 'غارات جوية', 'داعش', '"حمص" OR -x*']) {
      const ids = (s: Store) => s.searchArticles(q).hits.map((h) => h.id).sort();
      same(ids);
      same((s) => s.searchArticles(q).total);
      same((s) => s.events({ q }));
      same((s) => s.mapPoints({ q, admin1: 'Homs' }));
    }
  });

  it("rasd's search stems are PostgreSQL's `arabic` stems (Snowball Arabic), word for word", async () => {
    // seeds/000 and gold am-1741935: clitic-bearing, plural and definite forms
    const sentence = 'وقال بوبوف إن ضربات القوات الجوية الروسية دمرت قاعدتين للمسلحين الذين غادروا منطقة التنف، بعد استهدافه بعدوان جوي إسرائيلي';
    const words = tokenize(sentence).filter((t) => t.kind === 'word').map((t) => t.bases[0] ?? t.norm);
    const client = new pgLib.Client(cluster!.url);
    await client.connect();
    try {
      const { rows } = await client.query<{ w: string; s: string[] | null }>(
        "SELECT w, ts_lexize('arabic_stem', w) AS s FROM unnest($1::text[]) WITH ORDINALITY AS u(w, i) ORDER BY i",
        [words],
      );
      expect(rows.map((r) => r.s?.[0] ?? r.w)).toEqual(searchTerms(sentence));
    } finally {
      await client.end();
    }
  });

  it('actors: substring of the English or Arabic name', () => {
    for (const actor of ['russia', 'الجيش', 'Islamic State']) same((s) => s.events({ actor }));
  });

  it('incidents, their reports and the outlets’ framing', () => {
    same((s) => s.incidents());
    same((s) => s.countIncidents({ minReports: 2 }));
    same((s) => s.incidents({ type: 'battles', from: '2015' }));
    const first = sqlite.incidents({ limit: 1 })[0]!;
    same((s) => s.getIncident(first.incident_id));
    same((s) => s.incidentOfEvent(STORED_EVENTS[0]!.event_id));
    same((s) => s.outletProfiles());
  });

  it('corrections: made, applied, taken back', () => {
    const target = STORED_EVENTS[1]!;
    const made = (s: Store) => {
      const r = s.correct({ event_id: target.event_id, field: 'fatalities', value: { fatalities: 7 }, author: 'desk', note: 'from the text' });
      return { event: r.event, field: r.correction.field, old: r.correction.old, new: r.correction.new, id: r.correction.id };
    };
    same(made);
    same((s) => s.getEvent(target.event_id));
    same((s) => s.events({ admin1: target.admin1 ?? undefined }).map((e) => e.fatalities));
    same((s) => s.corrections({ eventId: target.event_id }).map((c) => ({ ...c, created_at: null })));
    same((s) => s.revertCorrection(s.corrections({ eventId: target.event_id })[0]!.id).event);
    same((s) => s.getEvent(target.event_id));
  });

  it("the watcher's queue", () => {
    const now = Date.UTC(2024, 4, 1);
    const items = [
      { url: 'https://example.org/a', source: 'ex', feedUrl: 'https://example.org/feed', title: 'أ', published: '2024-04-30T10:00:00Z' },
      { url: 'https://example.org/b', source: 'ex', feedUrl: 'https://example.org/feed', title: 'ب', published: null },
    ];
    same((s) => s.queueItems(items, now));
    same((s) => s.queueItems(items, now));
    same((s) => s.dueItems(now, 10));
    same((s) => {
      s.updateItem('https://example.org/a', { status: 'stored', attempts: 1, doneAt: now });
      return s.watchCounts();
    });
  });
});
