/**
 * Days named from publication: `اليوم`, `اليوم الجمعة`, `فجر اليوم`, `أمس`, `مساء أمس`, `أمس الأربعاء`,
 * `أول أمس`/`أول من أمس`/`الأول من أمس`/`أمس الأول`, `غداً`, `الليلة الماضية`, `الليلة قبل الماضية`.
 * A weekday right after the day word is part of it (`اليوم الجمعة`); see resolve.ts for when it
 * disagrees with the publication date.
 */
import {
  BEFORE_WORD,
  DIRECTION_WORDS,
  FIRST_WORDS,
  NOT_TODAY_AFTER,
  OF_WORD,
  RELATIVE_DAY_WORDS,
  TODAY_OFFSET,
  TOMORROW,
  TONIGHT,
  WEEKDAYS,
  YESTERDAY,
} from '../constants.js';
import { isWord, joined, lookup, type ParsingContext } from '../context.js';
import type { ParsedDate } from '../reading.js';
import type { Token } from '../../types.js';
import { skipDayPart } from './dayPart.js';

const TANWEEN_FATH = '\u064B';

function days(ctx: ParsingContext, i: number, core: number, n: number): ParsedDate {
  const last = withWeekday(ctx, core);
  const weekday = last > core ? lookup(ctx.tokens[last], WEEKDAYS) : null;
  return { first: i, last, reading: { kind: 'dayOffset', days: n, weekday } };
}

const CONJUNCTION = 'و';

/**
 * `أول`/`الأول`, alone or after `و`. Not after ب/ل/ك: `باول أمس` is "Powell yesterday", not ب + أول.
 */
function isFirstWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return FIRST_WORDS.has(t.norm) || (t.norm.startsWith(CONJUNCTION) && FIRST_WORDS.has(t.norm.slice(CONJUNCTION.length)));
}

/** `أول أمس` / `أول من أمس` starting at k: the index of `أمس`, or -1. */
function dayBeforeYesterdayAt(ctx: ParsingContext, k: number): number {
  if (!isFirstWord(ctx.tokens[k]) || !joined(ctx, k)) return -1;
  let j = k + 1;
  if (ctx.tokens[j]?.norm === OF_WORD && joined(ctx, j)) j++;
  return ctx.tokens[j]?.bases.includes(YESTERDAY) ? j : -1;
}

export function parseRelativeDay(ctx: ParsingContext, i: number): ParsedDate | null {
  const { tokens } = ctx;
  const { next: k } = skipDayPart(ctx, i);
  const core = tokens[k];
  if (!core || core.kind !== 'word') return null;

  const beforeYesterday = dayBeforeYesterdayAt(ctx, k);
  if (beforeYesterday >= 0) return days(ctx, i, beforeYesterday, -2);

  if (core.bases.includes(TONIGHT) && joined(ctx, k)) {
    if (DIRECTION_WORDS.get(tokens[k + 1]?.norm ?? '') === 'past') return days(ctx, i, k + 1, -1);
    if (tokens[k + 1]?.norm === BEFORE_WORD && joined(ctx, k + 1) && DIRECTION_WORDS.get(tokens[k + 2]?.norm ?? '') === 'past') {
      return days(ctx, i, k + 2, -2);
    }
    return null;
  }

  const offset = lookup(core, RELATIVE_DAY_WORDS);
  if (offset === null) return null;
  if (offset === TODAY_OFFSET && joined(ctx, k) && isWord(tokens[k + 1], NOT_TODAY_AFTER)) return null;
  if (core.bases.includes(YESTERDAY) && joined(ctx, k) && isFirstWord(tokens[k + 1])) {
    return days(ctx, i, k + 1, -2);
  }
  // `غدا` is also the verb "became" (`غدا الوضع`): only the adverb, written `غداً`, or with a weekday.
  if (core.bases.includes(TOMORROW) && !core.text.includes(TANWEEN_FATH) && withWeekday(ctx, k) === k && k === i) return null;
  return days(ctx, i, k, offset);
}

/** Extend over a weekday right after token k (`اليوم الجمعة`, `أمس السبت`). */
function withWeekday(ctx: ParsingContext, k: number): number {
  return joined(ctx, k) && lookup(ctx.tokens[k + 1], WEEKDAYS) !== null ? k + 1 : k;
}
