/** Calendar arithmetic on UTC dates: the only place that turns numbers into YYYY-MM-DD. */

const MS_PER_DAY = 86_400_000;

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}`;
}

/** A calendar day as a count of days since 1970-01-01, for ordering and weekday arithmetic. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function fromDayNumber(n: number): YMD {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Parse a YYYY-MM-DD reference date (a longer ISO string is cut to its date), or null. */
export function parseIsoDay(s: string | null | undefined): YMD | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** The same day of the month `n` months later (earlier when negative), clamped to the month's last day. */
export function addMonths(d: YMD, n: number): YMD {
  const m = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(m / 12);
  const month = (m - year * 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function formatYMD(d: YMD): string {
  return formatDay(d.year, d.month, d.day);
}
