import { daysBetween, type Frame } from './frames.js';

/**
 * An article carries the news of one day: the newest happening it reports. A happening it dates
 * before that day is told as context, even when it is only a day or two old (`فجر اليوم` is the news,
 * `والأحد` in the same report is background — GUIDE.md: "an earlier event the article recalls"). The
 * age cut-off alone (BACKGROUND_GAP_DAYS) cannot tell these apart: a two-day-old strike is the news
 * of a report that has nothing newer, and context in one that has.
 *
 * Only day-precise dates take part: a month or a year does not say which came first. An undated
 * happening is left as it is (its day is the publication day, the newest there is).
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function newsDayOf(frames: readonly Frame[], published: string | null): string | null {
  let newest: string | null = null;
  for (const f of frames) {
    const value = f.date?.value;
    // a day after publication is a misread date (or a plan), never the news
    if (f.background || !value || !DAY.test(value) || (published && value > published)) continue;
    if (newest === null || value > newest) newest = value;
  }
  return newest;
}

/**
 * How much older than the news day a happening must be to be context. One day is not enough: a report
 * of today's shelling may carry yesterday's talks as news too (`بعد أن أعلن … يوم الخميس الماضي`).
 */
const MIN_DAYS_BEFORE_NEWS = 2;

export function markOlderThanNewsDay(frames: Frame[], published: string | null): void {
  const newsDay = newsDayOf(frames, published);
  if (newsDay === null) return;
  for (const f of frames) {
    const value = f.date?.value;
    if (!f.background && value && DAY.test(value) && daysBetween(value, newsDay) >= MIN_DAYS_BEFORE_NEWS) f.background = true;
  }
}
