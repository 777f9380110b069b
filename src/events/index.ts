import { referenceDate } from '../time/index.js';
import type { Actor, ActorRef, CleanArticle, EventRecord, Reading } from '../types.js';
import { readFrames, type Frame, type FrameContext } from './frames.js';
import { mergeFrames, type MergedEvent } from './merge.js';
import { markOlderThanNewsDay } from './newsDay.js';

export { TRIGGERS, TYPE_PRIORITY, type TriggerEntry } from './lexicon.js';
export { BACKGROUND_GAP_DAYS } from './frames.js';

/**
 * Confidence is built from the evidence a reading has: a trigger word, then each argument found.
 * An event is kept only when it reaches MIN_CONFIDENCE: a strike with no actor, place or date is
 * more likely a general statement ("these strikes are part of the fight against terror").
 */
const CONFIDENCE = {
  actor1: 0.15,
  actor2: 0.05,
  place: 0.15,
  /** a country alone says little about where */
  country: 0.05,
  date: 0.1,
  /** a count of the dead is only told of something that happened */
  fatalities: 0.1,
  /** each further sentence telling the same event */
  corroboration: 0.05,
  max: 0.95,
} as const;
export const MIN_CONFIDENCE = 0.6;

export interface ExtractOptions {
  /** Canonical actor by English name (from the actor registry). */
  actorByName?: (name: string) => Actor | null;
  /** The actor an event is coded with for a mentioned one; null drops the mention (a news source). */
  codeActor?: (actor: Actor) => Actor | null;
}

/** Event records of one article from its reading. Pure: same article and reading, same events. */
export function extractEvents(article: CleanArticle, reading: Reading, options: ExtractOptions = {}): EventRecord[] {
  // a page without a publication date is read against the day its own anchors pin (time/infer)
  const reference = referenceDate(article);
  const ctx: FrameContext = {
    reading,
    text: article.body,
    published: reference,
    actorByName: options.actorByName ?? (() => null),
    codeActor: options.codeActor ?? ((a) => a),
  };
  const frames = readFrames(ctx);
  markOlderThanNewsDay(frames, reference);
  const merged = mergeFrames(frames);
  const records: EventRecord[] = [];
  for (const event of merged) {
    const record = toRecord(article, reference, event, records.length, ctx.actorByName);
    if (record.confidence >= MIN_CONFIDENCE) records.push(record);
  }
  return records.map((r, i) => ({ ...r, event_id: `${article.id}-${i + 1}` }));
}

const ref = (a: Actor | null): ActorRef | null => (a ? { name: a.name, name_ar: a.name_ar } : null);
const first = <T>(frames: Frame[], get: (f: Frame) => T | null): T | null => {
  for (const f of frames) {
    const v = get(f);
    if (v !== null && v !== undefined) return v;
  }
  return null;
};

/** The first actor a telling names, unless a later one names the group an earlier `المسلحين` left unnamed. */
const named = (frames: Frame[], get: (f: Frame) => Actor | null): Actor | null => {
  const said = first(frames, get);
  if (said?.type !== 'unidentified_armed_group') return said;
  return first(frames, (f) => { const a = get(f); return a && a.type !== 'unidentified_armed_group' ? a : null; }) ?? said;
};

/**
 * ACLED codes a demonstration's actor1 as the protesters of the country it took place in
 * (`Protesters (Turkey)`), whatever group organised it; police or troops named in it met the
 * protest, so they are its actor2 (GUIDE.md: "Protesters (COUNTRY)").
 */
function protestRoles(
  actor1: Actor | null,
  actor2: Actor | null,
  country: string | null,
  actorByName: (name: string) => Actor | null,
): { actor1: Actor | null; actor2: Actor | null } {
  if (actor1?.type === 'protesters' || !country) return { actor1, actor2 };
  const name = `Protesters (${country})`;
  const protesters = actorByName(name) ?? { name, name_ar: 'متظاهرون', type: 'protesters' as const, country, parent: null };
  const metBy = actor1 && (actor1.type === 'state_forces' || actor1.type === 'government') ? actor1 : null;
  return { actor1: protesters, actor2: actor2 ?? metBy };
}

/**
 * Civilians are coded by the country they were in (`Civilians (Iraq)`): the registry's generic
 * civilian alias says Syria, the event's place says where.
 */
