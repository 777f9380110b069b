/** Word lists and character classes for language detection and page classification. Data only. */

/** Letters of the Arabic script (Arabic, Supplement, Extended-A, presentation forms). */
export const ARABIC_SCRIPT_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]/gu;

/** Letters of the Latin script (basic and accented). */
export const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/gu;

/**
 * Letters Persian (and Urdu) write and Arabic does not: پ چ ژ گ ک ی and Urdu ٹ ڈ ڑ ں ہ ے. Arabic news
 * spells Persian names with Arabic letters (بزشكيان), so a few of these mean a loan word, many a Persian page.
 */
export const PERSIAN_ONLY_LETTER = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u0679\u0688\u0691\u06BA\u06C1\u06D2]/gu;

/** The most frequent English function words; their share among Latin-script words marks English. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'by', 'at',
  'his', 'from', 'be', 'have', 'has', 'had', 'are', 'were', 'not', 'but', 'they', 'this', 'which', 'an', 'or',
  'their', 'said', 'been', 'who', 'its', 'after', 'also', 'will', 'would', 'there', 'more', 'than', 'into',
]);

/** JSON-LD and Open Graph types that mark a page as one article (schema.org Article and its subtypes). */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'backgroundnewsarticle',
  'opinionnewsarticle', 'reviewnewsarticle', 'blogposting', 'liveblogposting', 'report', 'socialmediaposting',
]);

/** Types that mark a listing, a video or a section front rather than an article. */
export const NON_ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'website', 'collectionpage', 'itemlist', 'searchresultspage', 'webpage', 'profilepage', 'videoobject',
  'video.other', 'video.episode', 'imagegallery', 'mediagallery', 'aboutpage', 'contactpage',
]);
