/** The framing terms (data/framing/terms.json), loaded once and compiled into one phrase matcher. */
import { readFileSync } from 'node:fs';
import { PhraseMatcher } from '../arabic/index.js';

export type Stance = 'sympathetic' | 'neutral' | 'hostile';

export interface FramingEntry {
  term: string;
  referent: string;
  stance: Stance;
}

export interface Referent {
  label: string;
  /** Coded actor names (EventRecord actor names) this referent stands for; empty for acts. */
  actors: string[];
}

export interface FramingLexicon {
  referents: Record<string, Referent>;
  terms: FramingEntry[];
  matcher: PhraseMatcher<FramingEntry>;
  /** Coded actor name → the referents that name it. */
  referentsOfActor: Map<string, string[]>;
}

const TERMS_FILE = new URL('../../data/framing/terms.json', import.meta.url);
const STANCES: ReadonlySet<string> = new Set(['sympathetic', 'neutral', 'hostile']);

export function parseFramingLexicon(json: string): FramingLexicon {
  const data = JSON.parse(json) as { referents: Record<string, Referent>; terms: FramingEntry[] };
  for (const t of data.terms) {
    if (!data.referents[t.referent]) throw new Error(`framing term ${t.term}: unknown referent ${t.referent}`);
    if (!STANCES.has(t.stance)) throw new Error(`framing term ${t.term}: unknown stance ${t.stance}`);
  }
  const referentsOfActor = new Map<string, string[]>();
  for (const [id, r] of Object.entries(data.referents)) {
    for (const a of r.actors) referentsOfActor.set(a, [...(referentsOfActor.get(a) ?? []), id]);
  }
  return {
    referents: data.referents,
    terms: data.terms,
    matcher: new PhraseMatcher(data.terms.map((t) => [t.term, t] as const)),
    referentsOfActor,
  };
}

let cached: FramingLexicon | null = null;
export function framingLexicon(): FramingLexicon {
  cached ??= parseFramingLexicon(readFileSync(TERMS_FILE, 'utf8'));
  return cached;
}
