import { normalizeArabic } from '../arabic/index.js';
import type { Token } from '../types.js';

/**
 * Where a matched reading starts inside a token. Lookups match `Token.bases` (the word with و ف ب ل ك
 * and ال read off); a mention should start at the name, not at the conjunction glued to it
 * (`وقسد` → `قسد`), so that evidence reads cleanly.
 */

// Optional conjunction, optional preposition, optional article: the only prefixes procliticReadings removes.
const PROCLITIC_PREFIX = /^[وف]?[بلك]?(?:ال)?$/;
// ل + ال is written لل: the article's alef is not on the page.
const LAM_ARTICLE_PREFIX = /^[وف]?لل$/;

/**
 * Length, in normalised characters, of the proclitics in front of `base` in `norm`, or null when `base`
 * is not a proclitic reading of `norm`. With `keepArticle` the article stays in the mention
 * (`والروسي` → `الروسي`); without it, a reading that drops the article is refused (null), so that an
 * indefinite key (`مدني`) does not fire on a definite word (`المدني`).
 */
export function procliticLength(norm: string, base: string, keepArticle: boolean): number | null {
  if (norm.endsWith(base)) {
    const prefix = norm.slice(0, norm.length - base.length);
    if (LAM_ARTICLE_PREFIX.test(prefix)) return keepArticle ? prefix.length - 2 : null;
    if (!PROCLITIC_PREFIX.test(prefix)) return null;
    if (prefix.endsWith('ال')) return keepArticle ? prefix.length - 2 : null;
    return prefix.length;
  }
  // للمسلحين read as ل + المسلحين: the base's alef is not written, so the mention keeps لل
  if (base.startsWith('ال') && norm.endsWith(base.slice(1))) {
    const prefix = norm.slice(0, norm.length - base.length + 1);
    return /^[وف]?ل$/.test(prefix) ? prefix.length - 1 : null;
  }
  return null;
}

/**
 * Offset in the original text after the first `count` normalised characters of `token`. Harakat,
 * tatweel and invisibles normalise to nothing, so they are skipped, and marks that follow the last
 * counted letter stay with it.
 */
export function offsetAfterNormalised(token: Token, count: number): number {
  if (count <= 0) return token.start;
  let seen = 0;
  let i = 0;
  const written = token.text;
  while (i < written.length && seen < count) {
    if (normalizeArabic(written[i]!) !== '') seen++;
    i++;
  }
  while (i < written.length && normalizeArabic(written[i]!) === '') i++;
  return token.start + i;
}
