/**
 * Hand-made additions to the gazetteer sources, read by scripts/build-gazetteer.ts. Each one fixes a
 * gap measured on the seed and gold articles or noted in the sources' SOURCE.md; the reason is
 * beside it. Adding a spelling here never needs a code change.
 */
import type { GazetteerEntry } from './entry.js';
import { RANK } from './rank.js';

/** Extra Arabic spellings for an entry, by entry id. */
export const EXTRA_ARABIC_NAMES: Record<string, string[]> = {
  // OCHA writes بسنقول (Idleb, Ariha); the news writes باسنكول (seed 000: `قرية "باسنكول" في محافظة إدلب`).
  'ocha:C4322': ['باسنكول', 'بسنكول', 'باسنقول'],
  // The Russian naval facility sits in the port; `ميناء طرطوس` in Russian-deployment news means it (seed 002).
  'site:tartus_naval_facility': ['ميناء طرطوس'],
  // OCHA has only `الباغوز فوقاني` (Upper Baghuz), the town the news calls `الباغوز` (seed 003).
  'ocha:C5184': ['الباغوز', 'باغوز'],
  // Both spellings are standard; world-countries has only سوريا.
  'country:SY': ['سورية', 'الجمهورية العربية السورية', 'الأراضي السورية'],
  // The country is more often named by its short forms than by `الولايات المتحدة`.
  'country:US': ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية'],
  // `مطار دمشق` (gold am-1768555) is the international airport, missing from conflict_sites.csv.
  'airport:OSDI': ['مطار دمشق', 'مطار دمشق الدولي'],
  // OCHA writes الشدادة; the news writes الشدادي (gold am-1767829, am-1766782: `قاعدة الشدادي`).
  'ocha:C4446': ['الشدادي', 'شدادي'],
  // The news drops `الشام` (gold snn-3d4ea00635f6: `بلدة المعضمية`); the other معضمية is always `معضمية القلمون`.
  'ocha:C2499': ['المعضمية', 'معضمية'],
  // A bare `كونيكو` names the gas field and the US base in it (gold am-1767829: `التنف، حرير، كونيكو`).
  'site:conoco_gas_field': ['كونيكو', 'كونوكو'],
  // GeoNames has only Persian spellings for these; the news spellings are the gold's (snn-9d2c427da60e).
  'geonames:316411': ['دوغوبيازيد', 'دوغو بيازيد'],
  // Rostov-on-Don: GeoNames writes `روستوف-نا-دونو`; the news writes `روستوف` or `روستوف على الدون`.
  'geonames:501175': ['روستوف', 'روستوف على الدون', 'روستوف أون دون'],
  // GeoNames keeps كابول only in its Persian spelling (dropped by the builder); Arabic newswire writes both.
  'geonames:1138958': ['كابول'],
  // Kayseri: GeoNames writes قيصرية; the news writes قيصري (ANERcorp: `في مدينة قيصري`).
  'geonames:308464': ['قيصري'],
  // Istanbul: GeoNames has only اسطنبول; 2000s newswire writes استنبول (ANERcorp) and إستانبول.
  'geonames:745044': ['استنبول', 'إستانبول', 'إسطنبول'],
};

/**
 * GeoNames first-order division codes (`country.admin1_code`) → the province's English name, as ACLED
 * writes it, for Syria's neighbours (and Iran): the countries whose towns Syrian conflict news names.
 * Places elsewhere keep admin1 null. Codes read off geonames_cities500 (the PPLA seat in each code);
 * names are the provinces', not the seats' (TR.31 is Hatay, seated at Antakya).
 */
