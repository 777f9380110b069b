/**
 * The watch: poll each source's feeds and sitemaps when due, queue the article URLs not seen before, fetch
 * the queued pages (newest first) and pass each one through the pipeline into the store. Every feed and
 * page stands alone: a failure is recorded with its reason, retried later with a growing backoff, and
 * never stops the others.
 */
import { contentHash, pageFromInput } from '../ingest/index.js';
import { extractPage } from '../pipeline.js';
import type { FeedState, WatchItem } from '../store/feeds.js';
import type { Store } from '../store/index.js';
import { readFetchedPage } from './article.js';
import { systemClock, type Clock } from './clock.js';
import {
  FAILURE_BACKOFF_BASE_MS,
  FETCH_CONCURRENCY,
  MAX_BACKOFF_MS,
  MAX_CHILD_SITEMAPS,
  MAX_PAGE_ATTEMPTS,
  MAX_PAGES_PER_CYCLE,
  MAX_SLEEP_MS,
} from './constants.js';
import { FeedError, parseFeed, type FeedItem } from './feeds.js';
import { HttpClient, type HttpOptions } from './http.js';
import type { Source } from './sources.js';

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/**
 * The loop never sleeps less than this between cycles, so that a clock skew or an item due "now" that
 * keeps failing cannot make it spin.
 */
const MIN_SLEEP_MS = 1_000;

/** A sentence read once before the first cycle, only to load the pipeline's data. */
const WARM_UP_TEXT = 'قتل مدني في قصف على بلدة سراقب.';

export interface WatchOptions extends Omit<HttpOptions, 'clock'> {
  clock?: Clock;
  /** Base of the backoff between cycles for a failing feed or page (doubles per failure). */
  failureBackoffMs?: number;
  maxPagesPerCycle?: number;
  maxPageAttempts?: number;
  /** Stop after this many cycles; the CLI's --once is 1. Unbounded when absent. */
  cycles?: number;
  /** Poll every feed in the first cycle, whatever its schedule (the CLI's --once). */
  forceFirst?: boolean;
  /** Called after each feed and page, and at the end of each cycle. */
  onProgress?: (progress: WatchProgress) => void;
}

export interface WatchError {
  source: string;
  what: 'feed' | 'page';
  url: string;
  reason: string;
  /** When it will be tried again (ISO), or null if given up. */
  retryAt: string | null;
}

export interface CycleReport {
  cycle: number;
  startedAt: string;
  finishedAt: string;
  feeds: { checked: number; changed: number; unchanged: number; failed: number };
  pages: {
    /** New article URLs found in the feeds this cycle. */
    discovered: number;
    fetched: number;
    stored: number;
    nearDuplicates: number;
    duplicates: number;
    held: number;
    notArticles: number;
    disallowed: number;
    /** Failed this cycle and queued again. */
    retrying: number;
    /** Failed for good this cycle. */
    failed: number;
    events: number;
  };
  /** Article URLs waiting in the queue after the cycle. */
  queued: number;
  errors: WatchError[];
  /** Things that worked but deserve a look: a broken feed read in part, a feed that moved. */
  notes: string[];
}

export interface WatchProgress {
  sources: number;
  cycle: number;
  /** This cycle so far. */
  current: CycleReport;
  /** All cycles so far, this one included. */
  totals: { stored: number; held: number; events: number; errors: number };
  done: boolean;
}

function emptyReport(cycle: number, now: number): CycleReport {
  return {
    cycle,
    startedAt: new Date(now).toISOString(),
    finishedAt: '',
    feeds: { checked: 0, changed: 0, unchanged: 0, failed: 0 },
    pages: { discovered: 0, fetched: 0, stored: 0, nearDuplicates: 0, duplicates: 0, held: 0, notArticles: 0, disallowed: 0, retrying: 0, failed: 0, events: 0 },
    queued: 0,
    errors: [],
    notes: [],
  };
}

/** Run `fn` over `items` with at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Milliseconds to wait after the n-th failure in a row (n ≥ 1). */
export function backoffMs(failures: number, base: number): number {
  return Math.min(MAX_BACKOFF_MS, base * 2 ** Math.max(0, failures - 1));
}

