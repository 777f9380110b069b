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
/** Type words for a city quarter: a neighbourhood of that name is meant before a village (`حي جوبر`). */
export const QUARTER_WORDS = ['حي', 'حيي', 'أحياء'];

/** Type words that introduce a list (`قرى جورين وسلحب ودير شميل`, `حيي جب القبة وبستان القصر`). */
export const PLACE_TYPE_LIST_WORDS = ['مدينتي', 'بلدتي', 'قريتي', 'حيي', 'بلدات', 'قرى', 'مدن', 'أحياء'];
/** Type words after which a settlement, not a country or an administrative area, is meant. */
export const SETTLEMENT_WORDS = ['مدينة', 'بلدة', 'قرية', 'حي', 'مدينتي', 'بلدتي', 'قريتي', 'حيي', 'بلدات', 'قرى', 'مدن', 'أحياء', 'العاصمة'];

/** Besides settlement words, the type words after which a common word is still a place. */
export const VOUCHING_TYPE_WORDS = ['ناحية', 'مخيم', 'جبل', 'سهل'];

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
 * Names that are also common Arabic words (or people), and are not places when written bare.
 * data/geo/common_words.json adds the ones measured on ANERcorp; these are the ones found by
 * reading every match findPlaces made on the gold and seed articles (data/geo/SOURCE.md, "Stop
 * list"). A name here still matches after a settlement word (`قرية السلام`) or inside a longer name.
 */
export const COMMON_WORD_NAMES = [
  // the brief's examples: OCHA village names that are everyday words in conflict news
  'السلام',
  // `محاكمة عادلة` (a fair trial, ANERcorp train:769): an adjective, also a Hasakeh village
  'عادلة',
  'الحرية',
  'المنطقة',
  'مركز',
  'الجيش',
  'الدفاع',
  // false positives read in the gold articles (the village or town they hit in brackets)
  'مدينة', // the word "city" (GeoNames: Medina)
  'إسقاط', // "downing" (Idleb: Eskat)
  'بؤر', // "hotbeds" (GeoNames: Bor)
  'بور',
  'مقتله', // "his killing" (Aleppo: Maqtala)
  'أوستن', // Lloyd Austin (GeoNames: Austin)
  'مطل', // "overlooking" (Idleb: Matl)
  'رامي', // Rami Abdulrahman of SOHR (Idleb: Rami)
  'مفرق', // "junction" (GeoNames: Mafraq)
  'الأخوة', // "the brothers" (Aleppo twin village Okuwa)
  'سبيل', // "way" (Hama: Sabil)
  'الكرامة', // "dignity"
  'المباركة', // "blessed"
  'المشهد', // "the scene" (GeoNames: Mashhad)
  'النمر', // "Tiger" Forces
  'تحولا', // "a shift"
  'سيم',
  'فاح',
  'سلمي', // "peaceful"
  'فلاح', // "farmer"
  'اللوم', // "blame" (GeoNames: Lomé)
  'الفينة', // بين الفينة والأخرى (GeoNames: Vinh)
  'حجة', // "pretext" (GeoNames: Hajjah)
  'طوق', // "cordon"
  'رفيعة', // "high-ranking"
  'عز الدين', // a person's name (Hama: Ez Eldin)
  'بستان', // "orchard" (GeoNames: Elbistan)
  'الصحية', // "health", الرعاية الصحية (Wojood train; Hasakeh: Sahiyeh)
  'الوادي', // "the valley", also `بوادي` (GeoNames: El Oued, Algeria); `وادي بردى` is a longer name
  'وادي',
  // false positives read in the seed pages
  'خبر', // "news item" (GeoNames: Khobar)
  'زر', // "button", page chrome (Deir-ez-Zor: Zir)
  'الملحة', // "urgent" (Aleppo: Milheh)
  'القبة', // "the dome", القبة الحديدية (Aleppo: Qubbeh); `جب القبة` is a longer name
  // Damascus neighbourhoods (curated.ts) whose names are everyday words: only after `حي`
  'الميدان', // "the field, the square" (also GeoNames: Medan)
  'القدم', // "the foot", كرة القدم
  'المزرعة', // "the farm"
  'المهاجرين', // "the emigrants" (Homs: Muhajerine)
];

/**
 * Words naming a news outlet: the name after them is the outlet's (`قناة القاهرة الإخبارية`, `تلفزيون
 * سوريا`, `شبكة شام`), not a place.
 */
export const MEDIA_WORDS = ['قناة', 'صحيفة', 'جريدة', 'وكالة', 'إذاعة', 'تلفزيون', 'التلفزيون', 'راديو', 'شبكة', 'مجلة', 'فضائية'];
/** Words after a name that make it an outlet's (`القاهرة الإخبارية`). */
export const MEDIA_TRAILING_WORDS = ['الإخبارية', 'الإخباري', 'الفضائية'];

/** Near-phrases that put the event inside the place, not around it (`وسط دمشق`). */
export const INSIDE_PHRASES = ['وسط'];

/**
 * Cities that are a governorate by themselves: what lies around them (`محيط دمشق`, `ضواحي دمشق`) is
 * in the governorate that surrounds them. OCHA English names.
 */
export const SURROUNDING_GOVERNORATE: Record<string, string> = { Damascus: 'Rural Damascus' };

/**
 * Honorifics that start both village names (`الشيخ مسكين`, `الشيخ محمد`) and people's names (`خالد
 * شيخ محمد`, `الشيخ محمد بن راشد`). Such a name is a person's when written without the article, which
 * a village name keeps, or when `بن` follows (a lineage); a place word before it (`قرية`) still vouches.
 */
export const PERSON_HONORIFICS = ['الشيخ'];
/** `بن`, `بنت`: "son / daughter of", the lineage that follows a person's name. */
export const LINEAGE_WORDS = ['بن', 'بنت', 'ابن'];

/** Written forms (one token, as written, clitics and all) that are never a place. */
export const NOT_A_PLACE_FORMS = [
  'للميادين', // "to Al Mayadeen" (the channel), not the town
  'قريتين', // "two villages"; the town is written القريتين
  'باراك', // Barack (Obama), not ب + `اراك` (Homs: Arak)
];

/**
 * One-word names that data/geo/common_words.json lists as common words but that conflict news
 * writes bare for the place (`القصير`, the town, more than "the short one").
 */
export const COMMON_WORD_EXCEPTIONS = ['القصير'];

/**
 * Each country's capital as the news writes it, for `العاصمة العراقية` (Baghdad) and a bare `العاصمة`
 * in a story set in one country. Written out rather than read off the sources' capital flags: OCHA
 * ranks Damascus a governorate seat and flags a Deir-ez-Zor village as a national capital. Israel and
 * Palestine are left out: which city "the Israeli capital" is, is itself a claim.
 */
export const NATIONAL_CAPITALS: Readonly<Record<string, string>> = {
  Syria: 'دمشق',
  Iraq: 'بغداد',
  Lebanon: 'بيروت',
  Jordan: 'عمان',
  Iran: 'طهران',
  Turkey: 'أنقرة',
  Egypt: 'القاهرة',
  'Saudi Arabia': 'الرياض',
  Yemen: 'صنعاء',
  Qatar: 'الدوحة',
  Kuwait: 'الكويت',
  Bahrain: 'المنامة',
  'United Arab Emirates': 'أبوظبي',
  Libya: 'طرابلس',
  Sudan: 'الخرطوم',
  Tunisia: 'تونس',
  Algeria: 'الجزائر',
  Morocco: 'الرباط',
  Afghanistan: 'كابول',
  Pakistan: 'إسلام آباد',
  Russia: 'موسكو',
  Ukraine: 'كييف',
  'United States': 'واشنطن',
  'United Kingdom': 'لندن',
  France: 'باريس',
  Germany: 'برلين',
  China: 'بكين',
  Japan: 'طوكيو',
};