export const ADMIN1_BY_GEONAMES_CODE: Record<string, string> = {
  // Turkey: provinces (il)
  'TR.02': 'Adiyaman', 'TR.03': 'Afyonkarahisar', 'TR.04': 'Agri', 'TR.05': 'Amasya', 'TR.07': 'Antalya',
  'TR.08': 'Artvin', 'TR.09': 'Aydin', 'TR.10': 'Balikesir', 'TR.11': 'Bilecik', 'TR.12': 'Bingol',
  'TR.13': 'Bitlis', 'TR.14': 'Bolu', 'TR.15': 'Burdur', 'TR.16': 'Bursa', 'TR.17': 'Canakkale',
  'TR.19': 'Corum', 'TR.20': 'Denizli', 'TR.21': 'Diyarbakir', 'TR.22': 'Edirne', 'TR.23': 'Elazig',
  'TR.24': 'Erzincan', 'TR.25': 'Erzurum', 'TR.26': 'Eskisehir', 'TR.28': 'Giresun', 'TR.31': 'Hatay',
  'TR.32': 'Mersin', 'TR.33': 'Isparta', 'TR.34': 'Istanbul', 'TR.35': 'Izmir', 'TR.37': 'Kastamonu',
  'TR.38': 'Kayseri', 'TR.39': 'Kirklareli', 'TR.40': 'Kirsehir', 'TR.41': 'Kocaeli', 'TR.43': 'Kutahya',
  'TR.44': 'Malatya', 'TR.45': 'Manisa', 'TR.46': 'Kahramanmaras', 'TR.48': 'Mugla', 'TR.49': 'Mus',
  'TR.50': 'Nevsehir', 'TR.52': 'Ordu', 'TR.53': 'Rize', 'TR.54': 'Sakarya', 'TR.55': 'Samsun',
  'TR.57': 'Sinop', 'TR.58': 'Sivas', 'TR.59': 'Tekirdag', 'TR.60': 'Tokat', 'TR.61': 'Trabzon',
  'TR.62': 'Tunceli', 'TR.63': 'Sanliurfa', 'TR.64': 'Usak', 'TR.65': 'Van', 'TR.66': 'Yozgat',
  'TR.68': 'Ankara', 'TR.69': 'Gumushane', 'TR.70': 'Hakkari', 'TR.71': 'Konya', 'TR.72': 'Mardin',
  'TR.73': 'Nigde', 'TR.74': 'Siirt', 'TR.75': 'Aksaray', 'TR.76': 'Batman', 'TR.77': 'Bayburt',
  'TR.78': 'Karaman', 'TR.79': 'Kirikkale', 'TR.80': 'Sirnak', 'TR.81': 'Adana', 'TR.82': 'Cankiri',
  'TR.83': 'Gaziantep', 'TR.84': 'Kars', 'TR.85': 'Zonguldak', 'TR.86': 'Ardahan', 'TR.87': 'Bartin',
  'TR.88': 'Igdir', 'TR.89': 'Karabuk', 'TR.90': 'Kilis', 'TR.91': 'Osmaniye', 'TR.92': 'Yalova', 'TR.93': 'Duzce',
  // Iraq: governorates
  'IQ.01': 'Al-Anbar', 'IQ.02': 'Basrah', 'IQ.03': 'Muthanna', 'IQ.04': 'Qadissiya', 'IQ.05': 'Sulaymaniyah',
  'IQ.06': 'Babylon', 'IQ.07': 'Baghdad', 'IQ.08': 'Duhok', 'IQ.09': 'Thi-Qar', 'IQ.10': 'Diyala',
  'IQ.11': 'Erbil', 'IQ.12': 'Kerbala', 'IQ.13': 'Kirkuk', 'IQ.14': 'Missan', 'IQ.15': 'Ninewa',
  'IQ.16': 'Wassit', 'IQ.17': 'Najaf', 'IQ.18': 'Salah al-Din',
  // Afghanistan: provinces (2000s newswire on the war there names them constantly)
  'AF.01': 'Badakhshan', 'AF.02': 'Badghis', 'AF.03': 'Baghlan', 'AF.05': 'Bamyan', 'AF.06': 'Farah', 'AF.07': 'Faryab',
  'AF.08': 'Ghazni', 'AF.09': 'Ghor', 'AF.10': 'Helmand', 'AF.11': 'Herat', 'AF.13': 'Kabul', 'AF.14': 'Kapisa',
  'AF.17': 'Logar', 'AF.18': 'Nangarhar', 'AF.19': 'Nimroz', 'AF.23': 'Kandahar', 'AF.24': 'Kunduz', 'AF.26': 'Takhar',
  'AF.27': 'Wardak', 'AF.28': 'Zabul', 'AF.29': 'Paktika', 'AF.30': 'Balkh', 'AF.31': 'Jowzjan', 'AF.32': 'Samangan',
  'AF.33': 'Sar-e Pol', 'AF.34': 'Kunar', 'AF.35': 'Laghman', 'AF.36': 'Paktia', 'AF.37': 'Khost', 'AF.38': 'Nuristan',
  'AF.39': 'Uruzgan', 'AF.40': 'Parwan', 'AF.41': 'Daykundi', 'AF.42': 'Panjshir',
  // Lebanon: governorates
  'LB.04': 'Beirut', 'LB.05': 'Mount Lebanon', 'LB.06': 'South', 'LB.07': 'Nabatieh', 'LB.08': 'Beqaa',
  'LB.09': 'North', 'LB.10': 'Akkar', 'LB.11': 'Baalbek-Hermel',
  // Jordan: governorates
  'JO.02': 'Balqa', 'JO.09': 'Karak', 'JO.12': 'Tafilah', 'JO.15': 'Mafraq', 'JO.16': 'Amman', 'JO.17': 'Zarqa',
  'JO.18': 'Irbid', 'JO.19': "Ma'an", 'JO.20': 'Ajloun', 'JO.21': 'Aqaba', 'JO.22': 'Jarash', 'JO.23': 'Madaba',
  // Israel: districts
  'IL.01': 'HaDarom', 'IL.02': 'HaMerkaz', 'IL.03': 'HaZafon', 'IL.04': 'Haifa', 'IL.05': 'Tel Aviv', 'IL.06': 'Jerusalem',
  // Palestine
  'PS.GZ': 'Gaza Strip', 'PS.WE': 'West Bank',
  // Iran: provinces
  'IR.01': 'West Azerbaijan', 'IR.03': 'Chaharmahal and Bakhtiari', 'IR.04': 'Sistan and Baluchestan',
  'IR.05': 'Kohgiluyeh and Boyer-Ahmad', 'IR.07': 'Fars', 'IR.08': 'Gilan', 'IR.09': 'Hamadan', 'IR.10': 'Ilam',
  'IR.11': 'Hormozgan', 'IR.13': 'Kermanshah', 'IR.15': 'Khuzestan', 'IR.16': 'Kurdistan', 'IR.22': 'Bushehr',
  'IR.23': 'Lorestan', 'IR.25': 'Semnan', 'IR.26': 'Tehran', 'IR.28': 'Isfahan', 'IR.29': 'Kerman',
  'IR.32': 'Ardabil', 'IR.33': 'East Azerbaijan', 'IR.34': 'Markazi', 'IR.35': 'Mazandaran', 'IR.36': 'Zanjan',
  'IR.37': 'Golestan', 'IR.38': 'Qazvin', 'IR.39': 'Qom', 'IR.40': 'Yazd', 'IR.41': 'South Khorasan',
  'IR.42': 'Razavi Khorasan', 'IR.43': 'North Khorasan', 'IR.44': 'Alborz',
};