/** One watcher over a store and a list of sources; `cycle()` runs one pass, `run()` the polling loop. */
export class Watcher {
  private readonly clock: Clock;
  private readonly http: HttpClient;
  private readonly bySource = new Map<string, Source>();
  private readonly totals = { stored: 0, held: 0, events: 0, errors: 0 };
  private cycles = 0;

  constructor(
    private readonly store: Store,
    private readonly sources: readonly Source[],
    private readonly opts: WatchOptions = {},
  ) {
    this.clock = opts.clock ?? systemClock;
    this.http = new HttpClient({ ...opts, clock: this.clock });
    for (const s of sources) {
      this.bySource.set(s.name, s);
      store.putWatchSource({ name: s.name, language: s.language, stance: s.stance });
    }
  }

  /** The polling loop: cycles until `cycles` is reached or the signal aborts. Returns every cycle's report. */
  async run(): Promise<CycleReport[]> {
    const reports: CycleReport[] = [];
    const limit = this.opts.cycles ?? Infinity;
    // Load the lexicons and gazetteer before the first request: their loading blocks the event loop for
    // a moment, which would otherwise count against the time limits of the requests already in flight.
    extractPage(pageFromInput({ text: WARM_UP_TEXT }, 'warm-up'));
    while (reports.length < limit && !this.opts.signal?.aborted) {
      if (reports.length) await this.sleepUntilDue();
      if (this.opts.signal?.aborted) break;
      reports.push(await this.cycle(reports.length === 0 && this.opts.forceFirst === true));
    }
    return reports;
  }

  /** One pass: the feeds that are due (all of them with `force`), then the queued pages that are due. */
  async cycle(force = false): Promise<CycleReport> {
    const report = emptyReport(++this.cycles, this.clock.now());
    const progress = (done: boolean) =>
      this.opts.onProgress?.({ sources: this.sources.length, cycle: report.cycle, current: report, totals: { ...this.totals }, done });

    const now = this.clock.now();
    const due: Array<{ url: string; source: Source; sitemap: boolean }> = [];
    for (const source of this.sources) {
      for (const url of source.feeds) due.push({ url, source, sitemap: false });
      for (const url of source.sitemaps) due.push({ url, source, sitemap: true });
    }
    const dueNow = due.filter((f) => force || (this.store.feedState(f.url)?.nextDue ?? 0) <= now);

    // Pages are fetched while feeds are still being polled, so that one hanging feed host does not hold
    // back the articles the other feeds have already listed.
    let feedsDone = false;
    let wake: () => void = () => {};
    let woken = new Promise<void>((r) => (wake = r));
    const notify = () => {
      wake();
      woken = new Promise<void>((r) => (wake = r));
    };
    const limit = this.opts.maxPagesPerCycle ?? MAX_PAGES_PER_CYCLE;
    const taken = new Set<string>();
    const nextPage = (): WatchItem | null => {
      // in flight at most FETCH_CONCURRENCY items are still `queued`; asking for twice that finds a free one
      for (const item of this.store.dueItems(this.clock.now(), 2 * FETCH_CONCURRENCY)) if (!taken.has(item.url)) return item;
      return null;
    };
    const pageWorker = async () => {
      while (!this.opts.signal?.aborted && taken.size < limit) {
        const item = nextPage();
        if (item) {
          taken.add(item.url);
          await this.fetchItem(item, report);
          progress(false);
        } else if (feedsDone) return;
        else await woken;
      }
    };
    const feeds = eachLimited(dueNow, FETCH_CONCURRENCY, async (f) => {
      if (this.opts.signal?.aborted) return;
      await this.pollFeed(f.url, f.source, report, true);
      progress(false);
      notify();
    }).finally(() => {
      feedsDone = true;
      notify();
    });
    await Promise.all([feeds, ...Array.from({ length: FETCH_CONCURRENCY }, pageWorker)]);

    report.queued = this.store.watchCounts().queued ?? 0;
    report.finishedAt = new Date(this.clock.now()).toISOString();
    this.totals.errors += report.errors.length;
    progress(true);
    return report;
  }

  /** When the next feed or queued page is due (epoch ms), or null if nothing will ever be. */
  nextDue(): number | null {
    let next: number | null = this.store.nextItemDue();
    for (const s of this.sources) {
      for (const url of [...s.feeds, ...s.sitemaps]) {
        const at = this.store.feedState(url)?.nextDue ?? 0;
        if (next === null || at < next) next = at;
      }
    }
    return next;
  }

