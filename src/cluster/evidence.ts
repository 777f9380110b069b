/**
 * Positive evidence that two compatible reports tell one happening. `compatibility` only says nothing
 * contradicts; the extraction's errors (a place read from the wrong clause, a target coded as the attacker,
 * a publication date standing in for an unstated one) make different happenings compatible all the time.
 * So two reports of different articles merge only when they share ties that different happenings rarely
 * share by chance — the same village, the same named parties, the same toll, the same sentence — at
 * least two of them, since any single one is what a single extraction error can fake. The weights and
 * why they are what they are: constants.ts.
 */
import { isNamedActor, isSpecificActor } from './actors.js';
import type { ComparableEvent, Compatibility } from './compatible.js';
import {
  DAY_APART_EXTRA,
  DISTINCTIVE_FATALITIES,
  DISTINCTIVE_TOLL_POINTS,
  MERGE_EVIDENCE_NEEDED,
  MIN_WORDING_SHINGLES,
  NEAR_IDENTICAL_WORDING,
  OTHER_ACT_EXTRA,
  SAME_ONE_SIDE_POINTS,
  SAME_GENERIC_SIDES_POINTS,
  SAME_NAMED_SIDES_POINTS,
  SAME_POINT_POINTS,
  SAME_TOLL_POINTS,
  SAME_WORDING_POINTS,
} from './constants.js';
import { shingleSet } from './shingles.js';

export type EvidenceTie =
  | 'same point'
  | 'same named sides'
  | 'same sides'
  | 'one side named alike'
  | 'same toll'
  | 'same distinctive toll'
  | 'same wording';

export interface MergeEvidence {
  /** Points of the ties found. */
  points: number;
  /** Points these two reports need to be merged (more when a day apart or told as different acts). */
  needed: number;
  ties: EvidenceTie[];
}

/**
 * An evidence sentence's wording as stored: its hashed word shingles, base64. Computed once where the report
 * is made (the import's extraction threads), so the one thread that joins incidents never tokenizes the
 * sentences of the reports it compares with.
 */
export function evidenceWording(text: string): string {
  const hashes = shingleSet(text);
  return Buffer.from(hashes.buffer, hashes.byteOffset, hashes.byteLength).toString('base64');
}

function wordingOf(stored: string): Uint32Array {
  const bytes = Buffer.from(stored, 'base64');
  // copied: a Uint32Array view needs a 4-byte aligned offset, which Buffer's pool does not promise
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

const evidenceText = (e: ComparableEvent) => (e.evidence === undefined ? '' : typeof e.evidence === 'string' ? e.evidence : e.evidence.text);

// Shingles of an evidence sentence, once per report object (a report is compared with every newcomer).
const wordingCache = new WeakMap<object, ReadonlySet<number>>();
function wording(e: ComparableEvent): ReadonlySet<number> {
  let s = wordingCache.get(e);
  if (!s) {
    s = new Set(e.wording !== undefined ? wordingOf(e.wording) : shingleSet(evidenceText(e)));
    wordingCache.set(e, s);
  }
  return s;
}

/** Share of the shorter sentence's shingles found in the other; 0 when either is too short to tell. */
export function wordingOverlap(a: ComparableEvent, b: ComparableEvent): number {
  const x = wording(a);
  const y = wording(b);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size < MIN_WORDING_SHINGLES) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/** The ties two compatible reports share, and how many points they need. */
export function mergeEvidence(a: ComparableEvent, b: ComparableEvent, c: Compatibility): MergeEvidence {
  const ties: EvidenceTie[] = [];
  let points = 0;
  const tie = (t: EvidenceTie, p: number) => {
    ties.push(t);
    points += p;
  };

  if (c.place === 'same') tie('same point', SAME_POINT_POINTS);

  // Sides as `compatibility` paired them (a battle may be told crossed); a side counts when named in both.
  const b1 = c.crossed ? b.actor2 : b.actor1;
  const b2 = c.crossed ? b.actor1 : b.actor2;
  const side1 = c.actor1 === 'same' && isNamedActor(a.actor1) && isNamedActor(b1);
  const side2 = c.actor2 === 'same' && isNamedActor(a.actor2) && isNamedActor(b2);
  if (side1 && side2) {
    if (isSpecificActor(a.actor1) && isSpecificActor(a.actor2)) tie('same named sides', SAME_NAMED_SIDES_POINTS);
    else tie('same sides', SAME_GENERIC_SIDES_POINTS);
  } else if ((side1 && isSpecificActor(a.actor1)) || (side2 && isSpecificActor(a.actor2))) {
    tie('one side named alike', SAME_ONE_SIDE_POINTS);
  }

  if (a.fatalities !== null && a.fatalities > 0 && a.fatalities === b.fatalities) {
    if (a.fatalities >= DISTINCTIVE_FATALITIES) tie('same distinctive toll', DISTINCTIVE_TOLL_POINTS);
    else tie('same toll', SAME_TOLL_POINTS);
  }

  const needed = MERGE_EVIDENCE_NEEDED + (c.dayGap > 0 ? DAY_APART_EXTRA : 0) + (a.sub_event_type !== b.sub_event_type ? OTHER_ACT_EXTRA : 0);

  // Wording last: it costs a tokenisation, and is only asked for when the cheap ties fall short.
  if (points < needed && wordingOverlap(a, b) >= NEAR_IDENTICAL_WORDING) tie('same wording', SAME_WORDING_POINTS);
  return { points, needed, ties };
}

export const enoughEvidence = (m: MergeEvidence) => m.points >= m.needed;
