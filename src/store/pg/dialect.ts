/**
 * SQLite SQL, as the store modules write it, turned into PostgreSQL. The store keeps one body of SQL
 * (store.ts, views.ts, incidents.ts, corrections.ts, feeds.ts) and both backends run it, so a query
 * fixed or added there is fixed or added for PostgreSQL too. This is not a general SQLite→PostgreSQL
 * translator: it knows the constructs those files use, listed in SQLITE_CONSTRUCTS, and the shared
 * store tests (test/scale/store-backends.test.ts) run every store method on both backends, so a new
 * construct fails there rather than in production.
 *
 * Placeholders: `?` (positional) and `@name` (named) become `$1…$n`. A placeholder after LIMIT is a
 * row limit (SQLite's -1, "no limit", becomes NULL, PostgreSQL's); one after `article_fts MATCH`
 * is an FTS5 query (searchForm.ts: `"t1" AND "t2"`), rewritten into a tsquery (`'t1' & 't2'`) over
 * the stems as they are (why `simple` and not `arabic`: schema.ts).
 */
import { GENERATED_COLUMNS, PRIMARY_KEYS } from './schema.js';

/** How a bound value is converted on its way to PostgreSQL. */
export type ParamKind = 'plain' | 'limit' | 'match';

export interface Translated {
  text: string;
  /** Per $n (index n-1): which argument fills it — a position or a name — and how it is converted. */
  params: { from: number | string; kind: ParamKind }[];
  /** Set when the statement is an INSERT whose generated key PostgreSQL must hand back (lastInsertRowid). */
  returnsId: boolean;
}

/**
 * Statements whose SQLite form PostgreSQL refuses and no rewrite rule can fix, by their exact text
 * (whitespace collapsed). If the SQLite text changes, the override stops applying and the shared store
 * tests fail on PostgreSQL — which is the point: someone then looks at it.
 */
const OVERRIDES: ReadonlyMap<string, string> = new Map([
  [
    // SQLite allows referent and stance as bare columns of a GROUP BY (one term has one referent and
    // stance); PostgreSQL needs them named in the grouping.
    'SELECT a.outlet AS outlet, t.term AS term, t.referent AS referent, t.stance AS stance, count(*) AS articles FROM article_terms t JOIN articles a ON a.id = t.article_id GROUP BY a.outlet, t.term',
    'SELECT a.outlet AS outlet, t.term AS term, min(t.referent) AS referent, min(t.stance) AS stance, count(*) AS articles FROM article_terms t JOIN articles a ON a.id = t.article_id GROUP BY a.outlet, t.term',
  ],
]);

/** Each SQLite-only construct the store uses, with its PostgreSQL spelling (applied after numbering). */
const SQLITE_CONSTRUCTS: readonly { pattern: RegExp; replace: string | ((...m: string[]) => string) }[] = [
  // a planner hint for SQLite's covering indexes; PostgreSQL plans for itself
  { pattern: /\s+INDEXED BY \w+/g, replace: '' },
  { pattern: /([\w.]+) = (\$\d+) COLLATE NOCASE/g, replace: 'lower($1) = lower($2)' },
  { pattern: /\binstr\(/g, replace: 'strpos(' },
  { pattern: /\bjson_each\((\$\d+)\)/g, replace: 'json_array_elements_text($1::json)' },
  { pattern: /\barticle_fts MATCH (\$\d+)/g, replace: "tsv @@ to_tsquery('simple', $1)" },
  {
    pattern: /strftime\('%Y-%m-%dT%H:%M:%S', ([^,]+), 'unixepoch'\)/g,
    // "C" like the columns it is compared and sorted with (schema.ts)
    replace: `(to_char(to_timestamp($1) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') COLLATE "C")`,
  },
  // SQLite sums a comparison as 0/1; PostgreSQL has no sum(boolean)
  { pattern: /\bsum\(([^()]*?(?:=|<|>)[^()]*?)\)/g, replace: 'sum(($1)::int)' },
];

/**
 * SQLite hands out GROUP BY groups in key order, and the store relies on it (the map's tie-break
 * between types at one place, the timeline); PostgreSQL may hash. A statement ending in a GROUP BY
 * without ORDER BY therefore gets the order it had on SQLite.
 */
function orderGroups(sql: string): string {
  const m = /\bGROUP BY ([^()]+)$/i.exec(sql);
  if (!m || /\b(ORDER BY|LIMIT|HAVING)\b/i.test(m[1]!)) return sql;
  return `${sql} ORDER BY ${m[1]}`;
}

/** The index just past the ORDER BY list that starts at `from`: a closing parenthesis, LIMIT/OFFSET, or the end. */
function orderListEnd(sql: string, from: number): number {
  let depth = 0;
  for (let i = from; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === "'") i = sql.indexOf("'", i + 1);
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && /^\s(LIMIT|OFFSET)\b/i.test(sql.slice(i, i + 8))) return i;
    if (i < 0) break;
  }
  return sql.length;
}

