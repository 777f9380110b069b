/**
 * The `rasd` command as a user runs it, on the bundled sample pages: ingest (idempotent, bad files named),
 * events with filters, the three export formats, extract as a filter, eval.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const examples = join(root, 'examples');
const tmp = mkdtempSync(join(tmpdir(), 'rasd-cli-'));
const db = join(tmp, 'test.db');

function rasd(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/bin.ts'), '--db', db, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, RASD_DB: join(tmp, 'unused.db') },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('rasd ingest / events / export', () => {
  let first: ReturnType<typeof rasd>;
  beforeAll(() => {
    // the sample pages plus bad inputs that must be named and skipped
    const bad = join(tmp, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(bad, 'latin1.txt'), Buffer.from('caf\xe9 au lait', 'latin1'));
    writeFileSync(join(bad, 'pages.jsonl'), `{"text": "${'قتل مدني في قصف على بلدة سراقب.'}", "published": "2015-07-31"}\n{broken\n`);
    first = rasd(['ingest', '--quiet', examples, bad]);
  });

  it('ingests the five pages and names each bad file with its reason', () => {
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/9 files \(0 done before\), 10 pages \(0 done before\): 6 new, 0 already stored, 0 near-duplicates, \d+ events, 4 failed/);
    expect(first.err).toMatch(/empty\.txt: .*empty/i);
    expect(first.err).toMatch(/binary\.txt: .*binary/i);
    expect(first.err).toMatch(/latin1\.txt: .*UTF-8/i);
    expect(first.err).toMatch(/pages\.jsonl:2/);
  });

  it('is idempotent: a second run stores nothing new', () => {
    const again = rasd(['ingest', '--quiet', examples]);
    // files already read are skipped without opening them; nothing new is stored
    expect(again.err).toMatch(/5 files \(5 done before\), 0 pages \(0 done before\): 0 new, .* 0 events/);
  });

  it('lists events filtered by governorate and type', () => {
    const r = rasd(['events', '--admin1', 'Idleb', '--json']);
    const events = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.every((e: { admin1: string }) => e.admin1 === 'Idleb')).toBe(true);
    const table = rasd(['events', '--type', 'Diplomacy']);
    expect(table.out).toContain('Hayat Tahrir al-Sham');
    expect(table.out).not.toContain('Air/drone strike');
  });

  it('finds events by Arabic text whatever the clitics and hamza', () => {
    const r = rasd(['events', '--q', 'ادلب', '--json']);
    const ids = new Set(r.out.trim().split('\n').map((l) => JSON.parse(l).article_id));
    expect(ids.size).toBe(1); // only seed 000 mentions Idleb in its body
    expect(rasd(['events', '--from', '2024-03-01', '--to', '2024-03-31', '--json']).out.trim().split('\n')).toHaveLength(2);
  });

  it('exports CSV with ACLED columns, GeoJSON points and JSONL records', () => {
    const csv = rasd(['export', '--format', 'csv']).out;
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'admin1', 'latitude', 'fatalities']));
    expect(rows.find((r) => r.location_ar === 'قرية باسنكول')).toMatchObject({ admin1: 'Idleb', fatalities: '20', event_date: '2024-03-05' });

    const out = join(tmp, 'events.geojson');
    rasd(['export', '--format', 'geojson', '--out', out]);
    const geo = JSON.parse(readFileSync(out, 'utf8'));
    expect(geo.type).toBe('FeatureCollection');
    const bsanqul = geo.features.find((f: { properties: Record<string, unknown> }) => Object.values(f.properties).includes('قرية باسنكول'));
    // GeoJSON is [longitude, latitude]: the village is at 35.8°N 36.5°E in Idleb
    expect(bsanqul.geometry.coordinates[0]).toBeCloseTo(36.5, 0);
    expect(bsanqul.geometry.coordinates[1]).toBeCloseTo(35.8, 0);

    const jsonl = rasd(['export', '--format', 'jsonl']).out.trim().split('\n').map((l) => JSON.parse(l));
    for (const key of ['event_id', 'article_id', 'event_date', 'date_basis', 'evidence', 'geo_precision', 'confidence']) expect(jsonl[0]).toHaveProperty(key);
  });

  it('exports the cleaned articles with their teasers apart', () => {
    const articles = rasd(['export', '--articles']).out.trim().split('\n').map((l) => JSON.parse(l));
    expect(articles).toHaveLength(6);
    const s000 = articles.find((a: { title: string }) => a.title?.startsWith('حميميم'));
    expect(s000.teasers).toHaveLength(1);
    expect(s000.outlet).toBe('RT Arabic');
    // an undated page keeps the date its anchors pinned, and which anchor did
    const s002 = articles.find((a: { title: string }) => a.title?.startsWith('شويغو'));
    expect(s002.published).toBeNull();
    expect(s002.publishedInferred).toMatchObject({ value: '2016-06-18', precision: 'day' });
  });
});

describe('rasd extract', () => {
  it('reads one page per line (JSON or plain text) and writes one line per page', () => {
    const input = [
      JSON.stringify({ id: 'a', text: page('004_e464c738560671d6.txt') }),
      'دارت اشتباكات صباح أمس، بين مقاتلي الفرقة 16 مشاة وقوات النظام، في حي الخالدية بمدينة حلب.',
      '{"id": "broken"',
      JSON.stringify({ id: 'h', html: `<html><head><meta property="article:published_time" content="2015-07-31T10:00:00Z"></head><body><article><h1>غارات</h1><p>وقتل 15 آخرون بينهم نساء واطفال في قصف من طيران حربي على بلدة سراقب.</p></article></body></html>` }),
    ].join('\n');
    const r = rasd(['extract'], input);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'a', events: [{ admin1: 'Hama', fatalities: 12 }] });
    expect(lines[1].events[0]).toMatchObject({ event_type: 'Battles', admin1: 'Aleppo' });
    expect(lines[2]).toMatchObject({ id: 'stdin:3' });
    expect(lines[2].error).toBeTruthy();
    expect(lines[3]).toMatchObject({ id: 'h', article: { published: '2015-07-31' }, events: [{ admin1: 'Idleb', fatalities: 15, event_date: '2015-07-31' }] });
  });
});

describe('rasd eval and --help', () => {
  it('prints the field table for the sample pages', () => {
    const r = rasd(['eval', examples]);
    expect(r.out).toMatch(/title\s+5 \/ 5/);
    expect(r.out).toMatch(/all\s+15\s+\d+\s+\d+/);
  });

  it('has help on every command', () => {
    for (const cmd of ['ingest', 'events', 'export', 'extract', 'eval', 'demo']) {
      const r = rasd([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`rasd ${cmd}`);
    }
  });
});

function page(name: string): string {
  return readFileSync(join(examples, name), 'utf8');
}