/**
 * Damascus neighbourhoods (OCHA 2015 `hay` polygons, English names only) with the Arabic names the news
 * uses; the builder takes each polygon's centre. Only neighbourhoods conflict news names; names that
 * are also everyday words (`الميدان`, `القدم`, `المزرعة`) are listed in lexicon.ts COMMON_WORD_NAMES,
 * so they count only after `حي`. Left out: names another place owns (`القنوات` is a Sweida town, `بغداد`).
 */
export const DAMASCUS_NEIGHBOURHOODS: { hay_en: string; name_ar: string; variants_ar?: string[] }[] = [
  { hay_en: 'Kafar Soussa', name_ar: 'كفرسوسة', variants_ar: ['كفر سوسة'] },
  { hay_en: 'Jowbar', name_ar: 'جوبر' },
  { hay_en: 'Al-Kaboon', name_ar: 'القابون' },
  { hay_en: 'Barza', name_ar: 'برزة' },
  { hay_en: 'Masakin Barza', name_ar: 'مساكن برزة' },
  { hay_en: "Al  'Abassiyin", name_ar: 'العباسيين' },
  { hay_en: 'Al Zabaltali', name_ar: 'الزبلطاني' },
  { hay_en: "Douwayl'a", name_ar: 'الدويلعة' },
  { hay_en: "Al Qusa'", name_ar: 'القصاع' },
  { hay_en: 'Old Damasus', name_ar: 'دمشق القديمة' },
  { hay_en: 'Rukn Eddine', name_ar: 'ركن الدين' },
  { hay_en: 'Al Muhajirin', name_ar: 'المهاجرين' },
  { hay_en: 'Al Salihya', name_ar: 'الصالحية' },
  { hay_en: 'Al Mazra\'a', name_ar: 'المزرعة' },
  { hay_en: "A'arnous", name_ar: 'عرنوس' },
  { hay_en: 'Abou Rummaneh', name_ar: 'أبو رمانة' },
  { hay_en: 'Al Baramkeh', name_ar: 'البرامكة' },
  { hay_en: 'Al Halbuneh', name_ar: 'الحلبوني' },
  { hay_en: 'El Marjeh', name_ar: 'المرجة' },
  { hay_en: 'Al Shaghour', name_ar: 'الشاغور' },
  { hay_en: 'Al Midan', name_ar: 'الميدان' },
  { hay_en: 'Al Rabweh', name_ar: 'الربوة' },
  { hay_en: 'Quasioun', name_ar: 'قاسيون', variants_ar: ['جبل قاسيون'] },
  { hay_en: 'Al Qadam', name_ar: 'القدم' },
  { hay_en: "Nahr 'Aisha", name_ar: 'نهر عيشة' },
  { hay_en: 'Mazzeh', name_ar: 'المزة' },
  { hay_en: 'Al Qazzaz', name_ar: 'القزاز' },
  { hay_en: 'Bab Musalla', name_ar: 'باب مصلى' },
];

