export { tagNames, tagWords, tagSentence, type NameSpan, type TagOptions } from './tagger.js';
export { NAME_TYPES, TAGS, type NameType } from './constants.js';
export { NameModel, type NameModelFile } from './model.js';
export { defaultNameLists, NameListMatcher, NAME_LISTS, type NameList, type ListedName } from './name-lists.js';
export { readTaggedFile, spansOfTags, canonicalTag, type TaggedSentence, type TagSpan } from './conll.js';
export { scoreNames, type NameScores, type TypeScore } from './score.js';
export { trainNameModel, type TrainOptions } from './perceptron.js';
export type { WordSpan } from './overrides.js';
