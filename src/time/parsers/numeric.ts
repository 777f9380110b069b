/** Dates in digits: `13/12/2024`, `2024-12-13`, `13.12.2024`. Day first, as Arabic outlets write it. */
import { MAX_YEAR, MIN_YEAR } from '../constants.js';
import { touching, type ParsingContext } from '../context.js';
import type { ParsedDate } from '../reading.js';

const SEPARATORS = new Set(['/', '-', '.']);
/** The tokenizer keeps `13.12.2024` as one number token (dots read as decimal separators). */
const DOTTED_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function calendar(day: number, month: number, year: number, first: number, last: number): ParsedDate | null {
  // 12/13/2024 can only be month-first.
  if (month > 12 && day <= 12) [day, month] = [month, day];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { first, last, reading: { kind: 'calendar', calendar: 'gregorian', day, month, year, direction: null, weekday: null } };
}

export function parseNumericDate(ctx: ParsingContext, i: number): ParsedDate | null {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t || t.kind !== 'number') return null;
  const dotted = DOTTED_RE.exec(t.norm);
  if (dotted) return calendar(Number(dotted[1]), Number(dotted[2]), Number(dotted[3]), i, i);

  const parts: string[] = [t.norm];
  let sep: string | null = null;
  for (let k = i; parts.length < 3; k += 2) {
    const s = tokens[k + 1];
    const n = tokens[k + 2];
    if (!s || !n || s.kind !== 'punct' || n.kind !== 'number' || !touching(ctx, k) || !touching(ctx, k + 1)) return null;
    if (!SEPARATORS.has(s.text) || (sep !== null && s.text !== sep)) return null;
    sep = s.text;
    parts.push(n.norm);
  }
  const [a, b, c] = parts as [string, string, string];
  if (!/^\d+$/.test(a) || !/^\d+$/.test(b) || !/^\d+$/.test(c)) return null;
  if (a.length === 4 && b.length <= 2 && c.length <= 2) return calendar(Number(c), Number(b), Number(a), i, i + 4);
  if (c.length === 4 && a.length <= 2 && b.length <= 2) return calendar(Number(a), Number(b), Number(c), i, i + 4);
  return null;
}
