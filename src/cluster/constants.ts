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
/**
 * Reports an incident keeps in full. Past this, a joining report is counted (its outlet, toll and
 * news/background status) but not stored in the record: a story retold thousands of times (a 1M-page
 * import gave one incident 3,160 reports, a 3 MB record rewritten at every join) would make each join
 * cost grow with the story. Every report stays linked in the store (incident_reports).
 */
export const MAX_REPORTS_KEPT = 50;
/**
 * Articles read per LSH band when looking for the original of a copy: the newest ones. A band hundreds
 * of articles share is boilerplate (a sign-off, a standard background paragraph), not evidence of a copy,
 * and reading all of them would make each article's cost grow with the store. A real copy shares many
 * bands, so it is found through the ones it does not share with everyone.
 */
export const MAX_ARTICLES_PER_BAND = 64;
/**
 * Incidents a new event is compared with: the newest of its buckets. A busy governorate's day (or a
 * country's, for reports placed no closer) can hold hundreds of incidents once a whole stream is stored
 * (430 under one country-day key at 287k articles of the scale benchmark); a report is about what was
 * just reported, and reading every one of them made each join cost grow with the store.
 */
export const MAX_INCIDENT_CANDIDATES = 100;

// ---------------------------------------------------------------------------------------------
// positive evidence (evidence.ts): what two compatible reports must share before they are merged.
// Compatibility only says nothing contradicts; on the pipeline's own events (a place read from the wrong
// clause, a target coded as the attacker, the publication date standing in for an unstated one) two
// different strikes on one governorate and day are compatible all the time. So each report from another
// article must share something that different happenings rarely share by chance. Points, not a checklist,
// because the ties differ in strength.

/**
 * Points two reports of different articles need in common to be merged: a strong tie and a weak one (the
 * same village and the same attacker), or three weak ones. One strong tie alone is not enough, because
 * each is what a single extraction error produces: a place read from another clause of the article lands
 * on the very village another report names, a target coded as the attacker matches the other's attacker.
 * Measured on the human reading with such errors put in (bench/cluster.ts, each kind at rate 0.25):
 * compatibility alone merged 31% right, 2 points (3 for vague reports) 55%, 3 points with the extras
 * below 77% (97% at rate 0.1); every labelled same-incident pair has at least 3.
 * Vague reports are weighed by which ties they can have at all (compatible.ts): an undated recall must
 * name the same point, a month the same point or the same named sides, a country-wide report the same
 * named sides; so a vague report always needs one particular strong tie and another besides.
 */
export const MERGE_EVIDENCE_NEEDED = 3;

/**
 * Extra points when the two dates are a day apart (DATE_SLACK_DAYS): a town under bombardment is hit on
 * consecutive days (Zabadani, July 2015), so a report a day off is as likely the next day's attack as the
 * same night dated twice. The slack stays for reports whose other ties are strong.
 */
export const DAY_APART_EXTRA = 1;

/**
 * Extra points when the two tell the act differently (an air strike / shelling, an armed clash / a
 * territory taken): as often two acts at one place as one act told two ways. Every labelled same-incident
 * pair agrees on it; the difference is kept as a disagreement when the other ties are strong enough.
 */
export const OTHER_ACT_EXTRA = 1;

/**
 * The same precise place (a village, a site, a neighbourhood: geo_precision 1, or one unresolved name
 * spelled alike) on compatible dates: two different attacks of one kind on one village within a day
 * are rare. A governorate or a countryside is no tie at all: it holds many happenings a day.
 */
export const SAME_POINT_POINTS = 2;

/**
 * Both sides named, specific, and the same (`Military Forces of Turkey` on `PKK`): a strong tie. With one
 * side generic (`Civilians`, `Syrian opposition armed groups`) the pair is common, so only a weak one.
 */
export const SAME_NAMED_SIDES_POINTS = 2;
export const SAME_GENERIC_SIDES_POINTS = 1;

/**
 * One side named, specific and the same, the other unnamed in a report (`Military Forces of Israel` on
 * someone): weak, since one state's air force strikes many places a day, and the extraction sometimes
 * codes the target as the attacker.
 */
export const SAME_ONE_SIDE_POINTS = 1;

/**
 * The same fatality figure. Small tolls (1–4) are the commonest figures of any day's reports, so they
 * are a weak tie; a figure from DISTINCTIVE_FATALITIES up (32 killed in Suruc) rarely repeats by chance.
 */
export const SAME_TOLL_POINTS = 1;
export const DISTINCTIVE_TOLL_POINTS = 2;
export const DISTINCTIVE_FATALITIES = 5;

/**
 * Near-identical evidence wording: the share of the shorter evidence sentence's word shingles found in
 * the other. Measured on every pair of gold events of one type from different articles: different
 * happenings told in one outlet's stock phrases ("العدوان الإسرائيلي على محيط دمشق") reach 0.6, one
 * happening retold in other words 0.5, so only 0.8 and above — a reused wire sentence — counts; below
 * MIN_WORDING_SHINGLES a sentence is too short to tell a reuse from a formula.
 */
export const NEAR_IDENTICAL_WORDING = 0.8;
export const MIN_WORDING_SHINGLES = 6;
export const SAME_WORDING_POINTS = 2;
