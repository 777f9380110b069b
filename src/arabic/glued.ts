import { readFileSync } from 'node:fs';
import { dataFile } from '../ner/data-file.js';
import { procliticReadings } from './clitics.js';

/**
 * Two words a scraped page joined (`إسرائيلياستهدف`, `الدوليوبلدة`, `بحسبشبكة`): the written form is no
 * word of newswire, but it splits into two that are, both common. The counts come from real newswire
 * (data/arabic/vocab.json, built by scripts/build-vocab.ts); every word of a known place or actor name
 * counts as a word, so names are never cut.
 *
 * Cuts that the word-final marks show (ة, ى, tanween) are found in tokens.ts without any word list;
 * this is for the joins that leave no mark.
 */

/** Shorter forms are mostly real words the list lacks; a glued pair is at least 3 + 4 letters. */
const MIN_GLUED_LETTERS = 7;
/** A left part this short would be a clitic or a suffix cut off (`وال`, `ون`): 3 letters at least. */
const MIN_LEFT_LETTERS = 3;
/** On the right, 3-letter pieces are mostly suffixes (`اني`, `ات+ه`): 4 at least. */
const MIN_RIGHT_LETTERS = 4;
/** `ال` and two letters (`الف`, `الا`, `الان`) begins many longer words: after the article, 5 letters at least. */
const MIN_LEFT_AFTER_ARTICLE = 5;
/** Each part must be a common word, not one seen once or twice (which may itself be a typo). */
const MIN_PART_COUNT = 5;

let vocab: Map<string, number> | null = null;
function words(): Map<string, number> {
  if (!vocab) {
    const file = JSON.parse(readFileSync(dataFile('arabic/vocab.json'), 'utf8')) as { words: Record<string, number> };
    vocab = new Map(Object.entries(file.words));
  }
  return vocab;
}

/**
 * How often the form occurs, read with or without its proclitics (readings shorter than `minLetters`
 * left out); -1 when it is no known word at all.
 */
function frequency(norm: string, minLetters = 1): number {
  const v = words();
  let best = -1;
  for (const reading of procliticReadings(norm)) {
    if (reading.length < minLetters) continue;
    const c = v.get(reading);
    if (c !== undefined && c > best) best = c;
  }
  return best;
}

/**
 * Where a normalised word splits into two common words, or null when it is a word or no clear pair.
 * `accusative`: the written form ended in a tanween alef (`مقراً`), so its last word is a noun in the accusative.
 */
export function gluedCut(norm: string, accusative = false): number | null {
  if (norm.length < MIN_PARTICLE_GLUED_LETTERS || frequency(norm) >= 0) return null;
  const v = words();
  let cut: number | null = null;
  let best = 0;
  for (let i = MIN_LEFT_LETTERS; norm.length >= MIN_GLUED_LETTERS && i <= norm.length - MIN_RIGHT_LETTERS; i++) {
    // the left word stands alone (its clitics are read with it); the right one may carry و ب ل ال
    const head = norm.slice(0, i);
    // `الف|لاسفة`, `الا|طوال`: a short word after the article is more likely the start of a longer one
    if (head.startsWith('ال') && head.length < MIN_LEFT_AFTER_ARTICLE) continue;
    const left = v.get(head) ?? -1;
    if (left < MIN_PART_COUNT) continue;
    // `انت|ونيو`: a right part that is a word only once و or ب is taken off is too short to trust
    const right = Math.max(frequency(norm.slice(i), MIN_RIGHT_LETTERS), accusative ? accusativeFrequency(norm.slice(i)) : -1);
    const score = Math.min(left, right);
    if (right >= MIN_PART_COUNT && score > best) [cut, best] = [i, score];
  }
  if (cut !== null) return cut;
  const afterParticle = particleCut(norm);
  if (afterParticle !== null) return afterParticle;
  // `ضابطمن جراء`: a preposition glued to the word before it; only after a common word of 4+ letters
  for (const tail of TRAILING_PREPOSITIONS) {
    if (!norm.endsWith(tail)) continue;
    const head = norm.slice(0, -tail.length);
    if (head.length < MIN_HEAD_BEFORE_PREPOSITION || (head.startsWith('ال') && head.length < MIN_LEFT_AFTER_ARTICLE)) continue;
    if ((v.get(head) ?? -1) >= MIN_PART_COUNT) return head.length;
  }
  return null;
}

/** Prepositions short enough to end a longer word by chance; matched as a glued tail only after a whole common word. */
const TRAILING_PREPOSITIONS = ['من', 'في', 'عن', 'علي', 'الي', 'مع'];
/** `صحفي` is not `صح` + `في`: the word before a glued preposition has 4 letters at least. */
const MIN_HEAD_BEFORE_PREPOSITION = 4;

/**
 * Particles that only ever stand before another word, too short or too common to pass as the left half
 * of a pair above (`قدقصف`, `لقدقتل`, `بعدالتصعيد`, `جراءاعتداء`): scraped pages lose the space after them
 * where a link or bold word begins. `قد` and `لقد` take a verb, often of three letters (`قصف`, `قتل`);
 * the others take a noun.
 */
const LEADING_PARTICLES: ReadonlyArray<readonly [particle: string, minNextLetters: number]> = [
  ['لقد', 3], ['قد', 3], ['بعد', 4], ['جراء', 4],
];
/**
 * The word after a particle may be rarer than a pair's half (`التصعيد` is seen 3 times in the newswire
 * list): a closed class on the left is evidence enough, so a word seen twice (the list's floor) will do.
 */
const MIN_COUNT_AFTER_PARTICLE = 2;
/** The shortest join there is: `قد` and a verb of three letters (`قدقصف`). */
const MIN_PARTICLE_GLUED_LETTERS = 5;

/** `بعد` + `التصعيد`: where a glued particle ends, or null. */
function particleCut(norm: string): number | null {
  const v = words();
  for (const [particle, minNext] of LEADING_PARTICLES) {
    if (!norm.startsWith(particle) || norm.length - particle.length < minNext) continue;
    const next = norm.slice(particle.length);
    // `بعدوان` is ب + عدوان: a conjunction never follows these particles, so a next word opened by و is no cut
    if (next.startsWith('و') || next.startsWith('ف')) continue;
    // `قدمهما` is قدّم + هما: when the particle and the next letter make a word (`قدم`, `قدر`), the form is
    // that word with its endings, not the particle before another
    if (v.has(norm.slice(0, particle.length + 1))) continue;
    // `قدامه` is قُدّام + ه: a next word of three letters ending in a pronoun is a word's ending, not a verb
    if (next.length === 3 && next.endsWith('ه')) continue;
    // the next word as written or with its article (`اعتداء` is rare, `الاعتداء` common)
    const count = Math.max(v.get(next) ?? -1, v.get('ال' + next) ?? -1);
    if (count >= MIN_COUNT_AFTER_PARTICLE) return particle.length;
  }
  return null;
}

/**
 * `مقراً` is `مقر` in the indefinite accusative: newswire has the bare noun more often than the form with
 * its alef, so where the page wrote the tanween, a right part ending in ا counts as its noun too
 * (`الروسيمقراً` → `الروسي` + `مقراً`). Without the tanween (`وكلاهما`) the alef is no such ending.
 */
function accusativeFrequency(right: string): number {
  if (!right.endsWith('ا') || right.length - 1 < MIN_ACCUSATIVE_STEM) return -1;
  return words().get(right.slice(0, -1)) ?? -1;
}
/** A stem of three letters (`مقر`) at least, as the right part of a cut may be. */
const MIN_ACCUSATIVE_STEM = 3;
