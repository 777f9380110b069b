/**
 * Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as day ranges. An event dated `2024-04` happened on some
 * day of April 2024; a date filter keeps it when that month overlaps the asked range, so
 * from=2024-04-01..to=2024-04-30 and from=2024-04-15 both keep it (it may have been on the 20th).
 * Ranges are ISO strings, compared as strings: fixed-width ISO dates sort like the days they name.
 */

const PARTIAL_DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DayRange {
  first: string;
  last: string;
}

/**
 * First and last day a partial date can mean, or null if the string is not a partial ISO date of a
 * real calendar day or month.
 * The last day of a month is written `-31` for every month: no day string lies between a month's real
 * last day and `-31`, so string comparison gives the same answers without a calendar.
 */
export function dayRange(partial: string): DayRange | null {
  const m = PARTIAL_DATE_RE.exec(partial);
  if (!m) return null;
  const [, year, month, day] = m;
  // a calendar day, not just digits in place: 2024-13-40 is refused, not read as an empty range
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return null;
  if (day !== undefined) {
    const lastOfMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return Number(day) >= 1 && Number(day) <= lastOfMonth ? { first: partial, last: partial } : null;
  }
  if (month !== undefined) return { first: `${year}-${month}-01`, last: `${year}-${month}-31` };
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}