/** Places no source file has with an Arabic name. */
export const EXTRA_PLACES: GazetteerEntry[] = [
  // Regions the conflict news names constantly, absent from every source file (OCHA has only a
  // Lattakia village القلمون and an Aleppo twin village with a half الجولان, which the bare names
  // then wrongly hit in the gold articles). No source at hand states a coordinate: left null.
  region('region:qalamoun', 'القلمون', ['جبال القلمون', 'منطقة القلمون'], 'Qalamoun Mountains', 'mountain_range', 'Rural Damascus'),
  region('region:eastern_qalamoun', 'القلمون الشرقي', ['منطقة القلمون الشرقي'], 'Eastern Qalamoun', 'mountain_range', 'Rural Damascus'),
  region('region:western_qalamoun', 'القلمون الغربي', ['منطقة القلمون الغربي'], 'Western Qalamoun', 'mountain_range', 'Rural Damascus'),
  // Ghouta: the farmland belt round Damascus, all in Rural Damascus; OCHA's only `الغوطة` is a Raqqa
  // village, which the bare name wrongly hit (OpenSyria lists `الغوطة الشرقية` as an alias of Jaramana).
  region('region:ghouta', 'الغوطة', ['غوطة دمشق'], 'Ghouta', 'region', 'Rural Damascus'),
  region('region:eastern_ghouta', 'الغوطة الشرقية', ['غوطة دمشق الشرقية'], 'Eastern Ghouta', 'region', 'Rural Damascus'),
  region('region:western_ghouta', 'الغوطة الغربية', ['غوطة دمشق الغربية'], 'Western Ghouta', 'region', 'Rural Damascus'),
  // Al-Ghab plain (gold snn-44bb47f9bb5e: `في سهل الغاب`), in Hama (As-Suqaylabiyah district).
  region('region:ghab_plain', 'سهل الغاب', ['الغاب'], 'Al-Ghab Plain', 'region', 'Hama'),
  // The Lattakia mountains named in every northern-Lattakia front report.
  region('region:jabal_al_akrad', 'جبل الأكراد', ['جبل الاكراد'], 'Jabal al-Akrad', 'mountain_range', 'Lattakia'),
  region('region:jabal_al_turkman', 'جبل التركمان', ['جبل التركمان'], 'Jabal al-Turkman', 'mountain_range', 'Lattakia'),
  region('region:golan', 'الجولان', ['مرتفعات الجولان', 'الجولان السوري', 'الجولان السوري المحتل', 'الجولان المحتل'], 'Golan Heights', 'region', 'Quneitra'),
  // US bases in Iraq that the same news names beside Syria's (gold am-1767829, am-1766782); no source
  // at hand states a coordinate: left null.
  foreign('base:ain_al_asad', 'عين الأسد', ['قاعدة عين الأسد', 'قاعدة عين الأسد الجوية'], 'Ain al-Asad Air Base', 'airbase', 'Iraq', 'Al-Anbar'),
  foreign('base:harir', 'قاعدة حرير', ['حرير', 'قاعدة حرير الجوية'], 'Harir Air Base', 'airbase', 'Iraq', 'Erbil'),
  // Palestine's two territories (GeoNames has only their towns).
  foreign('region:gaza_strip', 'قطاع غزة', [], 'Gaza Strip', 'region', 'Palestine', 'Gaza Strip'),
  foreign('region:west_bank', 'الضفة الغربية', ['الضفة الغربية المحتلة'], 'West Bank', 'region', 'Palestine', 'West Bank'),
  // Iraq's governorates by their own names: GeoNames has only their seats, and the news names the
  // province (`وفي الأنبار غرب العراق`, `محافظة ديالى`). A seat of the same name stays the town
  // (resolve.ts lets the unit step aside). `صلاح الدين` is left out: bare, it is as often Aleppo's
  // quarter, and Tikrit and Samarra carry the province.
  province('admin1:iq_anbar', 'الأنبار', ['الانبار', 'محافظة الأنبار'], 'Al-Anbar', 'Iraq'),
  province('admin1:iq_basrah', 'البصرة', [], 'Basrah', 'Iraq'),
  province('admin1:iq_muthanna', 'المثنى', [], 'Muthanna', 'Iraq'),
  province('admin1:iq_qadissiya', 'القادسية', ['الديوانية'], 'Qadissiya', 'Iraq'),
  province('admin1:iq_sulaymaniyah', 'السليمانية', [], 'Sulaymaniyah', 'Iraq'),
  province('admin1:iq_babylon', 'بابل', [], 'Babylon', 'Iraq'),
  province('admin1:iq_baghdad', 'بغداد', [], 'Baghdad', 'Iraq'),
  province('admin1:iq_duhok', 'دهوك', [], 'Duhok', 'Iraq'),
  province('admin1:iq_thi_qar', 'ذي قار', ['ذيقار'], 'Thi-Qar', 'Iraq'),
  province('admin1:iq_diyala', 'ديالى', ['ديالا'], 'Diyala', 'Iraq'),
  province('admin1:iq_erbil', 'أربيل', [], 'Erbil', 'Iraq'),
  province('admin1:iq_kerbala', 'كربلاء', [], 'Kerbala', 'Iraq'),
  province('admin1:iq_kirkuk', 'كركوك', [], 'Kirkuk', 'Iraq'),
  province('admin1:iq_missan', 'ميسان', [], 'Missan', 'Iraq'),
  province('admin1:iq_ninewa', 'نينوى', [], 'Ninewa', 'Iraq'),
  province('admin1:iq_wassit', 'واسط', [], 'Wassit', 'Iraq'),
  province('admin1:iq_najaf', 'النجف', [], 'Najaf', 'Iraq'),
  // Sadr City, Baghdad's biggest district (over a million people), named in every report of the
  // 2006-2008 bombings there; GeoNames has it only under its English name.
  foreign('town:iq_sadr_city', 'مدينة الصدر', [], 'Sadr City', 'city', 'Iraq', 'Baghdad'),
  // Turkish towns of the 2015-2016 PKK conflict with no Arabic name in GeoNames cities500 (gold
  // snn-1288db8fc490, snn-fc360e99a5e4, snn-9d2c427da60e): province as the sources state it, no coordinate.
  foreign('town:tr_silopi', 'سيلوبي', [], 'Silopi', 'city', 'Turkey', 'Sirnak'),
  foreign('town:tr_suruc', 'سوروج', ['سوروتش', 'سروج'], 'Suruc', 'city', 'Turkey', 'Sanliurfa'),
  foreign('town:tr_ceylanpinar', 'جيلان بينار', [], 'Ceylanpinar', 'city', 'Turkey', 'Sanliurfa'),
  foreign('town:tr_lice', 'ليجي', [], 'Lice', 'city', 'Turkey', 'Diyarbakir'),
  {
    // GeoNames cities500 has Washington, D.C. (4140963) without any Arabic name, while `واشنطن`
    // there only names small US towns; news always means the capital.
    id: 'geonames:4140963',
    name_ar: 'واشنطن',
    name_en: 'Washington, D.C.',
    variants_en: ['Washington'],
    kind: 'city',
    lat: 38.89511,
    lon: -77.03637,
    country: 'United States',
    admin1: null,
    admin2: null,
    admin3: null,
    source: 'GeoNames',
    rank: RANK.nationalCapital,
  },
];

