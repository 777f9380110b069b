/**
 * Finding the known events of landmarks.ts in a text, sentence by sentence. Built once: cue words
 * are indexed by word so a sentence is checked only against cues one of whose words it contains.
 */
import { normalizeArabic, PhraseMatcher, stripArticle } from '../arabic/index.js';
import type { Sentence, Token } from '../types.js';
import { dayNumber, parseIsoDay, type YMD } from './calendar.js';
import { LANDMARKS, type Landmark } from './landmarks.js';

export interface KnownEvent {
  landmark: Landmark;
  ymd: YMD;
  /** Day number of the event. */
  day: number;
}

export const KNOWN_EVENTS: readonly KnownEvent[] = LANDMARKS.map((landmark) => {
  const ymd = parseIsoDay(landmark.date);
  if (!ymd) throw new Error(`landmarks.ts: bad date ${landmark.date}`);
  return { landmark, ymd, day: dayNumber(ymd.year, ymd.month, ymd.day) };
});

interface Cue {
  event: KnownEvent;
  words: string[];
}

/** Cues by each of their words. */
const CUES_BY_WORD: ReadonlyMap<string, Cue[]> = (() => {
  const m = new Map<string, Cue[]>();
  for (const event of KNOWN_EVENTS) {
    for (const phrase of event.landmark.cues) {
      const words = [...new Set(normalizeArabic(phrase).split(' ').filter(Boolean).map(stripArticle))];
      const cue = { event, words };
      for (const w of words) m.set(w, [...(m.get(w) ?? []), cue]);
    }
  }
  return m;
})();

export type PhraseKind = 'name' | 'fresh';
export interface EventPhrase {
  kind: PhraseKind;
  events: KnownEvent[];
}

/** Names and news-time phrases; a phrase shared by two events (`تنصيب ترامب`) points to both. */
const PHRASES: PhraseMatcher<EventPhrase> = (() => {
  const byKey = new Map<string, { phrase: string; value: EventPhrase }>();
  for (const event of KNOWN_EVENTS) {
    const add = (phrase: string, kind: PhraseKind) => {
      const key = `${kind}:${normalizeArabic(phrase)}`;
      const entry = byKey.get(key) ?? { phrase, value: { kind, events: [] } };
      entry.value.events.push(event);
      byKey.set(key, entry);
    };
    for (const p of event.landmark.names ?? []) add(p, 'name');
    for (const p of event.landmark.fresh ?? []) add(p, 'fresh');
  }
  return new PhraseMatcher([...byKey.values()].map((e) => [e.phrase, e.value] as const));
})();

export interface PhraseHit extends EventPhrase {
  sentence: number;
  text: string;
}

export interface LandmarkHits {
  /** Known events whose cue occurs, by sentence index. */
  cued: Map<number, Set<KnownEvent>>;
  phrases: PhraseHit[];
}

/** The index of the sentence containing offset `at` (sentences in text order), or -1. */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function findLandmarks(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): LandmarkHits {
  // cue words seen, by sentence
  const seen = new Map<number, Set<string>>();
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    for (const b of t.bases) {
      if (!CUES_BY_WORD.has(b)) continue;
      const s = sentenceAt(sentences, t.start);
      if (s < 0) continue;
      const set = seen.get(s) ?? new Set<string>();
      set.add(b);
      seen.set(s, set);
    }
  }
  const cued = new Map<number, Set<KnownEvent>>();
  for (const [s, words] of seen) {
    for (const w of words) {
      for (const cue of CUES_BY_WORD.get(w)!) {
        if (cue.words[0] !== w || !cue.words.every((x) => words.has(x))) continue;
        const set = cued.get(s) ?? new Set<KnownEvent>();
        set.add(cue.event);
        cued.set(s, set);
      }
    }
  }
  const phrases: PhraseHit[] = [];
  for (const m of PHRASES.findAll(tokens)) {
    const start = tokens[m.first]!.start;
    const end = tokens[m.last]!.end;
    phrases.push({ ...m.value, sentence: sentenceAt(sentences, start), text: text.slice(start, end) });
  }
  return { cued, phrases };
}
