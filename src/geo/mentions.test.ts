import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../arabic/index.js';
import { Gazetteer } from './index.js';

/**
 * Place mentions in the five seed pages and the 30 gold articles, as a careful reader resolves them:
 * [source, the mention as written (clitics trimmed, context words kept), its governorate (OCHA
 * English name; the province abroad, else the country), geo precision]. Each row was read in its
 * article; readings found wrong there were fixed in the gazetteer or listed in MISREADINGS below.
 */
const MENTIONS: [string, string, string, 1 | 2 | 3][] = [
  ['seed 000', "حميميم", 'Lattakia', 1],
  ['seed 000', "سوريا", 'Syria', 3],
  ['seed 000', "محافظة حمص", 'Homs', 3],
  ['seed 000', "منطقة التنف", 'Rural Damascus', 1],
  ['seed 000', "سلسلة جبال العمور", 'Homs', 2],
  ['seed 000', "ريفي حلب", 'Aleppo', 2],
  ['seed 000', "إدلب", 'Idleb', 2],
  ['seed 000', "دير الزور", 'Deir-ez-Zor', 1],
  ['seed 000', "قرية \"باسنكول", 'Idleb', 1],
  ['seed 000', "محافظة إدلب", 'Idleb', 3],
  ['seed 000', "روسيا", 'Russia', 3],
  ['seed 000', "حمص", 'Homs', 1],
  ['seed 000', "دمشق", 'Damascus', 1],
  ['seed 000', "موسكو", 'Russia', 1],
  ['seed 000', "واشنطن", 'United States', 1],
  ['seed 000', "الأراضي السورية", 'Syria', 3],
  ['seed 001', "حمص", 'Homs', 1],
  ['seed 001', "دمشق", 'Damascus', 1],
  ['seed 001', "جنوب حمص", 'Homs', 2],
  ['seed 001', "منطقة حسياء", 'Homs', 1],
  ['seed 001', "قاعدة حميميم", 'Lattakia', 1],
  ['seed 001', "ريف اللاذقية", 'Lattakia', 2],
  ['seed 001', "سوريا", 'Syria', 3],
  ['seed 001', "الأراضي السورية", 'Syria', 3],
  ['seed 001', "غزة", 'Gaza Strip', 1],
  ['seed 001', "إيران", 'Iran', 3],
  ['seed 001', "إسرائيل", 'Israel', 3],
  ['seed 001', "الإمارات", 'United Arab Emirates', 3],
  ['seed 001', "روسيا", 'Russia', 3],
  ['seed 001', "روستوف", 'Russia', 1],
  ['seed 001', "كييف", 'Ukraine', 1],
  ['seed 001', "بيلغورود", 'Russia', 1],
  ['seed 002', "الأراضي السورية", 'Syria', 3],
  ['seed 002', "قاعدة حميميم", 'Lattakia', 1],
  ['seed 002', "سوريا", 'Syria', 3],
  ['seed 002', "قاعدة حميميم الجوية", 'Lattakia', 1],
  ['seed 002', "مدينة اللاذقية", 'Lattakia', 1],
  ['seed 002', "مطار حميميم", 'Lattakia', 1],
  ['seed 002', "ريف اللاذقية", 'Lattakia', 2],
  ['seed 002', "روسيا", 'Russia', 3],
  ['seed 002', "قاعدتي الشعيرات", 'Homs', 1],
  ['seed 002', "ريف حمص", 'Homs', 2],
  ['seed 002', "الطياس", 'Homs', 1],
  ['seed 002', "قرب مدينة تدمر", 'Homs', 2],
  ['seed 002', "جنيف", 'Switzerland', 1],
  ['seed 002', "ميناء طرطوس", 'Tartous', 1],
  ['seed 002', "حميميم", 'Lattakia', 1],
  ['seed 002', "قاعدة حميميم الروسية", 'Lattakia', 1],
  ['seed 003', "مطار تدمر العسكري", 'Homs', 1],
  ['seed 003', "مطار الـ T4", 'Homs', 1],
  ['seed 003', "البادية السورية", 'Syria', 3],
  ['seed 003', "نهر الفرات", 'Syria', 3],
  ['seed 003', "منطقة  البادية السورية", 'Syria', 3],
  ['seed 003', "بالقرب من حماة", 'Hama', 2],
  ['seed 003', "الباغوز", 'Deir-ez-Zor', 1],
  ['seed 003', "روسيا", 'Russia', 3],
  ['seed 003', "سوريا", 'Syria', 3],
  ['seed 003', "الولايات المتحدة الأمريكية", 'United States', 3],
  ['seed 003', "أمريكا", 'United States', 3],
  ['seed 003', "الولايات المتحدة", 'United States', 3],
  ['seed 003', "واشنطن", 'United States', 1],
  ['seed 003', "الجمهورية العربية السورية", 'Syria', 3],
  ['seed 003', "ريف دير الزور", 'Deir-ez-Zor', 2],
  ['seed 004', "ريف حماة", 'Hama', 2],
  ['seed 004', "سورية", 'Syria', 3],
  ['seed 004', "روسيا", 'Russia', 3],
  ['seed 004', "سوريا", 'Syria', 3],
  ['am-1688445', "سوريا", 'Syria', 3],
  ['am-1688445', "قرب الحسكة", 'Al-Hasakeh', 2],
  ['am-1688445', "شرق سوريا", 'Syria', 3],
  ['am-1688445', "الميادين", 'Deir-ez-Zor', 1],
  ['am-1688445', "دير الزور", 'Deir-ez-Zor', 1],
  ['am-1688445', "دمشق", 'Damascus', 1],
  ['am-1688445', "حقل كونيكو", 'Deir-ez-Zor', 1],
  ['am-1688445', "شرقي نهر الفرات", 'Syria', 3],
  ['am-1688445', "ريف دير الزور", 'Deir-ez-Zor', 2],
  ['am-1688445', "الولايات المتحدة", 'United States', 3],
  ['am-1688445', "الولايات المتحدة الأميركية", 'United States', 3],
  ['am-1688445', "محافظة دير الزور", 'Deir-ez-Zor', 3],
  ['am-1688445', "إيران", 'Iran', 3],
  ['am-1688445', "القدس", 'Jerusalem', 1],
  ['am-1688445', "الكويت", 'Kuwait', 3],
  ['am-1688445', "ألمانيا", 'Germany', 3],
  ['snn-317d6f64dca9', "تركيا", 'Turkey', 3],
  ['snn-317d6f64dca9', "سورية", 'Syria', 3],
  ['snn-317d6f64dca9', "مدينة اعزاز", 'Aleppo', 1],
  ['snn-317d6f64dca9', "ريف حلب الشمالي", 'Aleppo', 2],
  ['snn-317d6f64dca9', "قرية المالكية", 'Aleppo', 1],
  ['snn-317d6f64dca9', "المالكية", 'Aleppo', 1],
  ['snn-317d6f64dca9', "قرب إعزاز", 'Aleppo', 2],
  ['snn-317d6f64dca9', "ريف ادلب", 'Idleb', 2],
  ['snn-317d6f64dca9', "اعزاز", 'Aleppo', 1],
  ['snn-317d6f64dca9', "ريف حلب الشمالي الشرقي", 'Aleppo', 2],
  ['snn-317d6f64dca9', "انقرة", 'Ankara', 1],
  ['snn-317d6f64dca9', "واشنطن", 'United States', 1],
  ['snn-317d6f64dca9', "حلب", 'Aleppo', 1],
  ['snn-317d6f64dca9', "مدينة حلب", 'Aleppo', 1],
  ['snn-317d6f64dca9', "محافظة ادلب", 'Idleb', 3],
  ['snn-317d6f64dca9', "مدينة معرة النعمان", 'Idleb', 1],
  ['snn-317d6f64dca9', "قرية جوزف", 'Idleb', 1],
  ['snn-317d6f64dca9', "منطقة جبل الزاوية", 'Idleb', 2],
  ['snn-317d6f64dca9', "بلدة سراقب", 'Idleb', 1],
  ['snn-317d6f64dca9', "ريف دمشق", 'Rural Damascus', 3],
  ['snn-317d6f64dca9', "مدينة الزبداني", 'Rural Damascus', 1],
  ['snn-317d6f64dca9', "القلمون", 'Rural Damascus', 2],
  ['snn-317d6f64dca9', "مدينة عربين", 'Rural Damascus', 1],
  ['snn-317d6f64dca9', "الغوطة الشرقية", 'Rural Damascus', 2],
  ['snn-317d6f64dca9', "بلدة زبدين", 'Rural Damascus', 1],
  ['snn-317d6f64dca9', "قرية سوق وادي بردى", 'Rural Damascus', 1],
  ['snn-317d6f64dca9', "دمشق", 'Damascus', 1],
  ['snn-317d6f64dca9', "حي جوبر", 'Damascus', 1],
  ['snn-317d6f64dca9', "شرقي دمشق", 'Rural Damascus', 2],
  ['snn-1288db8fc490', "ديار بكر", 'Diyarbakir', 1],
  ['snn-1288db8fc490', "محافظة ديار بكر", 'Diyarbakir', 3],
  ['snn-1288db8fc490', "جنوب شرقي تركيا", 'Turkey', 3],
  ['snn-1288db8fc490', "منطقة ليجي", 'Diyarbakir', 1],
  ['snn-1288db8fc490', "شمال العراق", 'Iraq', 3],
  ['snn-1288db8fc490', "مدينة جيلان بينار", 'Sanliurfa', 1],
  ['snn-1288db8fc490', "سوروج", 'Sanliurfa', 1],
  ['am-1741935', "مطار حلب الدولي", 'Aleppo', 1],
  ['am-1741935', "غربي اللاذقية", 'Lattakia', 2],
  ['am-1741935', "حلب", 'Aleppo', 1],
  ['am-1741935', "دمشق", 'Damascus', 1],
  ['am-1741935', "محيط العاصمة دمشق", 'Rural Damascus', 2],
  ['am-1741935', "محيط مدينة حمص", 'Homs', 2],
  ['snn-2e7b97567ce1', "داريا", 'Rural Damascus', 1],
  ['snn-2e7b97567ce1', "مطار المزّة العسكري", 'Damascus', 1],
  ['snn-2e7b97567ce1', "مدينة داريا", 'Rural Damascus', 1],
  ['snn-2e7b97567ce1', "الغوطة الغربية", 'Rural Damascus', 2],
  ['snn-2e7b97567ce1', "دمشق", 'Damascus', 1],
  ['snn-2e7b97567ce1', "مدينة الزبداني", 'Rural Damascus', 1],
  ['snn-2e7b97567ce1', "مطار المزة العسكري", 'Damascus', 1],
  ['snn-2e7b97567ce1', "منطقة الزبداني", 'Rural Damascus', 2],
  ['snn-2e7b97567ce1', "الغوطة", 'Rural Damascus', 2],
  ['snn-2e7b97567ce1', "محيط العاصمة دمشق", 'Rural Damascus', 2],
  ['snn-2e7b97567ce1', "مطار المزة", 'Damascus', 1],
  ['snn-2e7b97567ce1', "الزبداني", 'Rural Damascus', 1],
  ['snn-2e7b97567ce1', "جنوب العاصمة دمشق", 'Rural Damascus', 2],
  ['snn-2e7b97567ce1', "بلدة اللطامنة", 'Hama', 1],
  ['snn-2e7b97567ce1', "ريف حماة", 'Hama', 2],
  ['snn-2e7b97567ce1', "سهل الغاب", 'Hama', 2],
  ['snn-2e7b97567ce1', "ريف حماة الشمالي الغربي", 'Hama', 2],
  ['snn-2e7b97567ce1', "تل واسط", 'Hama', 1],
  ['snn-2e7b97567ce1', "المنصورة", 'Hama', 1],
  ['snn-2e7b97567ce1', "قسطون", 'Hama', 1],
  ['snn-2e7b97567ce1', "أطراف محافظة إدلب", 'Idleb', 3],
  ['snn-2e7b97567ce1', "حماة", 'Hama', 1],
  ['snn-2e7b97567ce1', "محيط مطار أبو الضهور العسكري", 'Idleb', 2],
  ['snn-2e7b97567ce1', "قرية الكريز", 'Idleb', 1],
  ['snn-2e7b97567ce1', "عين لاروز", 'Idleb', 1],
  ['snn-2e7b97567ce1', "جبل الزاوية", 'Idleb', 2],
  ['am-1766665', "العراق", 'Iraq', 3],
  ['am-1766665', "واشنطن", 'United States', 1],
  ['am-1766665', "إسرائيل", 'Israel', 3],
  ['am-1766665', "شرقي سوريا", 'Syria', 3],
  ['am-1766665', "بغداد", 'Baghdad', 1],
  ['am-1766665', "مطار بغداد الدولي", 'Baghdad', 2],
  ['am-1766665', "الإمارات", 'United Arab Emirates', 3],
  ['am-1766665', "اليمن", 'Yemen', 3],
  ['am-1766665', "السعودية", 'Saudi Arabia', 3],
  ['am-1766665', "إيلات", 'HaDarom', 1],
  ['am-1715478', "ريف إدلب", 'Idleb', 2],
  ['am-1715478', "ريف حماة", 'Hama', 2],
  ['am-1715478', "الميادين", 'Deir-ez-Zor', 1],
  ['am-1715478', "جبل الزاوية", 'Idleb', 2],
  ['am-1715478', "جنوب إدلب", 'Idleb', 2],
  ['am-1715478', "إدلب", 'Idleb', 1],
  ['am-1715478', "ريفَي إدلب", 'Idleb', 2],
  ['am-1715478', "اللاذقية", 'Lattakia', 2],
  ['am-1715478', "قرى جورين", 'Hama', 1],
  ['am-1715478', "سلحب", 'Hama', 2],
  ['am-1715478', "دير شميل", 'Hama', 1],
  ['am-1715478', "ريف حماة الغربي", 'Hama', 2],
  ['am-1715478', "القرداحة", 'Lattakia', 1],
  ['am-1715478', "ريف اللاذقية", 'Lattakia', 2],
  ['am-1715478', "شمالي حلب", 'Aleppo', 2],
  ['am-1715478', "مدينة إدلب", 'Idleb', 1],
  ['snn-3d4ea00635f6', "الزبداني", 'Rural Damascus', 1],
  ['snn-3d4ea00635f6', "إسطنبول", 'Istanbul', 1],
  ['snn-3d4ea00635f6', "ريف دمشق الغربي", 'Rural Damascus', 3],
  ['snn-3d4ea00635f6', "حمص", 'Homs', 1],
  ['snn-3d4ea00635f6', "سهل الزبداني", 'Rural Damascus', 1],
  ['snn-3d4ea00635f6', "بلدة المعضمية", 'Rural Damascus', 1],
  ['snn-3d4ea00635f6', "ريف دمشق", 'Rural Damascus', 3],
  ['snn-3d4ea00635f6', "شمال سوريا", 'Syria', 3],
  ['snn-3d4ea00635f6', "على طريق سرغايا", 'Rural Damascus', 2],
  ['snn-3d4ea00635f6', "عنتاب", 'Gaziantep', 1],
  ['snn-3d4ea00635f6', "الفوعة", 'Idleb', 1],
  ['snn-3d4ea00635f6', "ريف إدلب", 'Idleb', 2],
  ['am-1774185', "قطاع غزة", 'Gaza Strip', 2],
  ['am-1774185', "غزة", 'Gaza Strip', 1],
  ['am-1774185', "نابلس", 'West Bank', 1],
  ['am-1774185', "مدينة جنين", 'West Bank', 1],
  ['am-1774185', "واشنطن", 'United States', 1],
  ['am-1774185', "نيويورك", 'United States', 1],
  ['snn-44bb47f9bb5e', "اللاذقية", 'Lattakia', 1],
  ['snn-44bb47f9bb5e', "جبلة", 'Lattakia', 1],
  ['snn-44bb47f9bb5e', "الريف الجنوبي الشرقي لجسر الشغور", 'Idleb', 2],
  ['snn-44bb47f9bb5e', "محافظة إدلب", 'Idleb', 3],
  ['snn-44bb47f9bb5e', "سهل الغاب", 'Hama', 2],
  ['snn-44bb47f9bb5e', "الريف الشمالي الغربي لحماة", 'Hama', 2],
  ['snn-44bb47f9bb5e', "محيط قرية (البحصة", 'Hama', 2],
  ['snn-44bb47f9bb5e', "بلدة جورين", 'Hama', 1],
  ['snn-44bb47f9bb5e', "جورين", 'Hama', 1],
  ['snn-44bb47f9bb5e', "جسر الشغور", 'Idleb', 1],
  ['snn-44bb47f9bb5e', "ريف جسر الشغور", 'Idleb', 2],
  ['snn-44bb47f9bb5e', "ريف إدلب", 'Idleb', 2],
  ['snn-44bb47f9bb5e', "إدلب", 'Idleb', 1],
  ['snn-44bb47f9bb5e', "مدينتي اللاذقية", 'Lattakia', 1],
  ['snn-44bb47f9bb5e', "الأراضي السورية", 'Syria', 3],
  ['snn-44bb47f9bb5e', "تل واسط", 'Hama', 1],
  ['snn-44bb47f9bb5e', "المنصورة", 'Hama', 1],
  ['snn-5faa705b6322', "الزبداني", 'Rural Damascus', 1],
  ['snn-5faa705b6322', "ريف حمص الشرقي", 'Homs', 2],
  ['snn-5faa705b6322', "مطار «تي فور", 'Homs', 1],
  ['snn-5faa705b6322', "البادية السورية", 'Syria', 3],
  ['snn-5faa705b6322', "القلمون الشرقي", 'Rural Damascus', 2],
  ['snn-5faa705b6322', "شرق حمص", 'Homs', 2],
  ['snn-5faa705b6322', "الرقة", 'Ar-Raqqa', 1],
  ['snn-5faa705b6322', "دير الزور", 'Deir-ez-Zor', 1],
  ['snn-5faa705b6322', "ريف دمشق الغربي", 'Rural Damascus', 3],
  ['snn-5faa705b6322', "مدينة الزبداني", 'Rural Damascus', 1],
  ['snn-5faa705b6322', "لبنان", 'Lebanon', 3],
  ['snn-5faa705b6322', "دمشق", 'Damascus', 1],
  ['snn-5faa705b6322', "الغوطة الشرقية", 'Rural Damascus', 2],
  ['snn-5faa705b6322', "جنوب دمشق", 'Rural Damascus', 2],
  ['snn-5faa705b6322', "مدينة داريا", 'Rural Damascus', 1],
  ['snn-5faa705b6322', "الغوطة الغربية", 'Rural Damascus', 2],
  ['snn-5faa705b6322', "ريف دمشق", 'Rural Damascus', 3],
  ['snn-5faa705b6322', "مدينة القريتين", 'Homs', 1],
  ['snn-5faa705b6322', "على أطراف حمص", 'Homs', 2],
  ['snn-5faa705b6322', "محافظة ريف دمشق", 'Rural Damascus', 3],
  ['snn-5faa705b6322', "بلدة القريتين", 'Homs', 1],
  ['snn-5faa705b6322', "مدينة حمص", 'Homs', 1],
  ['snn-5faa705b6322', "الريف الغربي لمدينة الرقة", 'Ar-Raqqa', 2],
  ['snn-5faa705b6322', "الكرين", 'Ar-Raqqa', 1],
  ['snn-5faa705b6322', "فلسطين", 'Palestine', 3],
  ['snn-267c786fb064', "ريف حلب", 'Aleppo', 2],
  ['snn-267c786fb064', "بالقرب من سرمدا", 'Idleb', 2],
  ['snn-267c786fb064', "شمال غرب سورية", 'Syria', 3],
  ['snn-267c786fb064', "افغانستان", 'Afghanistan', 3],
  ['snn-267c786fb064', "باكستان", 'Pakistan', 3],
  ['snn-267c786fb064', "قرية قصر البريج", 'Aleppo', 1],
  ['snn-267c786fb064', "ريف حلب الشمالي الشرقي", 'Aleppo', 2],
  ['snn-267c786fb064', "مدينة الزبداني", 'Rural Damascus', 1],
  ['snn-267c786fb064', "الزبداني", 'Rural Damascus', 1],
  ['snn-267c786fb064', "شمال غربي العاصمة دمشق", 'Rural Damascus', 2],
  ['snn-267c786fb064', "قرب مدينة إدلب", 'Idleb', 2],
  ['snn-267c786fb064', "قريتي الفوعة", 'Idleb', 1],
  ['snn-267c786fb064', "الفوعة", 'Idleb', 1],
  ['snn-b76299d0a1ba', "شمالي سوريا", 'Syria', 3],
  ['snn-b76299d0a1ba', "جدة", 'Saudi Arabia', 1],
  ['snn-b76299d0a1ba', "محافظة حلب", 'Aleppo', 3],
  ['snn-b76299d0a1ba', "مدينة منبج", 'Aleppo', 1],
  ['snn-b76299d0a1ba', "بلدة دير حافر", 'Aleppo', 1],
  ['snn-b76299d0a1ba', "قرية عيشة", 'Aleppo', 1],
  ['snn-b76299d0a1ba', "ريفي حلب الشرقي", 'Aleppo', 2],
  ['snn-b76299d0a1ba', "ماير", 'Aleppo', 1],
  ['snn-b76299d0a1ba', "ريف حلب الشمالي", 'Aleppo', 2],
  ['snn-fc360e99a5e4', "إسطنبول", 'Istanbul', 1],
  ['snn-fc360e99a5e4', "جنوب تركيا", 'Turkey', 3],
  ['snn-fc360e99a5e4', "جنوب شرق تركيا", 'Turkey', 3],
  ['snn-fc360e99a5e4', "سيلوبي", 'Sirnak', 1],
  ['snn-fc360e99a5e4', "مدينة إسطنبول", 'Istanbul', 1],
  ['snn-fc360e99a5e4', "اسطنبول", 'Istanbul', 1],
  ['snn-fc360e99a5e4', "سروج", 'Sanliurfa', 1],
  ['snn-fc360e99a5e4', "واشنطن", 'United States', 1],
  ['snn-fc360e99a5e4', "أنقرة", 'Ankara', 1],
  ['snn-7cb080b588ca', "شمال اربيل", 'Erbil', 2],
  ['snn-7cb080b588ca', "واشنطن", 'United States', 1],
  ['snn-7cb080b588ca', "انقرة", 'Ankara', 1],
  ['snn-7cb080b588ca', "اربيل", 'Erbil', 1],
  ['snn-9d2c427da60e', "مدينة مديات", 'Mardin', 1],
  ['snn-9d2c427da60e', "محافظة ماردين", 'Mardin', 3],
  ['snn-9d2c427da60e', "انقرة", 'Ankara', 1],
  ['snn-9d2c427da60e', "شمال اربيل", 'Erbil', 2],
  ['snn-9d2c427da60e', "سوروتش", 'Sanliurfa', 1],
  ['snn-9d2c427da60e', "ايران", 'Iran', 3],
  ['am-1740419', "إدلب", 'Idleb', 1],
  ['am-1740419', "محافظة إدلب", 'Idleb', 3],
  ['am-1740419', "غربي سوريا", 'Syria', 3],
  ['am-1740419', "قرى محافظة إدلب", 'Idleb', 3],
  ['am-1740419', "قرية فيلون", 'Idleb', 1],
  ['am-1740419', "غربي محافظة إدلب", 'Idleb', 3],
  ['am-1740419', "محافظة اللاذقية", 'Lattakia', 3],
  ['am-1740419', "غربي إدلب", 'Idleb', 2],
  ['am-1740419', "ريفي إدلب", 'Idleb', 2],
  ['am-1740419', "حماة", 'Hama', 2],
  ['am-1740419', "بلدة سرجة", 'Idleb', 1],
  ['am-1740419', "جبل الزاوية", 'Idleb', 2],
  ['am-1740419', "جنوبي إدلب", 'Idleb', 2],
  ['am-1724513', "مدينة مارع", 'Aleppo', 1],
  ['am-1724513', "شمال شرق سوريا", 'Syria', 3],
  ['am-1724513', "ريف القامشلي", 'Al-Hasakeh', 2],
  ['am-1724513', "مدينة عامودا", 'Al-Hasakeh', 1],
  ['am-1724513', "محافظة حلب", 'Aleppo', 3],
  ['am-1724513', "واشنطن", 'United States', 1],
  ['am-1724513', "موسكو", 'Russia', 1],
  ['am-1724513', "أنقرة", 'Ankara', 1],
  ['am-1724513', "جرابلس", 'Aleppo', 1],
  ['am-1724513', "أعزاز", 'Aleppo', 1],
  ['am-1724513', "عفرين", 'Aleppo', 1],
  ['am-1724513', "تل أبيض", 'Ar-Raqqa', 1],
  ['am-1724513', "ريف الرقة الشمالي", 'Ar-Raqqa', 2],
  ['am-1724513', "رأس العين", 'Al-Hasakeh', 1],
  ['am-1724513', "ريف الحسكة الشمالي الغربي", 'Al-Hasakeh', 2],
  ['am-1706802', "محيط دمشق", 'Rural Damascus', 2],
  ['am-1706802', "العاصمة دمشق", 'Damascus', 1],
  ['am-1706802', "الجولان السوري المحتل", 'Quneitra', 2],
  ['am-1706802', "محيط مطار حلب الدولي", 'Aleppo', 2],
  ['am-1706802', "بلدة السفيرة", 'Aleppo', 1],
  ['am-1706802', "ريف حلب الجنوبي", 'Aleppo', 2],
  ['am-1706802', "مطار حلب", 'Aleppo', 1],
  ['am-1706802', "محيط مدينة حمص", 'Homs', 2],
  ['am-1876957', "جنوبي دمشق", 'Rural Damascus', 2],
  ['am-1876957', "جنوبي العاصمة دمشق", 'Rural Damascus', 2],
  ['am-1876957', "الجولان السوري المحتل", 'Quneitra', 2],
  ['am-1876957', "دمشق", 'Damascus', 1],
  ['am-1876957', "محيط منطقة السيدة زينب", 'Rural Damascus', 2],
  ['am-1876957', "أطراف قرية الحميدية", 'Quneitra', 2],
  ['am-1876957', "ريف القنيطرة الأوسط", 'Quneitra', 2],
  ['am-1876957', "ريفي القنيطرة", 'Quneitra', 2],
  ['am-1876957', "درعا", "Dar'a", 2],
  ['am-1766801', "خان يونس", 'Gaza Strip', 1],
  ['am-1766801', "جنين", 'West Bank', 1],
  ['am-1766801', "ريف دير الزور", 'Deir-ez-Zor', 2],
  ['am-1766801', "إريتريا", 'Eritrea', 3],
  ['am-1838076', "ريف حلب الغربي", 'Aleppo', 2],
  ['am-1838076', "ريفي حلب الشرقي", 'Aleppo', 2],
  ['am-1838076', "ريف مدينة حلب", 'Aleppo', 2],
  ['snn-e0b5bbfe4727', "أفغانستان", 'Afghanistan', 3],
  ['snn-9e83ebd9010a', "الزبداني", 'Rural Damascus', 1],
  ['snn-9e83ebd9010a', "ريف دمشق", 'Rural Damascus', 3],
  ['snn-9e83ebd9010a', "ريفي إدلب", 'Idleb', 2],
  ['snn-9e83ebd9010a', "حلب", 'Aleppo', 2],
  ['snn-9e83ebd9010a', "بلدة بلودان", 'Rural Damascus', 1],
  ['snn-9e83ebd9010a', "بالقرب من حلب", 'Aleppo', 2],
  ['snn-9e83ebd9010a', "الحسكة", 'Al-Hasakeh', 1],
  ['snn-9e83ebd9010a', "عين العرب", 'Aleppo', 1],
  ['snn-9e83ebd9010a', "كوباني", 'Aleppo', 2],
  ['snn-9e83ebd9010a', "الرقة", 'Ar-Raqqa', 1],
  ['snn-9e83ebd9010a', "منطقة سهل الزبداني", 'Rural Damascus', 1],
  ['snn-9e83ebd9010a', "مدينة الزبداني", 'Rural Damascus', 1],
  ['snn-9e83ebd9010a', "مدينة عربين", 'Rural Damascus', 1],
  ['snn-9e83ebd9010a', "مدينة منبج", 'Aleppo', 1],
  ['snn-9e83ebd9010a', "ريف حلب الشرقي", 'Aleppo', 2],
  ['snn-9e83ebd9010a', "ريف حلب الغربي", 'Aleppo', 2],
  ['snn-9e83ebd9010a', "محيط بلدتي الفوعة", 'Idleb', 2],
  ['snn-9e83ebd9010a', "ريف إدلب الشمالي", 'Idleb', 2],
  ['snn-9e83ebd9010a', "بلدتي الفوعة", 'Idleb', 1],
  ['snn-9e83ebd9010a', "ريف إدلب", 'Idleb', 2],
  ['snn-9e83ebd9010a', "ريف حلب", 'Aleppo', 2],
  ['snn-9e83ebd9010a', "قريتي نبل", 'Aleppo', 1],
  ['snn-9e83ebd9010a', "الزهراء", 'Aleppo', 1],
  ['am-1767829', "حقل العمر النفطي", 'Deir-ez-Zor', 1],
  ['am-1767829', "دير الزور", 'Deir-ez-Zor', 1],
  ['am-1767829', "شرقي دير الزور", 'Deir-ez-Zor', 2],
  ['am-1767829', "مدينتي الميادين", 'Deir-ez-Zor', 1],
  ['am-1767829', "البوكمال", 'Deir-ez-Zor', 1],
  ['am-1767829', "حقل العمر", 'Deir-ez-Zor', 1],
  ['am-1767829', "بادية الميادين", 'Deir-ez-Zor', 2],
  ['am-1767829', "ريف دير الزور الشرقي", 'Deir-ez-Zor', 2],
  ['am-1767829', "عين الأسد", 'Al-Anbar', 1],
  ['am-1767829', "التنف", 'Rural Damascus', 1],
  ['am-1767829', "كونيكو", 'Deir-ez-Zor', 1],
  ['am-1767829', "الشدادي", 'Al-Hasakeh', 1],
  ['am-1767829', "مطار أبو حجر", 'Al-Hasakeh', 1],
  ['am-1767829', "خراب الجير", 'Al-Hasakeh', 1],
  ['am-1767829', "قرب مطار إربيل", 'Erbil', 2],
  ['am-1766782', "دير الزور", 'Deir-ez-Zor', 1],
  ['am-1766782', "جنوب شرقي مدينة الميادين", 'Deir-ez-Zor', 2],
  ['am-1766782', "ريف دير الزور", 'Deir-ez-Zor', 2],
  ['am-1766782', "واشنطن", 'United States', 1],
  ['am-1766782', "مطار أبو حجر", 'Al-Hasakeh', 1],
  ['am-1766782', "خراب الجير", 'Al-Hasakeh', 1],
  ['am-1766782', "قاعدة حقل العمر", 'Deir-ez-Zor', 1],
  ['am-1766782', "قاعدة الشدادي", 'Al-Hasakeh', 2],
  ['am-1766782', 'قاعدة "عين الأسد', 'Al-Anbar', 1],
  ['am-1766782', "قاعدة \"حرير", 'Erbil', 1],
  ['am-1766782', "مطار أربيل", 'Erbil', 2],
  ['am-1766782', "قاعدة التنف", 'Rural Damascus', 1],
  ['am-1766782', "حقل العمر النفطي", 'Deir-ez-Zor', 1],
  ['am-1766782', "كونيكو", 'Deir-ez-Zor', 1],
  ['am-1766782', "بادية أبو خشب", 'Deir-ez-Zor', 2],
  ['am-1766782', "مطار خراب الجير", 'Al-Hasakeh', 1],
  ['am-1768555', "ريف درعا", "Dar'a", 2],
  ['am-1768555', "الجولان السوري المحتل", 'Quneitra', 2],
  ['am-1768555', "مطار حلب الدولي", 'Aleppo', 1],
  ['am-1768555', "الجولان المحتل", 'Quneitra', 2],
  ['am-1768555', "مطار دمشق", 'Rural Damascus', 1],
  ['am-1768555', "قطاع غزّة", 'Gaza Strip', 2],
  ['snn-e03c38336f7c', "دمشق", 'Damascus', 1],
  ['snn-e03c38336f7c', "القلمون الشرقي", 'Rural Damascus', 2],
  ['snn-e03c38336f7c', "الغوطة", 'Rural Damascus', 2],
  ['snn-e03c38336f7c', "مدينة حرستا", 'Rural Damascus', 1],
  ['snn-e03c38336f7c', "الغوطة الشرقية", 'Rural Damascus', 2],
  ['snn-e03c38336f7c', "محيط مدينة دوما", 'Rural Damascus', 2],
  ['snn-e03c38336f7c', "اطراف حي جوبر", 'Damascus', 2],
  ['snn-e03c38336f7c', "ناحية ربيعة", 'Lattakia', 2],
  ['snn-e03c38336f7c', "ريف اللاذقية الشمالي", 'Lattakia', 2],
  ['snn-e03c38336f7c', "جنوب مدينة الحسكة", 'Al-Hasakeh', 2],
  ['snn-e03c38336f7c', "قرب مخيم اليرموك", 'Damascus', 2],
  ['snn-e03c38336f7c', "جنوب العاصمة دمشق", 'Rural Damascus', 2],
  ['snn-e03c38336f7c', "مدينة داريا", 'Rural Damascus', 1],
  ['snn-e03c38336f7c', "الغوطة الغربية", 'Rural Damascus', 2],
  ['snn-e03c38336f7c', "مدينة الزبداني", 'Rural Damascus', 1],
  ['snn-17ae37617a34', "غرب إيران", 'Iran', 3],
  ['snn-17ae37617a34', "كرمانشاه", 'Kermanshah', 1],
  ['snn-17ae37617a34', "طهران", 'Tehran', 1],
  ['snn-17ae37617a34', "مدينة كرمانشاه", 'Kermanshah', 1],
  ['am-1714437', "ريفي إدلب", 'Idleb', 2],
  ['am-1714437', "اللاذقية", 'Lattakia', 2],
  ['am-1714437', "ريفي محافظتي إدلب", 'Idleb', 2],
  ['am-1714437', "ريفي حماة", 'Hama', 2],
  ['am-1714437', "بلدة الناجية", 'Idleb', 1],
  ['am-1714437', "ريف إدلب الغربي", 'Idleb', 2],
  ['am-1714437', "ريف اللاذقية الشمالي", 'Lattakia', 2],
  ['am-1714437', "ريف إدلب", 'Idleb', 2],
  ['am-1714437', "قرب بلدة بداما", 'Idleb', 2],
  ['am-1714437', "قرب بلدة حارم", 'Idleb', 2],
  ['am-1714437', "بلدات بداما", 'Idleb', 1],
  ['am-1714437', "الناجية", 'Idleb', 1],
  ['am-1714437', "قرى جورين", 'Hama', 1],
  ['am-1714437', "سلحب", 'Hama', 2],
  ['am-1714437', "ريف حماة الغربي", 'Hama', 2],
  ['am-1714437', "القرداحة", 'Lattakia', 1],
  ['am-1714437', "ريف اللاذقية", 'Lattakia', 2],
  ['am-1714437', "ريفي اللاذقية", 'Lattakia', 2],
  ['am-1714437', "إدلب", 'Idleb', 2],
  ['am-1714437', "ريف إدلب الشمالي", 'Idleb', 2],
  ['am-1714437', "منطقة سلحب", 'Hama', 2],
  ['am-1714437', "ريف محافظة حماة", 'Hama', 2],
  ['am-1714437', "إدلب", 'Idleb', 1],
  ['am-1714437', "شمالي حلب", 'Aleppo', 2],
  ['am-1714437', "مدينة إدلب", 'Idleb', 1],
  ['am-1714437', "ريف حماة", 'Hama', 2],
];

