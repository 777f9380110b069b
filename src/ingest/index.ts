export { expandPaths, isIngestible, walkPaths } from './paths.js';
export { readFile } from './read.js';
export type { IngestItem } from './read.js';
export { pageFromInput, contentHash } from './page.js';
export { htmlToText, jsonLdNodes, type JsonLdSource } from './html.js';
export type { HtmlExtract } from './html.js';
