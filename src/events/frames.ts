import { PhraseMatcher, phraseSet, type PhraseMatch } from '../arabic/index.js';
import type {
  Actor,
  DateMention,
  EventType,
  Casualty,
  PlaceMention,
  Reading,
  Sentence,
  Token,
} from '../types.js';
import * as cue from './cues.js';
import { datelineCountry, datelinePlaces } from './dateline.js';
import { isRunningTotal, killedIn, namesOnePerson } from './fatalities.js';
import { AGREEMENT, KILLING, TRIGGERS, TYPE_PRIORITY, signedAgreement, type TriggerEntry } from './lexicon.js';

/** A reported happening read from one sentence, before in-article merging. */
export interface Frame {
  sentence: Sentence;
  trigger: { text: string; start: number; end: number; entry: TriggerEntry };
  type: EventType;
  subType: string;
  /** The trigger points back at an event already told (`هذه الضربات`): merge, never stand alone. */
  anaphoric: boolean;
  actor1: Actor | null;
  assocActor1: Actor | null;
  actor2: Actor | null;
  place: PlaceMention | null;
  /**
   * A locality the text names inside the chosen place but the gazetteer lacks (`حي الراشدين` in حلب):
   * the location as written, geocoded to the wider place.
   */
  locality: string | null;
  date: DateMention | null;
  background: boolean;
  fatalities: { value: number; text: string } | null;
  claimedBy: string | null;
}

/**
 * Nouns in the accusative take a final alef (`عقد اجتماعا`, `شن هجوما`, `التوصل اتفاقا`): each one-word
 * trigger is also matched with it, so the lexicon lists the bare form only.
 */
function withAccusative(entries: readonly TriggerEntry[]): Array<readonly [string, TriggerEntry]> {
  const out: Array<readonly [string, TriggerEntry]> = entries.map((t) => [t.phrase, t] as const);
  for (const t of entries) {
    if (t.phrase.includes(' ') || /[اةىه]$/.test(t.phrase)) continue;
    out.push([`${t.phrase}ا`, t] as const);
  }
  return out;
}

const triggerMatcher = new PhraseMatcher(withAccusative(TRIGGERS));
const air = phraseSet(cue.AIR_CUES);
const shelling = phraseSet(cue.SHELLING_CUES);
const ied = phraseSet(cue.IED_CUES);
const negation = phraseSet([...cue.NEGATION_CUES, ...cue.OPINION_CUES]);
const anaphora = phraseSet(cue.ANAPHORA_CUES);
const backgroundOpeners = phraseSet(cue.BACKGROUND_CUES);
const recapOpeners = phraseSet(cue.RECAP_OPENERS);
const claim = phraseSet(cue.CLAIM_CUES);
const claimEnd = phraseSet(cue.CLAIM_END);
const sourceNouns = phraseSet(cue.SOURCE_NOUNS);
const sourceOf = phraseSet(['في', 'ب', 'من']);
const target = phraseSet(cue.TARGET_CUES);
const targetObjects = phraseSet(cue.TARGET_OBJECTS);
const associate = phraseSet(cue.ASSOCIATE_CUES);
const agent = phraseSet(cue.AGENT_CUES);
const origin = phraseSet(cue.ORIGIN_CUES);
const destination = phraseSet(cue.DESTINATION_CUES);
const kill = phraseSet(cue.KILL_CUES);
const wounded = phraseSet(cue.WOUNDED_CUES);
const sport = phraseSet(cue.SPORT_WORDS);
const seizure = phraseSet(cue.SEIZURE_NOUNS);
const locative = phraseSet(cue.LOCATIVE_CUES);
const reference = phraseSet(cue.REFERENCE_CUES);
const direction = phraseSet(cue.DIRECTION_WORDS);
const intervention = phraseSet(cue.INTERVENTION_CUES);
const earlier = phraseSet(cue.EARLIER_CUES);
const pattern = phraseSet(cue.PATTERN_CUES);
const futureAfter = phraseSet(cue.FUTURE_AFTER_CUES);
const response = phraseSet(cue.RESPONSE_CUES);
const gunfire = phraseSet(cue.GUNFIRE_CUES);
const pluperfectAux = phraseSet(cue.PLUPERFECT_AUX);
const reportedBeforeVerbs = phraseSet(cue.REPORTED_BEFORE_VERBS);
const followsOpeners = phraseSet(cue.FOLLOWS_OPENERS);
const afterWords = phraseSet(cue.AFTER_WORDS);
const hoursWords = phraseSet(cue.HOURS_WORDS);
const calls = phraseSet(cue.CALL_CUES);
const responsibility = phraseSet(cue.RESPONSIBILITY_CUES);
const press = phraseSet(cue.PRESS_CUES);
const topic = phraseSet(cue.TOPIC_CUES);
const purpose = phraseSet(cue.PURPOSE_CUES);
const charge = phraseSet(cue.CHARGE_CUES);
const attackNouns = phraseSet(cue.ATTACK_NOUNS);
const namingHeads = phraseSet(cue.NAMING_HEADS);
const progressVerbs = phraseSet(cue.PROGRESS_VERBS);
const suppositionOpeners = phraseSet(cue.SUPPOSITION_OPENERS);
const signing = phraseSet(cue.SIGNING_CUES);
const announce = phraseSet(cue.ANNOUNCE_CUES);
const ownActNouns = phraseSet(cue.OWN_ACT_NOUNS);
const selfPronoun = phraseSet(cue.SELF_PRONOUN_CLAIMS);
const civilAgreement = phraseSet(cue.CIVIL_AGREEMENT_CUES);
/** How many opening tokens may come before a supposition word (`و`, a vocative): `تصوروا لو` opens at 0. */
const SUPPOSITION_OPENING_TOKENS = 2;
/** Marks a strike made with guns, which is no remote violence: the frame is recoded a clash. */
const GUNFIRE = 'gunfire';
const relativePronoun = phraseSet(cue.RELATIVE_PRONOUNS);
const continuation = phraseSet(cue.CONTINUATION_CUES);
const presentAttack = phraseSet(cue.PRESENT_ATTACK_VERBS);
const tally = phraseSet(cue.TALLY_NOUNS);
const nearWords = phraseSet(['قرب', 'بالقرب', 'مقربة']);
/** `في مناطق متفرقة من بغداد`, `أنحاء من`: a part of the place, where `من` is no origin (the adjective is skipped by its position). */
const partOfPlace = phraseSet(['مناطق', 'أنحاء', 'انحاء', 'أحياء', 'أجزاء', 'متفرقة', 'أخرى', 'عدة', 'بعض', 'جميع']);
const strikeVerbs = phraseSet(cue.STRIKE_VERBS);
const causeOpeners = phraseSet(cue.CAUSE_OPENERS);
const disaster = phraseSet(cue.DISASTER_NOUNS);
/**
 * Trigger words this strong name violence whatever else the clause tells (`غارة`, `عبوة ناسفة`, `اغتيال`);
 * weaker ones (`مقتل`, `تدمير`, `السيطرة`) take their sense from the clause, and next to a flood or a
 * volcano they tell of it.
 */
const UNAMBIGUOUS_TRIGGER_WEIGHT = 0.45;
const betweenWords = phraseSet(cue.BETWEEN_WORDS);
const sideWords = phraseSet(cue.SIDE_WORDS);
/** Nouns of an attack that a nationality adjective follows to say whose it was (`عدوان إسرائيلي`, `غارات أميركية`). */
const nationAttackNouns = phraseSet(['عدوان', 'عدوانا', 'غارة', 'غارات', 'ضربة', 'ضربات', 'قصف', 'قصفا', 'هجوم', 'هجوما', 'اعتداء', 'جوي', 'جويا', 'جوية', 'مدفعي', 'صاروخي']);
/** How far after its noun the nationality may stand: `عدوانا جويا إسرائيليا` (2 tokens). */
const ATTACK_NOUN_WINDOW = 2;
const militaryNouns = phraseSet(['سلاح', 'سلاحا', 'سلاحي', 'قوات', 'القوات', 'الجيش', 'جيش', 'الطيران', 'طيران', 'العربات', 'جنود', 'العسكرية', 'العسكري',
  'غارات', 'ضربات', 'طائرات', 'الحربي', 'الحربية', 'مقاتلات', 'الجوية', 'البحرية', 'المروحي']);

/**
 * How many tokens before a trigger a negation, denial or intention still governs it, within the
 * clause (`ونفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت`: 7 tokens).
 */
const NEGATION_WINDOW = 8;
/** How many tokens after a kill word its victims may be named (`مقتل أكثر من 20 مسلحا`). */
const VICTIM_WINDOW = 4;
/** The longest claimant name we read after a claim verb, in tokens. */
const MAX_CLAIMANT_TOKENS = 10;
/** A dated event more than this many days before publication is recalled background, not news. */
export const BACKGROUND_GAP_DAYS = 2;

/** Words whose place is where the movement started (a withdrawal happens where the troops were). */
const LEAVING = phraseSet(['انسحاب', 'انسحب', 'انسحبت', 'بالانسحاب', 'مغادرة', 'تغادر', 'غادرت', 'سحب', 'ببدء سحب']);
/** Words whose place is where the movement ended (reinforcements are coded where they arrive). */
const ARRIVING = phraseSet(['تعزيزات', 'تعزيزات عسكرية', 'وصلت', 'وصل', 'استقدمت', 'استقدم', 'نشر', 'نشرت']);

const ARMED_TYPES = new Set<Actor['type']>(['state_forces', 'rebel_group', 'jihadist_group', 'militia', 'unidentified_armed_group']);
// `other` holds the UN and the Syrian opposition's coalition (sources are coded out before): parties to talks
const POLITICAL_TYPES = new Set<Actor['type']>(['government', 'state_forces', 'international_organisation', 'rebel_group', 'jihadist_group', 'other']);

export interface FrameContext {
  reading: Reading;
  /** The cleaned body the reading was made of. */
  text: string;
  published: string | null;
  /** Canonical actors by English name, to turn nationality adjectives into "Military Forces of X". */
  actorByName: (name: string) => Actor | null;
  /** The actor an event is coded with for a mention (a minister → his government); null for sources that only report. */
  codeActor: (actor: Actor) => Actor | null;
}

