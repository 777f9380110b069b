import { createHash } from 'node:crypto';
import type { PageInput, RawPage } from '../types.js';
import { htmlToText } from './html.js';

/** Length of the hex prefix of the sha256 used as article id: 64 bits, collision-free at corpus scale. */
const ID_HEX_CHARS = 16;

/**
 * The article id: sha256 of the NFC, whitespace-normalised text, first 16 hex chars. Normalising first
 * makes ingest idempotent across CRLF/LF, trailing spaces and composed/decomposed harakat.
 */
export function contentHash(text: string): string {
  const canonical = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, ID_HEX_CHARS);
}

/** Line breaks of any platform → "\n", and a leading byte-order mark dropped. */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?|\u2028|\u2029/g, '\n');
}

function nonEmpty(value: string | undefined): string | null {
  const v = value?.trim();
  return v ? v : null;
}

/**
 * A page given by a caller. `text` wins over `html` when both are given (the caller already extracted
 * it); with only `html`, the page is extracted and its metadata fills what the caller left out.
 * `format` says where the input came from; by default it follows what was used (html or text).
 */
export function pageFromInput(input: PageInput, origin: string, format?: RawPage['format']): RawPage {
  let text = input.text !== undefined ? normalizeLineBreaks(input.text) : '';
  let title = nonEmpty(input.title);
  let published = nonEmpty(input.published);
  let outlet = nonEmpty(input.outlet);
  let usedHtml = false;
  if (!text.trim() && input.html !== undefined) {
    const extracted = htmlToText(input.html);
    text = extracted.text;
    title ??= extracted.title;
    published ??= extracted.published;
    outlet ??= extracted.outlet;
    usedHtml = true;
  }
  return {
    id: contentHash(text),
    sourceId: nonEmpty(input.id),
    origin,
    format: format ?? (usedHtml ? 'html' : 'text'),
    text,
    url: nonEmpty(input.url),
    outlet,
    published,
    title,
  };
}