const GOLD_ARTICLES = new URL('../../../shared/gold/articles.jsonl', import.meta.url);
const GOLD_EXPECTED = new URL('../../../shared/gold/expected.json', import.meta.url);
const SEEDS = new URL('../../examples/', import.meta.url);

const gazetteer = Gazetteer.default();

interface GoldArticle {
  doc_id: string;
  title: string;
  text: string;
}
// the held-out gold set lives beside the repo (../shared), not in it: without it only the seed rows run
const goldAvailable = existsSync(GOLD_ARTICLES) && existsSync(GOLD_EXPECTED);
const articles = new Map<string, string>();
for (const line of goldAvailable ? readFileSync(GOLD_ARTICLES, 'utf8').split('\n') : []) {
  if (!line.trim()) continue;
  const a = JSON.parse(line) as GoldArticle;
  articles.set(a.doc_id, `${a.title}\n${a.text}`);
}
const SEED_FILES: Record<string, string> = {
  'seed 000': '000_b38946c413fa66ab.txt',
  'seed 001': '001_88e92bef563f98d3.txt',
  'seed 002': '002_ec73693d1aa17ecc.txt',
  'seed 003': '003_f960658a4d41156d.txt',
  'seed 004': '004_e464c738560671d6.txt',
};
function textOf(source: string): string {
  const seed = SEED_FILES[source];
  if (seed) return readFileSync(new URL(seed, SEEDS), 'utf8');
  const t = articles.get(source);
  if (t === undefined) throw new Error(`no article ${source}`);
  return t;
}

