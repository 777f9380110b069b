/**
 * Real pages for the search tests (search.test.ts, searchScale.test.ts): the five sample pages and the
 * first gold articles, read by the pipeline, and what a search must find in them, computed from the
 * texts themselves (searchTerms), never from what the index answers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageFromInput } from '../ingest/index.js';
import { extractPage } from '../pipeline.js';
import type { Extraction } from '../types.js';
import { searchTerms } from './searchForm.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const GOLD = '/work/shared/gold/articles.jsonl';
const GOLD_PAGES = 12;

export function searchPages(): Extraction[] {
  const out = readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => extractPage(pageFromInput({ text: readFileSync(join(EXAMPLES, f), 'utf8') }, f)));
  for (const line of readFileSync(GOLD, 'utf8').split('\n').filter(Boolean).slice(0, GOLD_PAGES)) {
    const a = JSON.parse(line) as { doc_id: string; text: string; title?: string; published?: string; outlet?: string };
    out.push(extractPage(pageFromInput({ id: a.doc_id, text: a.text, title: a.title, published: a.published, outlet: a.outlet }, a.doc_id)));
  }
  return out;
}

export const searchText = (x: Extraction) => (x.article.title ? `${x.article.title}\n${x.article.body}` : x.article.body);

/** The ids of the articles holding every term of `q`, in storing order. */
export function holding(exs: Extraction[], q: string): string[] {
  const want = searchTerms(q);
  return exs.filter((x) => {
    const have = new Set(searchTerms(searchText(x)));
    return want.every((t) => have.has(t));
  }).map((x) => x.article.id);
}
