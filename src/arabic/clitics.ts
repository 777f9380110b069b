/**
 * Proclitic stripping. Arabic writes conjunctions (و ف), prepositions (ب ل ك) and the article (ال)
 * onto the word: `وبريف` = و + ب + ريف, `للمسلحين` = ل + ال + مسلحين. A word may or may not carry
 * them (`بشار` is a name, not ب + شار), so we never decide: we list every reading and let the
 * lexicon or gazetteer lookup say which one exists.
 */

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
const ARTICLE = 'ال';
/** A stripped remainder shorter than this is more likely a whole short word than a stem. */
const MIN_STEM_LENGTH = 2;

/**
 * All readings of a normalised word with proclitics removed, most stripped first, the word itself
 * last. Readings keep and drop the article separately (`الباغوز` and `باغوز`), so that a key may be
 * stored either way.
 */
export function procliticReadings(norm: string): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    if (w.length >= MIN_STEM_LENGTH && !out.includes(w)) out.push(w);
  };

  const afterConj = [norm];
  for (const c of CONJUNCTIONS) if (norm.startsWith(c)) afterConj.push(norm.slice(c.length));

  const afterPrep: string[] = [];
  for (const w of afterConj) {
    afterPrep.push(w);
    for (const p of PREPOSITIONS) {
      if (!w.startsWith(p)) continue;
      const rest = w.slice(p.length);
      afterPrep.push(rest);
      // ل + ال is written لل: للمسلحين = ل + المسلحين
      if (p === 'ل' && rest.startsWith('ل')) afterPrep.push('ا' + rest);
    }
  }

  const readings: string[] = [];
  for (const w of afterPrep) {
    if (w.startsWith(ARTICLE) && w.length - ARTICLE.length >= MIN_STEM_LENGTH) readings.push(w.slice(ARTICLE.length));
    readings.push(w);
  }
  // most stripped first: shortest strings first, stable for equal lengths
  readings.sort((a, b) => a.length - b.length);
  for (const r of readings) if (r !== norm) add(r);
  if (!out.includes(norm)) out.push(norm);
  return out;
}

/** The key of a lexicon or gazetteer entry: normalised with a leading article removed. */
export function stripArticle(norm: string): string {
  return norm.startsWith(ARTICLE) && norm.length - ARTICLE.length >= MIN_STEM_LENGTH ? norm.slice(ARTICLE.length) : norm;
}
