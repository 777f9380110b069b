import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor, ActorType } from '../types.js';

/**
 * How an actor is coded in an event:
 * - `actor`: as itself;
 * - `member`: a unit, faction or office, coded as its `parent` (الفيلق الخامس → Military Forces of Syria);
 * - `person`: a named individual, coded as its `parent` (بوتين → Government of Russia);
 * - `source`: a monitor, agency or spokes-body that claims events (المرصد, سانا): `claimed_by`, not a participant.
 */
export type ActorRole = 'actor' | 'member' | 'person' | 'source';

export interface RegisteredActor extends Actor {
  role: ActorRole;
  aliases_ar: readonly string[];
  /** For people: the office in English, as a claim label uses it ("deputy head of the Russian Reconciliation Center"). */
  title_en?: string;
}

/** The word standing for the country in a generic actor's name template. */
export const COUNTRY_SLOT = 'COUNTRY';

/**
 * An actor named by what it is rather than who (`الجيش`, `الشرطة`, `مدنيين`, `غارة`): the country comes
 * from a nationality adjective written after it (`عدوان إسرائيلي`, `مواطنين أتراك`), else from the caller's
 * context, else `default_country`; with none of these it is not read at all.
 */
export interface GenericActor {
  /** ACLED-style name with `COUNTRY` in it: "Military Forces of COUNTRY", "Civilians (COUNTRY)". */
  template: string;
  type: ActorType;
  default_country: string | null;
  /**
   * Whether the caller's context country may stand in for an unwritten nationality. False for words that
   * say what happened, not who did it (`غارة`, `قصف`): an unattributed strike stays unattributed.
   */
  country_from_context: boolean;
  aliases_ar: readonly string[];
}

/** The registry file as stored in data/actors/actors.json. */
export interface ActorData {
  actors: RegisteredActor[];
  generic_actors?: GenericActor[];
  /** Phrases that contain an alias but name no actor (عين الأسد, الطيران المدني). */
  not_actors_ar: string[];
}

const REGISTRY_FILE = join('data', 'actors', 'actors.json');
const ACTOR_TYPES: ReadonlySet<ActorType> = new Set<ActorType>([
  'state_forces', 'government', 'rebel_group', 'jihadist_group', 'militia', 'civilians', 'protesters',
  'international_organisation', 'unidentified_armed_group', 'other',
]);
const ROLES: ReadonlySet<ActorRole> = new Set<ActorRole>(['actor', 'member', 'person', 'source']);

/**
 * The data folder sits at the package root; this module runs from src/entities (tsx, vitest) or
 * dist/src/entities (built), so walk up until the file is found.
 */
export function findRegistryFile(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const candidate = join(dir, REGISTRY_FILE);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error(`actor registry not found: no ${REGISTRY_FILE} above ${from}`);
    dir = up;
  }
}

export function loadActorData(path: string = findRegistryFile()): ActorData {
  return parseActorData(JSON.parse(readFileSync(path, 'utf8')) as unknown, path);
}

/** Checks the shape of the registry file so that a data typo fails loudly at load, not as a silent miss. */
export function parseActorData(raw: unknown, origin = 'actor data'): ActorData {
  const fail = (why: string): never => {
    throw new Error(`${origin}: ${why}`);
  };
  if (!isRecord(raw) || !Array.isArray(raw.actors)) return fail('expected { actors: [...] }');
  const actors = raw.actors.map((a: unknown, i): RegisteredActor => {
    if (!isRecord(a)) return fail(`actors[${i}] is not an object`);
    const { name, name_ar, type, country, parent, role, aliases_ar, title_en } = a;
    if (typeof name !== 'string' || !name) return fail(`actors[${i}].name missing`);
    if (typeof name_ar !== 'string') return fail(`${name}: name_ar missing`);
    if (typeof type !== 'string' || !ACTOR_TYPES.has(type as ActorType)) return fail(`${name}: bad type ${String(type)}`);
    if (country !== null && typeof country !== 'string') return fail(`${name}: country must be a string or null`);
    if (parent !== null && typeof parent !== 'string') return fail(`${name}: parent must be a string or null`);
    if (typeof role !== 'string' || !ROLES.has(role as ActorRole)) return fail(`${name}: bad role ${String(role)}`);
    if (!Array.isArray(aliases_ar) || !aliases_ar.every((s) => typeof s === 'string' && s.trim()))
      return fail(`${name}: aliases_ar must be non-empty strings`);
    if (title_en !== undefined && typeof title_en !== 'string') return fail(`${name}: title_en must be a string`);
    const actor: RegisteredActor = { name, name_ar, type: type as ActorType, country, parent, role: role as ActorRole, aliases_ar };
    if (title_en !== undefined) actor.title_en = title_en;
    return actor;
  });
  const generics = (raw.generic_actors ?? []) as unknown;
  if (!Array.isArray(generics)) return fail('generic_actors must be a list');
  const genericActors = generics.map((g: unknown, i): GenericActor => {
    if (!isRecord(g)) return fail(`generic_actors[${i}] is not an object`);
    const { template, type, default_country, country_from_context, aliases_ar } = g;
    if (typeof template !== 'string' || !template.includes(COUNTRY_SLOT)) return fail(`generic_actors[${i}]: template must contain ${COUNTRY_SLOT}`);
    if (typeof type !== 'string' || !ACTOR_TYPES.has(type as ActorType)) return fail(`${template}: bad type ${String(type)}`);
    if (default_country !== null && typeof default_country !== 'string') return fail(`${template}: default_country must be a string or null`);
    if (!Array.isArray(aliases_ar) || !aliases_ar.every((s) => typeof s === 'string' && s.trim()))
      return fail(`${template}: aliases_ar must be non-empty strings`);
    if (typeof country_from_context !== 'boolean') return fail(`${template}: country_from_context must be true or false`);
    return { template, type: type as ActorType, default_country, country_from_context, aliases_ar };
  });
  const notActors = raw.not_actors_ar ?? [];
  if (!Array.isArray(notActors) || !notActors.every((s) => typeof s === 'string'))
    return fail('not_actors_ar must be a list of strings');
  const names = new Set(actors.map((a) => a.name));
  for (const a of actors) if (a.parent !== null && !names.has(a.parent)) fail(`${a.name}: unknown parent ${a.parent}`);
  return { actors, generic_actors: genericActors, not_actors_ar: notActors as string[] };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
