/**
 * A weekday without a date: `الخميس`, `فجر الخميس`, `يوم الخميس الماضي`, `الأحد المقبل`,
 * `يوم الأحد (الماضي)`, the night pairs `ليل السبت-الأحد` / `ليل السبت الأحد` / `ليلة السبت على الأحد`
 * (dated on the first night), and `يومي الاثنين والثلاثاء الماضيين` (one reading with both days as its
 * range, the direction after the second said of both).
 */
import { DASHES, RANGE_JOINERS, WEEKDAYS } from '../constants.js';
import { isExactWord, isPunct, joined, lookup, type ParsingContext } from '../context.js';
import { readDirection } from '../month.js';
import type { ParsedDate } from '../reading.js';
import { skipDayPart } from './dayPart.js';

const DAYS_PER_WEEK = 7;
const CONJUNCTION = 'و';

export function parseWeekday(ctx: ParsingContext, i: number): ParsedDate | null {
  const { tokens } = ctx;
  const { next: k, night } = skipDayPart(ctx, i);
  const weekday = lookup(tokens[k], WEEKDAYS);
  if (weekday === null) return null;
  let last = k;

  // The second weekday of a pair, if any: `-الأحد`, `/الأحد`, `على الأحد`, `والأحد`, or (after ليل) ` الأحد`.
  let second = -1;
  let joinedByAnd = false;
  if (joined(ctx, k)) {
    const t = tokens[k + 1];
    if ((isPunct(t, DASHES) || isExactWord(t, RANGE_JOINERS)) && joined(ctx, k + 1) && lookup(tokens[k + 2], WEEKDAYS) !== null) {
      second = k + 2;
      joinedByAnd = t!.norm === CONJUNCTION;
    } else if (lookup(t, WEEKDAYS) !== null) {
      second = k + 1;
      joinedByAnd = t!.norm.startsWith(CONJUNCTION);
    }
  }
  const secondWeekday = second >= 0 ? lookup(tokens[second], WEEKDAYS) : null;
  const nightPair = secondWeekday !== null && !joinedByAnd && secondWeekday === (weekday + 1) % DAYS_PER_WEEK;
  if (nightPair || (night && secondWeekday !== null && !joinedByAnd)) last = second;
  // `يومي الاثنين والثلاثاء`: one reading covering both days.
  const pair = joinedByAnd && secondWeekday !== null && secondWeekday !== weekday;
  if (pair) last = second;

  const direction = readDirection(ctx, last);
  if (direction) last = direction.last;
  return {
    first: i,
    last,
    reading: { kind: 'weekday', weekday, direction: direction?.direction ?? null, untilWeekday: pair ? secondWeekday : null },
  };
}