  private async sleepUntilDue(): Promise<void> {
    const wake = Math.max(this.nextDue() ?? this.clock.now() + MAX_SLEEP_MS, this.clock.now() + MIN_SLEEP_MS);
    while (!this.opts.signal?.aborted) {
      const left = wake - this.clock.now();
      if (left <= 0) return;
      await this.clock.sleep(Math.min(left, MAX_SLEEP_MS), this.opts.signal);
    }
  }

  private async pollFeed(url: string, source: Source, report: CycleReport, topLevel: boolean): Promise<void> {
    const now = this.clock.now();
    const prior = this.store.feedState(url);
    const state: FeedState = prior ?? {
      url, source: source.name, kind: null, etag: null, lastModified: null, checkedAt: null, changedAt: null,
      nextDue: 0, failures: 0, lastStatus: null, lastError: null, movedTo: null,
    };
    state.source = source.name;
    state.checkedAt = now;
    report.feeds.checked++;
    // a sitemap index is always read whole (it is small): its children carry their own validators
    const conditional = state.kind !== 'sitemapindex';
    const res = await this.http.get(url, {
      accept: FEED_ACCEPT,
      etag: conditional ? state.etag : null,
      lastModified: conditional ? state.lastModified : null,
    });
    const fail = (reason: string, status: number | null) => {
      if (this.opts.signal?.aborted) return; // stopped by the user: not the feed's failure
      state.failures++;
      state.lastError = reason;
      state.lastStatus = status;
      state.nextDue = this.clock.now() + backoffMs(state.failures, this.opts.failureBackoffMs ?? FAILURE_BACKOFF_BASE_MS);
      this.store.saveFeedState(state);
      report.feeds.failed++;
      report.errors.push({ source: source.name, what: 'feed', url, reason, retryAt: new Date(state.nextDue).toISOString() });
    };
    const succeed = () => {
      state.failures = 0;
      state.lastError = null;
      state.nextDue = this.clock.now() + source.intervalSeconds * 1000;
    };

    if (res.kind === 'disallowed') return fail('robots.txt disallows this URL', null);
    if (res.kind === 'failed') return fail(res.reason, res.status);
    if (res.kind === 'not_modified') {
      succeed();
      state.lastStatus = 304;
      this.store.saveFeedState(state);
      report.feeds.unchanged++;
      return;
    }
    let feed;
    try {
      feed = parseFeed(res.text, res.url);
    } catch (err) {
      if (!(err instanceof FeedError)) throw err;
      return fail(err.message, res.status);
    }
    succeed();
    Object.assign(state, { kind: feed.kind, etag: res.etag, lastModified: res.lastModified, lastStatus: res.status, changedAt: now, movedTo: res.movedTo });
    this.store.saveFeedState(state);
    report.feeds.changed++;
    if (feed.problem) report.notes.push(`${url}: ${feed.problem}`);
    if (res.movedTo) report.notes.push(`${url}: moved permanently to ${res.movedTo}; update the sources file`);

    const items = feed.items.filter((i) => isWanted(i, source));
    report.pages.discovered += this.store.queueItems(
      items.map((i) => ({ url: i.url, source: source.name, feedUrl: url, title: i.title, published: i.published })),
      now,
    );
    if (topLevel && feed.kind === 'sitemapindex') {
      for (const child of feed.sitemaps.slice(0, MAX_CHILD_SITEMAPS)) await this.pollFeed(child.url, source, report, false);
    }
  }

