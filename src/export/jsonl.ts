/**
 * One record per line. Keys are written in a fixed order (the order of types.ts), whatever order the
 * producing stage built the object in, so that two exports of the same data are byte-identical and diffs
 * show real changes. Fields this file does not know yet are kept, after the known ones.
 */
import type { CleanArticle, EventRecord } from '../types.js';

const EVENT_KEYS = [
  'event_id', 'article_id', 'origin', 'outlet', 'published', 'event_date', 'date_basis', 'event_type',
  'sub_event_type', 'actor1', 'assoc_actor1', 'actor2', 'assoc_actor2', 'country', 'admin1', 'admin2', 'admin3',
  'location', 'location_en', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'fatalities_text',
  'claimed_by', 'background', 'evidence', 'confidence', 'trigger',
] as const satisfies readonly (keyof EventRecord)[];

const ARTICLE_KEYS = [
  'id', 'sourceId', 'origin', 'url', 'title', 'published', 'publishedInferred', 'outlet', 'keywords', 'body', 'teasers', 'chrome',
] as const satisfies readonly (keyof CleanArticle)[];

// Compile-time guard: adding a field to EventRecord/CleanArticle without listing it here is an error.
type Unlisted<T, K extends readonly unknown[]> = Exclude<keyof T, K[number]>;
const everyEventKeyListed: [Unlisted<EventRecord, typeof EVENT_KEYS>] extends [never] ? true : never = true;
const everyArticleKeyListed: [Unlisted<CleanArticle, typeof ARTICLE_KEYS>] extends [never] ? true : never = true;
void everyEventKeyListed;
void everyArticleKeyListed;

function ordered(obj: object, keys: readonly string[]): Record<string, unknown> {
  const src = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in src) out[k] = src[k];
  for (const k of Object.keys(src)) if (!(k in out)) out[k] = src[k];
  return out;
}

/**
 * JSON.stringify leaves U+2028/U+2029 raw (valid JSON), but some line readers split on them;
 * escaping keeps one record per line for every reader.
 */
function oneLine(json: string): string {
  return json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The event as one JSON line (no trailing newline). */
export function eventToJsonLine(e: EventRecord): string {
  const o = ordered(e, EVENT_KEYS);
  for (const k of ['actor1', 'assoc_actor1', 'actor2', 'assoc_actor2'] as const) {
    const a = e[k];
    if (a) o[k] = ordered(a, ['name', 'name_ar']);
  }
  o['evidence'] = ordered(e.evidence, ['start', 'end', 'text']);
  return oneLine(JSON.stringify(o));
}

/** The article as one JSON line (no trailing newline). */
export function articleToJsonLine(a: CleanArticle): string {
  const o = ordered(a, ARTICLE_KEYS);
  o['teasers'] = a.teasers.map((t) => ordered(t, ['title', 'body']));
  return oneLine(JSON.stringify(o));
}
