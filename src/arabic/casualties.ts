/**
 * Casualties in Arabic news text: who was killed, wounded, captured or went missing, how many, and
 * which group they were (`مقتل 20 مسلحا` → killed 20 militants; `مقتل مدني وجرح عشرة آخرين` → killed 1
 * civilian, wounded 10 civilians). The one place where the events stage reads fatalities.
 *
 * Counts follow GUIDE.md: the figure as written (`أكثر من 20` → 20), a vague word by its code
 * (`عشرات` 12, `عدد من` 3), a bare plural (`شهداء`, `قتلى وجرحى`) as the vague 3, a singular noun as 1
 * and a dual as 2. One figure for killed and wounded together (`أكثر من 50 قتيلاً وجريحاً`) does not
 * say how many died: it is `pooled` and coded as the vague 3. Zero only when the text says nobody was
 * hit (`لم تسجل إصابات`, `اقتصرت الخسائر على الماديات`); "no news of" and denials give nothing.
 */
import type { Casualty, CasualtyGroup, CasualtyKind, Quantity, Token } from '../types.js';
import * as lex from './casualty-lexicon.js';
import { normalizeArabic } from './normalize.js';
import { findQuantities, hasDualFatha, offsetInToken } from './numbers.js';
import { PhraseMatcher, phraseSet } from './phrases.js';
import { tokenize } from './tokens.js';

export type { Casualty, CasualtyGroup, CasualtyKind } from '../types.js';


// ---------------------------------------------------------------------------------------------
// indexes, built once

const norm = normalizeArabic;
const normSet = (words: readonly string[]) => new Set(words.map(norm));

type GrammaticalNumber = 'singular' | 'dual' | 'plural';
interface PersonForm {
  number: GrammaticalNumber;
  group: CasualtyGroup | null;
  /** For قتيل, جرحى…: the casualty the noun itself states. */
  victim: CasualtyKind | null;
  member: boolean;
  others: boolean;
  /** A sound plural in -ين, read as a dual only when the fatha is written. */
  dualIfFatha: boolean;
}

const PERSON_FORMS = new Map<string, PersonForm>();
function addNoun(entry: lex.NounEntry, info: Omit<PersonForm, 'number' | 'dualIfFatha'>): void {
  const put = (form: string, number: GrammaticalNumber, dualIfFatha = false) => {
    if (!PERSON_FORMS.has(form)) PERSON_FORMS.set(form, { ...info, number, dualIfFatha });
  };
  const s = norm(entry.singular);
  const feminine = s.endsWith('ه');
  const stem = feminine ? s.slice(0, -1) + 'ت' : s;
  put(s, 'singular');
  if (!feminine) put(s + 'ا', 'singular'); // accusative: مسلحا, جنديا
  put(stem + 'ان', 'dual');
  if (entry.soundPlural) {
    put(s + 'ين', 'plural', true);
    put(s + 'ون', 'plural');
    put(s + 'ي', 'plural'); // construct: مقاتلي حزب الله
  } else put(stem + 'ين', 'dual');
  for (const p of entry.plurals ?? []) put(norm(p), 'plural');
}
const none = { group: null, victim: null, member: false, others: false };
for (const e of lex.VICTIM_NOUNS) addNoun(e, { ...none, victim: e.kind });
for (const e of lex.PERSON_NOUNS) addNoun(e, { ...none, group: e.group });
for (const e of lex.MEMBER_NOUNS) addNoun(e, { ...none, member: true });
const OTHERS_NUMBER: Record<string, GrammaticalNumber> = { [norm('آخر')]: 'singular', [norm('أخرى')]: 'singular', [norm('آخران')]: 'dual' };
for (const w of lex.OTHERS_WORDS) {
  const form = norm(w);
  PERSON_FORMS.set(form, { ...none, others: true, number: OTHERS_NUMBER[form] ?? 'plural', dualIfFatha: false });
}

