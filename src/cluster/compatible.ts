/**
 * The rule for "these two reports describe the same happening", in two parts. `compatibility`: nothing
 * contradicts — the same event type, dates within the window their precision allows, the same or nested
 * places, no two different named actors on one side, no attacker of one that is the other's target.
 * Vague reports are held to the tie their vagueness leaves possible: an undated recall to the same place,
 * a month or a country-wide report to the same place or both sides named alike. `sameHappening` adds the
 * positive evidence a merge needs (evidence.ts), since noisy extraction makes different happenings
 * compatible all the time.
 */
import type { ActorRef, EventRecord } from '../types.js';
import { isSpecificActor, sidesRelation, type ActorRelation } from './actors.js';
import { DATE_SLACK_DAYS } from './constants.js';
import { dateWindow, windowGap, type DateWindow } from './dates.js';
import { enoughEvidence, mergeEvidence, type MergeEvidence } from './evidence.js';
import { placeRelation, type PlaceRelation } from './places.js';

export type ComparableActor = Pick<ActorRef, 'name'>;

/** The fields of an event the rule reads (an incident report carries exactly these). */
export type ComparableEvent = Pick<
  EventRecord,
  | 'article_id'
  | 'event_type'
  | 'sub_event_type'
  | 'event_date'
  | 'published'
  | 'background'
  | 'country'
  | 'admin1'
  | 'admin2'
  | 'admin3'
  | 'location'
  | 'location_en'
  | 'latitude'
  | 'longitude'
  | 'geo_precision'
  | 'fatalities'
  | 'date_basis'
> & {
  /** The sides, by name: all the rule reads of an actor (an incident's probe keeps only that). */
  actor1: ComparableActor | null;
  actor2: ComparableActor | null;
  /** The evidence sentence (an incident report keeps only its text; an incident's probe, only its wording). */
  evidence?: string | { text: string };
  /** The evidence sentence's hashed word shingles (evidence.ts `evidenceWording`), where computed already. */
  wording?: string;
};

export interface Compatibility {
  /** Higher is a closer match; used to choose among several compatible incidents. */
  score: number;
  dayGap: number;
  place: PlaceRelation;
  actor1: ActorRelation;
  actor2: ActorRelation;
  /** The sides were paired crossed (a battle told from the other side). */
  crossed: boolean;
}

/** Both sides named, specific, and the same in both reports: the same attacker on the same target. */
function sameNamedSides(a: ComparableEvent, b: ComparableEvent, actor1: ActorRelation, actor2: ActorRelation): boolean {
  const specific = (x: ComparableEvent) => isSpecificActor(x.actor1) && isSpecificActor(x.actor2);
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
  return { score, dayGap, place, actor1: sides.actor1, actor2: sides.actor2, crossed: sides.crossed };
}

export interface SameHappening {
  compatibility: Compatibility;
  evidence: MergeEvidence;
  /** Compatible and tied by enough evidence: the two may be merged. */
  merge: boolean;
}

/**
 * Whether two reports of different articles tell one happening: nothing contradicts (`compatibility`)
 * and they share enough positive evidence (`mergeEvidence`). Null when they cannot be one happening.
 */
export function sameHappening(a: ComparableEvent, b: ComparableEvent, wa?: DateWindow | null, wb?: DateWindow | null): SameHappening | null {
  const x = wa === undefined ? dateWindow(a) : wa;
  const y = wb === undefined ? dateWindow(b) : wb;
  const c = compatibility(a, b, x, y);
  if (!c || !x || !y) return null;
  const evidence = mergeEvidence(a, b, c);
  return { compatibility: c, evidence, merge: enoughEvidence(evidence) };
}
