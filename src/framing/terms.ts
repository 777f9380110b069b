/**
 * The framing words of a text, and of one report: the words its article uses for the report's actors
 * (anywhere in the article: an outlet names a party the same way throughout) and for its act and its dead
 * (in the sentence that reports it: `عدوان` in one paragraph says nothing about a strike in another).
 */
import { splitSentences, tokenize } from '../arabic/index.js';
import type { EventRecord, Sentence, Token } from '../types.js';
import { framingLexicon, type Stance } from './lexicon.js';

export interface FramingTerm {
  /** As written. */
  text: string;
  start: number;
  end: number;
  /** The dictionary form. */
  term: string;
  referent: string;
  stance: Stance;
}

export function findFramingTerms(text: string, tokens: readonly Token[] = tokenize(text)): FramingTerm[] {
  return framingLexicon()
    .matcher.findAll(tokens)
    .map((m) => {
      const start = tokens[m.first]!.start;
      const end = tokens[m.last]!.end;
      return { text: text.slice(start, end), start, end, term: m.value.term, referent: m.value.referent, stance: m.value.stance };
    });
}

/** One term per dictionary form, first occurrence kept. */
function distinct(terms: FramingTerm[]): FramingTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(t.term) && seen.add(t.term));
}

/**
 * The terms an article uses for one event: for the event's actors anywhere in the text; for acts and
 * the dead only in the sentence holding the event's evidence.
 */
export function reportTerms(
  body: string,
  articleTerms: readonly FramingTerm[],
  event: Pick<EventRecord, 'actor1' | 'actor2' | 'evidence'>,
  sentences: readonly Sentence[] = splitSentences(body),
): FramingTerm[] {
  const lex = framingLexicon();
  const actorReferents = new Set<string>();
  for (const a of [event.actor1, event.actor2]) for (const r of (a && lex.referentsOfActor.get(a.name)) ?? []) actorReferents.add(r);
  const sentence = sentences.find((s) => s.start <= event.evidence.start && event.evidence.start < s.end);
  const from = sentence?.start ?? event.evidence.start;
  const to = sentence?.end ?? event.evidence.end;
  return distinct(
    articleTerms.filter((t) =>
      actorReferents.has(t.referent) || (lex.referents[t.referent]!.actors.length === 0 && t.start >= from && t.end <= to),
    ),
  );
}
