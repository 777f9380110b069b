import { createReadStream } from 'node:fs';
import { readFile as readWholeFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { IngestError, PageInput, RawPage } from '../types.js';
import {
  BINARY_SNIFF_BYTES,
  EXTENSION_FORMATS,
  JSONL_FIELD_ALIASES,
  MAX_JSONL_LINE_BYTES,
  MAX_PAGE_FILE_BYTES,
} from './constants.js';
import { htmlToText } from './html.js';
import { normalizeLineBreaks, pageFromInput } from './page.js';

export type IngestItem = { kind: 'page'; page: RawPage } | { kind: 'error'; error: IngestError };

const NEWLINE = 0x0a;
const NUL = 0x00;
const utf8 = new TextDecoder('utf-8', { fatal: true });

const fail = (origin: string, reason: string): IngestItem => ({ kind: 'error', error: { origin, reason } });

function ioReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'unreadable: no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable: permission denied';
  if (code === 'EISDIR') return 'unreadable: is a folder';
  return `unreadable: ${code ?? (err instanceof Error ? err.message : String(err))}`;
}

/** Strict UTF-8 decoding; null when the bytes are not UTF-8 (latin-1, cp1256, UTF-16 …). */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Read one file. A .txt/.html file (or any other explicitly named file, read as text) is one page; a
 * .jsonl/.ndjson file is one page per line, streamed. Bad input yields errors naming the file (and line);
 * this never throws.
 */
export async function* readFile(path: string): AsyncGenerator<IngestItem> {
  const format = EXTENSION_FORMATS[extname(path).toLowerCase()] ?? 'text';
  if (format === 'jsonl') yield* readJsonl(path);
  else yield await readPageFile(path, format);
}

async function readPageFile(path: string, format: 'text' | 'html'): Promise<IngestItem> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail(path, info.isDirectory() ? 'unreadable: is a folder' : 'not a regular file');
    if (info.size > MAX_PAGE_FILE_BYTES) {
      return fail(path, `too large: ${info.size} bytes (limit ${MAX_PAGE_FILE_BYTES})`);
    }
    bytes = await readWholeFile(path);
  } catch (err) {
    return fail(path, ioReason(err));
  }
  if (bytes.length === 0) return fail(path, 'empty file');
  if (bytes.indexOf(NUL) !== -1) return fail(path, 'binary file (NUL bytes)');
  const decoded = decodeUtf8(bytes);
  if (decoded === null) return fail(path, 'not UTF-8 text');
  const raw = normalizeLineBreaks(decoded);
  if (!raw.trim()) return fail(path, 'empty file (whitespace only)');
  if (format === 'html') {
    const extracted = htmlToText(raw);
    if (!extracted.text.trim()) return fail(path, 'no text in HTML');
    const page = pageFromInput(
      { text: extracted.text, title: extracted.title ?? undefined, published: extracted.published ?? undefined, outlet: extracted.outlet ?? undefined },
      path,
      'html',
    );
    return { kind: 'page', page };
  }
  return { kind: 'page', page: pageFromInput({ text: raw }, path, 'text') };
}

interface RawLine {
  number: number;
  /** The line's bytes without "\n", or null when it ran past MAX_JSONL_LINE_BYTES. */
  bytes: Buffer | null;
}

/** Lines of a file as bytes, split on "\n" without ever holding more than one line (capped) in memory. */
async function* splitLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let oversize = false;
  let number = 0;
  const take = (): RawLine => {
    number++;
    const line: RawLine = { number, bytes: oversize ? null : Buffer.concat(parts, size) };
    parts = [];
    size = 0;
    oversize = false;
    return line;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE, from); nl !== -1; nl = chunk.indexOf(NEWLINE, from)) {
      if (!oversize) parts.push(chunk.subarray(from, nl));
      size += nl - from;
      if (size > MAX_JSONL_LINE_BYTES) oversize = true;
      yield take();
      from = nl + 1;
    }
    if (from < chunk.length) {
      size += chunk.length - from;
      if (size > MAX_JSONL_LINE_BYTES) {
        oversize = true;
        parts = [];
      } else if (!oversize) parts.push(chunk.subarray(from));
    }
  }
  if (size > 0 || oversize) yield take();
}