  private async fetchItem(item: WatchItem, report: CycleReport): Promise<void> {
    const source = this.bySource.get(item.source) ?? orphanSource(item.source);
    const res = await this.http.get(item.url, { accept: PAGE_ACCEPT });
    const now = this.clock.now();
    if (res.kind === 'disallowed') {
      this.store.updateItem(item.url, { status: 'disallowed', doneAt: now, note: `robots.txt disallows ${res.url}` });
      report.pages.disallowed++;
      return;
    }
    if (res.kind !== 'ok' && this.opts.signal?.aborted) return; // stopped by the user: try again next time
    if (res.kind !== 'ok') {
      const reason = res.kind === 'failed' ? res.reason : 'answered 304 to an unconditional request';
      return this.pageFailed(item, reason, res.kind === 'failed' ? res.retryable : true, report);
    }
    report.pages.fetched++;
    let outcome;
    try {
      outcome = readFetchedPage(res.text, res.contentType, res.url, source, item);
    } catch (err) {
      return this.pageFailed(item, `cannot read the page: ${err instanceof Error ? err.message : String(err)}`, false, report);
    }
    const base = { doneAt: now, finalUrl: res.url, attempts: item.attempts + 1 };
    if (outcome.kind === 'not_article') {
      this.store.updateItem(item.url, { ...base, status: 'not_article', note: outcome.reason });
      report.pages.notArticles++;
      return;
    }
    if (outcome.kind === 'held') {
      const text = outcome.input.text ?? '';
      const id = contentHash(text);
      this.store.holdPage({
        id, url: res.url, source: source.name, language: outcome.language.language, published: outcome.input.published ?? null,
        title: outcome.input.title ?? null, text, fetchedAt: new Date(now).toISOString(),
      });
      this.store.updateItem(item.url, { ...base, status: 'held', articleId: id, language: outcome.language.language, note: `language ${outcome.language.language}, kept for later` });
      report.pages.held++;
      this.totals.held++;
      return;
    }
    const page = pageFromInput(outcome.input, res.url, 'html');
    if (this.store.hasArticle(page.id)) {
      this.store.updateItem(item.url, { ...base, status: 'duplicate', articleId: page.id, language: 'ar', note: 'same text as a stored article' });
      report.pages.duplicates++;
      return;
    }
    let stored;
    try {
      stored = this.store.putReport(extractPage(page));
    } catch (err) {
      // a pipeline bug on one page must not stop the watch; the page is tried again after a fix
      return this.pageFailed(item, `pipeline error: ${err instanceof Error ? err.message : String(err)}`, true, report);
    }
    if (stored.status === 'exists') {
      this.store.updateItem(item.url, { ...base, status: 'duplicate', articleId: page.id, language: 'ar', note: 'same text as a stored article' });
      report.pages.duplicates++;
      return;
    }
    const note = stored.nearDuplicateOf ? `near-duplicate of ${stored.nearDuplicateOf.originalId}` : null;
    this.store.updateItem(item.url, { ...base, status: 'stored', articleId: page.id, language: 'ar', note });
    report.pages.stored++;
    report.pages.events += stored.events;
    if (stored.nearDuplicateOf) report.pages.nearDuplicates++;
    this.totals.stored++;
    this.totals.events += stored.events;
  }

  private pageFailed(item: WatchItem, reason: string, retryable: boolean, report: CycleReport): void {
    const attempts = item.attempts + 1;
    const maxAttempts = this.opts.maxPageAttempts ?? MAX_PAGE_ATTEMPTS;
    const now = this.clock.now();
    if (retryable && attempts < maxAttempts) {
      const nextDue = now + backoffMs(attempts, this.opts.failureBackoffMs ?? FAILURE_BACKOFF_BASE_MS);
      this.store.updateItem(item.url, { status: 'queued', attempts, nextDue, note: reason });
      report.pages.retrying++;
      report.errors.push({ source: item.source, what: 'page', url: item.url, reason, retryAt: new Date(nextDue).toISOString() });
    } else {
      this.store.updateItem(item.url, { status: 'failed', attempts, doneAt: now, note: reason });
      report.pages.failed++;
      report.errors.push({ source: item.source, what: 'page', url: item.url, reason: retryable ? `${reason} (gave up after ${attempts} attempts)` : reason, retryAt: null });
    }
  }
}

/** Items before the source's `since` day are not fetched; undated items are. */
function isWanted(item: FeedItem, source: Source): boolean {
  return !source.since || !item.published || item.published.slice(0, 10) >= source.since;
}

/** A queued page whose source was removed from the sources file: still fetched, under its old outlet name. */
function orphanSource(name: string): Source {
  return { name, language: 'ar', stance: null, feeds: [], sitemaps: [], intervalSeconds: 0, since: null, clean: { dropSelectors: [], dropPhrases: [] } };
}

/** Run the watch over a store: `cycles` passes (unbounded by default), returning each pass's report. */
export function watch(store: Store, sources: readonly Source[], opts: WatchOptions = {}): Promise<CycleReport[]> {
  return new Watcher(store, sources, opts).run();
}
