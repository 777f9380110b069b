/**
 * The coding vocabulary the desk offers in its filters and correction forms: ACLED event types and
 * sub-event types as GUIDE.md lists them, and Syria's governorates by their OCHA names. Data only.
 */
import type { EventType } from '../types.js';

export const EVENT_TYPES: Readonly<Record<EventType, readonly string[]>> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Air/drone strike', 'Shelling/artillery/missile attack', 'Suicide bomb', 'Remote explosive/landmine/IED',
    'Grenade', 'Chemical weapon',
  ],
  'Violence against civilians': ['Attack', 'Abduction/forced disappearance', 'Sexual violence'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established',
    'Looting/property destruction', 'Non-violent transfer of territory', 'Troop movement', 'Other',
  ],
  Diplomacy: ['Meeting', 'Negotiation'],
};

export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as EventType[];

/** OCHA English name → Arabic, for labels (the data keeps the English name). */
export const ADMIN1_NAMES: Readonly<Record<string, string>> = {
  Aleppo: 'حلب',
  'Al-Hasakeh': 'الحسكة',
  'Ar-Raqqa': 'الرقة',
  'As-Sweida': 'السويداء',
  Damascus: 'دمشق',
  "Dar'a": 'درعا',
  'Deir-ez-Zor': 'دير الزور',
  Hama: 'حماة',
  Homs: 'حمص',
  Idleb: 'إدلب',
  Lattakia: 'اللاذقية',
  Quneitra: 'القنيطرة',
  'Rural Damascus': 'ريف دمشق',
  Tartous: 'طرطوس',
};
