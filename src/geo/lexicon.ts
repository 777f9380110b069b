/**
 * The words around a place name that change what it means, as written (normalised at load):
 * `ريف حماة` is the countryside of a governorate, `جنوب حمص` near a city, `مطار الشعيرات` an air
 * base rather than the village. Data only; geo/context.ts turns it into lookup sets.
 */

/** `ريف X`: the countryside of X (precision 2). The dual `ريفي X وY` names two. */
export const COUNTRYSIDE_WORDS = ['ريف', 'الريف'];
export const COUNTRYSIDE_DUAL_WORDS = ['ريفي', 'أرياف'];

/** `محافظة X`: the governorate itself (precision 3). */
export const GOVERNORATE_WORDS = ['محافظة'];
export const GOVERNORATE_DUAL_WORDS = ['محافظتي', 'محافظات'];

/**
 * Phrases that put an event near or in part of a place (precision 2). Each is a token sequence;
 * longer phrases are tried first so `جنوب شرق` wins over `جنوب`.
 */
export const NEAR_PHRASES = [
  'بالقرب من',
  'على مقربة من',
  'على أطراف',
  'على طريق',
  'قرب',
  'قريبا من',
  'محيط',
  'أطراف',
  'ضواحي',
  'مشارف',
  'تخوم',
  'أرياف',
  'بادية',
  'جنوب شرق',
  'جنوب غرب',
  'شمال شرق',
  'شمال غرب',
  'جنوب شرقي',
  'جنوب غربي',
  'شمال شرقي',
  'شمال غربي',
  'جنوب',
  'شمال',
  'شرق',
  'غرب',
  'جنوبي',
  'شمالي',
  'شرقي',
  'غربي',
  'وسط',
];

/**
 * Words naming what kind of place follows (`مدينة تدمر`, `قرية "باسنكول"`). They are kept in the
 * mention, and they vouch for the next word being a place even when it is also a common word.
 */
export const PLACE_TYPE_WORDS = ['مدينة', 'بلدة', 'قرية', 'حي', 'ناحية', 'منطقة', 'العاصمة', 'مخيم', 'سهل', 'جبل', 'بلدات', 'قرى', 'مدن', 'أحياء'];
/** Type words that introduce a list (`قرى جورين وسلحب ودير شميل`, `حيي جب القبة وبستان القصر`). */
export const PLACE_TYPE_LIST_WORDS = ['مدينتي', 'بلدتي', 'قريتي', 'حيي', 'بلدات', 'قرى', 'مدن', 'أحياء', 'مناطق'];
/** Type words after which a settlement, not a country or an administrative area, is meant. */
export const SETTLEMENT_WORDS = ['مدينة', 'بلدة', 'قرية', 'حي', 'مدينتي', 'بلدتي', 'قريتي', 'حيي', 'بلدات', 'قرى', 'مدن', 'أحياء', 'العاصمة'];

/**
 * Words that make the next name a military or infrastructure site (`مطار الشعيرات`, `قاعدتي
 * الشعيرات`). Site aliases that start with one of them are also indexed without it, usable only
 * after one of these words: the village of the same name keeps the bare name.
 */
export const SITE_WORDS = [
  'مطار',
  'مطاري',
  'قاعدة',
  'قاعدتي',
  'القاعدة',
  'معبر',
  'منفذ',
  'مخيم',
  'سجن',
  'حقل',
  'حقول',
  'معمل',
  'ميناء',
  'سد',
  'حامية',
  'الكلية',
];

/** Words after a site name that still belong to it (`مطار حلب الدولي`, `قاعدة حميميم الجوية`). */
export const SITE_TRAILING_WORDS = [
  'العسكري',
  'العسكرية',
  'الجوي',
  'الجوية',
  'الحربي',
  'الدولي',
  'الحدودي',
  'البحرية',
  'النفطي',
  'للغاز',
  'الروسية',
  'الأمريكية',
  'الأميركية',
];

/** Words after `ريف X` / a region that narrow it (`ريف حماة الشمالي`, `الريف الشمالي الغربي`). */
export const DIRECTION_WORDS = [
  'الشمالي',
  'الجنوبي',
  'الشرقي',
  'الغربي',
  'الشمالية',
  'الجنوبية',
  'الشرقية',
  'الغربية',
  'الأوسط',
  'الأوسطى',
];

/**
 * OCHA (and GeoNames) names that are also common Arabic words, and are not places when written
 * bare. Measured: scripts run findPlaces over the gold and seed articles and every single-word
 * match was read (see data/geo/SOURCE.md, "Stop list"). A name here still matches after a place
 * word (`قرية السلام`) or inside a longer name (`رأس العين`).
 */
export const COMMON_WORD_NAMES = [
  // found as false positives in the gold and seed articles
  'السلام',
  'الحرية',
  'المنطقة',
  'مركز',
  'الجيش',
  'الدفاع',
];
