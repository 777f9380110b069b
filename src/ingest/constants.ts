/** Tunable limits and file-type tables for ingest. Data only; the readers are in read.ts and paths.ts. */

/**
 * A single page file (.txt/.html) larger than this is refused. The longest real news pages with inline
 * scripts and styles are a few MB; 20 MB leaves ample room while stopping an accidental dump or binary
 * from being read whole into memory.
 */
export const MAX_PAGE_FILE_BYTES = 20 * 1024 * 1024;

/**
 * One JSONL record larger than this is refused (the rest of the file goes on). Same reasoning as a page
 * file: a record is one page, and a runaway line must not be buffered without end.
 */
export const MAX_JSONL_LINE_BYTES = 20 * 1024 * 1024;

/**
 * How many leading bytes of a file are sniffed for NUL bytes. Text in any Unicode encoding we accept
 * (UTF-8) never holds NUL; binaries (images, archives, UTF-16) almost always do in their first KB.
 */
export const BINARY_SNIFF_BYTES = 8 * 1024;

/** Extensions picked up when walking a folder, by the format they are read as. */
export const EXTENSION_FORMATS: Readonly<Record<string, 'text' | 'html' | 'jsonl'>> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/**
 * Field names that datasets use for the PageInput fields (e.g. the gold set's `doc_id`,
 * `published_time`). Tried in order after the PageInput name itself; the first string wins.
 */
export const JSONL_FIELD_ALIASES = {
  id: ['doc_id', 'article_id', 'uid'],
  url: ['link', 'source_url'],
  outlet: ['source', 'site', 'site_name', 'publisher'],
  published: ['published_time', 'date', 'published_at', 'pub_date'],
  title: ['headline'],
  text: ['body', 'content', 'article'],
  html: ['raw_html', 'page_html'],
} as const satisfies Record<string, readonly string[]>;