const EVENT = new PhraseMatcher(lex.EVENT_CUES.map((c) => [c.phrase, c] as const));
const AFTER_VICTIM = new PhraseMatcher(lex.AFTER_VICTIM_CUES.map(([p, kind]) => [p, kind] as const));
const FORCE = new PhraseMatcher(lex.FORCE_GROUPS);
const CONTINUATION = phraseSet(lex.CONTINUATION_LINKS.filter((l) => l !== 'و'));
const LIVES_LOST = phraseSet(lex.LIVES_LOST_PHRASES);
const ANY_CASUALTY = phraseSet(lex.ANY_CASUALTY_NOUNS);
const SUBSET = normSet(lex.SUBSET_WORDS);
const NEGATOR = normSet(lex.NEGATORS);
const OUTCOME_VERB = normSet(lex.OUTCOME_VERBS);
const UNKNOWN = normSet(lex.UNKNOWN_WORDS);
const DENIAL = normSet(lex.DENIAL_WORDS);
const MATERIAL_VERB = normSet(lex.MATERIAL_ONLY_VERBS);
const MATERIAL = normSet(lex.MATERIAL_WORDS);
const TOLL = normSet(lex.TOLL_WORDS);
const TOLL_LINK = normSet(lex.TOLL_LINKS);
const GAP_STOP = normSet(lex.GAP_STOPS);
const WHOEVER_NEXT = normSet(lex.WHOEVER_FOLLOWERS);
const NOBODY = new Set([norm(lex.NOBODY), 'اي']);
const FROM = 'من';
const IN = norm('في');
const IN_RANKS = [norm('في'), norm('صفوف')];
const GROUP_LINK = new PhraseMatcher(lex.GROUP_LINKS.map((l) => [l, true] as const));
const WOUND = phraseSet(lex.WOUND_WORDS);
const NOT_VICTIM = normSet(lex.NOT_VICTIM_WORDS);
const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛']);
const PROCLITICS = /^[وف]?[بلك]?(?:ال|ل)?$/;
const PREPOSITION_GLUED = /[بلك]/;
/** `قتل مسلحون شرطيا`: a nominative plural right after the verb is its subject when a victim follows. */
const NOMINATIVE_PLURAL = 'ون';
const NISBA_DUAL = 'يان';
const NISBA_STOP = normSet(lex.NISBA_STOPS);
const MET_DEATH_VERB = normSet(lex.MET_DEATH_VERBS);
const MET_DEATH_NOUN = normSet(lex.MET_DEATH_NOUNS);
/** Bidi marks glued between words in scraped pages (`مصرع‏56‏ قتيلا`): not words, not punctuation. */
const INVISIBLE = /^[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+$/;
/** Victim nouns that name a casualty when bare and singular (`شهيد في الخليل`); معتقل is also a prison. */
const BARE_SINGULAR_KINDS = new Set<CasualtyKind>(['killed', 'wounded']);
const ARTICLE_END = /(?:ال|لل)$/;

// ---------------------------------------------------------------------------------------------

/** A count read in the text, placed on tokens. */
interface CountSpan {
  q: Quantity;
  first: number;
  last: number;
  noun: number | null;
}

/** Who was hit, as read after a cue or before an after-victim verb. */
interface Victims {
  first: number;
  last: number;
  /** Where the evidence starts when that is inside the first token (`ونحو مائة` → `نحو مائة`). */
  start?: number | undefined;
  count: number | null;
  qualifier: Quantity['qualifier'] | null;
  countText: string | null;
  group: CasualtyGroup | null;
  groupText: string | null;
  /** Named by a person noun (not just a number): may be continued by `و` + another person. */
  person: boolean;
  /** The count is the vague code for an uncounted plural, not a written figure. */
  implied?: boolean;
}

/**
 * All casualties in `text`, in order. `tokens`, if given, must be `tokenize(text)`; `quantities`, if
 * given, `findQuantities(text, tokens)` (the pipeline has both already).
 * ACLED fatalities are the `killed` ones: the events stage takes the lowest figure per event.
 */
export function findCasualties(text: string, tokens: readonly Token[] = tokenize(text), quantities?: readonly Quantity[]): Casualty[] {
  return new Reader(text, tokens, quantities).read();
}

class Reader {
  private readonly out: Casualty[] = [];
  private readonly used: Uint8Array;
  private readonly byFirst = new Map<number, CountSpan>();
  private readonly byNoun = new Map<number, CountSpan>();
  private readonly covering = new Map<number, CountSpan>();
  /** The group of the last casualty in this sentence, for `آخرين`. */
  private previousGroup: { group: CasualtyGroup | null } | null = null;

  private readonly tokens: readonly Token[];

  constructor(
    private readonly text: string,
    tokens: readonly Token[],
    quantities: readonly Quantity[] | undefined,
  ) {
    const invisible = tokens.some(isInvisible);
    this.tokens = invisible ? tokens.filter((t) => !isInvisible(t)) : tokens;
    this.used = new Uint8Array(this.tokens.length);
    // bidi marks between a number and its noun hide the noun from findQuantities: read again without them
    this.placeCounts(quantities && !invisible ? quantities : findQuantities(text, this.tokens));
  }

  read(): Casualty[] {
    const { tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'punct' && SENTENCE_END.has(t.text)) this.previousGroup = null;
      else if (i > 0 && this.text.slice(tokens[i - 1]!.end, t.start).includes('\n')) this.previousGroup = null;
      if (this.used[i] || t.kind !== 'word') continue;
      this.negatedAt(i) || this.materialOnlyAt(i) || this.livesLostAt(i) || this.eventAt(i) || this.metDeathAt(i) || this.victimNounAt(i) || this.afterVictimAt(i);
    }
    return this.out;
  }

  // -------------------------------------------------------------------------------------------
  // the ways a casualty is written

  /** `مقتل 20 مسلحا`, `قتلت القوات 20 مسلحا`, `مقتل وإصابة عشرات`, `مقتل أبو خليل السوداني`. */
  private eventAt(i: number): boolean {
    const m = EVENT.matchAt(this.tokens, i);
    // القتل, الاغتيال: the crime as a topic (عمليات الاغتيال), not a report of one
    if (!m || this.isDenied(i) || this.isDefiniteCue(i, m.value.phrase)) return false;
    const cue = m.value;
    let from = m.last + 1;
    // مقتل وإصابة عشرات, قتل وجرح 20: one figure for both
    const second = EVENT.matchAt(this.tokens, from);
    const pooledKind = second && second.value.kind !== cue.kind && this.tokens[from]!.norm.startsWith('و') ? second.value.kind : null;
    if (pooledKind) from = second!.last + 1;
    // قتل مسلحون شرطيا: after a verb, a person followed by another person is the subject, then the victim
    const subject = cue.verb ? this.personAt(from) : null;
    const object = subject && this.tokens[from]!.norm.endsWith(NOMINATIVE_PLURAL) ? this.victimsAt(from + 1, false) : null;
    const victims =
      (object?.person && !this.personAt(from + 1)?.form.others ? object : null) ??
      this.victimsAt(from, true) ??
      (cue.verb ? (this.victimsAfterSubject(from) ?? this.victimsAfterPlace(from)) : null);
    if (victims) {
      this.emit(cue.kind, i, victims, pooledKind !== null);
      if (pooledKind) this.emit(pooledKind, i, victims, true);
      else this.continuation(cue.kind, victims);
      return true;
    }
    const next = this.tokens[from];
    if ((cue.bare || pooledKind) && next?.kind === 'word' && !GAP_STOP.has(next.norm)) {
      const unknown: Victims = { first: from, last: m.last, count: null, qualifier: null, countText: null, group: null, groupText: null, person: false };
      this.emit(cue.kind, i, unknown, false);
      if (pooledKind) this.emit(pooledKind, i, unknown, false);
      return true;
    }
    return false;
  }

  /** `لقي جندي إسرائيلي مصرعه`, `ولقي 209 أشخاص مصرعهم`. */
  private metDeathAt(i: number): boolean {
    if (!this.tokens[i]!.bases.some((b) => MET_DEATH_VERB.has(b))) return false;
    for (let k = i + 1; k < this.tokens.length && k <= i + lex.MET_DEATH_WINDOW; k++) {
      const t = this.tokens[k]!;
      if (t.kind === 'punct') return false;
      if (!MET_DEATH_NOUN.has(t.norm)) continue;
      const victims = this.victimsAt(i + 1, true);
      if (!victims) return false;
      victims.last = Math.max(victims.last, k);
      this.emit('killed', i, victims, false);
      return true;
    }
    return false;
  }

  /** `32 قتيلا`, `عشرات القتلى`, `شهيدان`, `7 جرحى`, `قتلى وجرحى`, `ارتفع عدد القتلى إلى 15`. */
  private victimNounAt(i: number): boolean {
    const form = this.personAt(i);
    if (!form?.form.victim || this.isDenied(i)) return false;
    const kind = form.form.victim;
    const previous = this.tokens[i - 1];
    let victims: Victims | null;
    if (previous?.kind === 'word' && previous.bases.some((b) => TOLL.has(b))) victims = this.tollFigure(i);
    else {
      // 32 قتيلا, عشرات القتلى, 50 بين قتيل وجريح, شخصين شهداء
      const counted =
        this.byNoun.get(i) ?? (previous?.norm === 'بين' ? this.countEndingAt(i - 2) : this.personCountEndingAt(i - 1));
      const onPerson = counted !== undefined && counted.noun !== null && counted.noun < i;
      if (counted) victims = onPerson ? { ...this.fromCount(counted, counted.noun), last: i } : this.fromCount(counted, i);
      // القتيل, الشهيدين: the dead already reported, named again
      else if (this.isConstruct(i) || form.definite) victims = null;
      else if (form.form.number === 'singular' && !BARE_SINGULAR_KINDS.has(kind)) victims = null;
      else victims = this.fromForm(i, form);
    }
    if (!victims) return false;
    const figure = victims.first < i;
    // قتيلا وجريحا, قتلى وجرحى: two kinds, one figure
    const next = this.tokens[i + 1];
    const other = next?.norm.startsWith('و') ? this.personAt(i + 1)?.form.victim : null;
    const pooled = other && other !== kind ? other : null;
    const groupAt = pooled ? i + 1 : i;
    const adjective = this.groupAfterVictimNoun(groupAt);
    if (adjective) Object.assign(victims, adjective, { last: Math.max(victims.last, adjective.last) });
    if (pooled) victims.last = Math.max(victims.last, i + 1);
    const shared = pooled !== null && figure;
    this.emit(kind, victims.first, victims, shared);
    if (pooled) this.emit(pooled, victims.first, victims, shared);
    return true;
  }

  /** `5 عناصر على الأقل قتلوا`, `63 شخصا لقوا مصرعهم`, `عشرة مدنيين قتلوا`. */
  private afterVictimAt(i: number): boolean {
    const m = AFTER_VICTIM.matchAt(this.tokens, i);
    if (!m) return false;
    for (let k = i - 1; k >= Math.max(0, i - lex.AFTER_VICTIM_LOOKBACK); k--) {
      if (this.tokens[k]!.kind === 'punct' || this.used[k]) return false;
      const counted = this.covering.get(k);
      if (!counted) continue;
      const victims = this.fromCount(counted, counted.noun ?? counted.last);
      victims.last = m.last;
      // قتلوا أو أصيبوا: one figure for both
      const link = this.tokens[m.last + 1];
      const second = link && (link.norm === 'او' || link.norm === 'و') ? AFTER_VICTIM.matchAt(this.tokens, m.last + 2) : null;
      const pooled = second && second.value !== m.value ? second.value : null;
      if (pooled) victims.last = second!.last;
      this.emit(m.value, victims.first, victims, pooled !== null);
      if (pooled) this.emit(pooled, victims.first, victims, true);
      return true;
    }
    return false;
  }

  /** `لم تسجل إصابات`, `دون وقوع إصابات`, `دون أن يؤدي العدوان إلى إصابات`, `لم يسفر عن مقتل أحد`. */
  private negatedAt(i: number): boolean {
    const { tokens } = this;
    if (!tokens[i]!.bases.some((b) => NEGATOR.has(b))) return false;
    let outcome = false;
    for (let k = i + 1; k < tokens.length && k <= i + lex.NEGATION_WINDOW; k++) {
      const t = tokens[k]!;
      if (t.kind === 'punct' || t.bases.some((b) => UNKNOWN.has(b))) return false;
      if (t.bases.some((b) => OUTCOME_VERB.has(b))) {
        outcome = true;
        continue;
      }
      const direct = k === i + 1 || outcome;
      const anyCasualty = ANY_CASUALTY.matchAt(tokens, k);
      if (anyCasualty) return direct && this.emitZero(['killed', 'wounded'], i, anyCasualty.last);
      const victim = this.personAt(k)?.form.victim;
      if (victim) return direct && this.emitZero([victim], i, k);
      const cue = EVENT.matchAt(tokens, k);
      if (cue) {
        const nobody = tokens[cue.last + 1];
        return nobody !== undefined && NOBODY.has(nobody.norm) && this.emitZero([cue.value.kind], i, cue.last + 1);
      }
    }
    return false;
  }

  /** `اقتصرت الخسائر على الماديات`. */
  private materialOnlyAt(i: number): boolean {
    if (!this.tokens[i]!.bases.some((b) => MATERIAL_VERB.has(b))) return false;
    for (let k = i + 1; k < this.tokens.length && k <= i + lex.MATERIAL_WINDOW; k++) {
      const t = this.tokens[k]!;
      if (t.kind === 'punct') return false;
      if (t.bases.some((b) => MATERIAL.has(b))) return this.emitZero(['killed', 'wounded'], i, k);
    }
    return false;
  }

  /** `خسائر فادحة في الأرواح`: deaths, no number. */
  private livesLostAt(i: number): boolean {
    const m = LIVES_LOST.matchAt(this.tokens, i);
    if (!m) return false;
    const text = this.slice(i, m.last);
    const victims: Victims = { first: i, last: m.last, count: VAGUE_COUNT, qualifier: 'vague', countText: text, group: null, groupText: null, person: false, implied: true };
    this.emit('killed', i, victims, false);
    return true;
  }

  // -------------------------------------------------------------------------------------------
  // victims

  /**
   * The victims starting at token k: a count (`أكثر من 20 مسلحا`), a person noun whose form gives the
   * number (`مدني` 1, `جنديين` 2, `مدنيين` vague), `من في السيارتين`, or (after a kill cue) a nisba (`أميركي`).
   */
  private victimsAt(k: number, nisba: boolean): Victims | null {
    const t = this.tokens[k];
    if (!t || t.kind === 'punct' || this.used[k]) return null;
    const postposed = this.postposedCount(k);
    const counted = this.byFirst.get(k) ?? postposed;
    // أصيب بست عشرة ضربة: a count behind a preposition is what hit them, not who was hit
    if (counted && !postposed && PREPOSITION_GLUED.test(this.text.slice(t.start, counted.q.start))) return null;
    // قتلت اثنين: a postposed count's noun before it is the cue itself, not who was counted
    if (counted) return this.fromCount(counted, postposed ? k : counted.noun !== null && counted.noun < k ? null : counted.noun);
    const form = this.personAt(k);
    if (form) return this.fromForm(k, form);
    if (t.norm === norm(lex.WHOEVER) && WHOEVER_NEXT.has(this.tokens[k + 1]?.norm ?? '')) {
      return { first: k, last: k, count: VAGUE_COUNT, qualifier: 'vague', countText: t.text, group: null, groupText: null, person: false, implied: true };
    }
    const glued = this.tokens[k + 1]?.start === t.end;
    if (nisba && t.norm.length >= lex.MIN_NISBA_LENGTH && t.norm.endsWith('ي') && !glued && !t.bases.some((b) => NISBA_STOP.has(b) || GAP_STOP.has(b)) && !t.norm.startsWith('ال')) {
      return { first: k, last: k, count: 1, qualifier: 'exact', countText: t.text, group: null, groupText: t.text, person: true };
    }
    // عراقيان, فلسطينيان: a nisba in the dual
    if (nisba && t.norm.length >= lex.MIN_NISBA_LENGTH + 2 && t.norm.endsWith(NISBA_DUAL) && !t.norm.startsWith('ال')) {
      return { first: k, last: k, count: 2, qualifier: 'dual', countText: t.text, group: null, groupText: t.text, person: true };
    }
    return null;
  }

  /** A verb's subject may stand between it and the count: `قتلت القوات الروسية 20 مسلحا`. */
  private victimsAfterSubject(from: number): Victims | null {
    for (let k = from; k < this.tokens.length && k < from + lex.VERB_SUBJECT_GAP; k++) {
      const t = this.tokens[k]!;
      if (t.kind !== 'word' || GAP_STOP.has(t.norm) || EVENT.matchAt(this.tokens, k)) return null;
      const counted = this.byFirst.get(k + 1);
      if (counted) return this.fromCount(counted, counted.noun);
    }
    return null;
  }

  /** `وقتل في المقدادية شمال شرق بعقوبة ثلاثة مدنيين`: the verb, where, then the people it hit. */
  private victimsAfterPlace(from: number): Victims | null {
    if (this.tokens[from]?.norm !== IN) return null;
    for (let k = from + 1; k < this.tokens.length && k < from + lex.VERB_PLACE_GAP; k++) {
      const t = this.tokens[k]!;
      if (t.kind !== 'word' || EVENT.matchAt(this.tokens, k)) return null;
      const counted = this.byFirst.get(k + 1);
      // a count of people only: `قتل في الهجوم على ثلاثة مواقع` counts places
      if (counted) return counted.noun !== null && this.personAt(counted.noun) ? this.fromCount(counted, counted.noun) : null;
    }
    return null;
  }

  /** `مقاتلين اثنين`, `قتيل واحد`, `عسكريين تركيين اثنين`: the count comes after its noun and an adjective. */
  private postposedCount(k: number): CountSpan | undefined {
    for (let n = k; n <= k + 1; n++) {
      const counted = this.byNoun.get(n);
      if (counted && counted.first > n) return counted;
    }
    return undefined;
  }

  private isDefiniteCue(i: number, phrase: string): boolean {
    const t = this.tokens[i]!;
    const key = norm(phrase).split(' ')[0]!;
    if (key.startsWith('ال')) return false;
    const attached = t.norm.endsWith(key) ? t.norm.slice(0, t.norm.length - key.length) : '';
    return ARTICLE_END.test(attached);
  }

  private fromCount(counted: CountSpan, noun: number | null): Victims {
    const first = Math.min(counted.first, noun ?? counted.first);
    const victims: Victims = {
      first,
      start: first === counted.first ? counted.q.start : undefined,
      last: counted.last,
      count: counted.q.value,
      qualifier: counted.q.qualifier,
      countText: counted.q.text,
      group: null,
      groupText: null,
      person: false,
    };
    if (noun !== null) {
      // 5 من قوات الأمن, ثلاثة من رجال الشرطة
      const force = FORCE.matchAt(this.tokens, noun);
      const form = force ? null : this.personAt(noun);
      if (force) {
        victims.group = force.value;
        victims.groupText = this.slice(noun, force.last, true);
        victims.last = Math.max(victims.last, force.last);
      } else if (form) {
        victims.last = Math.max(victims.last, noun);
        this.applyGroup(victims, noun, form);
        // 12 قتيلا is read by its own kind, never as more of the previous cue's
        victims.person = !form.form.victim;
      } else if (this.isVictimWord(noun)) {
        victims.last = Math.max(victims.last, noun);
        victims.groupText = this.wordText(noun);
      }
      if (noun < counted.first) victims.last = Math.max(victims.last, counted.last);
    }
    return victims;
  }

  private fromForm(k: number, found: FoundForm): Victims | null {
    const { form, definite } = found;
    const number = form.dualIfFatha && hasDualFatha(this.tokens[k]!.text) ? 'dual' : form.number;
    // المسلحين, القتلى: people already counted, or a topic: not counted (a definite singular or dual still is)
    if (number === 'plural' && definite) {
      if (form.victim) return null;
      const named: Victims = { first: k, last: k, count: null, qualifier: null, countText: null, group: null, groupText: null, person: false };
      this.applyGroup(named, k, found);
      return named;
    }
    const counts = { singular: [1, 'exact'], dual: [2, 'dual'], plural: [VAGUE_COUNT, 'vague'] } as const;
    const [count, qualifier] = counts[number];
    const victims: Victims = { first: k, last: k, count, qualifier, countText: this.wordText(k), group: null, groupText: null, person: true, implied: number === 'plural' };
    this.applyGroup(victims, k, found);
    return victims;
  }

  /** The group of the noun at n: its own, the force after a member noun, or the last one for `آخرين`. */
  private applyGroup(victims: Victims, n: number, { form }: FoundForm): void {
    if (form.others) {
      victims.group = this.previousGroup?.group ?? null;
      victims.groupText = this.wordText(n);
    } else if (form.member) {
      const force = this.forceAfter(n);
      victims.group = force?.group ?? null;
      victims.groupText = this.slice(n, force?.last ?? n, true);
      if (force) victims.last = Math.max(victims.last, force.last);
    } else if (!form.victim) {
      victims.group = form.group;
      victims.groupText = this.wordText(n);
    }
  }

  /** After a member noun: `لقوات النظام`, `من حزب الله`, `في صفوف الجيش`, `القوات النظامية` (construct). */
  private forceAfter(n: number): { group: CasualtyGroup; last: number } | null {
    const { tokens } = this;
    let k = n + 1;
    let linked = false;
    if (tokens[k]?.norm === FROM) (k += 1), (linked = true);
    else if (tokens[k]?.norm === IN_RANKS[0] && tokens[k + 1]?.bases.includes(IN_RANKS[1]!)) (k += 2), (linked = true);
    // عنصرا من عناصر تنظيم داعش
    if (linked && this.personAt(k)?.form.member) k++;
    const t = tokens[k];
    if (!t || t.kind !== 'word') return null;
    const m = FORCE.matchAt(tokens, k);
    if (m) return { group: m.value, last: m.last };
    if (!linked && !(t.norm.startsWith('ل') && t.bases.length > 1)) return null;
    // any other force named after من or لـ is an armed group
    let last = k;
    while (last + 1 < k + lex.FORCE_NAME_WORDS && tokens[last + 1]?.kind === 'word' && !this.isBoundary(last + 1)) last++;
    return { group: 'fighters', last };
  }

  /** `8 شهداء عسكريين`, `قتلى من المدنيين`, `قتلى في صفوف قوات النظام`. */
  private groupAfterVictimNoun(i: number): { group: CasualtyGroup | null; groupText: string; last: number } | null {
    const { tokens } = this;
    const link = GROUP_LINK.matchAt(tokens, i + 1);
    const k = link ? link.last + 1 : i + 1;
    const found = this.personAt(k);
    if (found && !found.form.victim && !found.form.others && !tokens[k]!.norm.startsWith('و')) {
      const v: Victims = { first: k, last: k, count: null, qualifier: null, countText: null, group: null, groupText: null, person: true };
      this.applyGroup(v, k, found);
      return { group: v.group, groupText: v.groupText!, last: v.last };
    }
    if (k === i + 1) return null;
    const force = FORCE.matchAt(tokens, k);
    return force ? { group: force.value, groupText: this.slice(k, force.last, true), last: force.last } : null;
  }

  /** `عدد القتلى إلى 15`, `حصيلة الشهداء بلغت 20`: the figure after the toll; none, no casualty. */
  private tollFigure(i: number): Victims | null {
    let linked = false;
    for (let k = i + 1; k < this.tokens.length && k <= i + lex.TOLL_WINDOW; k++) {
      const t = this.tokens[k]!;
      if (t.kind === 'punct') return null;
      if (t.bases.some((b) => TOLL_LINK.has(b))) linked = true;
      const counted = this.byFirst.get(k);
      if (linked && counted) {
        const victims = this.fromCount(counted, null);
        victims.first = i - 1;
        return victims;
      }
    }
    return null;
  }

  /** `استشهاد 17 مقاتلاً من الفصائل بالإضافة إلى ستة مدنيين`, `مقتل طفل وامرأة`: more of the same kind. */
  private continuation(kind: CasualtyKind, after: Victims): void {
    let previous = after;
    for (;;) {
      let next: Victims | null = null;
      for (let k = previous.last + 1; k < this.tokens.length && k <= previous.last + lex.CONTINUATION_WINDOW; k++) {
        const t = this.tokens[k]!;
        if (t.kind === 'punct' || SUBSET.has(t.norm) || this.isBoundary(k) && t.norm !== FROM) break;
        const link = CONTINUATION.matchAt(this.tokens, k);
        const from = link ? link.last + 1 : t.norm.startsWith('و') ? k : -1;
        if (from < 0) continue;
        next = this.victimsAt(from, false);
        break;
      }
      if (!next?.person) return;
      this.emit(kind, next.first, next, false);
      previous = next;
    }
  }

  // -------------------------------------------------------------------------------------------
  // helpers

  private emit(kind: CasualtyKind, firstToken: number, v: Victims, pooled: boolean): void {
    const first = Math.min(firstToken, v.first);
    let last = Math.max(v.last, firstToken);
    // أصيب 23 آخرون بجراح: how they were wounded belongs to the evidence
    const wound = kind === 'wounded' ? WOUND.matchAt(this.tokens, last + 1) : null;
    if (wound) last = wound.last;
    const start = first === v.first && v.start !== undefined ? v.start : this.startAfterProclitics(first);
    const end = this.tokens[last]!.end;
    const count = pooled && v.count !== null ? VAGUE_COUNT : v.count;
    this.out.push({
      start,
      end,
      text: this.text.slice(start, end),
      kind,
      count,
      qualifier: pooled && v.count !== null ? 'vague' : v.qualifier,
      countText: v.countText,
      group: v.group,
      groupText: v.groupText,
      pooled: pooled && v.count !== null,
      implied: (pooled && v.count !== null) || v.implied === true,
    });
    this.used.fill(1, first, last + 1);
    if (v.group !== null || v.groupText !== null) this.previousGroup = { group: v.group };
  }

  private emitZero(kinds: CasualtyKind[], first: number, last: number): boolean {
    const zero: Victims = { first, last, count: 0, qualifier: 'exact', countText: null, group: null, groupText: null, person: false };
    for (const kind of kinds) this.emit(kind, first, zero, false);
    return true;
  }

  /** A denial (`نفت سقوط قتلى`) a few words back: GUIDE.md leaves fatalities null. */
  private isDenied(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - lex.DENIAL_LOOKBACK); k--) {
      const t = this.tokens[k]!;
      if (t.kind === 'punct') return false;
      if (t.bases.some((b) => DENIAL.has(b))) return true;
    }
    return false;
  }

  private isBoundary(k: number): boolean {
    const t = this.tokens[k]!;
    return t.kind !== 'word' || GAP_STOP.has(t.norm) || EVENT.matchAt(this.tokens, k) !== null || AFTER_VICTIM.matchAt(this.tokens, k) !== null;
  }

  /** A word after a count that may say who was counted (`12 سوريا`), not a preposition or an adverb. */
  private isVictimWord(k: number): boolean {
    const t = this.tokens[k]!;
    if (t.kind !== 'word' || this.byFirst.has(k) || WOUND.matchAt(this.tokens, k) || this.isBoundary(k)) return false;
    // بهجمات, لمدة: a word behind a preposition is not who was counted
    if (t.bases.length > 1 && /^[وف]?[بلك]/.test(t.norm) && t.bases[0] !== t.norm) return false;
    return !t.bases.some((b) => NOT_VICTIM.has(b) || GAP_STOP.has(b));
  }

  /** `ارتقاء شخصين شهداء`: the count is on the person noun before the victim noun. */
  private personCountEndingAt(k: number): CountSpan | undefined {
    const counted = this.covering.get(k);
    return counted && counted.noun === k && !this.used[k] && this.personAt(k) !== null ? counted : undefined;
  }

  /** `لواء شهداء الإسلام`, `مقبرة شهداء الثورة`: a bare victim noun governing a definite word is a name. */
  private isConstruct(i: number): boolean {
    const next = this.tokens[i + 1];
    return next?.kind === 'word' && next.norm.startsWith('ال') && this.personAt(i + 1) === null && !GROUP_LINK.matchAt(this.tokens, i + 1);
  }

  private countEndingAt(k: number): CountSpan | undefined {
    const counted = this.covering.get(k);
    return counted && counted.last === k ? counted : undefined;
  }

  /** A person noun at token k, with the proclitics in front of it, and whether it carries the article. */
  private personAt(k: number): FoundForm | null {
    const t = this.tokens[k];
    if (!t || t.kind !== 'word') return null;
    for (const reading of t.bases) {
      const form = PERSON_FORMS.get(reading);
      if (!form || !t.norm.endsWith(reading)) continue;
      const attached = t.norm.slice(0, t.norm.length - reading.length);
      if (!PROCLITICS.test(attached)) continue;
      return { form, definite: ARTICLE_END.test(attached) };
    }
    return null;
  }

  private placeCounts(quantities: readonly Quantity[]): void {
    const { tokens } = this;
    let k = 0;
    for (const q of quantities) {
      while (k < tokens.length && tokens[k]!.end <= q.start) k++;
      const first = k;
      let last = first;
      while (last + 1 < tokens.length && tokens[last]!.end < q.end) last++;
      let noun: number | null = null;
      if (q.noun !== null) {
        if (q.noun === q.text) noun = last;
        else if (tokens[first - 1]?.text === q.noun) noun = first - 1;
        else for (let n = last + 1; n <= last + 2 && n < tokens.length; n++) if (tokens[n]!.text.endsWith(q.noun)) (noun ??= n);
      }
      const span: CountSpan = { q, first, last, noun };
      this.byFirst.set(first, span);
      if (noun !== null) this.byNoun.set(noun, span);
      for (let c = Math.min(first, noun ?? first); c <= Math.max(last, noun ?? last); c++) this.covering.set(c, span);
    }
  }

  /** The text of token k without the proclitics glued to it (`بمقتل` → `مقتل`). */
  private wordText(k: number): string {
    const t = this.tokens[k]!;
    return this.text.slice(this.startAfterProclitics(k), t.end);
  }

  private slice(first: number, last: number, trimFirst = false): string {
    return this.text.slice(trimFirst ? this.startAfterProclitics(first) : this.tokens[first]!.start, this.tokens[last]!.end);
  }

  /** Evidence starts at the word, not at the و/ب glued to it; the article stays. */
  private startAfterProclitics(k: number): number {
    const t = this.tokens[k]!;
    if (t.kind !== 'word') return t.start;
    const known = t.bases.find(
      (b) => PERSON_FORMS.has(b) || MET_DEATH_VERB.has(b) || EVENT.has({ ...t, bases: [b] }) || AFTER_VICTIM.has({ ...t, bases: [b] }),
    );
    const reading = known ?? t.norm;
    const attached = t.norm.endsWith(reading) ? t.norm.slice(0, t.norm.length - reading.length) : '';
    const clitics = attached.replace(/(?:ال)$/, '');
    return offsetInToken(t, PROCLITICS.test(attached) ? clitics.length : 0);
  }
}

function isInvisible(t: Token): boolean {
  return t.kind === 'punct' && INVISIBLE.test(t.text);
}

interface FoundForm {
  form: PersonForm;
  definite: boolean;
}

/** GUIDE.md: deaths mentioned without a number (`شهداء`, `عدد من`, `خسائر في الأرواح`) are coded 3. */
const VAGUE_COUNT = 3;
