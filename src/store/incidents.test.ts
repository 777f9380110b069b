/**
 * The incident side of the store on real sentences (shared/gold: 3alyoum and alyaum on the Manbij air
 * raids, July 2015): a near-duplicate keeps its link and adds no events; reports from two outlets join one
 * incident that states their disagreement; incidents persist and keep joining after reopening.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeHead, decodeProbe, describeDisagreement, joinEvent, MemoryIncidents, evidenceWording, wordingOverlap } from '../cluster/index.js';
import { extract } from '../pipeline.js';
import { corpusAvailable, goldEventRecords } from '../../test/fixtures/cluster/load.js';
import { withExtractionNoise } from '../../test/fixtures/cluster/noise.js';
import type { EventRecord } from '../types.js';
import { newestIncidentsSql } from './incidents.js';
import { openStore } from './index.js';

// 3alyoum, 2015-07-24 (title + two sentences of the body)
const ALYOUM3 =
  'قتل 28 مدنيًا في قصف جوي لطائرات نظام بشار الأسد على محافظة حلب شمالي سوريا اليوم.\n' +
  'وأفاد المرصد السوري لحقوق الإنسان أن طائرات النظام الحربية شنت ست غارات على الأقل على مناطق في مدينة منبج التابعة للمحافظة, مما أدى إلى مقتل 21 مدنيًا وسقوط عشرات الجرحى.';
// alyaum, 2015-07-22 (one sentence), dated here on the 24th to stand for a same-day report
const ALYAUM = 'كما قتل 26 شخصا في غارات شنتها طائرات النظام السوري على مدينة منبج بريف حلب الشرقي بعد يوم من قصف مماثل على هذه المدينة الواقعة تحت سيطرة تنظيم داعش.';

/** The two outlets' reports of the Manbij raid, as extracted on the day. */
const report3alyoum = () => extract({ text: ALYOUM3, published: '2015-07-24', outlet: '3alyoum' });
const reportAlyaum = () => extract({ text: ALYAUM, published: '2015-07-24', outlet: 'alyaum' });

/** A store file at `path` holding 3alyoum's report only, closed. */
function storeWith3alyoum(path: string): void {
  const store = openStore(path);
  store.putReport(report3alyoum());
  store.close();
}

