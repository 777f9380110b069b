import { tokenize } from '../arabic/index.js';
import type { Actor, ActorMention, Token } from '../types.js';
import { type ActorData, type GenericActor, type RegisteredActor, loadActorData } from './actor-data.js';
import { offsetAfterNormalised } from './clitic-span.js';
import { AliasMatcher, endAfterOpenQuote, type AliasMatch } from './alias-matcher.js';
import { concreteActor, nameInCountry } from './generic-names.js';
import { nationalityByToken } from './nationalities.js';

export interface RegisteredActorMention extends ActorMention {
  actor: RegisteredActor;
  /**
   * Set when the actor was read from a generic name (`عدوان إسرائيلي`, `مدنيين`): its name template and
   * whether the country was written in the text (`إسرائيلي`) or came from context or the default.
   */
  generic?: { template: string; countryWritten: boolean };
}

/** What the caller knows about where the text is set. */
export interface ActorContext {
  /**
   * The country the story is set in (English name), if the caller knows it: generic names without a
   * written nationality (`الشرطة`, `مدنيين`) are read as that country's.
   */
  country?: string | null;
}

/** A stop phrase: matched like an alias so the shorter alias inside it cannot fire, then dropped. */
const NOT_AN_ACTOR = null;
type Entry = RegisteredActor | typeof NOT_AN_ACTOR;

/** Roles coded as their parent in an event (see ActorRole). */
const CODED_AS_PARENT = new Set(['member', 'person']);

/** Adjectives that say what kind of force a generic name is, written before its nationality. */
const KIND_ADJECTIVES = new Set(['العسكريه', 'العسكري', 'الامنيه', 'الامني', 'الحكوميه', 'الحكومي', 'النظاميه', 'الخاصه']);

let defaultRegistry: ActorRegistry | undefined;

/**
 * The actors rasd knows, from data/actors/actors.json, and the lookup of their Arabic names in text.
 * Built once; lookups are a walk over the tokens with a phrase trie.
 */
export class ActorRegistry {
  private readonly byCanonicalName = new Map<string, RegisteredActor>();
  private readonly phrases = new AliasMatcher<Entry>();
  private readonly generics = new AliasMatcher<GenericActor>();
  /** Generic actors made concrete for a country the registry does not list (Military Forces of Lebanon). */
  private readonly concrete = new Map<string, RegisteredActor>();

  /** The registry from the shipped data file, loaded on first use. */
  static default(): ActorRegistry {
    defaultRegistry ??= new ActorRegistry(loadActorData());
    return defaultRegistry;
  }

  /** Throws if one alias is given to two actors: a data error that would make a lookup depend on file order. */
  constructor(private readonly data: ActorData) {
    for (const actor of data.actors) {
      if (this.byCanonicalName.has(actor.name)) throw new Error(`actor listed twice: ${actor.name}`);
      this.byCanonicalName.set(actor.name, actor);
    }
    const owner = new Map<string, string>();
    const claim = (phrase: string, who: string) => {
      const key = AliasMatcher.keyOf(phrase).join(' ');
      const previous = owner.get(key);
      if (previous !== undefined && previous !== who)
        throw new Error(`alias "${phrase}" belongs to both ${previous} and ${who}`);
      owner.set(key, who);
    };
    for (const actor of data.actors) {
      for (const alias of [actor.name_ar, ...actor.aliases_ar]) {
        claim(alias, actor.name);
        this.phrases.add(alias, actor);
      }
    }
    for (const phrase of data.not_actors_ar) {
      claim(phrase, '(not an actor)');
      this.phrases.add(phrase, NOT_AN_ACTOR);
    }
    for (const generic of data.generic_actors ?? []) {
      for (const alias of generic.aliases_ar) {
        const previous = this.generics.add(alias, generic);
        if (previous && previous !== generic)
          throw new Error(`generic alias "${alias}" belongs to both ${previous.template} and ${generic.template}`);
      }
    }
  }

  /**
   * A generic actor for one country: the registry's own entry when it has one (Military Forces of
   * Russia, with its aliases and type), else one made from the template.
   */
  genericInCountry(generic: GenericActor, country: string, writtenAs: string): RegisteredActor {
    const name = nameInCountry(generic.template, country);
    const known = this.byName(name) ?? this.concrete.get(name);
    if (known) return known;
    const made = concreteActor(generic, country, writtenAs);
    this.concrete.set(name, made);
    return made;
  }

  /**
   * A mention re-read in the country the caller found for its event: generic names whose country was
   * not written (`مدنيين` read as Syrian by default) take that country; everything else stays.
   */
  inCountry(mention: RegisteredActorMention, country: string): RegisteredActor {
    if (!mention.generic || mention.generic.countryWritten) return mention.actor;
    const generic = this.genericByTemplate(mention.generic.template, mention.actor.type);
    return generic?.country_from_context ? this.genericInCountry(generic, country, mention.actor.name_ar) : mention.actor;
  }

