/** The timeline's bars: the store's per-day counts gathered into days, ISO weeks or months. */
import type { TimelineView } from '../store/index.js';
import type { EventType } from '../types.js';
import { TIMELINE_DAY_MAX_SPAN_DAYS, TIMELINE_WEEK_MAX_SPAN_DAYS } from './constants.js';

export type Bucket = 'day' | 'week' | 'month';

export interface TimelineBar {
  /** First day of the bar (YYYY-MM-DD): the day, the Monday of the week, the 1st of the month. */
  start: string;
  /** Last day of the bar. */
  end: string;
  byType: Partial<Record<EventType, number>>;
  total: number;
}

export interface Timeline {
  bucket: Bucket;
  bars: TimelineBar[];
  /** Events dated only to a month or year, and undated ones: not on the bars, said beside them. */
  partial: number;
  undated: number;
}

const DAY_MS = 86_400_000;
const toMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function bucketOf(day: string, bucket: Bucket): [string, string] {
  if (bucket === 'day') return [day, day];
  const ms = toMs(day);
  if (bucket === 'week') {
    const monday = ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS;
    return [toDay(monday), toDay(monday + 6 * DAY_MS)];
  }
  const d = new Date(ms);
  const last = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
  return [`${day.slice(0, 7)}-01`, toDay(last)];
}

export function chooseBucket(firstDay: string, lastDay: string): Bucket {
  const span = (toMs(lastDay) - toMs(firstDay)) / DAY_MS;
  return span <= TIMELINE_DAY_MAX_SPAN_DAYS ? 'day' : span <= TIMELINE_WEEK_MAX_SPAN_DAYS ? 'week' : 'month';
}

export function timelineBars(view: TimelineView, asked: Bucket | 'auto'): Timeline {
  const days = view.days;
  const bucket = asked !== 'auto' ? asked : days.length ? chooseBucket(days[0]![0], days[days.length - 1]![0]) : 'day';
  const bars: TimelineBar[] = [];
  for (const [day, type, n] of days) {
    const [start, end] = bucketOf(day, bucket);
    let bar = bars[bars.length - 1];
    // days come in date order, so a bar is complete once a later one starts
    if (!bar || bar.start !== start) {
      bar = { start, end, byType: {}, total: 0 };
      bars.push(bar);
    }
    bar.byType[type] = (bar.byType[type] ?? 0) + n;
    bar.total += n;
  }
  return { bucket, bars, partial: view.partial, undated: view.undated };
}
