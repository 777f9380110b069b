/**
 * Nationality adjectives (nisba) → the country they name. Stems are written as the masculine
 * singular; nationalities.ts derives the feminine, plural and dual forms. Irregular plurals
 * (روس, أتراك) are listed apart.
 */
export const NATIONALITY_STEMS: Readonly<Record<string, string>> = {
  'سوري': 'Syria',
  'روسي': 'Russia',
  'أمريكي': 'United States',
  'أميركي': 'United States',
  'إسرائيلي': 'Israel',
  'تركي': 'Turkey',
  'إيراني': 'Iran',
  'أوكراني': 'Ukraine',
  'عراقي': 'Iraq',
  'لبناني': 'Lebanon',
  'أردني': 'Jordan',
  'سعودي': 'Saudi Arabia',
  'فلسطيني': 'Palestine',
  'يمني': 'Yemen',
  'مصري': 'Egypt',
  'قطري': 'Qatar',
  'إماراتي': 'United Arab Emirates',
  'فرنسي': 'France',
  'بريطاني': 'United Kingdom',
  'ألماني': 'Germany',
  'صيني': 'China',
  'باكستاني': 'Pakistan',
  'أفغاني': 'Afghanistan',
};

/** Broken plurals that cannot be derived from the stem. */
export const IRREGULAR_NATIONALITY_FORMS: Readonly<Record<string, string>> = {
  'روس': 'Russia',
  'أتراك': 'Turkey',
  'أفغان': 'Afghanistan',
};

/**
 * Suffixes on a nisba stem: feminine (ة), sound plurals (ون ين), duals (ان, تان تين). The accusative
 * -ا is left out: `سوريا`, `روسيا`, `تركيا` are the countries themselves.
 */
export const NATIONALITY_SUFFIXES: readonly string[] = ['', 'ة', 'ون', 'ين', 'ان', 'تان', 'تين'];

/**
 * A feminine nisba that is also the country's own name (`سورية` = Syria). Read as an adjective only
 * after a word it can describe, never after a preposition (`في سورية`) nor with one attached (`بسورية`).
 */
export const ALSO_A_COUNTRY_NAME: readonly string[] = ['سورية'];

/** Words after which an ambiguous form is the place, not the adjective. */
export const PLACE_PREPOSITIONS: readonly string[] = [
  'في', 'من', 'إلى', 'الى', 'على', 'عن', 'داخل', 'خارج', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي',
  'نحو', 'باتجاه', 'حدود', 'أراضي', 'مع', 'بين', 'لدى', 'ضد', 'و',
];
