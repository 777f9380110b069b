/**
 * The watcher's memory (src/watch): per feed its HTTP validators and schedule, per article URL whether it
 * was fetched and what came of it (a queue with retries), the sources' labels, and pages in other
 * languages held for later. Kept in the store so that a restarted `rasd watch` neither refetches nor
 * forgets what failed.
 */
import type Database from 'better-sqlite3';

export type WatchItemStatus = 'queued' | 'stored' | 'duplicate' | 'held' | 'not_article' | 'disallowed' | 'failed';

export interface FeedState {
  url: string;
  source: string;
  /** rss | rdf | atom | json | sitemap | sitemapindex, once read. */
  kind: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Epoch ms of the last attempt, of the last time the feed changed, of the next poll. */
  checkedAt: number | null;
  changedAt: number | null;
  nextDue: number;
  /** Failures in a row; 0 after a success. */
  failures: number;
  lastStatus: number | null;
  lastError: string | null;
  /** The feed answered 301/308 to this address. */
  movedTo: string | null;
}

export interface WatchItem {
  url: string;
  source: string;
  feedUrl: string;
  title: string | null;
  published: string | null;
  status: WatchItemStatus;
  attempts: number;
  nextDue: number;
  firstSeen: number;
  doneAt: number | null;
  /** Where the page was read from after redirects. */
  finalUrl: string | null;
  articleId: string | null;
  language: string | null;
  /** Why it failed, was refused or is not an article. */
  note: string | null;
}

export type NewWatchItem = Pick<WatchItem, 'url' | 'source' | 'feedUrl' | 'title' | 'published'>;

export interface HeldPage {
  /** Content hash of the text, as an article id would be. */
  id: string;
  url: string;
  source: string;
  language: string;
  published: string | null;
  title: string | null;
  text: string;
  fetchedAt: string;
}

export interface FeedMethods {
  /** Record an outlet's name, language and stance label (upsert). */
  putWatchSource(s: { name: string; language: string; stance: string | null }): void;
  watchSourceStance(name: string): string | null;
  feedState(url: string): FeedState | null;
  saveFeedState(state: FeedState): void;
  /** Queue the URLs not seen before (by any feed); returns how many were new. */
  queueItems(items: NewWatchItem[], now: number): number;
  /** Queued items due by `now`, newest first (by date, else by when first seen). */
  dueItems(now: number, limit: number): WatchItem[];
  /** The earliest next_due among queued items, or null if none is queued. */
  nextItemDue(): number | null;
  watchItem(url: string): WatchItem | null;
  /** Change an item's status and details. */
  updateItem(url: string, patch: Partial<Omit<WatchItem, 'url' | 'source' | 'feedUrl' | 'firstSeen'>>): void;
  /** Items per status. */
  watchCounts(): Partial<Record<WatchItemStatus, number>>;
  holdPage(page: HeldPage): 'added' | 'exists';
  heldPages(language?: string): HeldPage[];
}

interface FeedRow {
  url: string; source: string; kind: string | null; etag: string | null; last_modified: string | null;
  checked_at: number | null; changed_at: number | null; next_due: number; failures: number;
  last_status: number | null; last_error: string | null; moved_to: string | null;
}
interface ItemRow {
  url: string; source: string; feed_url: string; title: string | null; published: string | null; status: WatchItemStatus;
  attempts: number; next_due: number; first_seen: number; done_at: number | null; final_url: string | null;
  article_id: string | null; language: string | null; note: string | null;
}
interface HeldRow {
  id: string; url: string; source: string; language: string; published: string | null; title: string | null; text: string; fetched_at: string;
}

const ITEM_COLUMNS: Readonly<Record<string, keyof ItemRow>> = {
  title: 'title', published: 'published', status: 'status', attempts: 'attempts', nextDue: 'next_due', doneAt: 'done_at',
  finalUrl: 'final_url', articleId: 'article_id', language: 'language', note: 'note',
};

const toFeed = (r: FeedRow): FeedState => ({
  url: r.url, source: r.source, kind: r.kind, etag: r.etag, lastModified: r.last_modified, checkedAt: r.checked_at,
  changedAt: r.changed_at, nextDue: r.next_due, failures: r.failures, lastStatus: r.last_status, lastError: r.last_error, movedTo: r.moved_to,
});
const toItem = (r: ItemRow): WatchItem => ({
  url: r.url, source: r.source, feedUrl: r.feed_url, title: r.title, published: r.published, status: r.status, attempts: r.attempts,
  nextDue: r.next_due, firstSeen: r.first_seen, doneAt: r.done_at, finalUrl: r.final_url, articleId: r.article_id, language: r.language, note: r.note,
});
const toHeld = (r: HeldRow): HeldPage => ({
  id: r.id, url: r.url, source: r.source, language: r.language, published: r.published, title: r.title, text: r.text, fetchedAt: r.fetched_at,
});

