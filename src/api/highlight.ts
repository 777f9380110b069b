/**
 * Where a search's words occur in a text, for highlighting: every word whose search key (the same key
 * the FTS index holds, store/searchForm.ts) is one of the query's. So `وبإدلب` lights up for a search of
 * `ادلب`, exactly as the index matched it.
 */
import { tokenize } from '../arabic/index.js';
import { searchTerms } from '../store/searchForm.js';
import type { Span } from '../types.js';

export function searchHits(text: string, query: string): Span[] {
  const wanted = new Set(searchTerms(query));
  if (wanted.size === 0) return [];
  const hits: Span[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'punct') continue;
    // a token's key, computed as the index computed it: searchTerms of the word alone
    const key = searchTerms(t.text)[0];
    if (key !== undefined && wanted.has(key)) hits.push({ start: t.start, end: t.end });
  }
  return hits;
}
