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
  'كويتي': 'Kuwait',
  'ليبي': 'Libya',
  'سوداني': 'Sudan',
  'بحريني': 'Bahrain',
  'تونسي': 'Tunisia',
  'جزائري': 'Algeria',
  'مغربي': 'Morocco',
  'إيطالي': 'Italy',
  'إسباني': 'Spain',
  'هولندي': 'Netherlands',
  'بلجيكي': 'Belgium',
  'يوناني': 'Greece',
  'قبرصي': 'Cyprus',
  'أذربيجاني': 'Azerbaijan',
  'أرميني': 'Armenia',
  'هندي': 'India',
  'ياباني': 'Japan',
  'كندي': 'Canada',
  'أسترالي': 'Australia',
  'إريتري': 'Eritrea',
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

/** The suffixes (plural, dual) of a nisba that counts people (`عراقيين`, `جنديان عراقيان`), not things. */
export const PEOPLE_SUFFIXES: readonly string[] = ['ون', 'ين', 'ان', 'تان', 'تين'];

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

/** Countries whose English name takes the article after "of" (ACLED: "Military Forces of the United States"). */
export const COUNTRIES_WITH_ARTICLE: readonly string[] = ['United States', 'United Kingdom', 'United Arab Emirates', 'Netherlands', 'Philippines'];

/** English adjective of a country, for claim labels ("Russian deputy foreign minister"). */
export const ENGLISH_DEMONYMS: Readonly<Record<string, string>> = {
  Syria: 'Syrian',
  Russia: 'Russian',
  'United States': 'US',
  Israel: 'Israeli',
  Turkey: 'Turkish',
  Iran: 'Iranian',
  Ukraine: 'Ukrainian',
  Iraq: 'Iraqi',
  Lebanon: 'Lebanese',
  Jordan: 'Jordanian',
  'Saudi Arabia': 'Saudi',
  Palestine: 'Palestinian',
  Yemen: 'Yemeni',
  Egypt: 'Egyptian',
  Qatar: 'Qatari',
  'United Arab Emirates': 'Emirati',
  France: 'French',
  'United Kingdom': 'British',
  Germany: 'German',
  China: 'Chinese',
  Pakistan: 'Pakistani',
  Afghanistan: 'Afghan',
  Kuwait: 'Kuwaiti',
  Libya: 'Libyan',
  Sudan: 'Sudanese',
  Bahrain: 'Bahraini',
  Tunisia: 'Tunisian',
  Algeria: 'Algerian',
  Morocco: 'Moroccan',
  Italy: 'Italian',
  Spain: 'Spanish',
  Netherlands: 'Dutch',
  Belgium: 'Belgian',
  Greece: 'Greek',
  Cyprus: 'Cypriot',
  Azerbaijan: 'Azerbaijani',
  Armenia: 'Armenian',
  India: 'Indian',
  Japan: 'Japanese',
  Canada: 'Canadian',
  Australia: 'Australian',
  Eritrea: 'Eritrean',
};
