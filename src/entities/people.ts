import { PhraseMatcher, normalizeArabic, phraseSet, stripArticle, tokenize } from '../arabic/index.js';
import type { Actor, Span, Token } from '../types.js';
import type { RegisteredActor } from './actor-data.js';
import { endAfterOpenQuote } from './alias-matcher.js';
import { offsetAfterNormalised, procliticLength } from './clitic-span.js';
import { nationalityByToken } from './nationalities.js';
import { ENGLISH_DEMONYMS } from './nationality-lexicon.js';
import { HONORIFICS, NAME_STOPS, OFFICES, type Office, RANKS, ROLE_HEADS, type RoleHead, type Voice } from './people-lexicon.js';
import { ActorRegistry } from './registry.js';

/** A person named or described in the text, with whom they speak for. */
export interface PersonMention extends Span {
  /** Title and name as written: `نائب وزير الخارجية الروسي ميخائيل بوغدانوف`. */
  text: string;
  /** The personal name as written, or null for an unnamed office holder (`المتحدث باسم وزارة الدفاع الروسية`). */
  name: string | null;
  /** The title as written, or null when the name stands alone (`بوتين`). */
  role: string | null;
  /** The registry entry when the person is known (known people win over the title's reading). */
  person: RegisteredActor | null;
  /**
   * The actor the person speaks for, as events code it: a known person's parent; else the organisation
   * in the title (`رئيس مركز المصالحة الروسي` → Russian Reconciliation Center); else the title's country,
   * as its government (ministers, presidents, envoys), its forces (chiefs of staff, commanders, a defence
   * ministry's spokesman) or its police (an interior ministry's); null when the title names no country.
   */
  actor: Actor | null;
  /** English label for `claimed_by`: "Mikhail Bogdanov, Russian deputy foreign minister". */
  label: string;
}

const QUOTES = new Set(['"', '«', '“', "'"]);

/** The longest unknown personal name read after a title, in words (`رامي عبد الرحمن`). */
const MAX_NAME_WORDS = 3;

const heads = new PhraseMatcher<RoleHead>(Object.entries(ROLE_HEADS));
const offices = new PhraseMatcher<Office>(Object.entries(OFFICES));
const ranks = phraseSet(RANKS);
const honorifics = phraseSet(HONORIFICS);
const stops = phraseSet(NAME_STOPS);

const VOICE_TEMPLATE: Readonly<Record<Voice, string>> = {
  government: 'Government of COUNTRY',
  military: 'Military Forces of COUNTRY',
  police: 'Police Forces of COUNTRY',
};

interface Role {
  first: number;
  /** One past the role's last token. */
  end: number;
  head: RoleHead | null;
  office: Office | null;
  country: string | null;
  org: RegisteredActor | null;
  /** Whether an unknown name may be read after it. */
  complete: boolean;
}

/**
 * People in `text`: a title (`وزير الدفاع الروسي`, `المتحدث باسم …`, `قائد …`, a rank) with the name
 * right after it (`سيرغي شويغو`) or right before it (`ميخائيل بوغدانوف، نائب وزير الخارجية الروسي`), and
 * people the registry knows named alone (`بوتين`). An unknown name after a complete title is read as
 * the next 1–3 words that are not function words, verbs of saying, dates or other names.
 * `tokens`, if given, must be `tokenize(text)`.
 */