describe('store: near-duplicates, incidents, framing', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rasd-incidents-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a syndicated copy is linked to its original and adds no events', () => {
    const store = openStore(join(dir, 'db.sqlite'));
    const original = extract({ text: ALYOUM3, title: 'مقتل 28 مدنياً في قصف جوي لنظام الأسد شمالي سوريا', published: '2015-07-24', outlet: '3alyoum' });
    // the copy a paper runs: a dateline added, its own headline
    const copy = extract({ text: `حلب - ${ALYOUM3}`, title: 'غارات على منبج', published: '2015-07-24', outlet: 'wire copy' });
    expect(store.putReport(original)).toMatchObject({ status: 'added', nearDuplicateOf: null });
    const events = store.countEvents();
    expect(events).toBeGreaterThan(0);
    const r = store.putReport(copy);
    expect(r.status).toBe('added');
    expect(r.nearDuplicateOf?.originalId).toBe(original.article.id);
    expect(store.countEvents()).toBe(events);
    expect(store.nearDuplicateOf(copy.article.id)?.originalId).toBe(original.article.id);
    expect(store.copiesOf(original.article.id).map((c) => c.articleId)).toEqual([copy.article.id]);
    expect(store.putReport(original).status).toBe('exists');
    store.close();
  });

  it('two outlets on the Manbij raid make one incident with their tolls side by side, also after reopening', () => {
    const path = join(dir, 'db.sqlite');
    storeWith3alyoum(path);
    const store = openStore(path);
    const r = store.putReport(reportAlyaum());
    expect(r.incidentsJoined).toBeGreaterThan(0);
    const [incident] = store.incidents({ minOutlets: 2 });
    expect(incident).toMatchObject({ event_type: 'Explosions/Remote violence', admin1: 'Aleppo', fatalities: 21, corroboration: 2 });
    expect(incident!.disagreements.map(describeDisagreement)).toContain('fatalities: 21 (3alyoum) vs 26 (alyaum)');
    expect(store.getIncident(incident!.incident_id)?.reports).toHaveLength(2);
    expect(store.incidentOfEvent(incident!.reports[1]!.event_id)).toBe(incident!.incident_id);
    expect(store.countIncidents({ disagreeing: true, from: '2015-07-24', to: '2015-07-24' })).toBe(1);
    expect(store.countIncidents({ from: '2015-07-25' })).toBe(0);
    // each report carries its outlet's words: 3alyoum's "طائرات النظام" for the government forces
    expect(incident!.reports[0]!.terms?.map((t) => t.text)).toContain('طائرات النظام');
    const profile = store.outletProfiles().find((p) => p.outlet === '3alyoum');
    expect(profile?.referents.find((x) => x.referent === 'syrian_government_forces')?.stance.hostile).toBe(1);
    store.close();
  });

  it("an incident's head and probe hold what the join compares of each report, the same as its record", () => {
    const path = join(dir, 'db.sqlite');
    storeWith3alyoum(path);
    const store = openStore(path);
    store.putReport(reportAlyaum());
    const [incident] = store.incidents({ minOutlets: 2 });
    store.close();
    const db = new Database(path, { readonly: true });
    const stored = db.prepare<[string], string>('SELECT p.probe FROM incident_probes p JOIN incidents i ON i.rowid = p.seq WHERE i.incident_id = ?').pluck().get(incident!.incident_id);
    const head = db.prepare<[string], string>('SELECT h.head FROM incident_heads h JOIN incidents i ON i.rowid = h.seq WHERE i.incident_id = ?').pluck().get(incident!.incident_id);
    db.close();
    const probe = decodeProbe(incident!.incident_id, stored!);
    // the head is the first report's row, as the probe holds it
    expect(decodeHead(head!)).toEqual({ event_type: probe.event_type, first: probe.reports[0] });
    expect(probe.event_type).toBe('Explosions/Remote violence');
    expect(probe.reports).toHaveLength(2);
    probe.reports.forEach((r, i) => {
      const full = incident!.reports[i]!;
      const { outlet, event_id, fatalities_text, terms, evidence, ...comparable } = full;
      expect(r).toEqual({ ...comparable, actor1: full.actor1 && { name: full.actor1.name }, actor2: full.actor2 && { name: full.actor2.name } });
      // the sentence as its wording: the same shingles, compared the same way
      expect(r.wording).toBe(evidenceWording(evidence));
      expect(wordingOverlap(r, { ...r, wording: undefined, evidence })).toBe(1);
    });
    expect(stored!.length).toBeLessThan(JSON.stringify(incident).length / 2);
  });

  it('a change another connection makes to an incident is seen by the next join (no stale copy is kept)', () => {
    const path = join(dir, 'db.sqlite');
    storeWith3alyoum(path);
    const store = openStore(path);
    // another writer re-types the incident behind this store's back (the desk's correction, another worker)
    const other = new Database(path);
    const changed = other
      .prepare(`UPDATE incidents SET event_type = 'Battles', record = json_set(record, '$.event_type', 'Battles')`)
      .run().changes;
    other.prepare(`UPDATE incident_heads SET head = json_set(head, '$[0]', 'Battles')`).run();
    other.prepare(`UPDATE incident_probes SET probe = json_set(probe, '$[0]', 'Battles')`).run();
    other.close();
    expect(changed).toBeGreaterThan(0);
    // the Manbij raid no longer meets an explosion incident: it starts its own instead of joining a stale copy
    const r = store.putReport(reportAlyaum());
    expect(r).toMatchObject({ incidentsJoined: 0 });
    expect(r.incidentsCreated).toBeGreaterThan(0);
    store.close();
  });

  it('a store from before incident keys carried their order gets it on opening, and joins go on', () => {
    const path = join(dir, 'db.sqlite');
    storeWith3alyoum(path);
    // as migration 9 left it: no order on the keys, no index, no probes (the join reads records), schema version 9
    const old = new Database(path);
    old.exec('DROP INDEX incident_keys_newest; ALTER TABLE incident_keys DROP COLUMN seq; DROP TABLE incident_probes; DROP TABLE incident_heads');
    old.pragma('user_version = 9');
    old.close();

    const store = openStore(path);
    const check = new Database(path, { readonly: true });
    const unordered = check.prepare('SELECT count(*) FROM incident_keys k JOIN incidents i USING (incident_id) WHERE k.seq IS NOT i.rowid').pluck().get();
    const keys = check.prepare('SELECT count(*) FROM incident_keys').pluck().get();
    check.close();
    expect(keys).toBeGreaterThan(0);
    expect(unordered).toBe(0);
    expect(store.putReport(reportAlyaum()).incidentsJoined).toBeGreaterThan(0);
    store.close();
  });

  it("a join's candidates come from each bucket's newest index entries, never from a scan or sort of a whole bucket", () => {
    const path = join(dir, 'db.sqlite');
    openStore(path).close();
    const db = new Database(path, { readonly: true });
    const plan = db.prepare<string[], { detail: string }>(`EXPLAIN QUERY PLAN ${newestIncidentsSql(3)}`).all('a', 'b', 'c').map((r) => r.detail);
    db.close();
    expect(plan.filter((d) => d.includes('incident_keys'))).toEqual(new Array(3).fill('SEARCH incident_keys USING COVERING INDEX incident_keys_newest (key=?)'));
    // the only sorts are of the merged few (at most 100 per key), after the per-key reads
    expect(plan.filter((d) => d.startsWith('USE TEMP B-TREE'))).toEqual(['USE TEMP B-TREE FOR DISTINCT', 'USE TEMP B-TREE FOR ORDER BY']);
  });
});

