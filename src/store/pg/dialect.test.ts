/**
 * The translation of the store's own SQLite statements (quoted from store.ts, views.ts, filter.ts,
 * incidents.ts, feeds.ts) into PostgreSQL. No server needed; test/scale/store-backends.test.ts runs them.
 */
import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../searchForm.js';
import { bindValue, ftsToTsquery, translate } from './dialect.js';

describe('pg dialect: statements of the store', () => {
  it.each([
    ['SELECT 1 FROM articles WHERE id = ?', 'SELECT 1 FROM articles WHERE id = $1'],
    [
      'SELECT rowid, * FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?',
      // a rowid is never null: no NULLS clause, which would keep PostgreSQL from reading the key in order
      'SELECT rowid, * FROM articles WHERE rowid > $1 ORDER BY rowid LIMIT $2',
    ],
    [
      'SELECT f.rowid AS r FROM article_fts f WHERE article_fts MATCH ? AND f.rowid < ? ORDER BY f.rowid DESC LIMIT ? OFFSET ?',
      "SELECT f.rowid AS r FROM article_fts f WHERE tsv @@ to_tsquery('simple', $1) AND f.rowid < $2 ORDER BY f.rowid DESC LIMIT $3 OFFSET $4",
    ],
    [
      'SELECT count(*) FROM events e INDEXED BY events_time WHERE (e.event_type = ? COLLATE NOCASE OR e.sub_event_type = ? COLLATE NOCASE)',
      'SELECT count(*) FROM events e WHERE (lower(e.event_type) = lower($1) OR lower(e.sub_event_type) = lower($2))',
    ],
    ['SELECT 1 FROM events e WHERE instr(e.actor_keys, ?) > 0', 'SELECT 1 FROM events e WHERE strpos(e.actor_keys, $1) > 0'],
    [
      'SELECT 1 FROM events e WHERE e.article_id IN (SELECT value FROM json_each(?))',
      'SELECT 1 FROM events e WHERE e.article_id IN (SELECT value FROM json_array_elements_text($1::json))',
    ],
    [
      'SELECT e.date_first, e.event_type, count(*), sum(e.date_first = e.date_last) FROM events e GROUP BY e.date_first, e.event_type',
      'SELECT e.date_first, e.event_type, count(*), sum((e.date_first = e.date_last)::int) FROM events e GROUP BY e.date_first, e.event_type ORDER BY e.date_first NULLS FIRST, e.event_type NULLS FIRST',
    ],
    [
      'SELECT e.admin1 AS value, count(*) AS events FROM events e GROUP BY e.admin1 ORDER BY events DESC, value',
      'SELECT e.admin1 AS value, count(*) AS events FROM events e GROUP BY e.admin1 ORDER BY events DESC NULLS LAST, value NULLS FIRST',
    ],
    [
      // views.ts's walk over dated events: date_first >= ? lets no NULL through, so no NULLS clause
      'SELECT e.rowid FROM events e WHERE e.date_first >= ? AND (e.date_first > ? OR e.rowid > ?) ORDER BY e.date_first, e.rowid LIMIT ?',
      'SELECT e.rowid FROM events e WHERE e.date_first >= $1 AND (e.date_first > $2 OR e.rowid > $3) ORDER BY e.date_first, e.rowid LIMIT $4',
    ],
    [
      'SELECT e.rowid FROM events e WHERE (e.admin1 = ? OR e.date_first > ?) ORDER BY e.date_first, e.rowid LIMIT ?',
      'SELECT e.rowid FROM events e WHERE (e.admin1 = $1 OR e.date_first > $2) ORDER BY e.date_first NULLS FIRST, e.rowid LIMIT $3',
    ],
    [
      'SELECT e.rowid FROM events e WHERE e.date_last >= ? ORDER BY e.date_first, e.rowid LIMIT ?',
      'SELECT e.rowid FROM events e WHERE e.date_last >= $1 ORDER BY e.date_first NULLS FIRST, e.rowid LIMIT $2',
    ],
    [
      // PostgreSQL computes an event's desk columns itself (schema.ts: GENERATED_COLUMNS)
      'INSERT INTO events (event_id, record, latitude, longitude, outlet) VALUES (@event_id, @record, @latitude, @longitude, @outlet)',
      'INSERT INTO events (event_id, record) VALUES ($1, $2)',
    ],
    [
      'INSERT OR IGNORE INTO incident_keys (key, incident_id) VALUES (?, ?)',
      'INSERT INTO incident_keys (key, incident_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    ],
    [
      'INSERT OR REPLACE INTO near_duplicates (article_id, original_id, similarity) VALUES (?, ?, ?)',
      'INSERT INTO near_duplicates (article_id, original_id, similarity) VALUES ($1, $2, $3) ON CONFLICT (article_id) DO UPDATE SET original_id = excluded.original_id, similarity = excluded.similarity',
    ],
    [
      'UPDATE watch_items SET note = @note, status = @status WHERE url = @url',
      'UPDATE watch_items SET note = $1, status = $2 WHERE url = $3',
    ],
  ])('%s', (sqlite, postgres) => {
    expect(translate(sqlite).text).toBe(postgres);
  });

  it('full-text search: MATCH over the stems, best first, the query turned into a tsquery', () => {
    const t = translate(
      `SELECT a.id FROM (SELECT f.rowid AS r, f.rank AS k FROM article_fts f
       WHERE article_fts MATCH ? ORDER BY f.rank, f.rowid LIMIT ? OFFSET ?) m JOIN articles a ON a.rowid = m.r ORDER BY m.k`,
    );
    expect(t.text).toBe(
      "SELECT a.id FROM (SELECT f.rowid AS r, -ts_rank(f.tsv, to_tsquery('simple', $1)) AS k FROM article_fts f " +
        "WHERE tsv @@ to_tsquery('simple', $1) ORDER BY ts_rank(f.tsv, to_tsquery('simple', $1)) DESC NULLS LAST, f.rowid " +
        'LIMIT $2 OFFSET $3) m JOIN articles a ON a.rowid = m.r ORDER BY m.k NULLS FIRST',
    );
    expect(t.params.map((p) => p.kind)).toEqual(['match', 'limit', 'plain']);
    // seeds/001: «قوات روسية تغادر حمص ودمشق»
    const fts = toFtsQuery('تغادر حمص ودمشق')!;
    expect(bindValue(fts, 'match')).toBe(ftsToTsquery(fts));
    expect(ftsToTsquery('"حمص" AND "دمشق"')).toBe("'حمص' & 'دمشق'");
    expect(ftsToTsquery('"it\'s" AND "a""b"')).toBe(`'it''s' & 'a"b'`);
  });

  it("SQLite's LIMIT -1 (no limit) is PostgreSQL's LIMIT NULL", () => {
    expect(bindValue(-1, 'limit')).toBeNull();
    expect(bindValue(50, 'limit')).toBe(50);
    expect(bindValue(-1, 'plain')).toBe(-1);
  });

  it('named parameters used twice bind once; `?` inside a string literal is text', () => {
    const t = translate("SELECT * FROM t WHERE a = @x OR b = @x OR c = '?'");
    expect(t.text).toBe("SELECT * FROM t WHERE a = $1 OR b = $1 OR c = '?'");
    expect(t.params).toEqual([{ from: 'x', kind: 'plain' }]);
  });

  it('an INSERT into corrections hands back its id (lastInsertRowid)', () => {
    expect(translate('INSERT INTO corrections (event_id) VALUES (@event_id)')).toMatchObject({
      text: 'INSERT INTO corrections (event_id) VALUES ($1) RETURNING id',
      returnsId: true,
    });
  });
});
