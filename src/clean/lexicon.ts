/**
 * Word lists for page cleaning, as writers spell them (normalised once at load, in matchers.ts).
 * Adding a chrome line or a teaser marker means adding a string here, never editing control flow.
 */

/** Whole lines that are site furniture wherever they appear (compared after normalizeArabic). */
export const CHROME_LINES = [
  'زر الذهاب إلى الأعلى',
  'العودة إلى الأعلى',
  'اظهر المزيد',
  'إظهار المزيد',
  'عرض المزيد',
  'تحميل المزيد',
  'أخبار ساخنة',
  'عاجل',
  'شارك',
  'شارك الخبر',
  'شارك المقال',
  'مشاركة',
  'طباعة',
  'نسخ الرابط',
  'تابعنا على',
  'إعلان',
  'الإعلانات',
  'النشرة البريدية',
  'recent',
  'trending',
  'advertisement',
  'share',
  'print',
];

/**
 * Section/category labels sites print above the headline. Only dropped in the page head (before the
 * first body paragraph): lower down the same words can be part of an article.
 */
export const CATEGORY_LABELS = [
  'خبر عربي وإسلامي',
  'أخبار عربية',
  'أخبار عربية ودولية',
  'عربي ودولي',
  'عربي وإسلامي',
  'عربي',
  'دولي',
  'أخبار دولية',
  'أخبار محلية',
  'محليات',
  'سياسة',
  'أخبار',
  'الأخبار',
  'تقارير',
  'تقارير وتحقيقات',
  'الشرق الأوسط',
  'العالم العربي',
  'العالم',
];

/**
 * Lines that open a block of other articles ("read also"). Everything after one, up to the next, is a
 * teaser, never body. Matched on the line's leading words; an inline title may follow (`إقرأ أيضا..عنوان`).
 */
export const TEASER_MARKERS = [
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'اقرأ كذلك',
  'اقرأ المزيد',
  'اقرأ المزيد من الأخبار',
  'طالع أيضا',
  'طالع كذلك',
  'شاهد أيضا',
  'شاهد كذلك',
  'يهمك أيضا',
  'قد يهمك',
  'قد يهمك أيضا',
  'قد يعجبك أيضا',
  'اخترنا لك',
  'مقالات ذات صلة',
  'أخبار ذات صلة',
  'مواضيع ذات صلة',
  'مواد ذات صلة',
  'موضوعات ذات صلة',
  'ذات صلة',
  'الأكثر قراءة',
  'الأكثر مشاهدة',
  'read also',
  'read more',
  'related articles',
  'related',
];

/** Labels of the publication-date line (`تاريخ النشر: 1st, May 2024 GMT`). */
export const PUBLICATION_LABELS = ['تاريخ النشر', 'نشر في', 'نشر بتاريخ', 'تاريخ الخبر', 'تاريخ النشر والتحديث', 'published'];

/** Labels of the source-credit line (`المصدر: RT Arabic`). */
export const CREDIT_LABELS = ['المصدر', 'مصدر الخبر', 'المصادر', 'source'];

/** Labels of the keywords line (`كلمات دلالية: …`). */
export const KEYWORD_LABELS = [
  'كلمات دلالية',
  'الكلمات الدلالية',
  'كلمات مفتاحية',
  'الكلمات المفتاحية',
  'الوسوم',
  'وسوم',
  'الكلمات الدالة',
  'tags',
  'keywords',
];

/** Punctuation between a label and its value, or after a teaser marker (`:`, `..`, `-`). */
export const LABEL_SEPARATORS = [':', '：', '.', '…', '-', '–', '—', '|', '/', '»', '>'];

/**
 * Channel-promotion lines (`ولمتابعة كل ما يخص "عرب 48" يُمكنك متابعة قناتنا الإخبارية على تلجرام`): the
 * line starts with one of these words (proclitics allowed) and names one of the platforms below.
 */
export const FOLLOW_VERBS = ['متابعة', 'تابعونا', 'تابعوا', 'تابعنا', 'تابع', 'انضم', 'انضموا', 'اشترك', 'اشتركوا', 'حمل', 'حملوا'];
export const SOCIAL_PLATFORMS = [
  'تلجرام',
  'تليجرام',
  'تلغرام',
  'تيليغرام',
  'تيلجرام',
  'تليغرام',
  'واتساب',
  'واتس آب',
  'فيسبوك',
  'فيس بوك',
  'تويتر',
  'يوتيوب',
  'انستغرام',
  'انستجرام',
  'إنستغرام',
  'تيك توك',
  'أخبار جوجل',
  'جوجل نيوز',
  'نبض',
  'telegram',
  'whatsapp',
  'facebook',
  'twitter',
  'youtube',
  'instagram',
  'google news',
];

/** Keyword-line separators, when the site used any (many just run the terms together with spaces). */
export const KEYWORD_SEPARATORS = /\s*(?:[،,;؛|#•·]|\s-\s)\s*/u;
