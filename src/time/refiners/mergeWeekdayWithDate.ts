/**
 * `السبت 18 يونيو/حزيران`, `يوم الخميس، 5 مارس`, `الجمعة الموافق 13 كانون الأول`: a weekday written
 * right before a day-month is one date. The weekday then helps choose the year when none is written.
 */
import { normalizeArabic } from '../../arabic/index.js';
import { isPunct, joined } from '../context.js';
import type { ParsedDate } from '../reading.js';
import type { Refiner } from './refiner.js';

/** Words that may stand between the weekday and the date: `الموافق` ("corresponding to"). */
const LINKS = new Set(['الموافق', 'في'].map(normalizeArabic));

export const mergeWeekdayWithDate: Refiner = (ctx, parsed) => {
  const out: ParsedDate[] = [];
  for (const p of parsed) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.reading.kind === 'weekday' &&
      prev.reading.direction === null &&
      p.reading.kind === 'calendar' &&
      p.reading.day !== null &&
      linked(prev.last, p.first)
    ) {
      out[out.length - 1] = { first: prev.first, last: p.last, reading: { ...p.reading, weekday: prev.reading.weekday } };
      continue;
    }
    out.push(p);
  }
  return out;

  function linked(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      if (!joined(ctx, k)) return false;
      if (k + 1 === b) return true;
      const t = ctx.tokens[k + 1]!;
      if (!(isPunct(t, ',') || isPunct(t, '،') || (t.kind === 'word' && LINKS.has(t.norm)))) return false;
    }
    return a + 1 === b;
  }
};
