import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import type { EventRecord, EventType } from '../types.js';
import { SENTENCE_ROWS, type ExpectedEvent, type SentenceRow } from './sentences.table.js';

/**
 * The events stage on real news sentences, each read alone against an analyst's reading
 * (sentences.table.ts). Only the fields a row states are compared. Rows with a `gap` are known
 * failures of the current pipeline and run as `it.fails`, so they turn red the day the rule is
 * fixed: then delete the `gap`.
 */

type Field = keyof ExpectedEvent;
type Projected = Record<Field, unknown>;

/** An event record as the table writes it: actors by canonical name. */
function project(e: EventRecord): Projected {
  return {
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    actor1: e.actor1?.name ?? null,
    assoc_actor1: e.assoc_actor1?.name ?? null,
    actor2: e.actor2?.name ?? null,
    country: e.country,
    admin1: e.admin1,
    location: e.location,
    fatalities: e.fatalities,
    event_date: e.event_date,
    date_basis: e.date_basis,
    background: e.background,
  };
}

function only(p: Projected, fields: Field[]): Partial<Projected> {
  return Object.fromEntries(fields.map((f) => [f, p[f]]));
}

/** How well a produced event fits an expected one: the type weighs most, so pairs form by type first. */
function fit(expected: ExpectedEvent, got: Projected): number {
  let score = 0;
  for (const [field, value] of Object.entries(expected) as Array<[Field, unknown]>) {
    if (got[field] === value) score += field === 'event_type' ? 10 : field === 'admin1' || field === 'location' ? 3 : 1;
  }
  return score;
}

/**
 * Pairs expected and produced events (best fit first, in table order) and returns what was produced
 * in the table's shape: each expected event's own fields, then any produced event left over.
 * Comparing that list with the table shows, field by field, what the pipeline read differently.
 */
function readingOf(row: SentenceRow, produced: Projected[]): Array<Partial<Projected> | 'missing'> {
  const left = [...produced];
  const out: Array<Partial<Projected> | 'missing'> = [];
  for (const expected of row.events) {
    let best = -1;
    let bestScore = -1;
    left.forEach((p, i) => {
      const s = fit(expected, p);
      if (s > bestScore) [best, bestScore] = [i, s];
    });
    if (best < 0) {
      out.push('missing');
      continue;
    }
    const [p] = left.splice(best, 1);
    out.push(only(p!, Object.keys(expected) as Field[]));
  }
  for (const extra of left) out.push(only(extra, ['event_type', 'sub_event_type', 'country', 'admin1', 'location']));
  return out;
}

function title(row: SentenceRow): string {
  const words = row.sentence.split(/\s+/).slice(0, 8).join(' ');
  const tags = row.tags?.length ? ` [${row.tags.join(', ')}]` : '';
  return `${row.source}${tags}: ${words}…${row.gap ? ` (gap: ${row.gap})` : ''}`;
}

function check(row: SentenceRow): void {
  const { events } = extract({ text: row.sentence, ...(row.published ? { published: row.published } : {}) });
  expect(readingOf(row, events.map(project))).toEqual(row.events);
}

describe('the sentence table', () => {
  it('has at least 150 rows, 25 of them without an event, and every event type', () => {
    expect(SENTENCE_ROWS.length).toBeGreaterThanOrEqual(150);
    expect(SENTENCE_ROWS.filter((r) => r.events.length === 0).length).toBeGreaterThanOrEqual(25);
    const types = new Set(SENTENCE_ROWS.flatMap((r) => r.events.map((e) => e.event_type)));
    const all: EventType[] = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments', 'Diplomacy'];
    expect(all.filter((t) => !types.has(t))).toEqual([]);
  });

  it('takes no sentence from the held-out gold set and none twice', () => {
    expect(SENTENCE_ROWS.filter((r) => /gold/i.test(r.source))).toEqual([]);
    expect(new Set(SENTENCE_ROWS.map((r) => r.sentence)).size).toBe(SENTENCE_ROWS.length);
  });
});

describe('events read from real sentences', () => {
  for (const row of SENTENCE_ROWS.filter((r) => r.events.length > 0)) {
    (row.gap ? it.fails : it)(title(row), () => check(row));
  }
});

describe('sentences that report no event (negation, denial, threat, future, opinion)', () => {
  for (const row of SENTENCE_ROWS.filter((r) => r.events.length === 0)) {
    (row.gap ? it.fails : it)(title(row), () => check(row));
  }
});