/** Read at most one event frame per sentence and per governorate named in it. */
export function readFrames(ctx: FrameContext): Frame[] {
  const datelines = datelinePlaces(ctx.reading, ctx.text);
  // the dateline is where the report was filed: no sentence's own place
  const reading = datelines.length > 0 ? { ...ctx.reading, places: ctx.reading.places.filter((p) => !datelines.includes(p)) } : ctx.reading;
  ctx = { ...ctx, reading };
  const perSentence: Frame[][] = [];
  let ti = 0;
  for (const sentence of reading.sentences) {
    while (ti < reading.tokens.length && reading.tokens[ti]!.start < sentence.start) ti++;
    let tj = ti;
    while (tj < reading.tokens.length && reading.tokens[tj]!.end <= sentence.end) tj++;
    const tokens = reading.tokens.slice(ti, tj);
    ti = tj;
    perSentence.push(framesOfSentence(ctx, sentence, tokens));
  }
  placeFromNextSentence(ctx, perSentence);
  const frames = perSentence.flat();
  if (datelines.length > 0) {
    const country = datelineCountry(datelines[0]!);
    for (const f of frames) if (f.place === null) f.place = country;
  }
  return frames;
}

/**
 * A happening told without a place often gets it in the next sentence of the same paragraph, one that
 * tells nothing new of its own (`… دخلت في مفاوضات مع ممثلين عن هيئة تحرير الشام. … في أحد فنادق دمشق.`).
 */
function placeFromNextSentence(ctx: FrameContext, perSentence: Frame[][]): void {
  const { sentences, places } = ctx.reading;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const frames = perSentence[i]!;
    if (frames.length === 0 || frames.some((f) => f.place !== null)) continue;
    const next = sentences[i + 1]!;
    if (perSentence[i + 1]!.length > 0) continue;
    const between = ctx.text.slice(sentences[i]!.end, next.start);
    if (between.includes('\n')) continue; // another paragraph
    const candidates = places.filter(inside(next)).filter((p) => p.place.kind !== 'country');
    const best = candidates.sort((a, b) => a.precision - b.precision)[0];
    if (best) for (const f of frames) f.place = best;
  }
}
const inside = (s: { start: number; end: number }) => (m: { start: number; end: number }) =>
  m.start >= s.start && m.end <= s.end;

/** Clause separators: a sentence lists several happenings as comma-joined clauses (`…على مدينة معرة النعمان، وامرأة وطفلها في قصف جوي على قرية جوزف`). */
const CLAUSE_SEPARATORS = new Set(['،', ',', '؛', ';']);

/** `أن`, `إن` introducing what was said; `وأن` then opens the next thing said (normalised forms). */
const COMPLEMENTIZERS = new Set(['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها']);
const NEXT_COMPLEMENT = new Set(['وان', 'وانه', 'وانها']);

const AND_WAS = new Set(['وكان', 'وكانت', 'وكانوا']);

/** `… وكان طيران الاحتلال قد شن`: an `وكان … قد` inside a sentence starts a recalled happening of its own. */
function opensPluperfect(tokens: Token[], k: number): boolean {
  if (!AND_WAS.has(tokens[k]!.norm)) return false;
  for (let j = k + 1; j <= Math.min(tokens.length - 1, k + AUX_WINDOW); j++) {
    if (CLAUSE_BREAKS.has(tokens[j]!.text)) return false;
    if (tokens[j]!.norm === 'قد') return true;
  }
  return false;
}

/**
 * Token index ranges [first, last] of the clauses of a sentence. Besides commas, `وأن` after a first `أن`
 * (`قال إن سلاح الجو قصف مناطق في الزبداني وأن مقاتلي المعارضة ردوا …`) starts the speaker's next statement,
 * which keeps its own subject; so does an `وكان … قد` (the pluperfect of a recalled happening).
 */
function splitClauses(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  let saying = false;
  tokens.forEach((t, k) => {
    if (CLAUSE_SEPARATORS.has(t.text)) {
      if (k > first) out.push([first, k - 1]);
      first = k + 1;
    } else if (k > first && ((saying && NEXT_COMPLEMENT.has(t.norm)) || opensPluperfect(tokens, k))) {
      out.push([first, k - 1]);
      first = k;
    }
    if (COMPLEMENTIZERS.has(t.norm)) saying = true;
  });
  if (first < tokens.length) out.push([first, tokens.length - 1]);
  return out;
}

type TriggerMatch = PhraseMatch<TriggerEntry>;

/**
 * The trigger a stretch reports: the highest-priority type, then the strongest word. When the
 * stretch signs an agreement (`وقعت … اتفاقا`), its agreement word tells it (lexicon.ts signedAgreement).
 */
function mainTrigger(triggers: TriggerMatch[], signed: (m: TriggerMatch) => boolean = () => false): TriggerMatch {
  triggers = triggers.map((m) => (m.value.sub === AGREEMENT && signed(m) ? { ...m, value: signedAgreement(m.value) } : m));
  const rank = (m: TriggerMatch) => m.value.priority ?? TYPE_PRIORITY[m.value.type];
  return triggers.reduce((a, b) => (rank(b) > rank(a) || (rank(b) === rank(a) && b.value.weight > a.value.weight) ? b : a));
}

/** A possessive pronoun on a meeting noun (`لقائه`, `محادثاتهما`): the meeting of whoever the sentence is about. */
const SPEAKER_PRONOUN = /(?:ه|ها|هما|هم)$/;

/** One happening being assembled from one or more clauses of a sentence. */
interface Seed {
  first: number;
  last: number;
  triggers: TriggerMatch[];
}

