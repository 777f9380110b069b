/**
 * An analyst's corrections to extracted events. A correction is stored apart from the event (who, when,
 * the old and the new values) and also written into the event row, so that every query, count, map and
 * export sees the corrected event. The machine reading is never edited in place without a trace: the
 * `corrections` table is the record of every human change.
 *
 * Re-extraction (a better pipeline, the same article) writes fresh events; the article's corrections are
 * then applied again, in the order they were made. Event ids are positional (`ARTICLE-N`) and may shift
 * when the extractor finds one event more or less, so a correction finds its event again by the evidence
 * span it was made on first, and by id only when no event has that span.
 */
import type Database from 'better-sqlite3';
import type { EventRecord, Extraction } from '../types.js';
import { eventToRow } from './rows.js';

/** What an analyst can correct; each kind may change only its own fields of the event. */
export const CORRECTION_FIELDS = {
  date: ['event_date', 'date_basis'],
  place: ['location', 'location_en', 'country', 'admin1', 'admin2', 'admin3', 'latitude', 'longitude', 'geo_precision'],
  type: ['event_type', 'sub_event_type'],
  actor1: ['actor1'],
  assoc_actor1: ['assoc_actor1'],
  actor2: ['actor2'],
  assoc_actor2: ['assoc_actor2'],
  fatalities: ['fatalities'],
  background: ['background'],
  /** Not an event: the row leaves the dataset; the correction keeps the whole record. */
  reject: [],
  /** Checked and right as read: changes nothing, marks the event as reviewed (it then counts for gold export). */
  confirm: [],
} as const satisfies Record<string, readonly (keyof EventRecord)[]>;

export type CorrectionField = keyof typeof CORRECTION_FIELDS;

/** Part of an event: the fields one correction changes. */
export type EventPatch = Partial<EventRecord>;

export interface Correction {
  id: number;
  event_id: string;
  article_id: string;
  field: CorrectionField;
  /** The values before the correction (for `reject`, the whole event). */
  old: EventPatch;
  /** The values after it (empty for `reject`). */
  new: EventPatch;
  author: string;
  note: string | null;
  /** ISO date-time. */
  created_at: string;
  /** ISO date-time when the correction was taken back; null while it holds. */
  reverted_at: string | null;
}

export interface NewCorrection {
  event_id: string;
  field: CorrectionField;
  /** The new values; only the keys of `CORRECTION_FIELDS[field]` are allowed. Ignored for `reject`. */
  value: EventPatch;
  author: string;
  note?: string | null;
}

/** A correction that cannot be made as asked; the message says why, for a 4xx answer. */
export class CorrectionError extends Error {
  constructor(
    message: string,
    readonly kind: 'not_found' | 'invalid' | 'conflict',
  ) {
    super(message);
    this.name = 'CorrectionError';
  }
}

export interface CorrectionMethods {
  /** Records the correction and applies it to the event; returns it with the event as it now is (null once rejected). */
  correct(c: NewCorrection): { correction: Correction; event: EventRecord | null };
  /**
   * Takes a correction back: its old values return (a rejected event comes back). Only the newest
   * holding correction of an event's field can be taken back, so that the values restored are the ones
   * it replaced.
   */
  revertCorrection(id: number): { correction: Correction; event: EventRecord | null };
  /** Corrections, oldest first; of one event or article if asked. Taken-back ones are included. */
  corrections(of?: { eventId?: string; articleId?: string }): Correction[];
  /** Every correction ever made, oldest first, read in pages (safe on a large store). */
  allCorrections(): IterableIterator<Correction>;
  /** Events rejected by an analyst (and not taken back), as they were when rejected. */
  rejectedEvents(): EventRecord[];
  /**
   * Re-extraction of a stored article: its row, events and search entry are replaced by `ex`, then its
   * corrections are applied again. Returns false when the article is not stored (nothing is written).
   */
  replaceExtraction(ex: Extraction): boolean;
}

/** What store.ts lends the corrections: its own writes, so that events are written one way only. */
export interface StoreWrites {
  insertEvent(e: EventRecord): void;
  /** The store's putExtraction (which calls `reapplyCorrections` itself). */
  put(ex: Extraction): 'added' | 'exists';
}

interface CorrectionRow {
  id: number;
  event_id: string;
  article_id: string;
  evidence_start: number;
  evidence_end: number;
  field: string;
  old_value: string;
  new_value: string;
  author: string;
  note: string | null;
  created_at: string;
  reverted_at: string | null;
}

function rowToCorrection(r: CorrectionRow): Correction {
  return {
    id: r.id,
    event_id: r.event_id,
    article_id: r.article_id,
    field: r.field as CorrectionField,
    old: JSON.parse(r.old_value) as EventPatch,
    new: JSON.parse(r.new_value) as EventPatch,
    author: r.author,
    note: r.note,
    created_at: r.created_at,
    reverted_at: r.reverted_at,
  };
}