describe.skipIf(!corpusAvailable)('store: incidents as the in-memory clustering makes them', () => {
  it('files every event into the incident that comparing it with every report in memory gives (the head-first read decides alike)', () => {
    // the human reading of the cluster corpus, and five readings of it with one in ten of each extraction
    // error put in, each told by its own outlet: many reports of the same happenings, and near misses
    const human = goldEventRecords();
    const readings = [human, ...[1, 2, 3, 4, 5].map((seed) => withExtractionNoise(human, seed, 0.1))];
    const store = openStore(':memory:');
    const memory = new MemoryIncidents();
    readings.forEach((events, r) => {
      const byArticle = new Map<string, EventRecord[]>();
      for (const e of events) byArticle.set(e.article_id, [...(byArticle.get(e.article_id) ?? []), e]);
      for (const [doc, list] of [...byArticle].sort((a, b) => (a[1][0]!.published ?? '').localeCompare(b[1][0]!.published ?? '') || a[0].localeCompare(b[0]))) {
        // a page of its own per reading (not a copy of another), carrying that reading's events
        const ex = extract({ text: `قراءة ${r} للمقال ${doc}`, published: list[0]!.published ?? undefined, outlet: `reader-${r}` });
        const told = list.map((e) => ({ ...e, event_id: `${r}:${e.event_id}`, article_id: ex.article.id, outlet: `reader-${r}` }));
        expect(store.putReport({ ...ex, events: told }).nearDuplicateOf).toBeNull();
        for (const e of told) joinEvent(memory, e);
      }
    });
    const assigned = memory.assignment();
    const events = store.events();
    expect(events.length).toBe(assigned.size);
    expect(memory.all().filter((i) => i.reports.length > 2).length).toBeGreaterThan(20);
    for (const e of events) expect(store.incidentOfEvent(e.event_id)).toBe(assigned.get(e.event_id));
    store.close();
  });
});
