/** Rows as stored ↔ the shared stage types. JSON columns hold the arrays; `record` holds the whole event. */
import type { CleanArticle, EventRecord } from '../types.js';
import { dayRange } from './dateRange.js';
import { actorKey } from './filter.js';

export interface ArticleRow {
  id: string;
  source_id: string | null;
  origin: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  /** JSON of CleanArticle.publishedInferred, or null. */
  published_inferred: string | null;
  title: string | null;
  body: string;
  teasers: string;
  keywords: string;
  chrome: string;
  ingested_at: string;
}

export interface EventRow {
  event_id: string;
  article_id: string;
  event_date: string | null;
  date_first: string | null;
  date_last: string | null;
  event_type: string;
  sub_event_type: string;
  admin1: string | null;
  actor1: string | null;
  actor2: string | null;
  actor_keys: string;
  background: number;
  fatalities: number | null;
  record: string;
  /** Copies of the record's fields, as migration 2's columns for the desk (see migration 8). */
  latitude: number | null;
  longitude: number | null;
  outlet: string | null;
}

export function articleToRow(a: CleanArticle, ingestedAt: string): ArticleRow {
  return {
    id: a.id,
    source_id: a.sourceId,
    origin: a.origin,
    url: a.url,
    outlet: a.outlet,
    published: a.published,
    published_inferred: a.publishedInferred ? JSON.stringify(a.publishedInferred) : null,
    title: a.title,
    body: a.body,
    teasers: JSON.stringify(a.teasers),
    keywords: JSON.stringify(a.keywords),
    chrome: JSON.stringify(a.chrome),
    ingested_at: ingestedAt,
  };
}

export function rowToArticle(r: ArticleRow): CleanArticle {
  return {
    id: r.id,
    sourceId: r.source_id,
    origin: r.origin,
    url: r.url,
    title: r.title,
    published: r.published,
    ...(r.published_inferred ? { publishedInferred: JSON.parse(r.published_inferred) as CleanArticle['publishedInferred'] } : {}),
    outlet: r.outlet,
    keywords: JSON.parse(r.keywords) as string[],
    body: r.body,
    teasers: JSON.parse(r.teasers) as CleanArticle['teasers'],
    chrome: JSON.parse(r.chrome) as string[],
  };
}

/** Separates actor keys so that a search cannot match across the end of one name and the start of the next. */
const ACTOR_KEY_SEPARATOR = '\n';

export function eventToRow(e: EventRecord): EventRow {
  const range = e.event_date ? dayRange(e.event_date) : null;
  const actors = [e.actor1, e.assoc_actor1, e.actor2, e.assoc_actor2];
  const keys: string[] = [];
  for (const a of actors) {
    if (!a) continue;
    keys.push(actorKey(a.name), actorKey(a.name_ar));
  }
  return {
    event_id: e.event_id,
    article_id: e.article_id,
    event_date: e.event_date,
    date_first: range?.first ?? null,
    date_last: range?.last ?? null,
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    admin1: e.admin1,
    actor1: e.actor1?.name ?? null,
    actor2: e.actor2?.name ?? null,
    actor_keys: keys.filter(Boolean).join(ACTOR_KEY_SEPARATOR),
    background: e.background ? 1 : 0,
    fatalities: e.fatalities,
    record: JSON.stringify(e),
    latitude: e.latitude,
    longitude: e.longitude,
    outlet: e.outlet,
  };
}