/** English country names where ACLED (and the gold standard) differ from world-countries' common name. */
export const COUNTRY_NAME_EN: Record<string, string> = {
  TR: 'Turkey',
  CZ: 'Czech Republic',
};

function foreign(id: string, name_ar: string, variants_ar: string[], name_en: string, kind: 'airbase' | 'region' | 'city', country: string, admin1: string): GazetteerEntry {
  return {
    id,
    name_ar,
    ...(variants_ar.length > 0 ? { variants_ar } : {}),
    name_en,
    kind,
    lat: null,
    lon: null,
    country,
    admin1,
    admin2: null,
    admin3: null,
    source: 'rasd (hand-added; admin1 as the news and ACLED state it; no coordinate source)',
    rank: kind === 'city' ? RANK.worldCity : RANK.conflictSite,
  };
}

function province(id: string, name_ar: string, variants_ar: string[], name_en: string, country: string): GazetteerEntry {
  return {
    id,
    name_ar,
    ...(variants_ar.length > 0 ? { variants_ar } : {}),
    name_en,
    kind: 'admin1',
    lat: null,
    lon: null,
    country,
    admin1: name_en,
    admin2: null,
    admin3: null,
    source: 'rasd (hand-added; ACLED admin1 names; no coordinate source)',
    rank: RANK.governorate,
  };
}

function region(id: string, name_ar: string, variants_ar: string[], name_en: string, kind: 'mountain_range' | 'region', admin1: string): GazetteerEntry {
  return {
    id,
    name_ar,
    variants_ar,
    name_en,
    kind,
    lat: null,
    lon: null,
    country: 'Syria',
    admin1,
    admin2: null,
    admin3: null,
    source: 'rasd (hand-added; no coordinate source)',
    rank: RANK.conflictSite,
  };
}
