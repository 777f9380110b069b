/**
 * `مدينة 6 أكتوبر`, `قوى 14 آذار`, `ملعب 5 جويلية`, `ثورة 25 يناير`: a day-month right after one of
 * these nouns names a place, a group or a past event; it is not a date of the news.
 */
import { DATE_NAME_HEADS } from '../constants.js';
import { isWord, joined } from '../context.js';
import type { Refiner } from './refiner.js';

export const dropNamedDates: Refiner = (ctx, parsed) =>
  parsed.filter((p) => {
    const r = p.reading;
    if (r.kind !== 'calendar' || r.day === null || r.year !== null || p.first === 0) return true;
    return !(joined(ctx, p.first - 1) && isWord(ctx.tokens[p.first - 1], DATE_NAME_HEADS));
  });
