import { tokenize } from '../arabic/index.js';
import type { Actor, ActorMention, Token } from '../types.js';
import { type ActorData, type RegisteredActor, loadActorData } from './actor-data.js';
import { offsetAfterNormalised } from './clitic-span.js';
import { AliasMatcher, endAfterOpenQuote } from './alias-matcher.js';

export interface RegisteredActorMention extends ActorMention {
  actor: RegisteredActor;
}

/** A stop phrase: matched like an alias so the shorter alias inside it cannot fire, then dropped. */
const NOT_AN_ACTOR = null;
type Entry = RegisteredActor | typeof NOT_AN_ACTOR;

/** Roles coded as their parent in an event (see ActorRole). */
const CODED_AS_PARENT = new Set(['member', 'person']);

let defaultRegistry: ActorRegistry | undefined;

/**
 * The actors rasd knows, from data/actors/actors.json, and the lookup of their Arabic names in text.
 * Built once; lookups are a walk over the tokens with a phrase trie.
 */
export class ActorRegistry {
  private readonly byCanonicalName = new Map<string, RegisteredActor>();
  private readonly phrases = new AliasMatcher<Entry>();

  /** The registry from the shipped data file, loaded on first use. */
  static default(): ActorRegistry {
    defaultRegistry ??= new ActorRegistry(loadActorData());
    return defaultRegistry;
  }

  /** Throws if one alias is given to two actors: a data error that would make a lookup depend on file order. */
  constructor(data: ActorData) {
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
    let current = this.byName(actor.name);
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
  findActors(text: string, tokens: readonly Token[] = tokenize(text)): RegisteredActorMention[] {
    const out: RegisteredActorMention[] = [];
    for (const m of this.phrases.scan(tokens)) {
      if (m.value === NOT_AN_ACTOR) continue;
      const start = offsetAfterNormalised(tokens[m.first]!, m.prefixLength);
      const end = endAfterOpenQuote(text, start, tokens[m.end - 1]!.end);
      out.push({ start, end, text: text.slice(start, end), actor: m.value });
    }
    return out;
  }
}
