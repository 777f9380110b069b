/**
 * Lines a page prints twice in a row. A photo caption appears as the image's alt text and again as its
 * figcaption (seed 002): both copies are furniture. A repeated paragraph is a scraping artefact: the
 * first copy is kept.
 */
import { lineKey } from './matchers.js';

/** Captions are a phrase or one short sentence; longer repeated lines are paragraphs. */
const MAX_CAPTION_CHARS = 160;

/** A caption names who/what is pictured and carries no final full stop. */
const FINAL_STOP_RE = /[^.]\.["'»”)\s]*$/u;

/** `lines` without repeats; dropped lines are appended to `dropped`. */
export function dropRepeatedLines(lines: readonly string[], dropped: string[]): string[] {
  const kept: string[] = [];
  // Two copies of one line are equal as written or, for caption-length lines, as matching keys
  // (a copy may differ in harakat); long paragraphs are not normalised, they repeat verbatim or not at all.
  const same = (a: string, b: string) =>
    a === b || (a.length <= MAX_CAPTION_CHARS && b.length <= MAX_CAPTION_CHARS && lineKey(a) === lineKey(b));
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    let j = i + 1;
    while (j < lines.length && same(line, lines[j]!)) j++;
    const copies = j - i;
    if (copies === 1) kept.push(line);
    else if (line.length <= MAX_CAPTION_CHARS && !FINAL_STOP_RE.test(line)) {
      for (let k = i; k < j; k++) dropped.push(lines[k]!);
    } else {
      kept.push(line);
      for (let k = i + 1; k < j; k++) dropped.push(lines[k]!);
    }
    i = j;
  }
  return kept;
}