function framesOfSentence(ctx: FrameContext, sentence: Sentence, tokens: Token[]): Frame[] {
  if (tokens.slice(0, SUPPOSITION_OPENING_TOKENS).some((_, k) => suppositionOpeners.matchAt(tokens, k))) return [];
  let triggers = triggerMatcher
    .findAll(tokens)
    .filter((m) => !isNegated(tokens, m.first) && !isHabitual(tokens, m) && !isFuture(tokens, m) && !inPatternClause(tokens, m) &&
      !namesCampaign(tokens, m) && !isInterview(tokens, m) && !topic.matchAt(tokens, m.first) &&
      !(m.first > 0 && namingHeads.has(tokens[m.first - 1]!)) && !madeProgress(tokens, m) && !namesHolder(tokens, m) && !describesState(tokens, m));
  if (triggers.length === 0) return [];
  // read only where a trigger stands: most sentences have none
  if (tokens.some((_, k) => sport.matchAt(tokens, k))) return [];
  const sentenceDates = ctx.reading.dates.filter(inside(sentence)).filter((d) => !spansYears(d));
  // `وتستهدف المقاومة … القواعد الأميركية في العراق وسوريا`: an undated present opening tells a practice, in its first clause
  if (sentenceDates.length === 0 && tokens.length > 0 && presentAttack.has(tokens[0]!)) {
    const firstClause = splitClauses(tokens)[0]!;
    triggers = triggers.filter((m) => m.first > firstClause[1]);
    if (triggers.length === 0) return [];
  }

  const claimSpans = findClaimants(tokens);
  const inClaim = (m: { start: number; end: number }) => claimSpans.some((c) => m.start >= c.start && m.end <= c.end);
  // an announcer of its own act is an actor in it (and still its source)
  const onlyReports = (m: { start: number; end: number }) => claimSpans.some((c) => !c.ownAct && m.start >= c.start && m.end <= c.end);
  // the source's label when the registry knows the source, else the claimant's words as written
  const claimedBy = ctx.reading.sources.find(inside(sentence))?.label ?? claimSpans[0]?.text ?? null;
  const topics = topicSpans(tokens);
  const aims = purposeSpans(tokens);
  const placesBefore = (at: number) => ctx.reading.places.some((p) => p.start >= sentence.start && p.end <= at && !inClaim(p));
  const sentencePlaces = ctx.reading.places.filter(inside(sentence)).filter((p) => !inClaim(p) && !topics.some((c) => inside(c)(p)) &&
    !speaksAsGovernment(tokens, p) && !isBirthplace(tokens, p) &&
    // `في محاولة لتوسيع رقعة سيطرته … باتجاه الرقة`: where an aim reaches is not where it happened, once a place was told
    !aims.some((a) => inside(a)(p) && placesBefore(a.start)));
  // a war's running total is no happening's toll (fatalities.ts)
  const casualties = ctx.reading.casualties.filter(inside(sentence)).filter((c) => !isRunningTotal(c, tokens, sentenceDates, ctx.published));
  const spanOf = (first: number, last: number) => ({ start: tokens[first]!.start, end: tokens[last]!.end });

  const placesWithin = (first: number, last: number) => sentencePlaces.some(inside(spanOf(first, last)));
  // 1. clauses with a trigger open a seed; clauses without one extend the seed before them (or the first one)
  const seeds: Seed[] = [];
  let pending: [number, number] | null = null;
  for (const [first, last] of splitClauses(tokens)) {
    const own = triggers.filter((m) => m.first >= first && m.last <= last);
    if (own.length > 0) {
      // `شهيد في الخليل، وإصابة مستوطنين في عملية إطلاق نار في نابلس`: an opening clause with a place of its own
      // tells what happened there, not more of the next clause's happening elsewhere
      const apart = pending !== null && placesWithin(pending[0], pending[1]) && placesWithin(first, last) &&
        casualties.some((c) => c.kind === 'killed' && inside(spanOf(pending![0], pending![1]))(c));
      seeds.push({ first: pending && !apart ? pending[0] : first, last, triggers: own });
      pending = null;
    } else if (seeds.length > 0) seeds[seeds.length - 1]!.last = last;
    else pending = pending ? [pending[0], last] : [first, last];
  }
  if (seeds.length === 0) return [];

  // 2. a seed naming no place of its own tells more of the seed before it (`، ودمر قاعدتين للمسلحين`)
  const placesIn = (seed: Seed) => sentencePlaces.filter(inside(spanOf(seed.first, seed.last)));
  const merged: Seed[] = [];
  for (const seed of seeds) {
    const previous = merged[merged.length - 1];
    // `قتل … 5 عناصر، … جراء تنفيذ طائرات التحالف عدة ضربات`: the clause giving the cause of the dead just told is their happening
    if (previous && causeOpeners.matchAt(tokens, seed.first) && previous.triggers.every((m) => m.value.sub === KILLING)) {
      previous.last = seed.last;
      previous.triggers.push(...seed.triggers);
    } else if (previous && placesIn(seed).length === 0) {
      previous.last = seed.last;
      previous.triggers.push(...seed.triggers);
    } else if (previous && placesIn(previous).length === 0) {
      previous.last = seed.last;
      previous.triggers.push(...seed.triggers);
    } else merged.push({ ...seed, triggers: [...seed.triggers] });
  }

  const frames: Frame[] = [];
  for (const seed of merged) {
    const span = spanOf(seed.first, seed.last);
    const signs = tokens.slice(seed.first, seed.last + 1).some((t) => signing.has(t));
    const main = mainTrigger(seed.triggers, (m) => signs && !(tokens[m.last + 1] && civilAgreement.has(tokens[m.last + 1]!)));
    const seedCasualties = casualties.filter(inside(spanOf(seed.first, seed.last)));
    // `الإعصار … أسفر عن مقتل 76 شخصا`, `تدفقات الحمم البركانية`: the dead and the damage of a disaster are no political violence
    if (main.value.weight < UNAMBIGUOUS_TRIGGER_WEIGHT && tokens.slice(seed.first, seed.last + 1).some((t) => disaster.has(t))) continue;
    // a killing word alone is an event only when someone is said to be killed here, typed by means and victims
    if (main.value.sub === KILLING && !seedCasualties.some((c) => c.kind === 'killed')) continue;
    const entry = main.value.sub === KILLING ? typeKilling(main.value, tokens.slice(seed.first, seed.last + 1), seedCasualties) : main.value;
    const triggerTokens = { first: tokens[main.first]!, last: tokens[main.last]! };
    const anaphoric = pointsBack(tokens, main.first) || claimsToldAttack(tokens, main.first) || spokenAbout(tokens, main.first);
    const seedTokens = tokens.slice(seed.first, seed.last + 1);

    // each happening's actors come from its own clauses: a neighbouring clause tells of another happening
    // who only reports it, or is named in the cause it answers (`على خلفية أسر فصائل … جنديا`), takes no part in it
    const roles = assignActorRoles(ctx, seedTokens, span, (m) => onlyReports(m) || topics.some((c) => inside(c)(m)), entry.type,
      entry.type === 'Diplomacy' && SPEAKER_PRONOUN.test(triggerTokens.last.text), entry.type === 'Diplomacy' || entry.sub === AGREEMENT);
    if (!roles.actor1 && entry.type === 'Explosions/Remote violence') roles.actor1 = regimeOnlyWeapon(ctx, seedTokens);
    let type = entry.type;
    let subType = entry.sub ?? refineSubType(entry, seedTokens, roles.actor1);
    const shooting = /نار|رصاص|نيران/.test(entry.phrase);
    const civilianVictims = (roles.actor2?.type === 'civilians') ||
      (seedCasualties.some((c) => c.kind === 'killed' || c.kind === 'wounded') && seedCasualties.every((c) => CIVILIAN_GROUPS.has(c.group)));
    if (type === 'Battles' && shooting && civilianVictims && !(roles.actor2 && ARMED_TYPES.has(roles.actor2.type))) {
      [type, subType] = ['Violence against civilians', 'Attack'];
    }
    // `هجوم مسلح استهدف دوريتهم`, `هجوم جديد استهدف دورية عسكرية`: an attack that aimed at its target with no
    // weapon named is a ground attack (ACLED: an armed clash, or an attack where its targets are civilians),
    // not a shelling nobody wrote of. Only with the attack word: `استهدف` alone is how strikes are told too.
    if (type === 'Explosions/Remote violence' && !entry.sub && TARGETING.test(entry.phrase) &&
      seed.triggers.some((m) => m.value.type === 'Battles' && ATTACK_NOUN.test(m.value.phrase)) && weaponSubType(seedTokens) === null) {
      [type, subType] = civilianVictims && !(roles.actor2 && ARMED_TYPES.has(roles.actor2.type)) ? ['Violence against civilians', 'Attack'] : ['Battles', 'Armed clash'];
      roles.actor1 ??= ctx.actorByName(UNIDENTIFIED_ARMED_GROUP);
    }
    if (subType === GUNFIRE) {
      // a sniper firing on a village is an attack on its people; gunfire between armed men is a clash
      const sniper = seedTokens.some((t) => t.bases.some((b) => b.startsWith('قناص')));
      const armedTarget = roles.actor2 !== null && ARMED_TYPES.has(roles.actor2.type);
      [type, subType] = sniper && !armedTarget ? ['Violence against civilians', 'Attack'] : ['Battles', 'Armed clash'];
    }

    const seedDates = sentenceDates.filter(inside(span));
    const date = pickDate(seedDates.length > 0 ? seedDates : sentenceDates, triggerTokens.first.start);
    const background = isBackground(tokens, main.first, date, ctx.published) ||
      (sentenceDates.length === 0 && claimsListOfTargets(tokens, main.first, sentencePlaces));
    const fatalities = killedIn(casualties.filter(inside(span)), ctx.text, (c) => namesOnePerson(c, ctx.reading.people, tokens));
    const placeGroups = pickPlaces(placesIn(seed), tokens, main.first);
    const base = {
      sentence,
      trigger: {
        text: sentence.text.slice(triggerTokens.first.start - sentence.start, triggerTokens.last.end - sentence.start),
        start: triggerTokens.first.start,
        end: triggerTokens.last.end,
        entry,
      },
      type,
      subType,
      anaphoric,
      ...roles,
      date,
      background,
      fatalities,
      claimedBy,
    };
    const arrest = coordinatedArrest(tokens, seed.triggers, main, type);
    const acts = [base];
    if (arrest) {
      const { first, last } = { first: tokens[arrest.first]!, last: tokens[arrest.last]! };
      acts.push({
        ...base,
        trigger: { text: sentence.text.slice(first.start - sentence.start, last.end - sentence.start), start: first.start, end: last.end, entry: arrest.value },
        type: arrest.value.type,
        subType: arrest.value.sub ?? 'Arrests',
        actor2: null,
        fatalities: null,
      });
    }
    for (const act of acts) {
      if (placeGroups.length === 0) frames.push({ ...act, place: null, locality: null });
      else for (const place of placeGroups) frames.push({ ...act, place, locality: unlistedLocality(seedTokens, placesIn(seed), place) });
    }
  }
  return frames;
}

/**
 * `قتل تسعة واعتقال مسلحين آخرين`, `قتلت اثنين واعتقلت 16`: an arrest joined by و to a killing or a
 * clash is a second act of the same agents, and ACLED codes one event per type. Not at a protest,
 * where the arrests are how the protest was met (Protest with intervention).
 */
function coordinatedArrest(tokens: Token[], triggers: TriggerMatch[], main: TriggerMatch, type: EventType): TriggerMatch | null {
  if (type === 'Protests' || type === 'Riots' || type === 'Strategic developments') return null;
  const joined = (m: TriggerMatch) => triggers.some((k) => k.value.type !== 'Strategic developments' && k.last < m.first && m.first - k.last <= PAIRED_ACT_WINDOW);
  return triggers.find((m) => m !== main && m.value.sub === 'Arrests' && m.first > main.first && tokens[m.first]!.norm.startsWith('و') && joined(m)) ?? null;
}

/**
 * How far after a killing or clash word its paired arrest may stand: the count of the dead between
 * (`مقتل 10 من أتباعه واعتقال`: 4). Farther, the arrest is another item of a list (`توجيه ضربات ضد
 * داعش في سوريا … واعتقال مئات`), a campaign rather than the same agents' second act.
 */
const PAIRED_ACT_WINDOW = 4;

/** How many tokens before a place a distance (`على بعد 255 كلم`) still makes it a landmark. */
const LANDMARK_WINDOW_TOKENS = 4;

/**
 * `وفي كركوك، على بعد 255 كلم شمال شرق بغداد`, `منطقة حسياء جنوب حمص`: a place the event is measured
 * from. A compass word right after another place, or a distance before it, makes it a landmark.
 */
function isLandmark(p: PlaceMention, at: number, places: PlaceMention[], tokens: Token[]): boolean {
  for (let k = Math.max(0, at - LANDMARK_WINDOW_TOKENS); k < at; k++) if (reference.matchAt(tokens, k)) return true;
  const startsWithDirection = direction.matchAt(tokens, at) !== null || (at > 0 && direction.matchAt(tokens, at - 1)?.last === at - 1);
  if (!startsWithDirection) return false;
  const previous = places.filter((q) => q.end <= p.start).sort((a, b) => b.end - a.end)[0];
  if (!previous) return false;
  const between = tokens.filter((t) => t.start >= previous.end && t.end <= p.start);
  return between.length <= 3 && !between.some((t) => t.kind === 'punct' && t.text !== '(' && t.text !== ')');
}

/** Words that introduce a named locality: a neighbourhood, village, town, camp, street. */
const LOCALITY_NOUNS = phraseSet(['حي', 'حيي', 'قرية', 'قريتي', 'بلدة', 'بلدتي', 'مخيم', 'شارع', 'ساحة', 'منطقة', 'مدينة']);
/** Words that end a locality's name. */
const NAME_STOPS = phraseSet(['في', 'على', 'من', 'الى', 'إلى', 'عن', 'مع', 'قرب', 'بالقرب', 'شمال', 'جنوب', 'شرق', 'غرب',
  'شمالي', 'جنوبي', 'شرقي', 'غربي', 'التي', 'الذي', 'الواقعة', 'الخاضع', 'الخاضعة', 'المحاصرة', 'بريف', 'ريف', 'وسط', 'محيط']);

