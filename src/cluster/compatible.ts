/**
 * The rule for "these two reports describe the same happening": the same event type, dates within the
 * window their precision allows, the same or nested places, and no two different named actors on one
 * side. Vague dates (a month, an undated recall) need a strong tie besides: the same place, or both
 * sides named alike.
 */
import type { EventRecord } from '../types.js';
import { sidesRelation, type ActorRelation } from './actors.js';
import { DATE_SLACK_DAYS } from './constants.js';
import { dateWindow, windowGap, type DateWindow } from './dates.js';
import { placeRelation, type PlaceRelation } from './places.js';

/** The fields of an event the rule reads (an incident report carries exactly these). */
export type ComparableEvent = Pick<
  EventRecord,
  | 'article_id'
  | 'event_type'
  | 'sub_event_type'
  | 'event_date'
  | 'published'
  | 'background'
  | 'actor1'
  | 'actor2'
  | 'country'
  | 'admin1'
  | 'admin2'
  | 'admin3'
  | 'location'
  | 'latitude'
  | 'longitude'
  | 'geo_precision'
>;

export interface Compatibility {
  /** Higher is a closer match; used to choose among several compatible incidents. */
  score: number;
  dayGap: number;
  place: PlaceRelation;
  actor1: ActorRelation;
  actor2: ActorRelation;
}

/** Codes that say what kind of party, not which one: a tie on them says little. */
const UNSPECIFIC = /^(unidentified armed group|civilians|protesters|syrian opposition armed groups|iran-backed militias)/i;

/** Both sides named, specific, and the same in both reports: the same attacker on the same target. */
function sameNamedSides(a: ComparableEvent, b: ComparableEvent, actor1: ActorRelation, actor2: ActorRelation): boolean {
  const specific = (x: ComparableEvent) =>
    x.actor1 !== null && x.actor2 !== null && !UNSPECIFIC.test(x.actor1.name) && !UNSPECIFIC.test(x.actor2.name);
  return actor1 === 'same' && actor2 === 'same' && specific(a) && specific(b);
}

/** Has a country or governorate: a report that places an event nowhere cannot be matched by place. */
const placed = (e: ComparableEvent) => e.country !== null || e.admin1 !== null;
const countryOnly = (e: ComparableEvent) => e.admin1 === null && (e.geo_precision === 3 || !e.location);

/** Null when the two cannot be one happening; else how closely they agree. */
export function compatibility(a: ComparableEvent, b: ComparableEvent, wa?: DateWindow | null, wb?: DateWindow | null): Compatibility | null {
  if (a.event_type !== b.event_type) return null;
  if (a.article_id === b.article_id) return null; // an article that reports two events means two
  const x = wa === undefined ? dateWindow(a) : wa;
  const y = wb === undefined ? dateWindow(b) : wb;
  if (!x || !y) return null;
  const dayGap = windowGap(x, y);
  const bothDays = x.precision === 'day' && y.precision === 'day';
  if (dayGap > (bothDays ? DATE_SLACK_DAYS : 0)) return null;
  if (!placed(a) || !placed(b)) return null;
  const place = placeRelation(a, b);
  if (place === 'different') return null;
  const sides = sidesRelation(a, b);
  if (sides.actor1 === 'different' || sides.actor2 === 'different') return null;
  // The weaker the date or the place, the more the rest must say: a recalled event with no date only by
  // its place; a month, or a country-wide report against a local one, only by the same named sides.
  const named = sameNamedSides(a, b, sides.actor1, sides.actor2);
  if ((x.precision === 'recalled' || y.precision === 'recalled') && place !== 'same') return null;
  if ((x.precision === 'month' || y.precision === 'month') && place !== 'same' && !named) return null;
  if (place === 'nested' && (countryOnly(a) || countryOnly(b)) && !named) return null;
  let score = 0;
  if (dayGap === 0) score += bothDays ? 2 : 1;
  if (place === 'same') score += 2;
  if (sides.actor1 === 'same') score += 1;
  if (sides.actor2 === 'same') score += 1;
  if (a.sub_event_type === b.sub_event_type) score += 1;
  return { score, dayGap, place, actor1: sides.actor1, actor2: sides.actor2 };
}
