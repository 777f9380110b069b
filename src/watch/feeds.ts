/**
 * Feeds and sitemaps → the article URLs they list. One reader per format (RSS 2.0, RSS 1.0/RDF, Atom,
 * JSON Feed, sitemap, sitemap index), chosen by the document's root, not by the Content-Type, which
 * news sites get wrong as often as right.
 */
import { normalizeFeedDate } from './dates.js';
import { canonicalUrl } from './urls.js';
import {
  childElements,
  childText,
  childrenNamed,
  findXmlProblem,
  localName,
  parseXml,
  prefixOf,
  type XmlElement,
} from './xml.js';

export type FeedKind = 'rss' | 'rdf' | 'atom' | 'json' | 'sitemap' | 'sitemapindex';

/** One article a feed points at. */
export interface FeedItem {
  /** Canonical absolute URL (see urls.ts). */
  url: string;
  title: string | null;
  /** Normalised publication date (dates.ts), or null. */
  published: string | null;
}

export interface ParsedFeed {
  kind: FeedKind;
  title: string | null;
  items: FeedItem[];
  /** For a sitemap index: the child sitemaps, newest first when they are dated. */
  sitemaps: Array<{ url: string; modified: string | null }>;
  /** The file was broken; items are those complete before the break. */
  problem: string | null;
}

/** A document that is not a feed, or a feed with nothing usable. */
export class FeedError extends Error {
  override name = 'FeedError';
}

/** Closing tags of the entries of each format: a broken file is read up to the last of these. */
const ENTRY_CLOSERS = /<\/(?:[\w.-]+:)?(?:item|entry|url|sitemap)\s*>/gi;

const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\//;

/**
 * Read a fetched feed. `url` is where it was fetched from (after redirects): relative links resolve
 * against it.
 */
export function parseFeed(body: string, url: string): ParsedFeed {
  const text = body.replace(/^\uFEFF/, '');
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') return parseJsonFeed(text, url);

  const root = parseXml(text);
  const rootName = root ? localName(root) : '';
  if (!root || !['rss', 'rdf', 'feed', 'urlset', 'sitemapindex'].includes(rootName)) {
    const what = rootName === 'html' ? 'an HTML page' : rootName ? `<${root!.tagName}>` : 'no XML';
    throw new FeedError(`not a feed or sitemap: ${what}`);
  }
  const problem = findXmlProblem(text);
  let doc = root;
  if (problem) {
    let cut = -1;
    for (const m of text.matchAll(ENTRY_CLOSERS)) {
      if (m.index >= problem.offset) break;
      cut = m.index + m[0].length;
    }
    if (cut === -1) throw new FeedError(`broken XML, no complete item: ${problem.reason}`);
    doc = parseXml(text.slice(0, cut))!;
  }
  const feed = readXmlFeed(doc, rootName, url);
  feed.problem = problem ? `broken XML, read up to the last complete item: ${problem.reason}` : null;
  return feed;
}

function readXmlFeed(root: XmlElement, rootName: string, url: string): ParsedFeed {
  switch (rootName) {
    case 'rss': {
      const channel = childrenNamed(root, 'channel')[0] ?? root;
      return feed('rss', childText(channel, 'title'), childrenNamed(channel, 'item').map((i) => rssItem(i, url)));
    }
    case 'rdf': {
      // RSS 1.0: items are siblings of the channel, not its children
      const channel = childrenNamed(root, 'channel')[0];
      return feed('rdf', channel ? childText(channel, 'title') : null, childrenNamed(root, 'item').map((i) => rssItem(i, url)));
    }
    case 'feed':
      return feed('atom', childText(root, 'title'), childrenNamed(root, 'entry').map((e) => atomEntry(e, url)));
    case 'urlset':
      return feed('sitemap', null, childrenNamed(root, 'url').map((u) => sitemapUrl(u, url)));
    default: {
      const sitemaps = childrenNamed(root, 'sitemap')
        .map((s) => ({ url: canonicalUrl(childText(s, 'loc') ?? '', url), modified: normalizeFeedDate(childText(s, 'lastmod')) }))
        .filter((s): s is { url: string; modified: string | null } => s.url !== null)
        .sort((a, b) => (b.modified ?? '').localeCompare(a.modified ?? ''));
      return { kind: 'sitemapindex', title: null, items: [], sitemaps, problem: null };
    }
  }
}

