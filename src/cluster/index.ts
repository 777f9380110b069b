export * from './constants.js';
export { shingleSet, shingleWords, fnv1a } from './shingles.js';
export {
  minhashSignature,
  estimateJaccard,
  exactJaccard,
  lshBandKeys,
  signatureToBuffer,
  signatureFromBuffer,
  type MinHashSignature,
} from './minhash.js';
export {
  fingerprintArticle,
  fingerprintText,
  bestNearDuplicate,
  NearDuplicateIndex,
  type ArticleFingerprint,
  type NearDuplicate,
} from './near-duplicates.js';
export { dateWindow, type DateWindow } from './dates.js';
export { placeRelation, isPoint, namesAlike, placeKey, editDistance, type PlaceRelation } from './places.js';
export { actorRelation, actorCode, sidesRelation, isSpecificActor, isNamedActor, type ActorRelation } from './actors.js';
export { compatibility, sameHappening, type ComparableEvent, type Compatibility, type SameHappening } from './compatible.js';
export { mergeEvidence, enoughEvidence, evidenceWording, wordingOverlap, type MergeEvidence, type EvidenceTie } from './evidence.js';
export {
  buildIncident,
  countReport,
  reportCount,
  reportOf,
  describeDisagreement,
  type Incident,
  type IncidentReport,
  type Disagreement,
  type DisagreementField,
  type ReportTerm,
} from './incident.js';
export { encodeProbe, decodeProbe, encodeHead, decodeHead, candidateOf, type IncidentProbe, type IncidentCandidate } from './probe.js';
export { joinEvent, findIncident, fileKeys, MemoryIncidents, type IncidentRepository, type JoinResult } from './incident-index.js';