function civiliansOf(actor: Actor | null, country: string | null, actorByName: (name: string) => Actor | null): Actor | null {
  if (!actor || actor.type !== 'civilians' || !country || actor.country === country) return actor;
  const name = `Civilians (${country})`;
  return actorByName(name) ?? { name, name_ar: actor.name_ar, type: 'civilians', country, parent: null };
}

function toRecord(
  article: CleanArticle,
  reference: string | null,
  event: MergedEvent,
  index: number,
  actorByName: (name: string) => Actor | null,
): EventRecord {
  const { frames } = event;
  const head = frames[0]!;
  // the most specific place any sentence gives
  const placed = frames.filter((f) => f.place !== null).sort((a, b) => a.place!.precision - b.place!.precision)[0] ?? null;
  const place = placed?.place ?? null;
  const locality = placed?.locality ?? null;
  const date = first(frames, (f) => (f.date?.value ? f.date : null)) ?? first(frames, (f) => f.date);
  const fatalities = frames.map((f) => f.fatalities).filter((x) => x !== null).sort((a, b) => a.value - b.value)[0] ?? null;
  const country = place?.place.country ?? null;
  let actor1 = civiliansOf(named(frames, (f) => f.actor1), country, actorByName);
  // one sentence's target may be another's attacker: a side is never its own target
  let actor2 = civiliansOf(named(frames, (f) => (f.actor2 && f.actor2.name !== actor1?.name ? f.actor2 : null)), country, actorByName);
  // the protesters are implied by the protest itself: only actors the text names count as evidence
  const namedActor1 = actor1 !== null;
  const namedActor2 = actor2 !== null;
  if (head.type === 'Protests' || head.type === 'Riots') ({ actor1, actor2 } = protestRoles(actor1, actor2, country, actorByName));
  const assoc = first(frames, (f) => (f.assocActor1 && f.assocActor1.name !== actor1?.name ? f.assocActor1 : null));
  const background = head.background;

  let eventDate: string | null = null;
  let dateBasis: EventRecord['date_basis'] = 'unknown';
  if (date?.value) {
    eventDate = date.value;
    dateBasis = date.basis;
  } else if (!background && reference && !date) {
    eventDate = reference;
    dateBasis = 'publication';
  }

  let confidence = head.trigger.entry.weight;
  if (namedActor1) confidence += CONFIDENCE.actor1;
  if (namedActor2) confidence += CONFIDENCE.actor2;
  // a meeting is told by where it was held, and talks abroad are most often placed by the country alone
  // (`في تصريحات بفنلندا على هامش اجتماع`): for them a country is a place like any other
  if (place) confidence += place.place.kind === 'country' && head.type !== 'Diplomacy' ? CONFIDENCE.country : CONFIDENCE.place;
  if (date?.value) confidence += CONFIDENCE.date;
  if (fatalities) confidence += CONFIDENCE.fatalities;
  confidence += CONFIDENCE.corroboration * (frames.length - 1);
  confidence = Math.min(CONFIDENCE.max, Math.round(confidence * 100) / 100);

  const p = place?.place ?? null;
  return {
    event_id: `${article.id}-${index + 1}`,
    article_id: article.id,
    origin: article.origin,
    outlet: article.outlet,
    published: article.published,
    event_date: eventDate,
    date_basis: dateBasis,
    event_type: head.type,
    sub_event_type: head.subType,
    actor1: ref(actor1),
    assoc_actor1: ref(assoc),
    actor2: ref(actor2),
    assoc_actor2: null,
    country: p?.country ?? null,
    admin1: p?.admin1 ?? null,
    admin2: p?.admin2 ?? null,
    admin3: p?.admin3 ?? null,
    location: locality ?? (place?.text ? locationAsWritten(place.text) : null),
    location_en: p?.name_en ?? null,
    latitude: p?.lat ?? null,
    longitude: p?.lon ?? null,
    geo_precision: place?.precision ?? null,
    fatalities: fatalities?.value ?? null,
    fatalities_text: fatalities?.text ?? null,
    claimed_by: first(frames, (f) => f.claimedBy),
    background,
    evidence: { text: head.sentence.text, start: head.sentence.start, end: head.sentence.end },
    confidence,
    trigger: head.trigger.text,
  };
}

/** `ريفي حلب وإدلب` names two regions; each event keeps its own, in the singular (`ريف حلب`). */
function locationAsWritten(text: string): string {
  return text.replace(/^ريفي(?=\s)/, 'ريف').replace(/^"|"$/g, '').replace(/"/g, '');
}
