/**
 * A fetched page → the page input the pipeline takes, or the reason it is not one: not a web page, not
 * an article (a section front, a video, a list of links), or an article in another language, kept for
 * later. Dates from the page's own metadata beat the feed's; the outlet is the source entry's name.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalizeArabic } from '../arabic/index.js';
import { htmlToText, jsonLdNodes } from '../ingest/index.js';
import { parsePublicationDate } from '../time/index.js';
import type { PageInput } from '../types.js';
import { normalizeFeedDate } from './dates.js';
import type { FeedItem } from './feeds.js';
import { detectLanguage, type LanguageVerdict } from './language.js';
import { ARABIC_SCRIPT_LETTER, ARTICLE_TYPES, LATIN_LETTER, NON_ARTICLE_TYPES } from './lexicon.js';
import type { Source } from './sources.js';

/**
 * Fewer letters than this in the extracted text is no article: an empty shell, a video with a caption,
 * a paywall stub. The shortest wire items (two sentences) have about 150 letters.
 */
const MIN_ARTICLE_LETTERS = 150;

/**
 * When more than this share of the extracted letters sit in lines that are link texts, the page is a
 * list of headlines (a section front, a tag page), not an article. Articles link a few words at most.
 */
const MAX_LINKED_SHARE = 0.5;

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i;

export type PageOutcome =
  | { kind: 'article'; input: PageInput; language: LanguageVerdict; dateFrom: 'page' | 'feed' | null }
  | { kind: 'held'; input: PageInput; language: LanguageVerdict; dateFrom: 'page' | 'feed' | null }
  | { kind: 'not_article'; reason: string };

interface DomElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  remove(): void;
}
interface DomDocument {
  documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  toString(): string;
}

function letters(s: string): number {
  let n = 0;
  ARABIC_SCRIPT_LETTER.lastIndex = 0;
  while (ARABIC_SCRIPT_LETTER.exec(s)) n++;
  LATIN_LETTER.lastIndex = 0;
  while (LATIN_LETTER.exec(s)) n++;
  return n;
}

const tidy = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Page types declared in Open Graph and JSON-LD, lower-cased. */
function declaredTypes(document: DomDocument): string[] {
  const types: string[] = [];
  const og = document.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (og) types.push(og.trim().toLowerCase());
  for (const node of jsonLdNodes(document)) {
    const t = node['@type'];
    for (const one of Array.isArray(t) ? t : [t]) if (typeof one === 'string') types.push(one.toLowerCase());
  }
  return types;
}

/** Read a fetched page for the source that listed it. `contentType` is the response's. */
export function readFetchedPage(
  body: string,
  contentType: string | null,
  url: string,
  source: Source,
  item: Pick<FeedItem, 'title' | 'published'>,
): PageOutcome {
  if (contentType && !HTML_TYPES.test(contentType)) {
    return { kind: 'not_article', reason: `not a web page (${contentType.split(';')[0]!.trim()})` };
  }
  const isPlain = /^text\/plain/i.test(contentType ?? '');
  let html = body;
  let htmlLang: string | null = null;
  let types: string[] = [];
  let readerable = true;
  const anchorTexts = new Set<string>();
  if (!isPlain) {
    const document = parseHTML(body).document as unknown as DomDocument;
    htmlLang = document.documentElement?.getAttribute('lang') ?? null;
    types = declaredTypes(document);
    let removed = 0;
    for (const selector of source.clean.dropSelectors) {
      let found: ArrayLike<DomElement>;
      try {
        found = document.querySelectorAll(selector);
      } catch {
        continue; // a selector the DOM does not understand drops nothing
      }
      for (let i = 0; i < found.length; i++, removed++) found[i]!.remove();
    }
    if (removed) html = document.toString();
    readerable = isProbablyReaderable(document as never);
    const anchors = document.querySelectorAll('a');
    for (let i = 0; i < anchors.length; i++) {
      const t = tidy(anchors[i]!.textContent ?? '');
      if (t) anchorTexts.add(t);
    }
  }
  let extracted = isPlain ? { text: body, title: null, published: null, outlet: null } : htmlToText(html);
  if (html !== body) {
    // a dropped selector may have held the metadata (`<time>` in a date line): read that from the page as served
    const served = htmlToText(body);
    extracted = { ...extracted, published: served.published, title: extracted.title ?? served.title };
  }

  const phrases = source.clean.dropPhrases.map((p) => normalizeArabic(p));
  const lines = extracted.text.split('\n').filter((line) => {
    if (!phrases.length) return true;
    const key = normalizeArabic(line);
    return !phrases.some((p) => key.includes(p));
  });
  const text = lines.join('\n');

  const total = letters(text);
  if (total < MIN_ARTICLE_LETTERS) return { kind: 'not_article', reason: `too little text (${total} letters)` };
  let linked = 0;
  for (const line of lines) if (anchorTexts.has(tidy(line))) linked += letters(line);
  if (linked / total > MAX_LINKED_SHARE) {
    return { kind: 'not_article', reason: `a list of links (${Math.round((100 * linked) / total)}% of the text is link text)` };
  }
  const typedArticle = types.some((t) => ARTICLE_TYPES.has(t));
  const typedOther = types.find((t) => NON_ARTICLE_TYPES.has(t));
  if (!typedArticle && typedOther && !readerable) return { kind: 'not_article', reason: `declared as ${typedOther}, no article text` };

  const title = extracted.title ?? item.title;
  const language = detectLanguage(title ? `${title}\n${text}` : text, [htmlLang, source.language]);
  const { published, dateFrom } = publicationDate(extracted.published, item.published);
  const input: PageInput = { url, outlet: source.name, text };
  if (title) input.title = title;
  if (published) input.published = published;
  return { kind: language.language === 'ar' ? 'article' : 'held', input, language, dateFrom };
}

/**
 * The page's own metadata date, when it reads as a date (ISO, RFC 822, or an Arabic date the cleaner
 * understands), else the feed's date for the item.
 */
function publicationDate(fromPage: string | null, fromFeed: string | null): { published: string | null; dateFrom: 'page' | 'feed' | null } {
  if (fromPage) {
    const iso = normalizeFeedDate(fromPage);
    if (iso) return { published: iso, dateFrom: 'page' };
    if (parsePublicationDate(fromPage)) return { published: fromPage, dateFrom: 'page' };
  }
  return fromFeed ? { published: fromFeed, dateFrom: 'feed' } : { published: null, dateFrom: null };
}