/** Splits an ORDER BY list on its top-level commas. */
function orderTerms(list: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      terms.push(list.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(list.slice(start));
  return terms.map((t) => t.trim());
}

/**
 * A rowid (the storing order) is never null, so its order needs no NULLS clause, and must not get one:
 * PostgreSQL reads an index in order only for the index's own NULLS placement, and `rowid DESC NULLS
 * LAST` made `ORDER BY f.rowid DESC LIMIT n` (a search's newest matches, views.ts) sort every match
 * instead of walking the key backwards and stopping at n.
 */
const NEVER_NULL_KEY = /^(\w+\.)?rowid( ASC| DESC)?$/i;

/**
 * True when the statement's WHERE keeps only rows where the ordered column is at least a parameter
 * (`WHERE|AND col >= $n`, or `>`): no NULL gets through, so the order needs no NULLS clause, which would stop
 * PostgreSQL from reading the column's index in order. The walk over dated events (views.ts) is such a
 * keyset page; with `date_first NULLS FIRST` every chunk sorted all the events (45 ms at 125k events).
 */
function boundedBelow(sql: string, term: string): boolean {
  const column = /^([\w.]+)( ASC)?$/i.exec(term)?.[1];
  if (!column) return false;
  // after WHERE or AND, not inside a parenthesised OR, where the bound may not hold for every row
  return new RegExp(`\\b(WHERE|AND) ${column.replace(/\./g, '\\.')} >=? \\$\\d+`, 'i').test(sql);
}

/** SQLite sorts NULL before every value (so first ascending, last descending); PostgreSQL the other way. */
function sqliteNullOrder(sql: string): string {
  let out = '';
  let at = 0;
  for (const m of sql.matchAll(/\bORDER BY /gi)) {
    const start = m.index! + m[0].length;
    if (start < at) continue;
    const end = orderListEnd(sql, start);
    const terms = orderTerms(sql.slice(start, end)).map((t) =>
      /\bNULLS (FIRST|LAST)$/i.test(t) || NEVER_NULL_KEY.test(t) || boundedBelow(sql, t) ? t : /\bDESC$/i.test(t) ? `${t} NULLS LAST` : `${t} NULLS FIRST`,
    );
    out += sql.slice(at, start) + terms.join(', ');
    at = end;
  }
  return out + sql.slice(at);
}

const collapse = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/** Numbers the placeholders outside string literals; notes the kind of each from the word before it. */
function numberPlaceholders(sql: string): { text: string; params: Translated['params'] } {
  const params: Translated['params'] = [];
  const named = new Map<string, number>();
  let positional = 0;
  let out = '';
  let i = 0;
  const kindBefore = (): ParamKind => (/\bLIMIT\s*$/i.test(out) ? 'limit' : /\bMATCH\s*$/i.test(out) ? 'match' : 'plain');
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const close = sql.indexOf(c, i + 1);
      const end = close < 0 ? sql.length : close + 1;
      out += sql.slice(i, end);
      i = end;
    } else if (c === '?') {
      params.push({ from: positional++, kind: kindBefore() });
      out += `$${params.length}`;
      i++;
    } else if (c === '@' && /[A-Za-z_]/.test(sql[i + 1] ?? '')) {
      const name = /^@(\w+)/.exec(sql.slice(i))![1]!;
      let n = named.get(name);
      if (n === undefined) {
        params.push({ from: name, kind: kindBefore() });
        n = params.length;
        named.set(name, n);
      }
      out += `$${n}`;
      i += name.length + 1;
    } else {
      out += c;
      i++;
    }
  }
  return { text: out, params };
}