const CORRECTION_PAGE_SIZE = 500;

export function isCorrectionField(s: string): s is CorrectionField {
  return Object.hasOwn(CORRECTION_FIELDS, s);
}

/** The patch restricted to the field's keys; throws on a key the field may not change. */
function checkedPatch(field: CorrectionField, value: EventPatch): EventPatch {
  const allowed: readonly string[] = CORRECTION_FIELDS[field];
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!allowed.includes(k)) throw new CorrectionError(`a ${field} correction cannot change "${k}" (allowed: ${allowed.join(', ') || 'none'})`, 'invalid');
    if (v !== undefined) out[k] = v;
  }
  if (allowed.length > 0 && Object.keys(out).length === 0) {
    throw new CorrectionError(`a ${field} correction needs a value for ${allowed.join(' or ')}`, 'invalid');
  }
  return out as EventPatch;
}

function pick(e: EventRecord, keys: readonly string[]): EventPatch {
  const out: Record<string, unknown> = {};
  const src = e as unknown as Record<string, unknown>;
  for (const k of keys) out[k] = src[k] ?? null;
  return out as EventPatch;
}

/**
 * Applies an article's holding corrections to its events as stored now. store.ts calls it after every
 * write of an article's events, so that a re-ingested or re-extracted article comes back corrected.
 */
export type ReapplyCorrections = (articleId: string) => void;

