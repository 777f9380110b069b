/**
 * Dates as feeds and page metadata write them (RFC 822 in RSS, ISO 8601 in Atom, JSON Feed, sitemaps and
 * `article:published_time`) → ISO 8601. The writer's UTC offset is kept, never converted: the publication
 * day is the outlet's local day, and 01:00+03:00 must not become the day before.
 */

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const RFC822_RE =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z]{1,5}|[+-]\d{4}|[+-]\d{2}:\d{2})?$/i;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** RFC 822 zone names; military single letters are too often wrong in real feeds to trust, so they are left out. */
const ZONES: Readonly<Record<string, string>> = {
  ut: '+00:00', utc: '+00:00', gmt: '+00:00', z: '+00:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function zone(z: string | undefined): string | null {
  if (!z) return null;
  if (/^[+-]\d{4}$/.test(z)) return `${z.slice(0, 3)}:${z.slice(3)}`;
  if (/^[+-]\d{2}:\d{2}$/.test(z)) return z;
  return ZONES[z.toLowerCase()] ?? null;
}

/**
 * A feed or metadata date → `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS±HH:MM` (Z written +00:00), null if it
 * is not a date. A time without a zone keeps no offset: it is the outlet's local time.
 */
export function normalizeFeedDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  let m = ISO_RE.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[4] === undefined) return valid(y, mo, d, 0, 0, 0) ? `${m[1]}-${m[2]}-${m[3]}` : null;
    const [h, mi, sec] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
    if (!valid(y, mo, d, h, mi, sec)) return null;
    const z = m[7] ? zone(m[7]) : '';
    return `${m[1]}-${m[2]}-${m[3]}T${pad(h)}:${pad(mi)}:${pad(sec)}${z ?? ''}`;
  }
  m = RFC822_RE.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (!month) return null;
    let y = Number(m[3]);
    if (m[3]!.length === 2) y += y < 50 ? 2000 : 1900; // RFC 2822 §4.3
    const d = Number(m[1]);
    if (m[4] === undefined) return valid(y, month, d, 0, 0, 0) ? `${y}-${pad(month)}-${pad(d)}` : null;
    const [h, mi, sec] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
    if (!valid(y, month, d, h, mi, sec)) return null;
    return `${y}-${pad(month)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(sec)}${zone(m[7]) ?? ''}`;
  }
  return null;
}

/** Milliseconds since the epoch of a normalised date, for ordering; a date without offset is read as UTC. */
export function dateOrderKey(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(/T/.test(iso) && !/[+-]\d{2}:\d{2}$/.test(iso) ? `${iso}Z` : iso);
  return Number.isNaN(t) ? null : t;
}