/**
 * `حي الراشدين بحلب`: a locality noun and a name the gazetteer does not know, in the clause of an event
 * placed at a wider unit. The written name is kept as the location (never a coordinate of its own).
 */
function unlistedLocality(tokens: Token[], places: PlaceMention[], chosen: PlaceMention): string | null {
  if (chosen.precision === 1 && chosen.place.kind !== 'admin1' && chosen.place.kind !== 'city' && chosen.place.kind !== 'community') return null;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const noun = tokens[k]!;
    // `في المدينة وضواحيها`: with the article the noun points back at a place already named, it heads no name
    if (noun.kind !== 'word' || !LOCALITY_NOUNS.has(noun) || noun.bases.some((b) => b.startsWith('ال'))) continue;
    const name = tokens[k + 1]!;
    if (name.kind !== 'word' || NAME_STOPS.has(name)) continue;
    // a known place is already read; only the gazetteer's gaps are kept this way
    const isPlace = (t: Token) => places.some((p) => p.start < t.end && p.end > t.start);
    if (isPlace(name)) continue;
    const second = tokens[k + 2];
    const words = [noun, name];
    if (second && second.kind === 'word' && !NAME_STOPS.has(second) && !second.norm.startsWith('و') && !isPlace(second) && /^ال/.test(second.norm) === false) words.push(second);
    // the locality must sit in the chosen place: named just before it in the clause
    if (words[words.length - 1]!.end > chosen.start && chosen.start > noun.start) continue;
    if (chosen.start - words[words.length - 1]!.end > 40) continue;
    return words.map((t) => t.text).join(' ');
  }
  return null;
}

/** How far after a place the text may say which region it lies in (`قرية الإمام التي يسيطر عليها التنظيم في ريف حلب`). */
const REGION_WINDOW_TOKENS = 8;

/**
 * `قرية كفر داعل … في ريف حلب الغربي`: the text says where the village is. When the gazetteer put a
 * same-named village in another governorate, the text wins: the village is dropped and the region stays.
 */
function contradictedByItsRegion(p: PlaceMention, pool: PlaceMention[], tokens: Token[]): boolean {
  if (p.precision !== 1 || !p.place.admin1) return false;
  const at = tokenIndexAt(tokens, p.end - 1);
  const limit = tokens[Math.min(tokens.length - 1, at + REGION_WINDOW_TOKENS)]!.end;
  return pool.some(
    (q) => q.start >= p.end && q.start <= limit && q.precision > 1 && q.place.admin1 !== null && q.place.admin1 !== p.place.admin1 &&
      /^(ريف|بريف|وريف|محافظ|بمحافظ)/.test(q.text),
  );
}

const governmentVerbs = phraseSet(cue.GOVERNMENT_VERBS);
const doingVerbs = phraseSet(cue.DOING_VERBS);

/**
 * `واشنطن تعترف بأن القوات اليمنية أسقطت مسيرة`, `تل أبيب قامت بسلسلة خروقات … قرب بعلبك`: a capital or
 * country named bare (no `في`, no `ب`) right before a verb of saying or doing stands for its government;
 * the place of what it says or does is elsewhere.
 */
function speaksAsGovernment(tokens: Token[], p: PlaceMention): boolean {
  if (p.place.kind !== 'country' && p.place.kind !== 'city' && p.place.kind !== 'admin1') return false;
  const at = tokenIndexAt(tokens, p.start);
  const after = tokenIndexAt(tokens, p.end);
  if (after >= tokens.length || !governmentVerbs.matchAt(tokens, after)) return false;
  const t = tokens[at]!;
  // `وفي كربلاء جنوب بغداد أعلن بيان`: a place that measures another (after جنوب, قرب) is no speaker
  if (at > 0 && (direction.has(tokens[at - 1]!) || nearWords.has(tokens[at - 1]!))) return false;
  return !isLocative(tokens, at) && !(t.norm.startsWith('ل') && t.bases.length > 1);
}

const bornWords = phraseSet(cue.BORN_CUES);

/** `خالد شيخ محمد المولود في الكويت … اعتقل … في باكستان`: where someone was born is no place of the event. */
function isBirthplace(tokens: Token[], p: PlaceMention): boolean {
  const at = tokenIndexAt(tokens, p.start);
  const t = tokens[at];
  if (!t) return false;
  // `المولود في الكويت`, `المولود بالكويت`
  if (at >= 2 && tokens[at - 1]!.norm === 'في' && bornWords.has(tokens[at - 2]!)) return true;
  return at >= 1 && t.norm.startsWith('ب') && t.bases.length > 1 && bornWords.has(tokens[at - 1]!);
}

/** `في سوريا`, `بسوريا`: the country is where the event was. */
function isLocative(tokens: Token[], at: number): boolean {
  const t = tokens[at]!;
  if (t.norm.startsWith('ب') && t.bases.length > 1) return true;
  return precededBy(locative, tokens, at);
}

/** Arabic imperfect (present) verb prefixes: ي ت ن ا on a verb form from the lexicon (`تقصف`, `يستهدف`). */
const IMPERFECT_PREFIX = /^[يتن]/;
/** `تلقتها`, `تعرضت`: a perfect verb that only looks imperfect by its ت (feminine past ending, with an object pronoun). */
const PERFECT_FEMININE = /ت(ها|هم|ه|هما)?$/;

/**
 * A trigger that tells what someone does habitually or keeps doing, not a dated happening:
 * a present-tense verb after a relative pronoun (`مروحيات النظام التي تقصف داريا`), a continuing campaign
 * (`وتواصل المقاومة استهداف القواعد`), or a tally of many attacks (`تعرضت للهجوم 12 مرة`).
 */
function isHabitual(tokens: Token[], m: PhraseMatch<TriggerEntry>): boolean {
  const t = tokens[m.first]!;
  const prev = tokens[m.first - 1];
  if (prev && relativePronoun.has(prev) && IMPERFECT_PREFIX.test(t.bases[t.bases.length - 1] ?? '')) return true;
  // `الغارات التي يشنها الجيش التركي`: the strikes it keeps making, described, not one of them told
  const next = tokens[m.last + 1];
  // `الهجوم الذي كان يشنه النظام`: a past progressive (كان + present verb) is still a campaign described
  const verb = tokens[m.last + 2] && pastAux.has(tokens[m.last + 2]!) ? tokens[m.last + 3] : tokens[m.last + 2];
  if (next && verb && relativePronoun.has(next) && verb.kind === 'word' && IMPERFECT_PREFIX.test(verb.norm) && !PERFECT_FEMININE.test(verb.norm)) return true;
  // `معارك شرسة يخوضها الثوار`, `الغارات التي يشنها`: a present verb taking the noun as its object describes what keeps happening
  for (let k = m.last + 1; k <= Math.min(tokens.length - 1, m.last + 2); k++) {
    const w = tokens[k]!;
    if (w.kind !== 'word') break;
    if (IMPERFECT_PREFIX.test(w.norm) && OBJECT_PRONOUN.test(w.norm) && !PERFECT_FEMININE.test(w.norm) && w.norm.length >= 5) return true;
  }
  if (inPresentRelative(tokens, m.first)) return true;
  for (let k = Math.max(0, m.first - 3); k < m.first; k++) if (continuation.has(tokens[k]!)) return true;
  for (let k = m.last + 1; k < Math.min(tokens.length, m.last + 6); k++) {
    if (tokens[k]!.kind === 'number' && tokens[k + 1] && tally.has(tokens[k + 1]!)) return true;
  }
  return false;
}

/**
 * How far a relative clause with a present verb reaches over its object to a trigger (`الذي يستخدم
 * قاعدة انطلاق الطائرات المروحية في قصفها`: 6). Farther, a new clause has likely begun without a comma.
 */
const PRESENT_RELATIVE_WINDOW = 6;

/**
 * `مطار المزة الذي يستخدم قاعدة … في قصفها`, `للنظام الذي يحاول احتلالها`: a relative clause whose verb
 * is present describes what an entity does or tries, its habit or aim; the trigger inside is no dated happening.
 */
function inPresentRelative(tokens: Token[], at: number): boolean {
  for (let k = at - 2; k >= Math.max(0, at - PRESENT_RELATIVE_WINDOW - 1); k--) {
    if (CLAUSE_BREAKS.has(tokens[k]!.text) || CLAUSE_BREAKS.has(tokens[k + 1]!.text)) return false;
    const verb = tokens[k + 1]!;
    if (relativePronoun.has(tokens[k]!) && verb.kind === 'word' && IMPERFECT_PREFIX.test(verb.norm) && !PERFECT_FEMININE.test(verb.norm)) return true;
  }
  return false;
}

/** An object pronoun on a verb (`يخوضها`, `يشنونها`, `تنفذه`). */
const OBJECT_PRONOUN = /(?:ها|ه|هم|هما)$/;

/**
 * `هذه الضربات`, `هذا الهجوم`: a demonstrative points back only at a definite noun after it. Before a
 * verb (`هذا وزار شويغو`) it is the news opener "moreover", and the verb tells something new.
 */
function pointsBack(tokens: Token[], at: number): boolean {
  if (at === 0 || !anaphora.has(tokens[at - 1]!)) return false;
  return tokens[at]!.bases.some((b) => b.startsWith('ال'));
}

/** Words of talk about something (`أجوبة واضحة حول الاعتداء الاسرائيلي`, `بشأن الهجوم`). */
const ABOUT_WORDS = phraseSet(['حول', 'بشأن', 'بخصوص', 'إزاء', 'ازاء']);

/**
 * `طلب أجوبة واضحة حول الاعتداء الاسرائيلي`: THE attack talked about (a definite noun) is one the
 * reader knows, told elsewhere: it joins that telling and never stands alone.
 */
function spokenAbout(tokens: Token[], at: number): boolean {
  return at > 0 && ABOUT_WORDS.has(tokens[at - 1]!) && tokens[at]!.bases.some((b) => b.startsWith('ال'));
}

