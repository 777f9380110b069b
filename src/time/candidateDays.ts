/**
 * The days a page may have been published on, as a bitmap over a fixed span of calendar days.
 * Inferring a date is intersecting what each anchor of the text allows; a bitmap makes every
 * intersection one linear pass and lets weekday and month rules be plain tests.
 */
import { dayNumber, fromDayNumber } from './calendar.js';

/**
 * The earliest publication year considered. Arabic conflict news pages this tool reads are from
 * the Iraq and Syria wars onward; a wider span only adds candidate years to every weekday rule.
 */
export const FIRST_YEAR = 2000;
const MS_PER_DAY = 86_400_000;

export interface Universe {
  /** Day number (days since 1970-01-01) of bit 0. */
  first: number;
  size: number;
  year: Uint16Array;
  /** 1-12 */
  month: Uint8Array;
  /** 0 = Sunday */
  weekday: Uint8Array;
}

/** 1 = the page may be from that day. Index i is the day `universe().first + i`. */
export type DayMask = Uint8Array;

let cached: Universe | null = null;

/** From 1 January FIRST_YEAR up to today: a page cannot be dated after the day it is read. */
export function universe(): Universe {
  if (cached) return cached;
  const first = dayNumber(FIRST_YEAR, 1, 1);
  const size = Math.floor(Date.now() / MS_PER_DAY) - first + 1;
  const year = new Uint16Array(size);
  const month = new Uint8Array(size);
  const weekday = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const d = fromDayNumber(first + i);
    year[i] = d.year;
    month[i] = d.month;
    weekday[i] = (first + i + 4) % 7; // 1970-01-01 was a Thursday
  }
  cached = { first, size, year, month, weekday };
  return cached;
}

export function lastYear(): number {
  const u = universe();
  return u.year[u.size - 1]!;
}

export function fullMask(): DayMask {
  return new Uint8Array(universe().size).fill(1);
}

/** Days in any of the inclusive [from, to] day-number intervals. */
export function maskOfIntervals(intervals: Iterable<readonly [number, number]>): DayMask {
  const u = universe();
  const m = new Uint8Array(u.size);
  for (const [from, to] of intervals) {
    const a = Math.max(0, from - u.first);
    const b = Math.min(u.size - 1, to - u.first);
    if (a <= b) m.fill(1, a, b + 1);
  }
  return m;
}

/** Days passing a test on the universe index. */
export function maskWhere(test: (i: number, u: Universe) => boolean): DayMask {
  const u = universe();
  const m = new Uint8Array(u.size);
  for (let i = 0; i < u.size; i++) if (test(i, u)) m[i] = 1;
  return m;
}

export function intersect(a: DayMask, b: DayMask): DayMask {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! & b[i]!;
  return out;
}

export function union(a: DayMask, b: DayMask): DayMask {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! | b[i]!;
  return out;
}

export function count(m: DayMask): number {
  let n = 0;
  for (let i = 0; i < m.length; i++) n += m[i]!;
  return n;
}

/** First and last day numbers in the mask, or null when it is empty. */
export function bounds(m: DayMask): { first: number; last: number } | null {
  const u = universe();
  const a = m.indexOf(1);
  if (a < 0) return null;
  return { first: u.first + a, last: u.first + m.lastIndexOf(1) };
}
