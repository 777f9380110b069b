/**
 * Corrections as a gold file: the articles an analyst reviewed (any correction that holds, `confirm`
 * included), with their events as corrected, in the format of shared/gold (expected.json + articles.jsonl),
 * so that `rasd eval DIR` scores the pipeline against the desk's readings.
 */
import type { Store } from '../store/index.js';
import type { ActorRef, CleanArticle, EventRecord } from '../types.js';

export interface GoldEvent {
  type: string;
  sub_type: string;
  date: string | null;
  date_basis: string;
  actor1: string | null;
  assoc_actor1: string | null;
  actor2: string | null;
  country: string | null;
  admin1: string | null;
  location: string | null;
  fatalities: number | null;
  background: boolean;
  evidence: string;
}

export interface GoldDocument {
  file: string;
  published: string | null;
  title: string | null;
  outlet: string | null;
  events: GoldEvent[];
}

const name = (a: ActorRef | null) => a?.name ?? null;

function goldEvent(e: EventRecord): GoldEvent {
  return {
    type: e.event_type,
    sub_type: e.sub_event_type,
    date: e.event_date,
    date_basis: e.date_basis,
    actor1: name(e.actor1),
    assoc_actor1: name(e.assoc_actor1),
    actor2: name(e.actor2),
    country: e.country,
    admin1: e.admin1,
    location: e.location,
    fatalities: e.fatalities,
    background: e.background,
    evidence: e.evidence.text,
  };
}

/** The document id eval joins expected.json and articles.jsonl on: the caller's id if any, else the hash. */
const docId = (a: CleanArticle) => a.sourceId ?? a.id;

/** Reviewed articles, in the order of their first correction. */
function reviewed(store: Store): CleanArticle[] {
  const ids = new Set<string>();
  for (const c of store.allCorrections()) if (c.reverted_at === null) ids.add(c.article_id);
  const out: CleanArticle[] = [];
  for (const id of ids) {
    const a = store.getArticle(id);
    if (a) out.push(a);
  }
  return out;
}

/** expected.json: `{about, documents}`. */
export function goldExpected(store: Store): { about: string; documents: GoldDocument[] } {
  const documents = reviewed(store).map((a) => ({
    file: docId(a),
    published: a.published,
    title: a.title,
    outlet: a.outlet,
    events: store.eventsOfArticle(a.id).map(goldEvent),
  }));
  return {
    about: 'Readings corrected by analysts on the rasd desk: every article with a correction, its events as corrected (rejected ones left out). Format of shared/gold (GUIDE.md).',
    documents,
  };
}

/** articles.jsonl lines for the same documents: what eval re-reads. */
export function goldArticles(store: Store): string[] {
  return reviewed(store).map((a) =>
    JSON.stringify({ doc_id: docId(a), outlet: a.outlet, published: a.published, title: a.title, url: a.url, text: a.body }),
  );
}