/**
 * How many targets a claim must list to be a tally: `تبنت المقاومة استهداف القواعد الأميركية: عين الأسد،
 * التنف، حرير، كونيكو، والشدادي` names five. Two may be one raid on neighbouring sites; three and more
 * without a date are a campaign's record.
 */
const LISTED_TARGETS = 3;

/**
 * `وتبنت المقاومة الإسلامية في العراق استهداف القواعد الأميركية: عين الأسد، التنف، حرير …`: a claim of
 * responsibility for a list of targets, with no date, sums up attacks over the weeks before (GUIDE:
 * background, date unknown). A claim of one attack (`تبنى الجيش الإسلامي … هجوما على دبابة … في التاجي`)
 * is the news itself.
 */
function claimsListOfTargets(tokens: Token[], triggerAt: number, places: PlaceMention[]): boolean {
  // the claim governs every target it lists, to the sentence's end (`… بالإضافة إلى استهداف القوات الأميركية قرب مطار إربيل`)
  let claim = -1;
  for (let k = 0; k < triggerAt && claim < 0; k++) if (responsibility.matchAt(tokens, k)) claim = k;
  if (claim < 0) return false;
  const after = places.filter((p) => p.start >= tokens[claim]!.end).sort((a, b) => a.start - b.start);
  let listed = after.length > 0 ? 1 : 0;
  for (let i = 1; i < after.length; i++) {
    const between = tokens.filter((t) => t.start >= after[i - 1]!.end && t.end <= after[i]!.start);
    // an item of a list: a comma (or و) and at most a few words from the one before
    if (between.length <= 3 && between.some((t) => t.text === '،' || t.text === ',' || t.norm.startsWith('و'))) listed++;
  }
  return listed >= LISTED_TARGETS;
}

/** How far before a trigger a claim of responsibility still governs it (`وتبنى الجناح العسكري في الحركة الهجوم`). */
const RESPONSIBILITY_WINDOW = 8;

/**
 * `وتبنى الجناح العسكري الهجوم`: owning up to THE attack (a definite noun) points back at one already
 * told; `وتبنت المقاومة استهداف القواعد` (no article) tells new ones.
 */
function claimsToldAttack(tokens: Token[], at: number): boolean {
  if (!tokens[at]!.norm.startsWith('ال') && !tokens[at]!.bases.some((b) => b.startsWith('ال') && b !== tokens[at]!.bases[tokens[at]!.bases.length - 1])) return false;
  for (let k = at - 1; k >= Math.max(0, at - RESPONSIBILITY_WINDOW); k--) {
    if (CLAUSE_BREAKS.has(tokens[k]!.text)) return false;
    if (responsibility.matchAt(tokens, k)) return true;
  }
  return false;
}

/** How many tokens after a trigger a future word still governs it (`الاجتماع سيكون غدا`). */
const FUTURE_AFTER_WINDOW = 2;

function isFuture(tokens: Token[], m: PhraseMatch<TriggerEntry>): boolean {
  for (let k = m.last + 1; k <= Math.min(tokens.length - 1, m.last + FUTURE_AFTER_WINDOW); k++) {
    if (CLAUSE_BREAKS.has(tokens[k]!.text)) return false;
    if (futureAfter.matchAt(tokens, k)) return true;
  }
  return false;
}

/** How far before `تقدما` its verb may stand, the subject between (`أحرز العراق والامم المتحدة تقدما`: 4). */
const PROGRESS_WINDOW = 5;

/** `أحرز … تقدما`: progress made is no advance of troops. */
function madeProgress(tokens: Token[], m: PhraseMatch<TriggerEntry>): boolean {
  if (!m.value.phrase.startsWith('تقدم')) return false;
  for (let k = m.first - 1; k >= Math.max(0, m.first - PROGRESS_WINDOW); k--) {
    if (CLAUSE_BREAKS.has(tokens[k]!.text)) return false;
    if (progressVerbs.has(tokens[k]!)) return true;
  }
  return false;
}

/** A trigger in a clause that tells a pattern or a tally (`تنفيذ استهدافات بين الفترة والأخرى`). */
function inPatternClause(tokens: Token[], m: PhraseMatch<TriggerEntry>): boolean {
  let from = m.first;
  while (from > 0 && !CLAUSE_BREAKS.has(tokens[from - 1]!.text)) from--;
  let to = m.last;
  while (to + 1 < tokens.length && !CLAUSE_BREAKS.has(tokens[to + 1]!.text)) to++;
  for (let k = from; k <= to; k++) if (pattern.matchAt(tokens, k)) return true;
  return asideOfPattern(tokens);
}

/**
 * `وتستهدف القوات الأوكرانية، بشكل شبه يومي، المناطق الحدودية …`: a pattern word set off by commas
 * as a clause of its own qualifies the whole sentence, not only its own clause.
 */
function asideOfPattern(tokens: Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) {
    if (!CLAUSE_BREAKS.has(tokens[k - 1]!.text)) continue;
    const m = pattern.matchAt(tokens, k);
    if (m && tokens[m.last + 1] && CLAUSE_BREAKS.has(tokens[m.last + 1]!.text)) return true;
  }
  return false;
}

/** Words that name a campaign when a quoted name follows (`معركة «لهيب داريا»`, `عملية "طوفان الأقصى"`). */
const CAMPAIGN_NOUNS = phraseSet(['معركة', 'معركه', 'عملية', 'عمليه']);
const QUOTE_MARKS = new Set(['«', '"', '“', "'", '״']);

/**
 * `بالتزامن مع معركة "طوفان الأقصى"`, `ما أسمتها معركة «لهيب داريا»`: a campaign called by its name is
 * the frame of many happenings, not one of them; what was done in it is told by other words.
 */
function namesCampaign(tokens: Token[], m: PhraseMatch<TriggerEntry>): boolean {
  if (m.first !== m.last || !CAMPAIGN_NOUNS.has(tokens[m.first]!)) return false;
  const next = tokens[m.last + 1];
  return next !== undefined && (QUOTE_MARKS.has(next.text) || QUOTE_MARKS.has(next.text[0] ?? ''));
}

/** How many tokens after a meeting word the press may be named (`لقاء مع موفد الجزيرة`: 2). */
const PRESS_WINDOW = 3;

/** `في لقاء مع موفد الجزيرة نت`: a meeting word whose other party is the press tells an interview. */
function isInterview(tokens: Token[], m: PhraseMatch<TriggerEntry>): boolean {
  if (m.value.type !== 'Diplomacy') return false;
  for (let k = m.last + 1; k <= Math.min(tokens.length - 1, m.last + PRESS_WINDOW); k++) {
    if (CLAUSE_BREAKS.has(tokens[k]!.text)) return false;
    if (press.has(tokens[k]!)) return true;
  }
  return false;
}

const CLAUSE_BREAKS = new Set(['،', ',', '.', '؛', ';', ':', '!', '؟', '?']);

const heldBy = phraseSet(cue.HELD_BY_CUES);
const pastAux = phraseSet(['كان', 'كانت', 'كانوا']);
const controlWords = phraseSet(cue.CONTROL_WORDS);

/** Copulas of becoming and remaining (`باتت`, `أصبحت`, `لا تزال`): what follows them is a state. */
const becoming = phraseSet(['بات', 'باتت', 'أصبح', 'أصبحت', 'اصبحت', 'أضحى', 'أضحت', 'صار', 'صارت', 'لا تزال', 'لا يزال', 'ما زالت', 'ما زال']);
/** How far after a fight noun its copula may stand (`فالمعارك الآن باتت`: 2). */
const STATE_WINDOW = 2;

/** `فالمعارك الآن باتت على أبواب جورين`: a fight said to have become something is the state of a front, no happening. */
function describesState(tokens: Token[], m: PhraseMatch<TriggerEntry>): boolean {
  if (m.value.type !== 'Battles') return false;
  for (let k = m.last + 1; k <= Math.min(tokens.length - 1, m.last + STATE_WINDOW); k++) {
    if (CLAUSE_BREAKS.has(tokens[k]!.text)) return false;
    if (becoming.matchAt(tokens, k)) return true;
  }
  return false;
}

/** `إدلب الواقعة تحت سيطرة المعارضة`, `الخاضع لسيطرة قوات النظام`: a place described by who holds it, no takeover. */
function namesHolder(tokens: Token[], m: PhraseMatch<TriggerEntry>): boolean {
  return m.first > 0 && heldBy.has(tokens[m.first - 1]!) && controlWords.has(tokens[m.first]!);
}

/** `ليست عملية انتحارية بل عملية تفجير عن بعد`: after `بل` (but rather) comes what is affirmed. */
const CONTRAST_WORDS = phraseSet(['بل', 'وإنما', 'وانما', 'إنما', 'انما']);

function isNegated(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    if (CLAUSE_BREAKS.has(tokens[k]!.text) || CONTRAST_WORDS.has(tokens[k]!)) return false;
    if (k >= at - NEGATION_WINDOW && negation.matchAt(tokens, k)) return true;
    if (calls.matchAt(tokens, k)) return true;
  }
  return false;
}

interface Claimant {
  start: number;
  end: number;
  text: string;
  /** The announcer tells of its own act (`أعلن الجيش أنه قتل`): it took part, it is not only a source. */
  ownAct: boolean;
}

/**
 * `احتجاجا علي نشر قوات في العراق`: what a protest is against, up to the clause's end, is its cause;
 * a place named there is where the cause is, not where the protest was. So for the charge of an
 * arrest (`للاشتباه في … في بريطانيا`), and for what is called for (`تظاهرة حاشدة في نيويورك تدعو الأمم
 * المتحدة إلى وقف الإبادة الجماعية في غزة`): the place of a demand is not where it was made.
 */
function topicSpans(tokens: Token[]): Array<{ start: number; end: number }> {
  return clauseRestAfter(tokens, [topic, charge, calls]);
}

/** `في محاولة لتوسيع …`, `بهدف …`, `الهادفة إلى …`: what an act aims at, to the end of its clause. */
function purposeSpans(tokens: Token[]): Array<{ start: number; end: number }> {
  return clauseRestAfter(tokens, [purpose]);
}

