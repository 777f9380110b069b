export { framingLexicon, parseFramingLexicon, type FramingEntry, type FramingLexicon, type Referent, type Stance } from './lexicon.js';
export { findFramingTerms, reportTerms, type FramingTerm } from './terms.js';
export { outletProfiles, UNKNOWN_OUTLET, type OutletProfile, type TermCount } from './profile.js';
