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

const sameActor = (a: { name: string }, b: { name: string }) => a.name === b.name;

function canJoin(event: MergedEvent, f: Frame): boolean {
  const head = event.frames[0]!;
  if (head.type !== f.type) return false;
  const anyBackground = event.frames.some((x) => x.background);
  if (anyBackground !== f.background) return false;
  const dateOf = (x: Frame) => x.date?.value ?? null;
  if (!event.frames.every((x) => compatible(dateOf(x), dateOf(f), (a, b) => a === b))) return false;
  const admin = (x: Frame) => x.place?.place.admin1 ?? x.place?.place.country ?? null;
  if (!event.frames.every((x) => compatible(admin(x), admin(f), (a, b) => a === b))) return false;
  // two different named places (عربين, زبدين) are two events, even in one governorate and on one day
  const exact = (x: Frame) => (x.place && x.place.precision === 1 ? x.place.place.id : null);
  if (!event.frames.every((x) => compatible(exact(x), exact(f), (a, b) => a === b))) return false;
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
  return events;
}
