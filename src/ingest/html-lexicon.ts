/** Tag and metadata tables for HTML extraction. Data only; the walker is in html.ts. */

/** Elements whose text is never article text. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
  'HEAD', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'MATH',
]);

/** Elements that start and end a line of their own (one block per line in RawPage.text). */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);

/** Page furniture left out of the body-text fallback (when Readability finds no article). */
export const FALLBACK_SKIPPED_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);

/** <meta> elements carrying the publication date, most authoritative first. */
export const PUBLISHED_META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

/** <meta> elements naming the outlet. */
export const OUTLET_META_SELECTORS = ['meta[property="og:site_name"]', 'meta[name="application-name"]'];

/** <meta> elements carrying the headline, used when Readability gives none. */
export const TITLE_META_SELECTORS = ['meta[property="og:title"]', 'meta[name="twitter:title"]'];

/** JSON-LD nesting deeper than this is not followed (defends against pathological documents). */
export const MAX_JSONLD_DEPTH = 6;
