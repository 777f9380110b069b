/**
 * Page → article, in the spirit of Readability: one pass over the page's lines sorts each into
 * furniture (dropped), metadata (publication date, source credit, keywords), teaser blocks (other
 * articles glued under this one) or content; then the headline is taken out of the content, repeated
 * captions are dropped, and what is left is the body. The body is final text: evidence offsets point
 * into it, so no later stage may change it.
 */
import { foldPersianLetters } from '../arabic/index.js';
import { parsePublicationDate } from '../time/index.js';
import type { CleanArticle, RawPage, Teaser } from '../types.js';
import { KEYWORD_SEPARATORS } from './lexicon.js';
import {
  creditValue,
  isCategoryKey,
  isChromeKey,
  isFollowLine,
  isLatinChrome,
  isSymbolsOnly,
  keywordsValue,
  lineKey,
  publicationLabel,
  quotedName,
  shortLineKey,
  teaserMarker,
} from './matchers.js';
import { dropRepeatedLines } from './repeats.js';
import { findTitleLine, sameTitle } from './title.js';

/**
 * A credit value longer than this is a sentence that starts with `المصدر:` (a quote), not a credit.
 * Real credits are an outlet or two (`وزارة الدفاع الروسية + وكالات`, 30 characters).
 */
const MAX_CREDIT_CHARS = 80;

/** Metadata lines (publication date) are short; a long line starting `نشر في` is prose. */
const MAX_META_LINE_CHARS = 100;

/**
 * Sites print the headline again as the first body line(s) (seed 003 twice). Copies of the title are
 * removed only among this many leading lines, so that a later paragraph quoting it is untouched.
 */
const TITLE_REPEAT_WINDOW = 3;

interface TeaserBlock {
  inlineTitle: string;
  lines: string[];
}

/** NFC, Persian look-alikes folded, whitespace runs collapsed, lines trimmed, empty lines dropped. */
function tidyLines(text: string): string[] {
  return foldPersianLetters(text.normalize('NFC'))
    .split('\n')
    .map((l) => l.replace(/\s+/gu, ' ').trim())
    .filter((l) => l.length > 0);
}

function tidy(s: string | null): string | null {
  if (s === null) return null;
  const t = foldPersianLetters(s.normalize('NFC')).replace(/\s+/gu, ' ').trim();
  return t || null;
}

/** Furniture anywhere on the page; category labels only before the first content line. */
function isFurniture(line: string, inHead: boolean): boolean {
  const key = shortLineKey(line);
  return (
    isSymbolsOnly(line) ||
    isChromeKey(key) ||
    isLatinChrome(line) ||
    isFollowLine(line) ||
    (inHead && isCategoryKey(key))
  );
}

/** Of two credit lines, the more specific: `RT Arabic` over `RT`; otherwise the later one. */
function moreSpecificCredit(current: string | null, next: string): string {
  if (current === null) return next;
  return lineKey(current).includes(lineKey(next)) ? current : next;
}

function splitKeywords(value: string): string[] {
  return value
    .split(KEYWORD_SEPARATORS)
    .map((k) => k.trim())
    .filter(Boolean);
}

/** The page's metadata date if it parses, else the publication line's. */
function publicationDate(metadata: string | null, line: string | null): string | null {
  return (metadata ? parsePublicationDate(metadata) : null) ?? (line ? parsePublicationDate(line) : null);
}

/** Remove copies of the title among the first TITLE_REPEAT_WINDOW lines. */
function dropTitleRepeats(lines: string[], title: string, dropped: string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i < TITLE_REPEAT_WINDOW && sameTitle(line, title)) dropped.push(line);
    else out.push(line);
  });
  return out;
}

function buildTeaser(block: TeaserBlock, chrome: string[]): Teaser | null {
  const lines = [...block.lines];
  const title = block.inlineTitle || lines.shift() || '';
  if (!title) return null;
  const body = dropRepeatedLines(dropTitleRepeats(lines, title, chrome), chrome);
  return { title, body: body.join('\n') };
}

export function cleanPage(page: RawPage): CleanArticle {
  const chrome: string[] = [];
  const content: string[] = [];
  const blocks: TeaserBlock[] = [];
  let credit: string | null = null;
  let promotedOutlet: string | null = null;
  let publicationLine: string | null = null;
  const keywords: string[] = [];

  for (const line of tidyLines(page.text)) {
    const openBlock = blocks[blocks.length - 1];
    const marker = teaserMarker(line);
    if (openBlock) {
      // Inside the teaser zone everything belongs to the teasers, except furniture and new markers.
      if (marker) {
        chrome.push(line);
        blocks.push({ inlineTitle: marker.rest, lines: [] });
      } else if (isFurniture(line, false)) chrome.push(line);
      else openBlock.lines.push(line);
      continue;
    }

    const inHead = content.length === 0;
    if (isFurniture(line, inHead)) {
      chrome.push(line);
      if (isFollowLine(line)) promotedOutlet ??= quotedName(line);
      continue;
    }
    if (marker) {
      chrome.push(line);
      // A "read also" above the article's first line heads a navigation list, not the tail of the page.
      if (!inHead) blocks.push({ inlineTitle: marker.rest, lines: [] });
      continue;
    }
    const pub = line.length <= MAX_META_LINE_CHARS ? publicationLabel(line) : null;
    if (pub && (pub.separated || parsePublicationDate(pub.rest))) {
      publicationLine ??= pub.rest;
      continue;
    }
    const creditText = creditValue(line);
    if (creditText !== null && creditText.length <= MAX_CREDIT_CHARS) {
      if (creditText) credit = moreSpecificCredit(credit, creditText);
      continue;
    }
    const keywordText = keywordsValue(line);
    if (keywordText !== null) {
      keywords.push(...splitKeywords(keywordText));
      continue;
    }
    content.push(line);
  }

  let title = tidy(page.title);
  let main = content;
  if (title === null) {
    const at = findTitleLine(main);
    if (at >= 0) {
      title = main[at]!;
      main = [...main.slice(0, at), ...main.slice(at + 1)];
    }
  }
  if (title !== null) main = dropTitleRepeats(main, title, chrome);
  main = dropRepeatedLines(main, chrome);

  const teasers: Teaser[] = [];
  for (const block of blocks) {
    const teaser = buildTeaser(block, chrome);
    if (teaser) teasers.push(teaser);
  }

  return {
    id: page.id,
    sourceId: page.sourceId,
    origin: page.origin,
    url: page.url,
    title,
    published: publicationDate(page.published, publicationLine),
    outlet: tidy(page.outlet) ?? credit ?? promotedOutlet,
    keywords,
    body: main.join('\n'),
    teasers,
    chrome,
  };
}
