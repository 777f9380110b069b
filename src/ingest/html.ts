import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import {
  BLOCK_TAGS,
  FALLBACK_SKIPPED_TAGS,
  MAX_JSONLD_DEPTH,
  OUTLET_META_SELECTORS,
  PUBLISHED_META_SELECTORS,
  SKIPPED_TAGS,
  TITLE_META_SELECTORS,
} from './html-lexicon.js';

/**
 * Readability's extract is trusted only if it holds at least this many characters; below it, Readability
 * has usually latched onto a caption or teaser box and the whole body text is the safer reading. Short
 * wire items are ~300 characters, so the bar sits under that.
 */
const MIN_ARTICLE_CHARS = 200;

/** The few DOM members used here (linkedom ships no DOM typings under our `lib`). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export interface HtmlExtract {
  text: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
}

/**
 * HTML → plain text, one block per line: Readability's main content, else the body text without page
 * furniture, else the tag-stripped source (broken HTML still gives text). Metadata is read before
 * Readability runs, because Readability rewrites the document.
 */
export function htmlToText(html: string): HtmlExtract {
  const document = parseDocument(html);
  if (!document) return { text: stripTags(html), title: null, published: null, outlet: null };

  const published = readPublished(document);
  const outlet = firstMetaContent(document, OUTLET_META_SELECTORS) ?? jsonLdPublisherName(document);
  const metaTitle = firstMetaContent(document, TITLE_META_SELECTORS) ?? tidy(document.title || '');

  let text = '';
  let title: string | null = null;
  try {
    const article = new Readability(document as never, { serializer: (node: unknown) => node }).parse();
    if (article) {
      title = tidy(article.title ?? '') || null;
      const content = article.content as DomNode | null | undefined;
      if (content) text = blockText(content, SKIPPED_TAGS);
    }
  } catch {
    // Readability throws on some malformed trees; the fallbacks below still read them.
  }
  if (text.length < MIN_ARTICLE_CHARS) {
    const fresh = parseDocument(html);
    const body = fresh?.body ?? fresh?.documentElement ?? null;
    const withoutFurniture = body ? blockText(body, new Set([...SKIPPED_TAGS, ...FALLBACK_SKIPPED_TAGS])) : '';
    text = withoutFurniture || text || (body ? blockText(body, SKIPPED_TAGS) : '') || stripTags(html);
  }
  return { text, title: title ?? (metaTitle || null), published, outlet };
}

function parseDocument(html: string): DomDocument | null {
  // linkedom builds no <html>/<body> for a fragment, and then body is null; give it a full page.
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  try {
    const document = parseHTML(source).document as DomDocument;
    return document.documentElement ? document : null;
  } catch {
    return null;
  }
}

/** Text of a subtree with one line per block element; whitespace runs collapsed, empty lines dropped. */
function blockText(root: DomNode, skipped: ReadonlySet<string>): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/gu, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toUpperCase();
    if (skipped.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) visit(children[i]!);
    if (block) flush();
  };
  visit(root);
  flush();
  return lines.join('\n');
}

/** Last resort for input no parser accepts: drop tags, scripts and styles, keep the text. */
function stripTags(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(?:br|\/p|\/div|\/h[1-6]|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .split('\n')
    .map((l) => l.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function tidy(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

function firstMetaContent(document: DomDocument, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value = tidy(document.querySelector(selector)?.getAttribute('content') ?? '');
    if (value) return value;
  }
  return null;
}

function readPublished(document: DomDocument): string | null {
  const fromMeta = firstMetaContent(document, PUBLISHED_META_SELECTORS);
  if (fromMeta) return fromMeta;
  const fromJsonLd = findInJsonLd(document, (o) => (typeof o.datePublished === 'string' ? o.datePublished : null));
  if (fromJsonLd) return tidy(fromJsonLd);
  const time = document.querySelector('time[pubdate][datetime]') ?? document.querySelector('time[datetime]');
  return tidy(time?.getAttribute('datetime') ?? '') || null;
}

function jsonLdPublisherName(document: DomDocument): string | null {
  const name = findInJsonLd(document, (o) => {
    const publisher = o.publisher;
    if (publisher && typeof publisher === 'object' && !Array.isArray(publisher)) {
      const n = (publisher as Record<string, unknown>).name;
      return typeof n === 'string' ? n : null;
    }
    return null;
  });
  return name ? tidy(name) || null : null;
}

/** What JSON-LD reading needs of a parsed page (a linkedom document satisfies it). */
export interface JsonLdSource {
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

/**
 * Every object of every JSON-LD block of a page, breadth-first through arrays, `@graph` and
 * `mainEntity`. Broken blocks are skipped: sites ship broken JSON-LD often, the other sources still count.
 */
export function* jsonLdNodes(document: JsonLdSource): Generator<Record<string, unknown>> {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue;
    }
    let level: unknown[] = [data];
    for (let depth = 0; depth < MAX_JSONLD_DEPTH && level.length; depth++) {
      const next: unknown[] = [];
      for (const item of level) {
        if (Array.isArray(item)) next.push(...item);
        else if (item && typeof item === 'object') {
          const o = item as Record<string, unknown>;
          yield o;
          if (o['@graph']) next.push(o['@graph']);
          if (o.mainEntity) next.push(o.mainEntity);
        }
      }
      level = next;
    }
  }
}

/** The first value `pick` finds in the page's JSON-LD. */
function findInJsonLd(document: DomDocument, pick: (o: Record<string, unknown>) => string | null): string | null {
  for (const o of jsonLdNodes(document)) {
    const found = pick(o);
    if (found) return found;
  }
  return null;
}