export function feedMethods(db: Database.Database): FeedMethods {
  const upsertSource = db.prepare(
    `INSERT INTO watch_sources (name, language, stance, updated_at) VALUES (@name, @language, @stance, @updated_at)
     ON CONFLICT(name) DO UPDATE SET language = excluded.language, stance = excluded.stance, updated_at = excluded.updated_at`,
  );
  const sourceStance = db.prepare<[string], string | null>('SELECT stance FROM watch_sources WHERE name = ?').pluck();
  const getFeed = db.prepare<[string], FeedRow>('SELECT * FROM watch_feeds WHERE url = ?');
  const putFeed = db.prepare(
    `INSERT OR REPLACE INTO watch_feeds (url, source, kind, etag, last_modified, checked_at, changed_at, next_due, failures, last_status, last_error, moved_to)
     VALUES (@url, @source, @kind, @etag, @last_modified, @checked_at, @changed_at, @next_due, @failures, @last_status, @last_error, @moved_to)`,
  );
  const insertItem = db.prepare(
    `INSERT OR IGNORE INTO watch_items (url, source, feed_url, title, published, status, attempts, next_due, first_seen)
     VALUES (@url, @source, @feedUrl, @title, @published, 'queued', 0, 0, @now)`,
  );
  const due = db.prepare<[number, number], ItemRow>(
    `SELECT * FROM watch_items WHERE status = 'queued' AND next_due <= ?
     ORDER BY coalesce(published, strftime('%Y-%m-%dT%H:%M:%S', first_seen / 1000, 'unixepoch')) DESC, rowid LIMIT ?`,
  );
  const nextDue = db.prepare<[], number | null>(`SELECT min(next_due) FROM watch_items WHERE status = 'queued'`).pluck();
  const getItem = db.prepare<[string], ItemRow>('SELECT * FROM watch_items WHERE url = ?');
  const counts = db.prepare<[], { status: WatchItemStatus; n: number }>('SELECT status, count(*) AS n FROM watch_items GROUP BY status');
  const insertHeld = db.prepare(
    `INSERT OR IGNORE INTO held_pages (id, url, source, language, published, title, text, fetched_at)
     VALUES (@id, @url, @source, @language, @published, @title, @text, @fetchedAt)`,
  );
  const allHeld = db.prepare<[], HeldRow>('SELECT * FROM held_pages ORDER BY rowid');
  const heldByLanguage = db.prepare<[string], HeldRow>('SELECT * FROM held_pages WHERE language = ? ORDER BY rowid');
  const updates = new Map<string, Database.Statement>();

  const queue = db.transaction((items: NewWatchItem[], now: number) => {
    let added = 0;
    for (const i of items) added += insertItem.run({ ...i, now }).changes;
    return added;
  });

  return {
    putWatchSource: (s) => void upsertSource.run({ ...s, updated_at: new Date().toISOString() }),
    watchSourceStance: (name) => sourceStance.get(name) ?? null,
    feedState: (url) => {
      const r = getFeed.get(url);
      return r ? toFeed(r) : null;
    },
    saveFeedState: (s) =>
      void putFeed.run({
        url: s.url, source: s.source, kind: s.kind, etag: s.etag, last_modified: s.lastModified, checked_at: s.checkedAt,
        changed_at: s.changedAt, next_due: s.nextDue, failures: s.failures, last_status: s.lastStatus, last_error: s.lastError, moved_to: s.movedTo,
      }),
    queueItems: (items, now) => queue(items, now),
    dueItems: (now, limit) => due.all(now, limit).map(toItem),
    nextItemDue: () => nextDue.get() ?? null,
    watchItem: (url) => {
      const r = getItem.get(url);
      return r ? toItem(r) : null;
    },
    updateItem(url, patch) {
      const keys = Object.keys(patch).filter((k) => k in ITEM_COLUMNS).sort();
      if (!keys.length) return;
      const sig = keys.join(',');
      let stmt = updates.get(sig);
      if (!stmt) {
        stmt = db.prepare(`UPDATE watch_items SET ${keys.map((k) => `${ITEM_COLUMNS[k]} = @${k}`).join(', ')} WHERE url = @url`);
        updates.set(sig, stmt);
      }
      const params: Record<string, unknown> = { url };
      for (const k of keys) params[k] = (patch as Record<string, unknown>)[k] ?? null;
      stmt.run(params);
    },
    watchCounts() {
      const out: Partial<Record<WatchItemStatus, number>> = {};
      for (const r of counts.all()) out[r.status] = r.n;
      return out;
    },
    holdPage: (p) => (insertHeld.run(p).changes ? 'added' : 'exists'),
    heldPages: (language) => (language ? heldByLanguage.all(language) : allHeld.all()).map(toHeld),
  };
}
