/**
 * Whether two reports' actors can be the same party. Outlets code the same side at different depths
 * (`Syrian opposition armed groups` / `Jabhat al-Nusra`) or leave it unnamed; they cannot name two
 * different parties and be describing one act.
 */
import { ActorRegistry } from '../entities/index.js';
import type { ActorRef, EventRecord } from '../types.js';

/** An actor as the comparison reads it: by name alone (an incident's probe keeps no more). */
type NamedSide = Pick<ActorRef, 'name'> | null;
interface Sides {
  actor1: NamedSide;
  actor2: NamedSide;
}

export type ActorRelation = 'same' | 'compatible' | 'different';

/** Codes that stand for "someone not named" or "some group of this kind": they fit any specific actor of the kind. */
const UNNAMED = new Set(['unidentified armed group']);
const GENERIC_OF_TYPE: Record<string, ReadonlySet<string>> = {
  'syrian opposition armed groups': new Set(['rebel_group', 'jihadist_group']),
  'iran-backed militias': new Set(['militia']),
  'turkish-backed syrian factions': new Set(['rebel_group']),
};

/** "Khorasan group (Al Qaeda)" and "Khorasan Group" are one code. */
export function actorCode(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim().toLowerCase();
}

function kindOf(name: string): { type: string | null; parent: string | null } {
  const a = ActorRegistry.default().byName(name);
  return { type: a?.type ?? null, parent: a?.parent ? actorCode(a.parent) : null };
}

/** Codes that say what kind of party, not which one: a tie on them says little. */
const UNSPECIFIC = /^(unidentified armed group|civilians|protesters|syrian opposition armed groups|iran-backed militias|turkish-backed syrian factions)/i;

/** A party named as itself (`PKK`, `Military Forces of Turkey`), not as a kind (`Civilians (Syria)`). */
export function isSpecificActor(a: NamedSide): boolean {
  return a !== null && !UNSPECIFIC.test(a.name);
}

/** Any party but "someone not named". */
export function isNamedActor(a: NamedSide): boolean {
  return a !== null && !UNNAMED.has(actorCode(a.name));
}

export function actorRelation(a: NamedSide, b: NamedSide): ActorRelation {
  if (!a || !b) return 'compatible';
  const x = actorCode(a.name);
  const y = actorCode(b.name);
  if (x === y) return 'same';
  if (UNNAMED.has(x) || UNNAMED.has(y)) return 'compatible';
  const kx = kindOf(a.name);
  const ky = kindOf(b.name);
  if (kx.parent === y || ky.parent === x) return 'compatible';
  if (ky.type && GENERIC_OF_TYPE[x]?.has(ky.type)) return 'compatible';
  if (kx.type && GENERIC_OF_TYPE[y]?.has(kx.type)) return 'compatible';
  return 'different';
}

const worst = (r: ActorRelation[]): ActorRelation =>
  r.includes('different') ? 'different' : r.every((x) => x === 'same') ? 'same' : 'compatible';

/**
 * Both sides of two events. In a battle either side may be written first, so the crossed pairing is
 * tried too; in a strike the attacker and the target keep their roles.
 */
export function sidesRelation(a: Sides & Pick<EventRecord, 'event_type'>, b: Sides): {
  actor1: ActorRelation;
  actor2: ActorRelation;
  /** True when a's actor1 was paired with b's actor2 (a battle told from the other side). */
  crossed: boolean;
} {
  const straight = { actor1: actorRelation(a.actor1, b.actor1), actor2: actorRelation(a.actor2, b.actor2), crossed: false };
  // In a strike the striker of one report cannot be the target of the other (US strikes vs attacks on US bases).
  if (a.event_type !== 'Battles' && (actorRelation(a.actor1, b.actor2) === 'same' || actorRelation(a.actor2, b.actor1) === 'same')) {
    return { actor1: 'different', actor2: 'different', crossed: false };
  }
  if (a.event_type !== 'Battles' || worst([straight.actor1, straight.actor2]) !== 'different') return straight;
  const crossed = { actor1: actorRelation(a.actor1, b.actor2), actor2: actorRelation(a.actor2, b.actor1), crossed: true };
  return worst([crossed.actor1, crossed.actor2]) === 'different' ? straight : crossed;
}
