/**
 * The search form of Arabic text: what goes into the FTS5 index and what a query is turned into.
 * SQLite's unicode61 tokenizer only splits on spaces and punctuation, so `حمص` would not find
 * `وحمص`, `إدلب` would not find `ادلب`, and harakat would cut a word into letters. We therefore do the
 * Arabic work in JS — normalise, drop proclitics, stem — and hand unicode61 plain space-separated keys.
 * Index and query MUST both go through `toSearchForm`, or they stop meeting.
 */
import { stemmer } from '@orama/stemmers/arabic';
import { tokenize } from '../arabic/index.js';

/**
 * Stems repeat heavily (the same few thousand words fill most news), and the Snowball stemmer is the
 * costliest step of indexing; a memo pays for itself. Capped so that a long-running import over an
 * open vocabulary cannot grow it without bound.
 */
const STEM_MEMO_LIMIT = 50_000;
const stemMemo = new Map<string, string>();

function stem(base: string): string {
  let s = stemMemo.get(base);
  if (s === undefined) {
    // The stemmer can strip a short word to nothing; the unstemmed base is then the better key.
    s = stemmer(base) || base;
    if (stemMemo.size >= STEM_MEMO_LIMIT) stemMemo.clear();
    stemMemo.set(base, s);
  }
  return s;
}

/** The search keys of a text, in order: one per Arabic word, Latin word or number; punctuation dropped. */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'punct') continue;
    // bases[0] is the most stripped reading: `وبحمص` → `حمص`. Over-stripping a name (`بشار` → `شار`)
    // is harmless here because the query is stripped the same way.
    const key = t.kind === 'word' ? stem(t.bases[0] ?? t.norm) : t.norm;
    if (key) terms.push(key);
  }
  return terms;
}

/** The text as it is stored in the FTS column. */
export function toSearchForm(text: string): string {
  return searchTerms(text).join(' ');
}

/**
 * A user's query as an FTS5 MATCH expression: every term must occur (AND). Each term is quoted, so
 * FTS5 syntax the user typed (`"`, `*`, `-`, `OR`, `NEAR`, `:`) is searched as text or dropped, never
 * parsed. Returns null when the query holds no searchable word — the caller then applies no text filter.
 */
export function toFtsQuery(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
}