async function* readJsonl(path: string): AsyncGenerator<IngestItem> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield fail(path, ioReason(err));
    return;
  }
  if (info.isDirectory()) {
    yield fail(path, 'unreadable: is a folder');
    return;
  }
  if (info.size === 0) {
    yield fail(path, 'empty file');
    return;
  }
  let records = 0;
  try {
    const stream = createReadStream(path);
    for await (const line of splitLines(sniffBinary(stream))) {
      const origin = `${path}:${line.number}`;
      if (line.bytes === null) {
        yield fail(origin, `line too large (limit ${MAX_JSONL_LINE_BYTES} bytes)`);
        records++;
        continue;
      }
      const item = jsonlRecord(line.bytes, origin);
      if (item) {
        records++;
        yield item;
      }
    }
  } catch (err) {
    if (err instanceof BinaryFileError) {
      yield fail(path, 'binary file (NUL bytes)');
      return;
    }
    yield fail(path, ioReason(err));
    return;
  }
  if (records === 0) yield fail(path, 'empty file (no records)');
}

class BinaryFileError extends Error {}

/** Passes chunks through, throwing BinaryFileError if the first bytes of the file hold a NUL. */
async function* sniffBinary(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let seen = 0;
  for await (const chunk of chunks) {
    if (seen < BINARY_SNIFF_BYTES) {
      const head = chunk.subarray(0, BINARY_SNIFF_BYTES - seen);
      if (head.indexOf(NUL) !== -1) throw new BinaryFileError();
      seen += head.length;
    }
    yield chunk;
  }
}

/** One JSONL line → a page, an error, or null for a blank line. */
function jsonlRecord(bytes: Buffer, origin: string): IngestItem | null {
  if (bytes.indexOf(NUL) !== -1) return fail(origin, 'binary data (NUL bytes)');
  const decoded = decodeUtf8(bytes);
  if (decoded === null) return fail(origin, 'not UTF-8 text');
  const line = decoded.replace(/^\uFEFF/, '').replace(/\r$/, '');
  const trimmed = line.trim();
  if (!trimmed) return null;
  if (trimmed.startsWith('[')) {
    // A JSON array is a mistake in a JSONL feed; `[فيديو] …` is a plain-text headline.
    try {
      JSON.parse(trimmed);
      return fail(origin, 'not a JSON object');
    } catch {
      // not JSON: falls through to a plain-text page
    }
  }
  if (!trimmed.startsWith('{')) {
    // A plain-text line is one page of its own.
    return { kind: 'page', page: pageFromInput({ text: trimmed }, origin, 'jsonl') };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (err) {
    return fail(origin, `broken JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return fail(origin, 'not a JSON object');
  const input = pageInputFromRecord(parsed as Record<string, unknown>);
  if (typeof input === 'string') return fail(origin, input);
  if (!input.text?.trim() && !input.html?.trim()) return fail(origin, 'no "text" or "html" field');
  const page = pageFromInput(input, origin, 'jsonl');
  if (!page.text.trim()) return fail(origin, 'no text in HTML');
  return { kind: 'page', page };
}

/** PageInput fields from a JSON object, under their own names or a known alias; a message if mistyped. */
function pageInputFromRecord(record: Record<string, unknown>): PageInput | string {
  const input: PageInput = {};
  for (const field of Object.keys(JSONL_FIELD_ALIASES) as (keyof typeof JSONL_FIELD_ALIASES)[]) {
    for (const name of [field, ...JSONL_FIELD_ALIASES[field]]) {
      const value = record[name];
      if (value === undefined || value === null) continue;
      if (typeof value === 'number' && field === 'id') input.id = String(value);
      else if (typeof value === 'string') input[field] = value;
      else return `field "${name}" is not a string`;
      break;
    }
  }
  return input;
}