const found = new Map<string, ReturnType<Gazetteer['findPlaces']>>();
function placesIn(source: string) {
  let f = found.get(source);
  if (!f) found.set(source, (f = gazetteer.findPlaces(textOf(source))));
  return f;
}
const unitOf = (m: ReturnType<Gazetteer['findPlaces']>[number]) => m.place.admin1 ?? m.place.country;

const RUNNABLE = MENTIONS.filter(([source]) => goldAvailable || source in SEED_FILES);

describe('place mentions in the seed and gold articles', () => {
  it('has at least 200 of them', () => {
    expect(MENTIONS.length).toBeGreaterThanOrEqual(200);
  });

  it.each(RUNNABLE)('%s: %s → %s (precision %i)', (source, text, unit, precision) => {
    const ms = placesIn(source).filter((m) => m.text === text);
    expect(ms.map((m) => [unitOf(m), m.precision])).toContainEqual([unit, precision]);
  });
});

/** Readings still wrong, with what the reader sees: each must keep failing until the gazetteer learns it. */
const MISREADINGS: [string, string, string][] = [
  // Hanano barracks are in Aleppo city; the only OCHA هنانو is a Raqqa village
  ['snn-317d6f64dca9', 'هنانو', 'Aleppo'],
  // Jabal al-Arbaeen is the mountain by Ariha (Idleb), not the Hama village الأربعين
  ['am-1715478', 'منطقة جبل الأربعين', 'Idleb'],
  // الروضة beside Jabal al-Turkman is the Lattakia village, not the Tartous one
  ['snn-e03c38336f7c', 'الروضة', 'Lattakia'],
];