/** `INSERT OR IGNORE` / `INSERT OR REPLACE` as PostgreSQL upserts. */
function rewriteInsert(sql: string): string {
  const ignore = /^INSERT OR IGNORE INTO (\w+)([\s\S]*)$/i.exec(sql);
  if (ignore) return `INSERT INTO ${ignore[1]}${ignore[2]} ON CONFLICT DO NOTHING`;
  const replace = /^INSERT OR REPLACE INTO (\w+) \(([^)]*)\)([\s\S]*)$/i.exec(sql);
  if (!replace) return sql;
  const [, table, columnList, rest] = replace as unknown as [string, string, string, string];
  const keys = PRIMARY_KEYS[table];
  if (!keys) throw new Error(`pg dialect: INSERT OR REPLACE into ${table}, whose key is not in PRIMARY_KEYS`);
  const columns = columnList.split(',').map((c) => c.trim());
  const updates = columns.filter((c) => !keys.includes(c)).map((c) => `${c} = excluded.${c}`);
  const onConflict = updates.length ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
  return `INSERT INTO ${table} (${columnList})${rest} ON CONFLICT (${keys.join(', ')}) ${onConflict}`;
}

/** An INSERT … VALUES without the columns PostgreSQL generates (schema.ts), values dropped with them. */
function dropGeneratedColumns(sql: string): string {
  const m = /^(INSERT (?:OR \w+ )?INTO (\w+) )\(([^)]*)\) VALUES \(([^()]*)\)(.*)$/i.exec(sql);
  const generated = m ? GENERATED_COLUMNS[m[2]!] : undefined;
  if (!m || !generated) return sql;
  const columns = m[3]!.split(',').map((c) => c.trim());
  const values = m[4]!.split(',').map((v) => v.trim());
  const keep = columns.map((c) => !generated.includes(c));
  const pick = <T>(xs: T[]) => xs.filter((_, i) => keep[i]);
  return `${m[1]}(${pick(columns).join(', ')}) VALUES (${pick(values).join(', ')})${m[5]}`;
}

export function translate(sqliteSql: string): Translated {
  const collapsed = collapse(sqliteSql);
  const { text: numbered, params } = numberPlaceholders(dropGeneratedColumns(OVERRIDES.get(collapsed) ?? collapsed));
  let text = rewriteInsert(numbered);
  for (const { pattern, replace } of SQLITE_CONSTRUCTS) text = text.replace(pattern, replace as string);
  // FTS5's rank orders best first ascending; ts_rank is higher for better matches
  const match = params.findIndex((p) => p.kind === 'match');
  if (match >= 0) {
    const tsquery = `to_tsquery('simple', $$${match + 1})`;
    text = text.replace(/ORDER BY (\w+)\.rank\b/g, `ORDER BY ts_rank($1.tsv, ${tsquery}) DESC`);
    // a rank handed out of a subquery keeps FTS5's sense: lower is better
    text = text.replace(/\b(\w+)\.rank AS (\w+)/g, `-ts_rank($1.tsv, ${tsquery}) AS $2`);
  }
  text = sqliteNullOrder(orderGroups(text));
  const insertInto = /^INSERT INTO (\w+)/i.exec(text)?.[1];
  const returnsId = insertInto !== undefined && PRIMARY_KEYS[insertInto]?.join() === 'id' && !/\bRETURNING\b/i.test(text);
  if (returnsId) text += ' RETURNING id';
  return { text, params, returnsId };
}

/** An FTS5 query from toFtsQuery (`"a" AND "b"`, quotes doubled inside terms) as a tsquery (`'a' & 'b'`). */
export function ftsToTsquery(fts: string): string {
  const terms: string[] = [];
  for (const m of fts.matchAll(/"((?:[^"]|"")*)"/g)) {
    const term = m[1]!.replace(/""/g, '"');
    terms.push(`'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`);
  }
  return terms.join(' & ');
}

/** A better-sqlite3 argument as PostgreSQL takes it. */
export function bindValue(value: unknown, kind: ParamKind): unknown {
  if (value === undefined) return null;
  if (kind === 'limit' && typeof value === 'number' && value < 0) return null;
  if (kind === 'match' && typeof value === 'string') return ftsToTsquery(value);
  if (typeof value === 'bigint') return value.toString();
  return value;
}
