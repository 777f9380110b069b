export { ActorRegistry, type ActorContext, type RegisteredActorMention } from './registry.js';
export {
  type ActorData,
  type ActorRole,
  type GenericActor,
  type RegisteredActor,
  loadActorData,
  parseActorData,
} from './actor-data.js';
export { findNationalities, namesPeople } from './nationalities.js';
export { findPeople, type PersonMention } from './people.js';
export { findSources, type SourceMention } from './sources.js';
