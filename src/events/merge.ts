import type { Actor } from '../types.js';
import type { Frame } from './frames.js';

/**
 * The same happening is told in the lead, a quote and a later paragraph: one event (GUIDE.md,
 * "Granularity"). A frame joins an earlier one when nothing it says contradicts it: same type, and
 * date, place and actors either equal or left open by one of them.
 */
export interface MergedEvent {
  frames: Frame[];
}

function compatible<T>(a: T | null, b: T | null, eq: (x: T, y: T) => boolean): boolean {
  return a === null || b === null || eq(a, b);
}

/** Armed groups the text may later name: `المسلحين` in a headline is the body's `هيئة تحرير الشام`. */
const NON_STATE_ARMED = new Set<Actor['type']>(['rebel_group', 'jihadist_group', 'militia', 'unidentified_armed_group']);

/**
 * The same side, or a vaguer word for it: an unnamed armed group (`الجماعات المسلحة`) is whichever
 * non-state armed group another telling of the same happening names.
 */
const sameActor = (a: Actor, b: Actor) =>
  a.name === b.name ||
  ((a.type === 'unidentified_armed_group' || b.type === 'unidentified_armed_group') && NON_STATE_ARMED.has(a.type) && NON_STATE_ARMED.has(b.type));



function sidesOf(frames: Frame[]): Set<string> {
  const sides = new Set<string>();
  for (const x of frames) for (const a of [x.actor1, x.actor2]) if (a) sides.add(a.name);
  return sides;
}

function canJoin(event: MergedEvent, f: Frame, acrossScales = false): boolean {
  const head = event.frames[0]!;
  if (head.type !== f.type) return false;
  const anyBackground = event.frames.some((x) => x.background);
  if (anyBackground !== f.background) return false;
  const dateOf = (x: Frame) => x.date?.value ?? null;
  if (!event.frames.every((x) => compatible(dateOf(x), dateOf(f), (a, b) => a === b))) return false;
  const admin = (x: Frame) => x.place?.place.admin1 ?? x.place?.place.country ?? null;
  if (!acrossScales && !event.frames.every((x) => compatible(admin(x), admin(f), (a, b) => a === b))) return false;
  // two different named places (عربين, زبدين) are two events, even in one governorate and on one day;
  // but one sentence's clauses listing villages of one governorate report one event there (GUIDE: one per governorate)
  const exact = (x: Frame) => (x.place && x.place.precision === 1 ? x.place.place.id : null);
  const sameSentence = event.frames.every((x) => x.sentence === f.sentence);
  // `تعرضت مناطق في قرية الكريز لقصف …، وامتد القصف الجوي إلى عين لاروز`: each clause with its own strike word and its own place is its own strike
  const ownTelling = (x: Frame) => x.trigger.start !== f.trigger.start && x.place !== null && f.place !== null && x.place.place.id !== f.place.place.id;
  if (sameSentence && event.frames.some(ownTelling)) return false;
  if (!sameSentence && !event.frames.every((x) => compatible(exact(x), exact(f), (a, b) => a === b))) return false;
  // a clash has two sides, whichever a clause names first: one sentence's clauses about one fight are one battle
  if (f.type === 'Battles' && sameSentence && sidesOf([...event.frames, f]).size <= 2) return true;
  if (!event.frames.every((x) => compatible(x.actor1, f.actor1, sameActor))) return false;
  if (!event.frames.every((x) => compatible(x.actor2, f.actor2, sameActor))) return false;
  return true;
}

export function mergeFrames(frames: Frame[]): MergedEvent[] {
  const events: MergedEvent[] = [];
  for (const f of frames) {
    // latest compatible event first: coreference points back to what was just told
    let joined = false;
    for (let k = events.length - 1; k >= 0; k--) {
      if (canJoin(events[k]!, f)) {
        events[k]!.frames.push(f);
        joined = true;
        break;
      }
    }
    if (!joined && !f.anaphoric) events.push({ frames: [f] });
  }
  return foldCountryScale(events);
}

const countryOnly = (e: MergedEvent) => e.frames.every((f) => !f.place || (f.place.place.kind === 'country' || !f.place.place.admin1));
const countryOf = (e: MergedEvent) => e.frames.find((f) => f.place)?.place?.place.country ?? null;

/**
 * A headline's `غارات أميركية على موقعين في شرق سوريا` and the body's `غارتين استهدفتا … بريف دير الزور`
 * tell one strike at two scales. An event placed only in a country joins the one event of its kind
 * placed inside that country, when there is exactly one it could be: with two candidates (strikes in
 * Idleb and in Hama) the country-wide mention could be either, or both, and stays apart.
 */
function foldCountryScale(events: MergedEvent[]): MergedEvent[] {
  const out = [...events];
  for (const wide of events) {
    const country = countryOf(wide);
    if (!country || !countryOnly(wide)) continue;
    const candidates = out.filter((e) => e !== wide && !countryOnly(e) && countryOf(e) === country && wide.frames.every((f) => canJoin(e, f, true)));
    if (candidates.length !== 1) continue;
    candidates[0]!.frames.push(...wide.frames);
    out.splice(out.indexOf(wide), 1);
  }
  return out;
}