export function findPeople(
  text: string,
  tokens: readonly Token[] = tokenize(text),
  registry: ActorRegistry = ActorRegistry.default(),
): PersonMention[] {
  const nationalityAt = nationalityByToken(text, tokens);
  const out: PersonMention[] = [];
  // the last known person read alone, for a title that follows it as an apposition
  let lonePerson: { mention: PersonMention; end: number } | null = null;
  for (let i = 0; i < tokens.length; ) {
    const role = readRole(tokens, i, nationalityAt, registry);
    if (role) {
      const nameAt = skip(honorifics, tokens, skip(ranks, tokens, role.end));
      const known = registry.nameAt(tokens, nameAt);
      let nameEnd = -1;
      let person: RegisteredActor | null = null;
      if (known && known.value.role === 'person') {
        person = known.value;
        nameEnd = known.end;
      } else if (role.complete) nameEnd = unknownNameEnd(tokens, nameAt, nationalityAt, registry);
      const named = nameEnd > nameAt;
      const roleText = spanText(text, tokens, role.first, role.end);
      const glued = startAfterConjunction(tokens[role.first]!) !== tokens[role.first]!.start;
      // `بوتين ورئيس سوري`: a title joined by و is another person, not an apposition
      if (!named && !glued && lonePerson && appositionOf(tokens, lonePerson.end, role.first)) {
        // `ميخائيل بوغدانوف، نائب وزير الخارجية الروسي`: the title describes the name before it
        const before = lonePerson.mention;
        const updated = describe(registry, role, before.person, before.name, roleText);
        const end = endAfterOpenQuote(text, before.start, tokens[role.end - 1]!.end);
        out[out.length - 1] = { ...before, ...updated, role: text.slice(startAfterConjunction(tokens[role.first]!), end), end, text: text.slice(before.start, end) };
        lonePerson = null;
        i = role.end;
        continue;
      }
      // an unnamed title must be definite to point at someone: `رئيس سوري` (a Syrian president) does not
      const definiteTitle = tokens.slice(role.first, role.end).some((t) => t.norm.startsWith('ال') || t.bases.some((b) => b.startsWith('ال')));
      lonePerson = null;
      if (named || ((role.country || role.org) && definiteTitle)) {
        const start = startAfterConjunction(tokens[role.first]!);
        const end = endAfterOpenQuote(text, start, tokens[(named ? nameEnd : role.end) - 1]!.end);
        const name = named ? text.slice(tokens[nameAt]!.start, tokens[nameEnd - 1]!.end) : null;
        const mention: PersonMention = { start, end, text: text.slice(start, end), ...describe(registry, role, person, name, roleText) };
        out.push(mention);
        // `الفريق قاسم سليماني، قائد "قوة القدس"`: a rank and a name may still take a title after them
        if (named && !role.head) lonePerson = { mention, end: nameEnd };
      }
      i = named ? nameEnd : role.end;
      continue;
    }
    const known = registry.nameAt(tokens, i);
    if (known) {
      // other registry names are skipped whole, so that `قوات الأسد` is not read as the man
      if (known.value.role === 'person') {
        const start = offsetAfterNormalised(tokens[i]!, known.prefixLength);
        const end = tokens[known.end - 1]!.end;
        const mention: PersonMention = { start, end, text: text.slice(start, end), ...describe(registry, null, known.value, text.slice(start, end), null) };
        out.push(mention);
        lonePerson = { mention, end: known.end };
      } else lonePerson = null;
      i = known.end;
      continue;
    }
    i++;
  }
  return out;
}

/** A title starting at token `i`: [rank] head [office] [nationality | organisation], or a rank alone. */
function readRole(
  tokens: readonly Token[],
  i: number,
  nationalityAt: Map<number, string>,
  registry: ActorRegistry,
): Role | null {
  let k = i;
  const rank = ranks.matchAt(tokens, k);
  if (rank) k = rank.last + 1;
  const head = heads.matchAt(tokens, k);
  if (!head) return rank ? { first: i, end: k, head: null, office: null, country: null, org: null, complete: true } : null;
  k = head.last + 1;
  const office = offices.matchAt(tokens, k);
  if (office) k = office.last + 1;
  let country: string | null = null;
  let org: RegisteredActor | null = null;
  const written = nationalityAt.get(k);
  if (written !== undefined) {
    country = written;
    k++;
  } else if (!office?.value.isOrganisation) {
    // `قائد "قوة القدس"`: the organisation may be quoted
    if (tokens[k]?.kind === 'punct' && QUOTES.has(tokens[k]!.text)) k++;
    const named = registry.nameAt(tokens, k);
    if (named && named.value.role !== 'person') {
      org = named.value;
      country = org.country;
      k = named.end;
    }
  }
  const complete = !head.value.needsComplement || country !== null || org !== null || office !== null;
  return { first: i, end: k, head: head.value, office: office?.value ?? null, country, org, complete };
}

