/**
 * One Arabic normaliser for matching (never for display). Everything that compares Arabic text —
 * gazetteer, actor lexicon, triggers, search — goes through `normalizeArabic` so that spelling
 * variants writers actually use (hamza forms, alef maqsura, ta marbuta, Persian letters, harakat,
 * tatweel, Eastern digits) meet on one key.
 */

// Dropped for matching (see FOLD_TABLE): harakat, Quranic marks and the superscript alef, which carry no
// lexical identity; tatweel; bidi controls and zero-width joiners, invisible layout noise in scraped pages.

/** Letter folds applied for matching keys. */
const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ئ': 'ي',
  'ؤ': 'و',
  'ة': 'ه',
  // Persian and Urdu letters that pages mix into Arabic text (یکۀە).
  'ی': 'ي',
  'ې': 'ي',
  'ک': 'ك',
  'ۀ': 'ه',
  'ە': 'ه',
  'ھ': 'ه',
};

/**
 * Length-preserving folds safe for display: Persian letters that look like Arabic ones but are
 * different code points (ی ک), and Eastern digits. Applied to the cleaned text so that what a
 * user copies from rasd searches as Arabic.
 */
const DISPLAY_FOLDS: Record<string, string> = { 'ی': 'ي', 'ک': 'ك', 'ۀ': 'ة' };
const DISPLAY_FOLD_RE = /[یکۀ]/g;

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits → ASCII 0-9. Length-preserving. */
export function foldDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= PERSIAN_ZERO ? c - PERSIAN_ZERO : c - ARABIC_INDIC_ZERO);
  });
}

/** Fold Persian look-alike letters to Arabic without changing length (safe on display text). */
export function foldPersianLetters(s: string): string {
  return s.replace(DISPLAY_FOLD_RE, (ch) => DISPLAY_FOLDS[ch] ?? ch);
}

/**
 * One table for the whole fold, built once: for each UTF-16 code unit, the string it becomes ('' to
 * drop it). Normalising is then one pass over the string, which matters: every token of every article
 * goes through here. NFC is not needed: the combining hamza and madda (U+0653–U+0655) that NFC would
 * compose onto alef, waw and yeh are dropped, which gives the same key as composing and then folding.
 */
const FOLD_TABLE: Array<string | undefined> = (() => {
  const table: Array<string | undefined> = [];
  const drop = (from: number, to: number) => {
    for (let c = from; c <= to; c++) table[c] = '';
  };
  drop(0x0610, 0x061a);
  drop(0x064b, 0x065f);
  drop(0x0670, 0x0670);
  drop(0x06d6, 0x06ed);
  drop(0x0640, 0x0640);
  drop(0x200b, 0x200f);
  drop(0x202a, 0x202e);
  drop(0x2066, 0x2069);
  drop(0xfeff, 0xfeff);
  for (const [from, to] of Object.entries(LETTER_FOLDS)) table[from.charCodeAt(0)] = to;
  for (let d = 0; d <= 9; d++) {
    table[ARABIC_INDIC_ZERO + d] = String(d);
    table[PERSIAN_ZERO + d] = String(d);
  }
  for (let c = 0x41; c <= 0x5a; c++) table[c] = String.fromCharCode(c + 32);
  return table;
})();

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0x1680;

/** The matching key of a string: no diacritics/tatweel/invisibles, folded letters and digits, lower-case Latin, single spaces. */
export function normalizeArabic(s: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    const mapped = FOLD_TABLE[c];
    if (mapped === '') continue;
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += mapped ?? s[i];
  }
  // Latin outside A-Z (accented capitals) still lower-cases as before
  return /[^\u0000-\u007f\u0600-\u06ff]/.test(out) ? out.toLowerCase() : out;
}

/** True if the string holds at least one Arabic letter. */
export function hasArabic(s: string): boolean {
  return /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/.test(s);
}
