import { PhraseMatcher, normalizeArabic, phraseSet, tokenize } from '../arabic/index.js';
import type { Actor, Span, Token } from '../types.js';
import { offsetAfterNormalised } from './clitic-span.js';
import { nationalityByToken } from './nationalities.js';
import { ENGLISH_DEMONYMS } from './nationality-lexicon.js';
import { OFFICES, type Office } from './people-lexicon.js';
import { type PersonMention, findPeople } from './people.js';
import { ActorRegistry, type RegisteredActorMention } from './registry.js';
import {
  CLAIM_CUES,
  NOT_A_SOURCE_BEFORE,
  OUTLETS_AFTER_SOURCE,
  REPORTING_GROUPS,
  SOURCE_NOUNS,
  SOURCE_QUALIFIERS,
} from './sources-lexicon.js';

/** Who a claim comes from. */
import type { SourceMention } from '../types.js';

export type { SourceMention };

/** How many adjectives may qualify a source noun (`مصدر عسكري سوري مطلع`). */
const MAX_QUALIFIERS = 3;

const sourceNouns = new PhraseMatcher(Object.entries(SOURCE_NOUNS));
const qualifiers = new PhraseMatcher(Object.entries(SOURCE_QUALIFIERS));
const groups = new PhraseMatcher(Object.entries(REPORTING_GROUPS));
const offices = new PhraseMatcher<Office>(Object.entries(OFFICES));
const claimCues = phraseSet(CLAIM_CUES);
const notSourceBefore = phraseSet(NOT_A_SOURCE_BEFORE);
const outlets = new Map(Object.entries(OUTLETS_AFTER_SOURCE).map(([ar, en]) => [normalizeArabic(ar), en]));

/**
 * Sources of claims in `text`: named monitors and agencies (`المرصد السوري لحقوق الإنسان`, `وكالة
 * سانا`) wherever they occur; people with a title or known to the registry, and parties to the conflict,
 * when they follow a claim verb (`وقال بوبوف`, `أعلنت وزارة الدفاع السورية`), and titled spokesmen
 * anywhere; unnamed informants (`مصدر عسكري سوري`, `مصادر محلية`, `ناشطون`, `مصادر للميادين`). A bare
 * `المصدر` points back at the last unnamed source (`وأوضح المصدر`). Sorted by position, no overlaps.
 * `tokens`, if given, must be `tokenize(text)`; `known` passes actor and people mentions already read
 * from the same text, so that they are not read twice.
 */
export function findSources(
  text: string,
  tokens: readonly Token[] = tokenize(text),
  registry: ActorRegistry = ActorRegistry.default(),
  known: { actors?: readonly RegisteredActorMention[]; people?: readonly PersonMention[] } = {},
): SourceMention[] {
  const nationalityAt = nationalityByToken(text, tokens);
  const afterCue = claimCueEnds(tokens);
  const tokenAt = tokenIndexer(tokens);
  const found: SourceMention[] = [];

  for (const p of known.people ?? findPeople(text, tokens, registry)) {
    const spokesman = p.role !== null && /باسم/.test(p.role);
    if (spokesman || afterCue.has(tokenAt(p.start))) found.push({ ...span(p), kind: 'person', label: p.label, actor: p.actor });
  }
  for (const m of known.actors ?? registry.findActors(text, tokens)) {
    if (m.actor.role === 'source') {
      found.push({ ...span(m), kind: 'organisation', label: m.actor.name, actor: registry.codedActor(m.actor) });
    } else if (afterCue.has(tokenAt(m.start)) && m.actor.role !== 'person' && m.actor.type !== 'civilians') {
      const coded = registry.codedActor(m.actor) ?? m.actor;
      found.push({ ...span(m), kind: 'actor', label: ministryLabel(tokens, tokenAt(m.start), nationalityAt) ?? coded.name, actor: coded });
    }
  }
  found.push(...unnamedSources(text, tokens, nationalityAt, afterCue, registry));

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SourceMention[] = [];
  let lastAnonymous: string | null = null;
  for (const s of found) {
    const previous = out[out.length - 1];
    if (previous && s.start < previous.end) continue;
    if (s.kind === 'anonymous' && s.label === ANAPHORIC_LABEL) {
      if (!lastAnonymous) continue;
      s.label = lastAnonymous;
    } else if (s.kind === 'anonymous') lastAnonymous = s.label;
    out.push(s);
  }
  return out;
}

/** Placeholder label of a bare `المصدر`, replaced by the last unnamed source's. */
const ANAPHORIC_LABEL = '(the source)';

