export { ActorRegistry, type RegisteredActorMention } from './registry.js';
export { type ActorData, type ActorRole, type RegisteredActor, loadActorData, parseActorData } from './actor-data.js';
export { findNationalities } from './nationalities.js';
