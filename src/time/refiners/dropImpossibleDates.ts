/** `31 نيسان`, `30 شباط`: a day the month never has is a misread number, not a date. */
import { daysInMonth } from '../calendar.js';
import type { Refiner } from './refiner.js';

/** A leap year, so that 29 February is possible unless the written year says otherwise. */
const ANY_LEAP_YEAR = 2024;
/** Umm al-Qura months have 29 or 30 days. */
const HIJRI_MONTH_MAX_DAYS = 30;

export const dropImpossibleDates: Refiner = (_ctx, parsed) =>
  parsed.filter((p) => {
    const r = p.reading;
    if (r.kind !== 'calendar' || r.day === null || r.month === null) return true;
    if (r.calendar === 'hijri') return r.day <= HIJRI_MONTH_MAX_DAYS;
    return r.day <= daysInMonth(r.year ?? ANY_LEAP_YEAR, r.month);
  });
