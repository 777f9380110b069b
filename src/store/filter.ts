/** An EventFilter as a SQL WHERE clause over `events e` (joined to `articles a`), with its parameters. */
import { normalizeArabic } from '../arabic/index.js';
import { dayRange } from './dateRange.js';
import { toFtsQuery } from './searchForm.js';

export interface EventFilter {
  /** Earliest day, YYYY-MM-DD (YYYY-MM and YYYY mean their first day). Events with no date are left out. */
  from?: string;
  /** Latest day, YYYY-MM-DD (YYYY-MM and YYYY mean their last day). Events with no date are left out. */
  to?: string;
  /** event_type or sub_event_type, case-insensitive. */
  type?: string;
  /** OCHA English governorate name, case-insensitive. */
  admin1?: string;
  /** Substring of any actor's English name (case-insensitive) or Arabic name (normalised). */
  actor?: string;
  /** Words that must all occur in the article's title or body (Arabic-aware; see searchForm.ts). */
  q?: string;
  /** The article's outlet, case-insensitive. */
  outlet?: string;
  background?: boolean;
  limit?: number;
  offset?: number;
}

export interface SqlWhere {
  sql: string;
  params: (string | number)[];
}

export function whereClause(f: EventFilter): SqlWhere {
  const parts: string[] = [];
  const params: (string | number)[] = [];

  if (f.from !== undefined) {
    parts.push('e.date_last >= ?');
    params.push(parseBound(f.from, 'from').first);
  }
  if (f.to !== undefined) {
    parts.push('e.date_first <= ?');
    params.push(parseBound(f.to, 'to').last);
  }
  if (f.type) {
    parts.push('(e.event_type = ? COLLATE NOCASE OR e.sub_event_type = ? COLLATE NOCASE)');
    params.push(f.type, f.type);
  }
  if (f.admin1) {
    parts.push('e.admin1 = ? COLLATE NOCASE');
    params.push(f.admin1);
  }
  if (f.actor) {
    const key = actorKey(f.actor);
    if (key) {
      parts.push('instr(e.actor_keys, ?) > 0');
      params.push(key);
    }
  }
  if (f.outlet) {
    parts.push('a.outlet = ? COLLATE NOCASE');
    params.push(f.outlet);
  }
  if (f.background !== undefined) {
    parts.push('e.background = ?');
    params.push(f.background ? 1 : 0);
  }
  if (f.q) {
    const match = toFtsQuery(f.q);
    if (match) {
      parts.push(`e.article_id IN (${MATCHED_ARTICLE_IDS})`);
      params.push(match);
    }
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/**
 * The ids of the articles a MATCH expression (the one parameter) finds. The index is keyed by the
 * article's rowid (migration 6), so the match itself reads no stored text; each id is then one lookup
 * by integer key.
 */
export const MATCHED_ARTICLE_IDS =
  'SELECT sa.id FROM article_fts JOIN articles sa ON sa.rowid = article_fts.rowid WHERE article_fts MATCH ?';

/** The matching key of an actor name: English lower-cased, Arabic normalised (normalizeArabic does both). */
export function actorKey(name: string): string {
  return normalizeArabic(name);
}

function parseBound(value: string, name: string) {
  const range = dayRange(value);
  if (!range) throw new RangeError(`${name}: expected YYYY-MM-DD, YYYY-MM or YYYY, got ${JSON.stringify(value)}`);
  return range;
}