/** From each phrase of the sets to the end of its clause. */
function clauseRestAfter(tokens: Token[], cues: ReadonlyArray<PhraseMatcher<true>>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let k = 0; k < tokens.length; k++) {
    let m = null;
    for (const c of cues) if ((m = c.matchAt(tokens, k))) break;
    if (!m) continue;
    let last = m.last;
    while (last + 1 < tokens.length && !CLAUSE_BREAKS.has(tokens[last + 1]!.text)) last++;
    out.push({ start: tokens[k]!.start, end: tokens[last]!.end });
    k = last;
  }
  return out;
}

/** After a claim verb, the words up to `أن`/`إن`/a comma name who says so. */
function findClaimants(tokens: Token[]): Claimant[] {
  const out: Claimant[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = claim.matchAt(tokens, i);
    if (!m) continue;
    const before = sourceBefore(tokens, i);
    if (before) out.push(before);
    let j = m.last + 1;
    const first = j;
    let ownAct = false;
    const announces = announce.matchAt(tokens, i) !== null;
    while (j < tokens.length && j - first < MAX_CLAIMANT_TOKENS) {
      const t = tokens[j]!;
      if (t.kind === 'punct' && !cue.QUOTE_MARKS.includes(t.text)) break;
      // `أعلنت القيادة … قتل تسعة`, `أعلن الجيش أنه دمر`: the announcer's name ends at its own act
      if (announces && j > first && (ownActNouns.matchAt(tokens, j) || (selfPronoun.has(t) && triggerMatcher.matchAt(tokens, j + 1)))) {
        ownAct = true;
        break;
      }
      // `مصادر في الشرطة`, `مصدر في وزارة الدفاع`: the body a source speaks from is part of its name
      if (claimEnd.matchAt(tokens, j) && !(sourceOf.has(t) && j > first && sourceNouns.has(tokens[j - 1]!))) break;
      j++;
    }
    if (j > first) {
      const start = tokens[first]!.start;
      const end = tokens[j - 1]!.end;
      const text = tokens.slice(first, j).map((t) => t.text).join(' ').replace(/[()"“”«»]/g, '').replace(/\s+/g, ' ').trim();
      if (text) out.push({ start, end, text, ownAct });
    }
    i = j - 1;
  }
  return out;
}

/** How many words a source named before its verb may take (`مصدر عسكري سوري أكد`: 3). */
const SOURCE_BEFORE_VERB_TOKENS = 4;

/**
 * `مصدر عسكري سوري أكد أنّ العدو …`, `مصادر للميادين تؤكد`: a source named first, then its verb of saying
 * (headline order). The source opens its clause; what it names (`سوري`) is who speaks, not who acted.
 */
function sourceBefore(tokens: Token[], verbAt: number): Claimant | null {
  for (let k = Math.max(0, verbAt - SOURCE_BEFORE_VERB_TOKENS); k < verbAt; k++) {
    if (!sourceNouns.has(tokens[k]!)) continue;
    if (k > 0 && !CLAUSE_BREAKS.has(tokens[k - 1]!.text)) continue;
    if (tokens.slice(k, verbAt).some((t) => CLAUSE_BREAKS.has(t.text))) return null;
    const text = tokens.slice(k, verbAt).map((t) => t.text).join(' ');
    return { start: tokens[k]!.start, end: tokens[verbAt - 1]!.end, text, ownAct: false };
  }
  return null;
}

/** What a named actor is to the act: `wounded` counts among its casualties (a target, and never the doer). */
type Role = 'subject' | 'target' | 'associate' | 'agent' | 'wounded';

interface Roles {
  actor1: Actor | null;
  assocActor1: Actor | null;
  actor2: Actor | null;
}

/** The token that holds a character offset (a mention may start after a glued و inside its first token). */
function tokenIndexAt(tokens: Token[], offset: number): number {
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.end > offset) return k;
  return tokens.length;
}

function precededBy(set: PhraseMatcher<true>, tokens: Token[], at: number): boolean {
  // a one- or two-word cue ending right before token `at`
  for (let back = 1; back <= 2; back++) {
    const m = at - back >= 0 ? set.matchAt(tokens, at - back) : null;
    if (m && m.last === at - 1) return true;
  }
  return false;
}

/** How many words before the owner's ل the hit object may stand (`مقرا عسكريا لـ`: the object, an adjective). */
const OWNED_OBJECT_WINDOW = 2;

/** `مقرا عسكريا لـ"هيئة تحرير الشام"`, `موقعين لقواتنا`: the owner of a hit object is the target. */
function ownerOfTarget(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t) return false;
  let k = at - 1;
  while (k >= 0 && tokens[k]!.kind === 'punct' && cue.QUOTE_MARKS.includes(tokens[k]!.text)) k--;
  const looseLam = k >= 0 && tokens[k]!.norm === 'ل';
  if (!(t.norm.startsWith('ل') && t.bases.length > 1) && !looseLam) return false;
  let from = looseLam ? k - 1 : at - 1;
  for (let words = 0; from >= 0 && words < OWNED_OBJECT_WINDOW; from--) {
    const w = tokens[from]!;
    if (w.kind === 'punct') return false;
    if (targetObjects.has(w)) return true;
    words++;
  }
  return false;
}

/** Active verbs of harm that take their subject first, then their object (`قتل مسلحون شرطيا`). */
const ACTIVE_HARM_VERBS = phraseSet(['قتل', 'اغتال', 'خطف', 'اختطف']);
/** Sound masculine plural in the nominative (`مسلحون`, `مجهولون`): a subject or a passive's victims. */
const NOMINATIVE_PLURAL = /ون$/;
/** An indefinite accusative (`شرطيا`, `مترجما`) or a count: the verb's object. */
const ACCUSATIVE = /[^ه]ا$/;

/**
 * `، وقصفت المعارضة بلدات`: right after an attack verb in the perfect that opens its clause, with the ending
 * that marks it a verb and not its noun (feminine ت, plural وا), stands its subject, the doer, whoever an
 * earlier clause named.
 */
function afterPerfectAttackVerb(tokens: Token[], at: number): boolean {
  if (at === 0) return false;
  const verb = triggerMatcher.matchAt(tokens, at - 1);
  if (!verb || verb.last !== at - 1 || !PERFECT_ENDING.test(tokens[at - 1]!.norm)) return false;
  // only a verb that opens its clause (`، وقصفت المعارضة`): after its subject (`عبوة ناسفة استهدفت دورية`) comes its object
  if (verb.first > 0 && !CLAUSE_BREAKS.has(tokens[verb.first - 1]!.text)) return false;
  return verb.value.type === 'Explosions/Remote violence' || verb.value.type === 'Battles';
}
const PERFECT_ENDING = /(?:ت|وا)$/;

/**
 * `قتل مسلحون شرطيا`: a nominative plural right after the verb, with an object after it, is the
 * verb's subject, the killer. Without an object (`قتل مسلحون في اشتباك`) the verb is read as the
 * passive قُتل and the plural names the dead.
 */
function killerAfterVerb(tokens: Token[], at: number): boolean {
  const verb = tokens[at - 1];
  const t = tokens[at]!;
  const object = tokens[at + 1];
  if (!verb || !object || !ACTIVE_HARM_VERBS.has(verb) || !NOMINATIVE_PLURAL.test(t.norm)) return false;
  return object.kind === 'number' || (object.kind === 'word' && ACCUSATIVE.test(object.norm));
}

/** Words of a fight, after which `مع` names the other side (`اشتباكات مسلحة مع المقاومين`, `اشتبكوا مع مقاتلي`). */
const FIGHT_WORDS = phraseSet(['اشتباك', 'اشتباكات', 'اشتباكا', 'اشتبك', 'اشتبكت', 'اشتبكوا', 'يشتبكون', 'مواجهات', 'مواجهة', 'معارك', 'معركة', 'قتال']);
/** How far before `مع` its fight word may stand, an adjective between (`اشتباكات مسلحة مع`). */
const FIGHT_WITH_WINDOW = 2;

/** `اشتباكات مع X`: one fights against whom one clashes "with", not alongside. */
function fightWith(tokens: Token[], at: number): boolean {
  const withAt = at - 1;
  if (withAt < 0 || tokens[withAt]!.norm !== 'مع') return false;
  for (let k = withAt - 1; k >= Math.max(0, withAt - FIGHT_WITH_WINDOW); k--) if (FIGHT_WORDS.has(tokens[k]!)) return true;
  return false;
}

function roleOf(tokens: Token[], at: number, actor: Actor, type: EventType): Role {
  if (precededBy(agent, tokens, at) || afterPerfectAttackVerb(tokens, at)) return 'agent';
  if (precededBy(associate, tokens, at)) return type === 'Diplomacy' || fightWith(tokens, at) ? 'target' : 'associate';
  if (precededBy(target, tokens, at) || ownerOfTarget(tokens, at)) return 'target';
  if (killerAfterVerb(tokens, at)) return 'agent';
  // `بمقتل عشرات المسلحين`, `اعتقال قائد كتائب ثورة العشرين`: the people killed or seized are acted upon
  for (let k = Math.max(0, at - VICTIM_WINDOW); k < at; k++) if (kill.matchAt(tokens, k) || seizure.matchAt(tokens, k)) return 'target';
  // `أصيب 3 من عناصر الشرطة`, `بينهم ضابطان بالشرطة`: the wounded, or some of the dead, were hit; they did not act
  for (let k = Math.max(0, at - VICTIM_WINDOW); k < at; k++) if (wounded.matchAt(tokens, k)) return 'wounded';
  const t = tokens[at]!;
  // `لمسلحين`, `للإرهابيين`: the preposition ل on a group marks whose base or position was hit
  if ((t.norm.startsWith('لل') || t.norm.startsWith('ل')) && (actor.type === 'unidentified_armed_group' || actor.type === 'jihadist_group') && t.bases.length > 1) return 'target';
  return 'subject';
}

