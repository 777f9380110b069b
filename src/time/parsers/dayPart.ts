/** `فجر`, `مساء`, `صباح يوم`, `منتصف ليل`, `يومي` before a day word: part of the date's text only. */
import { DAY_PARTS, MIDDLE_WORD, NIGHT_WORDS } from '../constants.js';
import type { Token } from '../../types.js';
import { joined, type ParsingContext } from '../context.js';

const ARTICLE = 'ال';

/** A day-part word as a construct noun (`فجر اليوم`), never with the article: `اليوم`, `الليلة` are day words themselves. */
function isPartWord(t: Token | undefined, set: ReadonlySet<string>): boolean {
  if (!t || t.kind !== 'word') return false;
  for (const b of t.bases) if (set.has(b) && !t.norm.endsWith(ARTICLE + b)) return true;
  return false;
}

/** At most `منتصف` + `ليل` + `يوم`. */
const MAX_DAY_PART_WORDS = 3;

export interface DayPart {
  /** Token of the day word after the part (i itself when there is no part). */
  next: number;
  night: boolean;
}

export function skipDayPart(ctx: ParsingContext, i: number): DayPart {
  let k = i;
  let night = false;
  for (let n = 0; n < MAX_DAY_PART_WORDS; n++) {
    const t = ctx.tokens[k];
    const isMiddle = n === 0 && t?.kind === 'word' && t.bases.includes(MIDDLE_WORD) && isPartWord(ctx.tokens[k + 1], NIGHT_WORDS);
    if (!isMiddle && !isPartWord(t, DAY_PARTS)) break;
    if (!joined(ctx, k)) break;
    if (isPartWord(t, NIGHT_WORDS)) night = true;
    k++;
  }
  return { next: k, night };
}
