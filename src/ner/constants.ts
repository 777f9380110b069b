/**
 * The tag set and the tunable numbers of the name tagger, apart from the code that uses them.
 */

/** Entity types of ANERcorp (Benajiba 2007), the corpus the shipped model is trained on. */
export const NAME_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
export type NameType = (typeof NAME_TYPES)[number];

/** IOB2 tags in model order: O first, then B-/I- per type. The model file repeats this list and is checked against it. */
export const TAGS: readonly string[] = ['O', ...NAME_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** Context window: features of the words up to this many positions either side. */
export const WINDOW = 2;

/**
 * Features seen fewer times than this in training are dropped before training. Singletons are
 * mostly one-off word forms the perceptron memorises (they fit train and never fire again), and
 * dropping them halves the model.
 */
export const MIN_FEATURE_COUNT = 2;

/**
 * Stored weights are integers: the averaged weight times this scale, rounded. At 100 the rounding
 * changes no decision on the dev split, and integers keep model.json small.
 */
export const WEIGHT_SCALE = 100;

/**
 * A feature whose largest stored |weight| is below this is left out of model.json: it cannot move
 * a decision by more than a rounding error, and such features are most of the file.
 */
export const MIN_STORED_WEIGHT = 2;

/**
 * The per-word emission cache is cleared when it holds this many words. A news corpus has a long
 * tail of word forms; 200k entries is ~50 MB and covers the head that repeats across articles.
 */
export const WORD_CACHE_LIMIT = 200_000;

/**
 * A registry/gazetteer match replaces tagger spans only if it is at least this many words, or a
 * one-word name of a kind that is never an ordinary word (a country). One-word village names are
 * often common words (`عين`, `سلام`), so for those the tagger's own reading stands.
 */
export const MIN_OVERRIDE_WORDS = 2;