function assignActorRoles(
  ctx: FrameContext,
  tokens: Token[],
  sentence: { start: number; end: number },
  inClaim: (m: { start: number; end: number }) => boolean,
  type: EventType,
  speakerTookPart = false,
  // a meeting or an agreement: governments take part, and the second party named is the other side
  betweenParties = type === 'Diplomacy',
): Roles {
  const mentions: RoledMention[] = [];
  // `وقال الرئيس الفرنسي خلال لقائه مع …`: a meeting told with the speaker's own pronoun was the speaker's,
  // so the claimant is a party to it; otherwise a claimant only reports
  const reporter = speakerTookPart ? () => false : inClaim;
  const actorMentions = ctx.reading.actors.filter(inside(sentence));
  for (const m of actorMentions) {
    const actor = ctx.codeActor(m.actor);
    if (!actor || reporter(m)) continue;
    const at = tokenIndexAt(tokens, m.start);
    if (precededBy(topic, tokens, at)) continue;
    // the registry reads `عدوان إسرائيلي` as Israel's forces: named by their attack, they made it
    const role = nationAttackNouns.has(tokens[at]!) ? 'agent' : roleOf(tokens, at, actor, type);
    mentions.push({ actor, role, start: m.start });
  }
  // an office holder acts for their government or forces (`وزير الخارجية العراقي ناجي صبري`)
  for (const p of ctx.reading.people.filter(inside(sentence))) {
    if (!p.actor || reporter(p) || actorMentions.some((a) => a.start < p.end && a.end > p.start)) continue;
    const actor = ctx.codeActor(p.actor);
    if (!actor) continue;
    const at = tokenIndexAt(tokens, p.start);
    mentions.push({ actor, role: roleOf(tokens, at, actor, type), start: p.start });
  }
  // `تل أبيب قامت بسلسلة خروقات`: a capital named bare before `قام ب` is its state, the doer
  for (const p of ctx.reading.places.filter(inside(sentence))) {
    if (!speaksAsGovernment(tokens, p) || !doingVerbs.matchAt(tokens, tokenIndexAt(tokens, p.end))) continue;
    const actor = ctx.actorByName(`Military Forces of ${p.place.country}`);
    if (actor) mentions.push({ actor, role: 'agent', start: p.start });
  }
  // Nationality adjectives after a military noun stand for that country's forces: `الطيران الحربي السوري والروسي`.
  let previousNationality = -1;
  for (const n of ctx.reading.nationalities.filter(inside(sentence))) {
    if (reporter(n) || actorMentions.some((a) => n.start >= a.start && n.end <= a.end)) continue;
    const at = tokenIndexAt(tokens, n.start);
    let military = false;
    let attacker = false;
    for (let k = Math.max(0, at - 3); k < at; k++) if (militaryNouns.has(tokens[k]!)) military = true;
    // `غارات جوية روسية`: the nation that made the strike, whoever else the clause names (air defences that met it)
    for (let k = Math.max(0, at - ATTACK_NOUN_WINDOW); k < at; k++) if (military && nationAttackNouns.has(tokens[k]!)) attacker = true;
    // `الطيران الحربي السوري والروسي`, `غارات سورية روسية`: a second nationality joined to a first actor acts with it
    const joinedToActor = at > 0 && actorMentions.some((a) => a.end >= tokens[at - 1]!.start && a.end <= tokens[at]!.start);
    const chained = (previousNationality >= 0 && at - previousNationality <= 2) || joinedToActor;
    if (!military && !chained) continue;
    const actor = ctx.actorByName(`Military Forces of ${n.country}`) ?? {
      name: `Military Forces of ${n.country}`, name_ar: n.text, type: 'state_forces' as const, country: n.country, parent: null,
    };
    mentions.push({ actor, role: chained ? 'associate' : attacker ? 'agent' : roleOf(tokens, at, actor, type), start: n.start });
    previousNationality = at;
  }
  mentions.sort((a, b) => a.start - b.start);
  objectAfterStrikeVerb(tokens, mentions);
  if (type === 'Battles') sidesOfFight(tokens, mentions);

  const eligible = betweenParties ? POLITICAL_TYPES : ARMED_TYPES;
  const pick = (role: Role, except: Actor | null) =>
    mentions.find((m) => m.role === role && eligible.has(m.actor.type) && m.actor.name !== except?.name)?.actor ?? null;
  const actor1 = pick('agent', null) ?? pick('subject', null);
  let actor2 = pick('target', actor1);
  if (!actor2 && betweenParties) actor2 = mentions.find((m) => m.actor.name !== actor1?.name && eligible.has(m.actor.type))?.actor ?? null;
  if (!actor2 && !betweenParties) {
    // civilians are targets wherever they are named; unarmed bodies (UN observers, rescuers) when struck
    actor2 = mentions.find((m) => m.actor.type === 'civilians')?.actor ??
      mentions.find((m) => m.role === 'target' && m.actor.type === 'other')?.actor ??
      pick('wounded', actor1);
  }
  const assoc = mentions.find((m) => m.role === 'associate' && m.actor.name !== actor1?.name && m.actor.name !== actor2?.name)?.actor ?? null;
  return { actor1, assocActor1: assoc, actor2 };
}

interface RoledMention {
  actor: Actor;
  role: Role;
  start: number;
}

/** `الطائرات الحربية استهدفت الجماعات المسلحة`: with the attacker named before the verb, its object is the target. */
function objectAfterStrikeVerb(tokens: Token[], mentions: RoledMention[]): void {
  for (const m of mentions) {
    if (m.role !== 'subject') continue;
    const at = tokenIndexAt(tokens, m.start);
    const verb = at - 1;
    if (verb < 0 || !strikeVerbs.has(tokens[verb]!)) continue;
    const verbStart = tokens[verb]!.start;
    // a weapon or an attack as the verb's subject (`عبوة ناسفة استهدفت دورية للشرطة`) leaves only the target after it
    const before = verb > 0 ? tokens[verb - 1]! : null;
    const attackerBefore = mentions.some((o) => o !== m && o.start < verbStart && o.role !== 'target') ||
      (before !== null && (militaryNouns.has(before) || ied.has(before) || shelling.has(before) || attackNouns.has(before)));
    if (attackerBefore) m.role = 'target';
  }
}

/**
 * `اشتباكات بين قوات النظام وحزب الله من جهة، والفصائل المقاتلة من جهة أخرى`, `بين الشرطة والمسلحين`:
 * the first side acts, the other side (after `من جهة`, else the next actor not allied by و) is acted upon.
 */
function sidesOfFight(tokens: Token[], mentions: RoledMention[]): void {
  const between = tokens.findIndex((_, k) => betweenWords.matchAt(tokens, k) !== null);
  if (between < 0 || mentions.some((m) => m.role === 'target')) return;
  const after = mentions.filter((m) => m.start >= tokens[between]!.end && m.role === 'subject');
  if (after.length < 2) return;
  const side = tokens.findIndex((_, k) => k > between && sideWords.matchAt(tokens, k) !== null);
  const sideEnd = side >= 0 ? tokens[side]!.end : -1;
  const other = side >= 0
    ? after.find((m) => m.start > sideEnd && m.actor.name !== after[0]!.actor.name)
    : after.find((m) => m.actor.name !== after[0]!.actor.name);
  if (other) other.role = 'target';
}

const CIVILIAN_GROUPS = new Set<Casualty['group']>(['civilians', 'children', 'women', 'people']);

/** A killing told without a strike or clash word: the weapon named decides, else the victims. */
function typeKilling(entry: TriggerEntry, tokens: Token[], casualties: Casualty[]): TriggerEntry {
  const anyOf = (set: PhraseMatcher<true>) => tokens.some((t) => set.has(t));
  if (anyOf(ied)) return { ...entry, type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED' };
  if (anyOf(air)) return { ...entry, type: 'Explosions/Remote violence', sub: 'Air/drone strike' };
  if (anyOf(shelling)) return { ...entry, type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' };
  const killed = casualties.filter((c) => c.kind === 'killed');
  if (killed.length > 0 && killed.every((c) => CIVILIAN_GROUPS.has(c.group))) return { ...entry, type: 'Violence against civilians', sub: 'Attack' };
  return { ...entry, type: 'Battles', sub: 'Armed clash' };
}

/**
 * In Syria, helicopters and barrel bombs were flown by the government's air force alone, so a strike
 * told with them and no named attacker is coded to it, as ACLED and the coding guide do.
 */
const REGIME_ONLY_WEAPONS = phraseSet(['برميل', 'براميل', 'البراميل', 'مروحي', 'المروحي', 'مروحيات', 'المروحيات', 'مروحيه']);

function regimeOnlyWeapon(ctx: FrameContext, tokens: Token[]): Actor | null {
  if (!tokens.some((t) => REGIME_ONLY_WEAPONS.has(t))) return null;
  // not when a foreign air force is named in the clause (`للطيران المروحي الروسي`)
  if (ctx.reading.nationalities.some((n) => n.start >= tokens[0]!.start && n.end <= tokens[tokens.length - 1]!.end && n.country !== 'Syria')) return null;
  return ctx.actorByName('Military Forces of Syria');
}

/** `تفجير`, `انفجارات`: a blast. */
const BLAST = /^(?:ال)?(?:تفجير|انفجار)/;

/** The verb of aiming at a target (`استهدف`), which says nothing of the weapon. */
const TARGETING = /^(?:و|ف)?(?:ا|ي|ت)?ستهدف|استهداف/;
/** `هجوم`, `هجوما مسلحا`: the noun of an attack. */
const ATTACK_NOUN = /^هجوم/;
const UNIDENTIFIED_ARMED_GROUP = 'Unidentified armed group';

/** The sub-type the means named in a stretch tell (a bomb, gunfire, aircraft, artillery), or null when none is named. */
function weaponSubType(tokens: Token[]): string | null {
  const anyOf = (set: PhraseMatcher<true>) => tokens.some((t) => set.has(t));
  if (anyOf(ied)) return 'Remote explosive/landmine/IED';
  if (anyOf(gunfire)) return GUNFIRE;
  if (anyOf(air)) return 'Air/drone strike';
  if (anyOf(shelling)) return 'Shelling/artillery/missile attack';
  return null;
}

function refineSubType(entry: TriggerEntry, tokens: Token[], actor1: Actor | null): string {
  const anyOf = (set: PhraseMatcher<true>) => tokens.some((t) => set.has(t));
  switch (entry.type) {
    case 'Explosions/Remote violence': {
      const named = weaponSubType(tokens);
      if (named) return named;
      // `سبعة تفجيرات ضربت شبكة السكك الحديدية`: blasts told with no gun, shell or aircraft are bombs
      if (BLAST.test(entry.phrase)) return 'Remote explosive/landmine/IED';
      return 'Shelling/artillery/missile attack';
    }
    case 'Battles':
      return actor1 && (actor1.type === 'state_forces' || actor1.type === 'government')
        ? 'Government regains territory'
        : 'Non-state actor overtakes territory';
    case 'Violence against civilians':
      return tokens.some((t) => t.bases.some((b) => b.includes('خطف') || b.includes('ختطف'))) ? 'Abduction/forced disappearance' : 'Attack';
    case 'Protests':
      return anyOf(intervention) ? 'Protest with intervention' : 'Peaceful protest';
    default:
      return 'Other';
  }
}

/**
 * `أسوأ هجمات منذ 13 عاماً`, `منذ سنوات`: a span of years measures a comparison or a long state, and no
 * happening of the news is dated by its first year.
 */
const YEARS_SPAN = /^(?:و|ف)?منذ\s+(?:\S+\s+)?(?:عام|عاما|عاماً|أعوام|اعوام|سنة|سنوات|سنين|عقد|عقود)(?:\s|$)/;
const spansYears = (d: DateMention) => YEARS_SPAN.test(d.text);

/** The date nearest the trigger, preferring one written before it (`وفي 6 أبريل الجاري، أعلنت … استهداف`). */
function pickDate(dates: DateMention[], triggerStart: number): DateMention | null {
  const known = dates.filter((d) => d.value !== null);
  const pool = known.length > 0 ? known : dates;
  if (pool.length === 0) return null;
  return pool.reduce((a, b) => (Math.abs(b.start - triggerStart) < Math.abs(a.start - triggerStart) ? b : a));
}

/**
 * The last day a part of a month reaches (`مطلع أيار` is over by the 10th, `منتصف` by the 20th): a strike
 * "early in May" told on 29 May is recalled, not the news. Thirds of a month, as the words are used.
 */
const MONTH_PART_LAST_DAY: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:و|ف)?(?:في )?(?:مطلع|أوائل|اوائل|بداية|بدايات|مستهل)/, 10],
  [/^(?:و|ف)?(?:في )?(?:منتصف|أواسط|اواسط)/, 20],
];