/** The role's reading: the actor spoken for and the English label. */
function describe(
  registry: ActorRegistry,
  role: Role | null,
  person: RegisteredActor | null,
  name: string | null,
  roleText: string | null,
): Pick<PersonMention, 'name' | 'role' | 'person' | 'actor' | 'label'> {
  let actor: Actor | null = null;
  if (person) actor = registry.codedActor(person);
  else if (role?.org) actor = registry.codedActor(role.org);
  else if (role?.country) {
    const voice = role.office?.voice ?? role.head?.voice ?? 'military';
    actor = registry.actorOf(VOICE_TEMPLATE[voice], role.country);
  }
  const roleLabel = role ? labelOf(role) : null;
  const who = person?.name ?? name;
  const title = person?.title_en ?? roleLabel ?? roleText;
  const label = who && title ? `${who}, ${title}` : (who ?? title ?? '');
  return { name: person ? (name ?? person.name_ar) : name, role: roleText, person, actor, label };
}

/** The English of a title, or null when its template asks for something the text did not give. */
function labelOf(role: Role): string | null {
  if (!role.head) return null;
  const dem = role.country ? (ENGLISH_DEMONYMS[role.country] ?? null) : null;
  const office = role.office && !role.office.isOrganisation ? role.office.en : null;
  let org: string | null = null;
  if (role.office?.isOrganisation) org = dem ? `${dem} ${role.office.en}` : null;
  // `المتحدث باسم الخارجية الإيرانية`: a portfolio after a spokesman is its ministry
  else if (role.office && dem) org = `${dem} ${role.office.en[0]!.toUpperCase()}${role.office.en.slice(1)} Ministry`;
  else if (role.org) org = /^(Military Forces|Government|Police Forces) of /.test(role.org.name) ? role.org.name : `the ${role.org.name}`;
  const values: Record<string, string | null> = { dem, office, org };
  let missing = false;
  const label = role.head.en.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (!value) missing = true;
    return value ?? '';
  });
  return missing ? null : label.replace(/\s+/g, ' ').trim();
}

/** One past the last token of an unknown name starting at `k`, or `k` when there is none. */
function unknownNameEnd(tokens: readonly Token[], k: number, nationalityAt: Map<number, string>, registry: ActorRegistry): number {
  let j = k;
  while (j < tokens.length && j - k < MAX_NAME_WORDS) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || stops.has(t) || nationalityAt.has(j) || heads.matchAt(tokens, j) || ranks.matchAt(tokens, j)) break;
    if (registry.nameAt(tokens, j)) break;
    // a name does not start with the article (`وزير الدفاع الروسي الجديد`); later words may (`عبد الرحمن`)
    if (j === k && t.norm.startsWith('ال')) break;
    j++;
  }
  return j;
}

/** Past any phrases of `set` starting at `k`. */
function skip(set: PhraseMatcher<true>, tokens: readonly Token[], k: number): number {
  for (let m = set.matchAt(tokens, k); m; m = set.matchAt(tokens, k)) k = m.last + 1;
  return k;
}

/** A title right after a name, or after it and a comma, describes it. */
function appositionOf(tokens: readonly Token[], nameEnd: number, roleFirst: number): boolean {
  if (roleFirst === nameEnd) return true;
  return roleFirst === nameEnd + 1 && (tokens[nameEnd]!.text === '،' || tokens[nameEnd]!.text === ',');
}

const TITLE_FIRST_WORDS = new Set([...Object.keys(ROLE_HEADS), ...RANKS].map((p) => normalizeArabic(p.split(' ')[0]!)));

/** Proclitics glued to a title are not part of it (`ووزير الخارجية`, `لوزير الدفاع`); the و of `وزير` is. */
function startAfterConjunction(token: Token): number {
  if (TITLE_FIRST_WORDS.has(token.norm) || TITLE_FIRST_WORDS.has(stripArticle(token.norm))) return token.start;
  for (const base of token.bases) {
    if (!TITLE_FIRST_WORDS.has(base) && !TITLE_FIRST_WORDS.has(stripArticle(base))) continue;
    const prefix = procliticLength(token.norm, base, true);
    if (prefix !== null && prefix > 0) return offsetAfterNormalised(token, prefix);
  }
  return token.start;
}

function spanText(text: string, tokens: readonly Token[], first: number, end: number): string {
  return text.slice(startAfterConjunction(tokens[first]!), tokens[end - 1]!.end);
}
