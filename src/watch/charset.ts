/**
 * Bytes → text in the page's own encoding. Arabic sites still serve windows-1256 and ISO-8859-6; read as
 * UTF-8 they become replacement characters. The Content-Type charset wins, then the document's own
 * declaration (`<meta charset>`, `<?xml encoding?>`) in its first bytes, then a UTF-8 byte-order mark;
 * UTF-8 otherwise.
 */

/** How far into a document its charset declaration is looked for (the HTML standard prescans 1024 bytes). */
const DECLARATION_SNIFF_BYTES = 1024;

const HEADER_CHARSET_RE = /charset\s*=\s*["']?([\w.:-]+)/i;
const DECLARATION_RE = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;

function decoderFor(label: string | undefined | null): InstanceType<typeof TextDecoder> | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null; // unknown label: fall through to the next clue
  }
}

export function decodeBody(bytes: Uint8Array, contentType: string | null): { text: string; charset: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8' };
  }
  const fromHeader = decoderFor(HEADER_CHARSET_RE.exec(contentType ?? '')?.[1]);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, DECLARATION_SNIFF_BYTES));
  const m = DECLARATION_RE.exec(head);
  const decoder = fromHeader ?? decoderFor(m?.[1] ?? m?.[2]) ?? new TextDecoder('utf-8');
  return { text: decoder.decode(bytes), charset: decoder.encoding };
}
