/**
 * The date a page's own text pins when the page has none. Each anchor (anchors.ts) allows a set of
 * days; the page date is what they all allow, said only as precisely as that set permits: one day,
 * one month, one year, or nothing. Never a guess: with no anchor, or anchors that leave more than
 * a year open, the answer is null.
 *
 * Order of reasoning:
 * 1. the body's anchors, most trusted kind first; one that contradicts those already taken is
 *    dropped (a misread, or a date that is not about the page);
 * 2. weekday+day pairs with no direction name the news day itself: if one of them is still
 *    possible, the page is from that day;
 * 3. texts glued on the same page (teasers) are dated the same way; when the body's own anchors
 *    allow a teaser's date, the page shares it (a "read also" block is from the same days). A
 *    teaser never dates a body that has no anchor of its own.
 */
import type { InferredDate } from '../types.js';
import { formatMonth, fromDayNumber, formatDay } from './calendar.js';
import { bounds, count, fullMask, intersect, union, type DayMask } from './candidateDays.js';
import { findAnchors } from './anchors.js';

interface Reading {
  days: DayMask;
  /** Descriptions of the anchors that narrowed the days. */
  used: string[];
}

/** Intersect the text's anchors; null when none of them narrows anything. */
function readText(text: string): Reading | null {
  const anchors = findAnchors(text);
  if (anchors.length === 0) return null;
  let days = fullMask();
  let size = count(days);
  const used: string[] = [];
  for (const a of anchors) {
    const next = intersect(days, a.days);
    const n = count(next);
    if (n === 0 || n === size) continue;
    days = next;
    size = n;
    used.push(a.description);
  }
  const points = anchors.filter((a) => a.point);
  if (points.length > 0) {
    let pointDays = points[0]!.point!;
    for (const a of points.slice(1)) pointDays = union(pointDays, a.point!);
    const next = intersect(days, pointDays);
    const n = count(next);
    if (n > 0 && n < size) {
      days = next;
      used.push(...points.map((a) => `${a.description} (the news day)`));
    }
  }
  return used.length > 0 ? { days, used } : null;
}

/** The set as a partial date at the finest precision all its days share, or null. */
function summarize(days: DayMask, used: string[]): InferredDate | null {
  const b = bounds(days);
  if (!b) return null;
  const first = fromDayNumber(b.first);
  const last = fromDayNumber(b.last);
  const anchor = used.join('; ');
  if (b.first === b.last) return { value: formatDay(first.year, first.month, first.day), precision: 'day', anchor };
  if (first.year !== last.year) return null;
  if (first.month === last.month) return { value: formatMonth(first.year, first.month), precision: 'month', anchor };
  return { value: String(first.year), precision: 'year', anchor };
}

/**
 * The publication date a page's own text pins when it has none. `body` is the cleaned article;
 * `others` are texts glued on the same page (teasers), used only to narrow what the body allows.
 */
export function inferPublicationDate(body: string, others: readonly string[] = []): InferredDate | null {
  const own = readText(body);
  if (!own) return null;
  let { days } = own;
  const used = [...own.used];
  const size = count(days);
  for (const other of others) {
    const teaser = readText(other);
    if (!teaser) continue;
    const next = intersect(days, teaser.days);
    const n = count(next);
    if (n === 0 || n === size) continue;
    days = next;
    used.push(...teaser.used.map((u) => `teaser: ${u}`));
  }
  return summarize(days, used);
}

/**
 * The day an article's relative dates are read against: its publication date, else the day its own
 * anchors pin (never a month or year: "today" needs a day).
 */
export function referenceDate(article: { published: string | null; publishedInferred?: InferredDate | null }): string | null {
  if (article.published) return article.published;
  return article.publishedInferred?.precision === 'day' ? article.publishedInferred.value : null;
}
