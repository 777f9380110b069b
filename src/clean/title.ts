/**
 * Finding the headline in a page's leading lines when no metadata gives it. A headline is short and
 * does not end a sentence; news sites sometimes print the lead paragraph(s) above it (seed 004), so
 * the first few content lines are searched, not only the first.
 */
import { lineKey } from './matchers.js';

/** How many leading content lines may hold the headline. Beyond this a short line is a sub-heading. */
export const MAX_TITLE_LINE_INDEX = 4;

/** Fewer words than this is a label or a name, not a headline. */
const MIN_TITLE_WORDS = 3;

/** Headlines run to about two printed lines; longer lines are lead paragraphs. */
const MAX_TITLE_CHARS = 140;
const MAX_TITLE_WORDS = 25;

/**
 * Ends a sentence: a single full stop (not the `..` of a headline that trails off), or a colon or
 * comma that leads into more text. `؟`/`!` are allowed: headlines ask (`فما الهدف؟`).
 */
const SENTENCE_END_RE = /(?:[^.]\.|[:：،,؛;])["'»”)\s]*$/u;

/** `عين اليوم – جدة`, `دمشق - سانا`: an outlet/place dateline, one or two words each side of a dash. */
const DATELINE_RE = /^\S+(?:\s\S+)?\s[-–—]\s\S+(?:\s\S+)?$/u;

export function looksLikeTitle(line: string): boolean {
  if (line.length > MAX_TITLE_CHARS || DATELINE_RE.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS) return false;
  return !SENTENCE_END_RE.test(line);
}

/**
 * Index (into `lines`) of the headline: the first title-like line among the first MAX_TITLE_LINE_INDEX
 * lines, provided body text follows it (a page's last line is never its headline). -1 if none.
 */
export function findTitleLine(lines: readonly string[]): number {
  const limit = Math.min(MAX_TITLE_LINE_INDEX, lines.length - 1);
  for (let i = 0; i < limit; i++) if (looksLikeTitle(lines[i]!)) return i;
  return -1;
}

/** Same headline, ignoring spelling variants and trailing `..`/`:`. */
export function sameTitle(a: string, b: string): boolean {
  return lineKey(a) === lineKey(b);
}
