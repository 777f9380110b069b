export { normalizeArabic, foldDigits, foldPersianLetters, hasArabic } from './normalize.js';
export { procliticReadings, stripArticle } from './clitics.js';
export { tokenize, splitSentences } from './tokens.js';
export { PhraseMatcher, phraseSet, type PhraseMatch } from './phrases.js';
export { findQuantities } from './numbers.js';
export { findCasualties, type Casualty, type CasualtyKind, type CasualtyGroup } from './casualties.js';