function unnamedSources(
  text: string,
  tokens: readonly Token[],
  nationalityAt: Map<number, string>,
  afterCue: Set<number>,
  registry: ActorRegistry,
): SourceMention[] {
  const out: SourceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const group = groups.matchAt(tokens, i);
    if (group) {
      let end = group.last + 1;
      const country = nationalityAt.get(end);
      if (country !== undefined) end++;
      const dem = country ? `${ENGLISH_DEMONYMS[country] ?? country} ` : '';
      out.push({ ...tokenSpan(text, tokens, i, end), kind: 'anonymous', label: `${dem}${group.value}`, actor: null });
      i = end - 1;
      continue;
    }
    const noun = sourceNouns.matchAt(tokens, i);
    if (!noun || (i > 0 && notSourceBefore.has(tokens[i - 1]!))) continue;
    let end = noun.last + 1;
    const words: string[] = [];
    let country: string | null = null;
    for (let q = 0; q < MAX_QUALIFIERS && end < tokens.length; q++) {
      const nationality = nationalityAt.get(end);
      if (nationality !== undefined && country === null) {
        country = nationality;
        end++;
        continue;
      }
      const qualifier = qualifiers.matchAt(tokens, end);
      if (!qualifier) break;
      words.push(qualifier.value);
      end = qualifier.last + 1;
    }
    // `مصادر للميادين`, `مصادر الميادين`
    const outletToken = tokens[end];
    const outlet = outletToken?.kind === 'word' ? outletToken.bases.map((b) => outlets.get(b)).find(Boolean) : undefined;
    if (outlet) end++;
    // `مصدر في الجيش الحر`, `مصادر مقربة من قسد`: the source is inside that party
    let party: Actor | null = null;
    if (!outlet && end + 1 < tokens.length && /^(في|من)$/.test(tokens[end]!.norm)) {
      const named = registry.nameAt(tokens, end + 1);
      if (named && named.value.role !== 'person') {
        party = registry.codedActor(named.value) ?? named.value;
        end = named.end;
      }
    }
    const definite = tokens[i]!.bases.some((b) => b !== tokens[i]!.norm) || tokens[i]!.norm.startsWith('ال');
    const bare = words.length === 0 && country === null && !outlet && !party;
    // a bare `مصدر` is a source only where a claim is made (`مصدر قلق` is not); a bare `المصدر` points back
    if (bare && !afterCue.has(i) && !definite) continue;
    const dem = country ? (ENGLISH_DEMONYMS[country] ?? country) : null;
    const label = outlet
      ? `${outlet} ${noun.value.en}`
      : party
        ? `${[...words.filter((w) => w !== 'close'), noun.value.en].join(' ')} ${words.includes('close') ? 'close to' : 'in'} ${party.name}`
      : bare && definite && !noun.value.plural
        ? ANAPHORIC_LABEL
        : [dem, ...words, noun.value.en].filter(Boolean).join(' ');
    out.push({ ...tokenSpan(text, tokens, i, end), kind: 'anonymous', label, actor: party });
    i = end - 1;
  }
  return out;
}

/** `وزارة الدفاع السورية` → "Syrian Ministry of Defence"; null when the mention is not a ministry and a country. */
function ministryLabel(tokens: readonly Token[], i: number, nationalityAt: Map<number, string>): string | null {
  const office = offices.matchAt(tokens, i);
  if (!office) return null;
  const country = nationalityAt.get(office.last + 1);
  const dem = country ? ENGLISH_DEMONYMS[country] : undefined;
  if (!dem) return null;
  const { en, isOrganisation } = office.value;
  return isOrganisation ? `${dem} ${en}` : `${dem} ${en[0]!.toUpperCase()}${en.slice(1)} Ministry`;
}

/** Token indexes right after a claim cue: where the claimant's name begins. */
function claimCueEnds(tokens: readonly Token[]): Set<number> {
  const ends = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const m = claimCues.matchAt(tokens, i);
    if (!m) continue;
    let k = m.last + 1;
    // `نقلا عن`, `وفقا لـ`: a lone preposition token may sit between
    if (tokens[k]?.kind === 'word' && /^(لـ|ل|عن)$/.test(tokens[k]!.text)) k++;
    ends.add(k);
  }
  return ends;
}

/** Index of the token containing a character offset; offsets come in increasing order mostly, so a binary search. */
function tokenIndexer(tokens: readonly Token[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function span(m: Span & { text: string }): Span & { text: string } {
  return { start: m.start, end: m.end, text: m.text };
}

/** First words of the unnamed-source phrases, to tell which reading of a token matched. */
const FIRST_WORDS = new Set([...Object.keys(REPORTING_GROUPS), ...Object.keys(SOURCE_NOUNS)].map((p) => normalizeArabic(p.split(' ')[0]!)));

function tokenSpan(text: string, tokens: readonly Token[], first: number, end: number): Span & { text: string } {
  const token = tokens[first]!;
  // a glued conjunction or preposition is not part of the source (`لمصادر`), but the ب of `بيان` is
  const reading = token.bases.find((b) => FIRST_WORDS.has(b)) ?? token.norm;
  const prefix = token.norm.length - reading.length;
  const start = prefix > 0 && /^[وفبلك]+$/.test(token.norm.slice(0, prefix)) ? offsetAfterNormalised(token, prefix) : token.start;
  return { start, end: tokens[end - 1]!.end, text: text.slice(start, tokens[end - 1]!.end) };
}