function lastDayOf(partial: string, text = ''): string {
  if (partial.length === 10) return partial;
  if (partial.length === 7) {
    const [y, m] = partial.split('-').map(Number) as [number, number];
    const part = MONTH_PART_LAST_DAY.find(([re]) => re.test(text));
    if (part) return `${partial}-${String(part[1]).padStart(2, '0')}`;
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return `${partial}-12-31`;
}

export function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

function isBackground(tokens: Token[], triggerAt: number, date: DateMention | null, published: string | null): boolean {
  // `وكانت قوات أسد قد استقدمت`: كان … قد marks a pluperfect, a recalled event
  const opener = tokens.slice(0, 2).some((t) => backgroundOpeners.has(t));
  if (opener && tokens.some((t) => t.norm === 'قد')) return true;
  if (opener && reportedBefore(tokens, triggerAt) && !(date?.value && published && date.value === published)) return true;
  if (recapOpeners.matchAt(tokens, 0) && !(date?.value && published && date.value === published)) return true;
  if (tokens.some((_, k) => earlier.matchAt(tokens, k))) return true;
  if (precededBy(response, tokens, triggerAt) || (triggerAt >= 3 && response.matchAt(tokens, triggerAt - 3)?.last === triggerAt - 1)) return true;
  if (isPluperfect(tokens, triggerAt)) return true;
  // a dated happening is placed by its date (`وتأتي هذه التحركات بعد أن أعلن … يوم الخميس الماضي` is yesterday's news)
  if (!date?.value && followsEarlier(tokens, triggerAt)) return true;
  if (!date) return false;
  // a range (`الأسبوع الماضي`) is over when its last day is
  const last = date.range?.to ?? date.value;
  if (last && published) return daysBetween(lastDayOf(last, date.text), published) > BACKGROUND_GAP_DAYS;
  // no publication date: a date said to be "last March" is still in the past of the article
  return /الماضي|السابق/.test(date.text);
}

/** How many tokens before a trigger a pluperfect `قد` still governs it (`كانت قد تعرضت لغارات`: 2). */
const PLUPERFECT_WINDOW = 4;
/** How far before its `قد` the auxiliary `كان` may stand, a subject between them (`وكان سلاح الجو الإسرائيلي قد`). */
const AUX_WINDOW = 5;

/** `هذه المنطقة كانت قد تعرضت لغارات`: a pluperfect anywhere in the clause, not only at its opening. */
function isPluperfect(tokens: Token[], triggerAt: number): boolean {
  for (let k = triggerAt - 1; k >= Math.max(0, triggerAt - PLUPERFECT_WINDOW); k--) {
    if (CLAUSE_BREAKS.has(tokens[k]!.text)) return false;
    if (tokens[k]!.norm !== 'قد') continue;
    for (let j = k - 1; j >= Math.max(0, k - AUX_WINDOW); j--) {
      if (CLAUSE_BREAKS.has(tokens[j]!.text)) break;
      if (pluperfectAux.has(tokens[j]!)) return true;
    }
  }
  return false;
}

/**
 * `وكان مراسل الميادين أفاد بأن غارات استهدفت`: an opening `كان`, its subject, then a verb of reporting
 * in the perfect, before the trigger and in the same clause.
 */
function reportedBefore(tokens: Token[], triggerAt: number): boolean {
  const aux = tokens.slice(0, 2).findIndex((t) => pluperfectAux.has(t));
  if (aux < 0) return false;
  for (let k = aux + 1; k < Math.min(triggerAt, aux + 1 + AUX_WINDOW); k++) {
    if (CLAUSE_BREAKS.has(tokens[k]!.text)) return false;
    if (reportedBeforeVerbs.has(tokens[k]!)) return true;
  }
  return false;
}

/** `وتأتي التطورات الميدانية بعد التصعيد الذي نفذه المسلحون`: what the news follows is earlier news. */
function followsEarlier(tokens: Token[], triggerAt: number): boolean {
  if (!tokens.slice(0, 2).some((_, k) => followsOpeners.matchAt(tokens, k))) return false;
  for (let k = 0; k < triggerAt; k++) {
    const after = afterWords.matchAt(tokens, k);
    if (after && !(tokens[after.last + 1] && hoursWords.has(tokens[after.last + 1]!))) return true;
  }
  return false;
}

/** Places where the event happened, one per governorate; origins and destinations of movements handled by the trigger. */
/** `السكرة والكرزات`, `حرير، كونيكو`: the next item of a list of places, joined by و or a comma alone. */
function listedAfter(previous: PlaceMention, p: PlaceMention, tokens: Token[]): boolean {
  const between = tokens.filter((t) => t.start >= previous.end && t.end <= p.start);
  if (between.length > 1) return false;
  if (between.length === 1) return between[0]!.text === '،' || between[0]!.text === ',' || between[0]!.text === 'و';
  // the و glued to the name: the mention starts inside its token
  const at = tokenIndexAt(tokens, p.start);
  return tokens[at] !== undefined && tokens[at]!.start < p.start && tokens[at]!.norm.startsWith('و');
}

function pickPlaces(places: PlaceMention[], tokens: Token[], triggerIndex: number): PlaceMention[] {
  const triggerToken = tokens[triggerIndex]!;
  // the whole trigger phrase counts: `ببدء سحب` leaves as `سحب` does
  const leaving = LEAVING.has(triggerToken) || LEAVING.matchAt(tokens, triggerIndex) !== null;
  const arriving = ARRIVING.has(triggerToken) || ARRIVING.matchAt(tokens, triggerIndex) !== null;
  const origins: PlaceMention[] = [];
  const destinations: PlaceMention[] = [];
  const located: PlaceMention[] = [];
  for (const p of places) {
    const at = tokenIndexAt(tokens, p.start);
    if (isLandmark(p, at, places, tokens)) continue;
    const before = (k: number) => tokens[at - k];
    const skipNoun = before(1) && /^(منطقه|مدينه|قريه|بلده|محافظه|نقاط|نقطه|مواقع)$/.test(before(1)!.bases[0] ?? '') ? 1 : 0;
    const cueAt = at - skipNoun;
    if (precededBy(origin, tokens, cueAt) && !(cueAt - 2 >= 0 && (nearWords.has(tokens[cueAt - 2]!) || partOfPlace.has(tokens[cueAt - 2]!)))) origins.push(p);
    // `المتمركزة في نقاط السكرة والكرزات وضهور بدرية`: the places listed after an origin are origins too
    else if (origins.length > 0 && listedAfter(origins[origins.length - 1]!, p, tokens)) origins.push(p);
    else if (precededBy(destination, tokens, cueAt)) destinations.push(p);
    else if (p.place.kind !== 'country' || isLocative(tokens, at)) located.push(p);
  }
  // a withdrawal is coded where the troops left, reinforcements where they arrived
  const eligible = leaving && origins.length > 0 ? origins : arriving && destinations.length > 0 ? destinations : located;
  const specific = eligible.filter((p) => p.place.kind !== 'country');
  // a place spanning governorates (البادية السورية) gives way to one with a governorate (بالقرب من حماة)
  const governed = specific.filter((p) => p.place.admin1 !== null);
  let pool = governed.length > 0 ? governed : specific.length > 0 ? specific : eligible;
  pool = pool.filter((p) => !contradictedByItsRegion(p, pool, tokens));
  const groups = new Map<string, PlaceMention>();
  for (const p of pool) {
    const key = p.place.admin1 ?? p.place.country;
    const best = groups.get(key);
    if (!best || p.precision < best.precision) groups.set(key, p);
  }
  return [...groups.values()];
}
