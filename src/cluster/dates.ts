/**
 * When an event may have happened, as a window of days: a day-precise date is one day, a month date
 * any day of that month, an undated recalled event the days before its article (UNDATED_RECALL_DAYS).
 * Year-only dates are too vague to tie two reports together and get no window.
 */
import type { EventRecord } from '../types.js';
import { UNDATED_RECALL_DAYS } from './constants.js';

export type WindowPrecision = 'day' | 'month' | 'recalled';

export interface DateWindow {
  /** Days since 1970-01-01 (UTC), inclusive. */
  first: number;
  last: number;
  precision: WindowPrecision;
}

const DAY_MS = 86_400_000;
const PARTIAL_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : null;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function monthOf(day: number): string {
  return isoDay(day).slice(0, 7);
}

export function dateWindow(e: Pick<EventRecord, 'event_date' | 'background' | 'published'>): DateWindow | null {
  if (e.event_date) {
    const m = PARTIAL_RE.exec(e.event_date);
    if (!m) return null;
    const y = Number(m[1]);
    if (m[3]) {
      const d = Date.UTC(y, Number(m[2]) - 1, Number(m[3])) / DAY_MS;
      return { first: d, last: d, precision: 'day' };
    }
    if (m[2]) {
      const mo = Number(m[2]) - 1;
      return { first: Date.UTC(y, mo, 1) / DAY_MS, last: Date.UTC(y, mo + 1, 0) / DAY_MS, precision: 'month' };
    }
    return null;
  }
  // Only a recalled event has a usable horizon: the article's own news without a date is unplaceable.
  const published = e.background && e.published ? dayNumber(e.published) : null;
  return published === null ? null : { first: published - UNDATED_RECALL_DAYS, last: published, precision: 'recalled' };
}

/** Days between two windows (0 when they overlap). */
export function windowGap(a: DateWindow, b: DateWindow): number {
  if (a.last < b.first) return b.first - a.last;
  if (b.last < a.first) return a.first - b.last;
  return 0;
}

/** Months (YYYY-MM) a window touches. */
export function windowMonths(w: DateWindow): string[] {
  const out: string[] = [];
  let m = monthOf(w.first);
  const last = monthOf(w.last);
  for (;;) {
    out.push(m);
    if (m >= last) return out;
    const [y, mo] = m.split('-').map(Number) as [number, number];
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  }
}