function feed(kind: FeedKind, title: string | null, items: Array<FeedItem | null>): ParsedFeed {
  const seen = new Set<string>();
  const kept: FeedItem[] = [];
  for (const item of items) {
    if (!item || seen.has(item.url)) continue;
    seen.add(item.url);
    kept.push(item);
  }
  return { kind, title: title ? collapse(title) : null, items: kept, sitemaps: [], problem: null };
}

function collapse(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

function item(rawUrl: string | null, base: string, title: string | null, date: string | null): FeedItem | null {
  const url = rawUrl ? canonicalUrl(rawUrl, base) : null;
  if (!url) return null;
  return { url, title: title ? collapse(stripMarkup(title)) || null : null, published: normalizeFeedDate(date) };
}

/** Titles sometimes carry escaped markup (`&lt;b&gt;`); the text is what counts. */
function stripMarkup(s: string): string {
  return s.includes('<') ? s.replace(/<[^>]*>/g, ' ') : s;
}

function rssItem(el: XmlElement, base: string): FeedItem | null {
  // <link> is the article; a <guid> is one only when it is a permalink (the default) and looks like a URL
  let link = childrenNamed(el, 'link').find((l) => prefixOf(l) === '' || prefixOf(l) === 'rss')?.textContent?.trim() || null;
  if (!link) {
    const guid = childrenNamed(el, 'guid')[0];
    const text = guid?.textContent?.trim() ?? '';
    if (guid && guid.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//i.test(text)) link = text;
  }
  if (!link) link = el.getAttribute('rdf:about');
  return item(link, base, childText(el, 'title'), childText(el, 'pubdate', 'date', 'published', 'updated'));
}

function atomEntry(el: XmlElement, base: string): FeedItem | null {
  const links = childrenNamed(el, 'link');
  const alternate =
    links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate' && /html/i.test(l.getAttribute('type') ?? 'text/html')) ??
    links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
  let href = alternate?.getAttribute('href') ?? null;
  if (!href) {
    const id = childText(el, 'id');
    if (id && /^https?:\/\//i.test(id)) href = id;
  }
  return item(href, base, childText(el, 'title'), childText(el, 'published', 'issued', 'updated', 'modified'));
}

function sitemapUrl(el: XmlElement, base: string): FeedItem | null {
  // Google News sitemaps carry the headline and publication date in <news:news>
  const news = childElements(el).find((c) => localName(c) === 'news');
  const title = news ? childText(news, 'title') : null;
  const date = (news ? childText(news, 'publication_date') : null) ?? childText(el, 'lastmod');
  return item(childText(el, 'loc'), base, title, date);
}

interface JsonFeedItem {
  url?: unknown;
  external_url?: unknown;
  id?: unknown;
  title?: unknown;
  date_published?: unknown;
  date_modified?: unknown;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function parseJsonFeed(text: string, url: string): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new FeedError(`broken JSON feed: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new FeedError('not a JSON Feed: not an object');
  const doc = data as { version?: unknown; title?: unknown; items?: unknown };
  if (typeof doc.version !== 'string' || !JSON_FEED_VERSION.test(doc.version) || !Array.isArray(doc.items)) {
    throw new FeedError('not a JSON Feed: no jsonfeed.org version or no items');
  }
  const items = (doc.items as unknown[]).map((raw) => {
    if (!raw || typeof raw !== 'object') return null;
    const i = raw as JsonFeedItem;
    const id = str(i.id);
    const link = str(i.url) ?? str(i.external_url) ?? (id && /^https?:\/\//i.test(id) ? id : null);
    return item(link, url, str(i.title), str(i.date_published) ?? str(i.date_modified));
  });
  return feed('json', str(doc.title), items);
}