  /**
   * The actor of a generic template in a country (`Government of COUNTRY`, Russia → Government of Russia),
   * or null when the registry has no such template.
   */
  actorOf(template: string, country: string): RegisteredActor | null {
    const generic = this.genericList.find((g) => g.template === template);
    return generic ? this.genericInCountry(generic, country, '') : null;
  }

  private genericByTemplate(template: string, type: Actor['type']): GenericActor | undefined {
    return this.genericList.find((g) => g.template === template && g.type === type && g.country_from_context);
  }

  private get genericList(): GenericActor[] {
    return this.data.generic_actors ?? [];
  }

  get actors(): RegisteredActor[] {
    return [...this.byCanonicalName.values()];
  }

  /** By canonical English name ("Military Forces of Russia"). */
  byName(name: string): RegisteredActor | null {
    return this.byCanonicalName.get(name) ?? null;
  }

  /**
   * The actor an event is coded with: persons and member units climb to their parent
   * (بوتين → Government of Russia, الفيلق الخامس → Military Forces of Syria). Actors and sources stay.
   */
  codedActor(actor: Actor): RegisteredActor | null {
    let current = this.byName(actor.name) ?? this.concrete.get(actor.name) ?? null;
    const seen = new Set<string>();
    while (current && CODED_AS_PARENT.has(current.role) && current.parent && !seen.has(current.name)) {
      seen.add(current.name);
      current = this.byName(current.parent);
    }
    return current;
  }

  /**
   * Actor names in `text`, leftmost-longest: `قوات الأسد` is one mention of Military Forces of Syria, not
   * `الأسد` (Bashar al-Assad); `المرصد السوري لحقوق الإنسان` wins over `المرصد`. A conjunction or
   * preposition glued to the first word is left out of the span (`وقوات النظام` → `قوات النظام`).
   * `tokens`, if given, must be `tokenize(text)`.
   */
  findActors(text: string, tokens: readonly Token[] = tokenize(text), context: ActorContext = {}): RegisteredActorMention[] {
    const nationalityAt = nationalityByToken(text, tokens);
    const out: RegisteredActorMention[] = [];
    const span = (m: { first: number; end: number; prefixLength: number }) => {
      const start = offsetAfterNormalised(tokens[m.first]!, m.prefixLength);
      const end = endAfterOpenQuote(text, start, tokens[m.end - 1]!.end);
      return { start, end, text: text.slice(start, end) };
    };
    for (let i = 0; i < tokens.length; ) {
      const named = this.phrases.matchAt(tokens, i);
      const generic = this.genericAt(tokens, i, nationalityAt, context);
      // a registry name wins a tie: `القوات المسلحة اليمنية` is Ansar Allah, not Military Forces of Yemen
      if (generic && (!named || generic.match.end > named.end)) {
        const where = span(generic.match);
        const actor = this.genericInCountry(generic.match.value, generic.country, where.text);
        out.push({ ...where, actor, generic: { template: generic.match.value.template, countryWritten: generic.written } });
        i = generic.match.end;
      } else if (named) {
        if (named.value !== NOT_AN_ACTOR) out.push({ ...span(named), actor: named.value });
        i = named.end;
      } else i++;
    }
    return out;
  }

  /** The registry name starting at token `i` (longest), or null; stop phrases give null. */
  nameAt(tokens: readonly Token[], i: number): AliasMatch<RegisteredActor> | null {
    const m = this.phrases.matchAt(tokens, i);
    return m && m.value !== NOT_AN_ACTOR ? { ...m, value: m.value } : null;
  }

  /** A generic name at token `i` with the country it is read in, or null when no country can be known. */
  private genericAt(
    tokens: readonly Token[],
    i: number,
    nationalityAt: Map<number, string>,
    context: ActorContext,
  ): { match: AliasMatch<GenericActor>; country: string; written: boolean } | null {
    const m = this.generics.matchAt(tokens, i);
    if (!m) return null;
    const written = nationalityAt.get(m.end);
    if (written !== undefined) return { match: { ...m, end: m.end + 1 }, country: written, written: true };
    // `القوات العسكرية الروسية`: an adjective of kind may stand between the name and its nationality
    const bridged = tokens[m.end] && KIND_ADJECTIVES.has(tokens[m.end]!.norm) ? nationalityAt.get(m.end + 1) : undefined;
    if (bridged !== undefined) return { match: { ...m, end: m.end + 2 }, country: bridged, written: true };
    // settlers are Israeli wherever the story is set: their default is not the context's to change
    const country = (m.value.country_from_context ? context.country : null) ?? m.value.default_country;
    return country ? { match: m, country, written: false } : null;
  }

}