/** Wired into the store by store.ts, which lends its own writes (see StoreWrites). */
export function correctionMethods(
  db: Database.Database,
  writes: StoreWrites,
): CorrectionMethods & { reapplyCorrections: ReapplyCorrections } {
  const getRecord = db.prepare<[string], string>('SELECT record FROM events WHERE event_id = ?').pluck();
  const articleEvents = db.prepare<[string], string>('SELECT record FROM events WHERE article_id = ? ORDER BY rowid').pluck();
  const deleteEvent = db.prepare<[string]>('DELETE FROM events WHERE event_id = ?');
  const updateEvent = db.prepare(
    `UPDATE events SET event_date = @event_date, date_first = @date_first, date_last = @date_last,
       event_type = @event_type, sub_event_type = @sub_event_type, admin1 = @admin1, actor1 = @actor1,
       actor2 = @actor2, actor_keys = @actor_keys, background = @background, fatalities = @fatalities, record = @record
     WHERE event_id = @event_id`,
  );
  const insertCorrection = db.prepare(
    `INSERT INTO corrections (event_id, article_id, evidence_start, evidence_end, field, old_value, new_value, author, note, created_at)
     VALUES (@event_id, @article_id, @evidence_start, @evidence_end, @field, @old_value, @new_value, @author, @note, @created_at)`,
  );
  const getCorrection = db.prepare<[number], CorrectionRow>('SELECT * FROM corrections WHERE id = ?');
  const ofEvent = db.prepare<[string], CorrectionRow>('SELECT * FROM corrections WHERE event_id = ? ORDER BY id');
  const ofArticle = db.prepare<[string], CorrectionRow>('SELECT * FROM corrections WHERE article_id = ? ORDER BY id');
  const holdingOfArticle = db.prepare<[string], CorrectionRow>(
    'SELECT * FROM corrections WHERE article_id = ? AND reverted_at IS NULL ORDER BY id',
  );
  const page = db.prepare<[number, number], CorrectionRow>('SELECT * FROM corrections WHERE id > ? ORDER BY id LIMIT ?');
  const newerOnField = db.prepare<[string, string, number], number>(
    'SELECT count(*) FROM corrections WHERE event_id = ? AND field = ? AND id > ? AND reverted_at IS NULL',
  ).pluck();
  const markReverted = db.prepare<[string, number]>('UPDATE corrections SET reverted_at = ? WHERE id = ?');
  const rejected = db.prepare<[], string>(
    "SELECT old_value FROM corrections WHERE field = 'reject' AND reverted_at IS NULL ORDER BY id",
  ).pluck();

  const write = (e: EventRecord) => updateEvent.run(eventToRow(e));

  /** Applies one correction's new values to the events of its article as they are now. */
  function applyTo(c: CorrectionRow, events: Map<string, EventRecord>): void {
    let target: EventRecord | undefined;
    for (const e of events.values()) {
      if (e.evidence.start === c.evidence_start && e.evidence.end === c.evidence_end) {
        if (!target || e.event_id === c.event_id) target = e;
      }
    }
    target ??= events.get(c.event_id);
    // an event the new reading no longer has: the correction stays on record and applies if it returns
    if (!target) return;
    if (c.field === 'reject') {
      deleteEvent.run(target.event_id);
      events.delete(target.event_id);
      return;
    }
    if (c.field === 'confirm') return;
    const updated = { ...target, ...(JSON.parse(c.new_value) as EventPatch) };
    write(updated);
    events.set(updated.event_id, updated);
  }

  const correct = db.transaction((c: NewCorrection) => {
    if (!isCorrectionField(c.field)) throw new CorrectionError(`unknown correction field: ${c.field}`, 'invalid');
    const json = getRecord.get(c.event_id);
    if (json === undefined) throw new CorrectionError(`no such event: ${c.event_id}`, 'not_found');
    const event = JSON.parse(json) as EventRecord;
    const patch = checkedPatch(c.field, c.field === 'reject' || c.field === 'confirm' ? {} : c.value);
    const old = c.field === 'reject' ? event : pick(event, Object.keys(patch));
    let after: EventRecord | null = null;
    if (c.field === 'reject') deleteEvent.run(event.event_id);
    else if (c.field === 'confirm') after = event;
    else {
      after = { ...event, ...patch };
      if (c.field === 'date' && patch.event_date && event.date_basis === 'unknown' && patch.date_basis === undefined) {
        // the analyst read the date in the text; "unknown" would now contradict the value
        after.date_basis = 'explicit';
      }
      write(after);
    }
    const info = insertCorrection.run({
      event_id: event.event_id,
      article_id: event.article_id,
      evidence_start: event.evidence.start,
      evidence_end: event.evidence.end,
      field: c.field,
      old_value: JSON.stringify(old),
      new_value: JSON.stringify(after ? pick(after, [...Object.keys(patch), ...(after.date_basis !== event.date_basis ? ['date_basis'] : [])]) : {}),
      author: c.author,
      note: c.note ?? null,
      created_at: new Date().toISOString(),
    });
    return { correction: rowToCorrection(getCorrection.get(Number(info.lastInsertRowid))!), event: after };
  });

  const revert = db.transaction((id: number) => {
    const row = getCorrection.get(id);
    if (!row) throw new CorrectionError(`no such correction: ${id}`, 'not_found');
    if (row.reverted_at) throw new CorrectionError(`correction ${id} was already taken back`, 'conflict');
    if ((newerOnField.get(row.event_id, row.field, id) ?? 0) > 0) {
      throw new CorrectionError(`correction ${id} has a newer correction of ${row.field} on ${row.event_id}; take that back first`, 'conflict');
    }
    const old = JSON.parse(row.old_value) as EventPatch;
    let event: EventRecord | null = null;
    if (row.field === 'reject') {
      event = old as EventRecord;
      if (getRecord.get(event.event_id) === undefined) writes.insertEvent(event);
    } else if (row.field === 'confirm') {
      const json = getRecord.get(row.event_id);
      event = json === undefined ? null : (JSON.parse(json) as EventRecord);
    } else {
      const json = getRecord.get(row.event_id);
      if (json === undefined) throw new CorrectionError(`event ${row.event_id} is not in the store (rejected or re-extracted away)`, 'conflict');
      event = { ...(JSON.parse(json) as EventRecord), ...old };
      write(event);
    }
    markReverted.run(new Date().toISOString(), id);
    return { correction: rowToCorrection(getCorrection.get(id)!), event };
  });

  const hasArticle = db.prepare<[string]>('SELECT 1 FROM articles WHERE id = ?').pluck();
  const dropArticle = [
    db.prepare<[string]>('DELETE FROM events WHERE article_id = ?'),
    db.prepare<[string]>('DELETE FROM article_search WHERE article_id = ?'),
    db.prepare<[string]>('DELETE FROM articles WHERE id = ?'),
  ];
  const replace = db.transaction((ex: Extraction): boolean => {
    if (hasArticle.get(ex.article.id) === undefined) return false;
    for (const stmt of dropArticle) stmt.run(ex.article.id);
    writes.put(ex);
    return true;
  });

  return {
    correct: (c) => correct(c),
    revertCorrection: (id) => revert(id),
    corrections(of = {}) {
      const rows = of.eventId !== undefined ? ofEvent.all(of.eventId) : of.articleId !== undefined ? ofArticle.all(of.articleId) : [...pageAll()];
      return rows.map(rowToCorrection);
    },
    *allCorrections() {
      for (const r of pageAll()) yield rowToCorrection(r);
    },
    rejectedEvents: () => rejected.all().map((j) => JSON.parse(j) as EventRecord),
    replaceExtraction: (ex) => replace(ex),
    reapplyCorrections(articleId) {
      const holding = holdingOfArticle.all(articleId);
      if (holding.length === 0) return;
      const events = new Map<string, EventRecord>();
      for (const j of articleEvents.all(articleId)) {
        const e = JSON.parse(j) as EventRecord;
        events.set(e.event_id, e);
      }
      for (const c of holding) applyTo(c, events);
    },
  };

  function* pageAll(): IterableIterator<CorrectionRow> {
    let after = 0;
    for (;;) {
      const rows = page.all(after, CORRECTION_PAGE_SIZE);
      yield* rows;
      if (rows.length < CORRECTION_PAGE_SIZE) return;
      after = rows[rows.length - 1]!.id;
    }
  }
}
