/**
 * One Arabic normaliser for matching (never for display). Everything that compares Arabic text —
 * gazetteer, actor lexicon, triggers, search — goes through `normalizeArabic` so that spelling
 * variants writers actually use (hamza forms, alef maqsura, ta marbuta, Persian letters, harakat,
 * tatweel, Eastern digits) meet on one key.
 */

// Harakat, Quranic marks and the superscript alef carry no lexical identity for matching.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
// Bidi controls and zero-width joiners are invisible layout noise in scraped pages.
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

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
const LETTER_FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

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

/** The matching key of a string: NFC, no diacritics/tatweel/invisibles, folded letters and digits, lower-case Latin. */
export function normalizeArabic(s: string): string {
  return foldDigits(
    s
      .normalize('NFC')
      .replace(DIACRITICS, '')
      .replace(TATWEEL, '')
      .replace(INVISIBLES, '')
      .replace(LETTER_FOLD_RE, (ch) => LETTER_FOLDS[ch] ?? ch),
  )
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True if the string holds at least one Arabic letter. */
export function hasArabic(s: string): boolean {
  return /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/.test(s);
}
