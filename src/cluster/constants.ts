/**
 * Tunable numbers of near-duplicate detection and incident clustering, each with why it has its value.
 * The thresholds were chosen from the measurements printed by `bench/cluster.ts`.
 */

// ---------------------------------------------------------------------------------------------
// near-duplicates (syndicated copies, light rewrites)

/**
 * Words per shingle. Three words are specific enough that two different reports rarely share many
 * (wire phrases like "المرصد السوري لحقوق الإنسان" are at most a handful of shingles) and short enough that
 * a rewritten headline or a dropped paragraph leaves most shingles of a copy intact.
 */
export const SHINGLE_WORDS = 3;

/** MinHash permutations. 64 gives a Jaccard estimate within about ±0.06 (1/√64 / 2) — enough to tell 0.8 from 0.3. */
export const MINHASH_PERMUTATIONS = 64;

/**
 * LSH bands × rows = permutations. With 16 bands of 4 rows a pair with Jaccard 0.5 becomes a candidate
 * with probability 1-(1-0.5⁴)¹⁶ ≈ 0.64, one with 0.7 with ≈ 0.98: copies above the threshold below are
 * almost never missed, while unrelated articles (Jaccard < 0.1) almost never collide.
 */
export const LSH_BANDS = 16;
export const LSH_ROWS = MINHASH_PERMUTATIONS / LSH_BANDS;

/**
 * Estimated Jaccard similarity of shingle sets from which an article counts as a near-duplicate of an
 * earlier one. Measured on the test corpus (bench/cluster.ts): syndicated copies (a paragraph dropped, a new
 * headline) score 0.6–0.95; different articles on the same event by different outlets score below 0.1;
 * the same outlet's follow-up on the same story below 0.2. 0.5 leaves a wide margin on both sides.
 */
export const NEAR_DUPLICATE_JACCARD = 0.5;

/** Articles shorter than this many shingles are not compared: a two-line flash shares too much by chance. */
export const MIN_SHINGLES = 12;

// ---------------------------------------------------------------------------------------------
// incidents

/**
 * Days two day-precise dates may differ and still be one happening: a night strike is dated the next
 * morning by one outlet and the evening before by another. The difference is kept as a disagreement.
 */
export const DATE_SLACK_DAYS = 1;

/**
 * An undated recalled event (`background`, date unknown) is read as having happened within this many
 * days before its article's publication: news recalls recent events for context. Such a mention may only
 * attach to an incident it matches strongly (same place or both actors named and equal).
 */
export const UNDATED_RECALL_DAYS = 30;

/**
 * Two precise points (villages, neighbourhoods) farther apart than this are different places even when
 * their names differ only in spelling. 3 km holds a town and its edges; the next village is usually further.
 */
export const SAME_PLACE_KM = 3;

/**
 * Place names not found in the gazetteer (villages abroad, spelled two ways: زاركلي / زراكلي) count as the
 * same when they differ by at most this many letter edits (transposition counts as one) and are at least
 * MIN_FUZZY_NAME_LETTERS long; shorter names are too easily a different place.
 */
export const MAX_NAME_EDITS = 1;
export const MIN_FUZZY_NAME_LETTERS = 5;

/**
 * Reports per incident beyond which a new event is not compared: a bucket this full is a running battle
 * coded day by day, and comparing against every report would make one article's cost grow.
 */
export const MAX_REPORTS_COMPARED = 50;