describe.skipIf(!goldAvailable)('known misreadings', () => {
  it.fails.each(MISREADINGS)('%s: %s → %s', (source, text, unit) => {
    const ms = placesIn(source).filter((m) => m.text === text);
    expect(ms.map(unitOf)).toContain(unit);
  });
});

interface GoldEvent {
  country: string | null;
  admin1: string | null;
  location: string | null;
  evidence: string;
}

/**
 * The measure of the brief: for each gold event with a location, does findPlaces over the article
 * find a mention of the same governorate (abroad: the same province, or the country where the gold
 * gives none) in the sentence(s) of its evidence? 77.5 % before the places issue, 90.1 % after.
 */
const GOLD_SENTENCE_RATE_FLOOR = 0.88;

describe.skipIf(!goldAvailable)('gold events: the place is found in the evidence sentence', () => {
  it(`finds it for at least ${GOLD_SENTENCE_RATE_FLOOR * 100} % of events`, () => {
    const expected = JSON.parse(readFileSync(GOLD_EXPECTED, 'utf8')) as { documents: { file: string; events: GoldEvent[] }[] };
    let total = 0;
    let hit = 0;
    for (const doc of expected.documents) {
      const text = textOf(doc.file);
      const ms = placesIn(doc.file);
      const sentences = splitSentences(text);
      for (const e of doc.events) {
        if (!e.location) continue;
        total++;
        const i = text.indexOf(e.evidence);
        if (i < 0) continue;
        const j = i + e.evidence.length;
        const around = sentences.filter((s) => s.start < j && s.end > i);
        const from = Math.min(i, ...around.map((s) => s.start));
        const to = Math.max(j, ...around.map((s) => s.end));
        const same = (m: (typeof ms)[number]) =>
          m.place.admin1 === e.admin1 || (e.admin1 === null && e.country !== 'Syria' && m.place.country === e.country);
        if (ms.some((m) => m.start < to && m.end > from && same(m))) hit++;
      }
    }
    expect(total).toBeGreaterThan(150);
    expect(hit / total).toBeGreaterThanOrEqual(GOLD_SENTENCE_RATE_FLOOR);
  });
});
