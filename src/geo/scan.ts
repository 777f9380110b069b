import type { Token } from '../types.js';
import type { GazetteerEntry } from './entry.js';
import type { NameIndex, NameMatch } from './names.js';
import {
  NEAR,
  contextWordAt,
  isDirectionWord,
  isInsidePhrase,
  isMediaTrailingWord,
  isMediaWord,
  isQuote,
  isPersonsName,
  isSiteTrailingWord,
} from './context.js';

/** How the words around a name qualify it. */
export interface MentionContext {
  /** `ريف X`. */
  countryside: boolean;
  /** `محافظة X`. */
  governorate: boolean;
  /** `قرب X`, `جنوب X`. */
  near: boolean;
  /** `مطار X`, `قاعدتي X`. */
  site: boolean;
  /** `مدينة X`, `قرية X`: the next name is vouched for as a place. */
  typed: boolean;
  /** `مدينة X`: a settlement is meant. */
  settlement: boolean;
  /** `… الشمالي`: a part of the place. */
  direction: boolean;
  /** `حي X`: a city quarter. */
  quarter: boolean;
  /** The near-phrase puts the event inside the place (`وسط دمشق`), not around it. */
  inside: boolean;
}

/** A name found in the text, before choosing among same-named places. */
export interface RawMention {
  /** Token range of the whole mention, context words included. */
  firstToken: number;
  endToken: number;
  /** Reading of the first token, to trim clitics off the mention start. */
  firstBase: string;
  /** The name's own token range. */
  nameFirst: number;
  nameEnd: number;
  candidates: GazetteerEntry[];
  context: MentionContext;
}

const NO_CONTEXT: MentionContext = {
  countryside: false,
  governorate: false,
  near: false,
  site: false,
  typed: false,
  settlement: false,
  direction: false,
  quarter: false,
  inside: false,
};

/** Context words read before a name: `بالقرب من مدينة`, `بريف`, `الريف الجنوبي الشرقي لـ`. */
const MAX_CONTEXT_WORDS = 4;
/** Words after a name that still belong to the mention (`الشمالي الغربي`, `العسكري`). */
const MAX_TRAILING_WORDS = 2;
/**
 * A bracketed aside a list may run across (`قاعدتي الشعيرات (في ريف حمص) والطياس`); longer brackets
 * are quotes or whole clauses, after which a و no longer continues the list.
 */
const MAX_ASIDE_TOKENS = 8;

export class Scanner {
  constructor(
    private readonly names: NameIndex,
    /** Site aliases without their site word (`الشعيرات` from `مطار الشعيرات`), usable only after one. */
    private readonly siteNames: NameIndex,
    /** Keys of one-word names that are common words when written bare. */
    private readonly commonKeys: ReadonlySet<string>,
    /** Written forms that are never a place, whatever name they contain (`وزارة`, not و + `زارة`). */
    private readonly notAPlace: ReadonlySet<string>,
    /** Every reading that can start a name or a context word (bases as tokenize gives them). */
    private readonly startKeys: ReadonlySet<string>,
  ) {}

  scan(tokens: readonly Token[]): RawMention[] {
    const out: RawMention[] = [];
    let i = 0;
    while (i < tokens.length) {
      if (!this.canStart(tokens[i]!)) {
        i++;
        continue;
      }
      const m = this.mentionAt(tokens, i);
      if (!m) {
        i++;
        continue;
      }
      i = m.mention.endToken;
      if (this.isOutletName(tokens, m.mention)) continue;
      out.push(m.mention);
      if (m.list) i = this.continueList(tokens, i, m.mention.context, out);
    }
    return out;
  }

  /** `قناة القاهرة الإخبارية`, `تلفزيون سوريا`: a name that is an outlet's, not a place. */
  private isOutletName(tokens: readonly Token[], m: RawMention): boolean {
    if (m.firstToken !== m.nameFirst) return false;
    let before = m.firstToken - 1;
    while (before >= 0 && isQuote(tokens[before])) before--; // قناة "القاهرة الإخبارية"
    return isMediaWord(tokens[before]) || isMediaTrailingWord(tokens[m.nameEnd]);
  }

  /** One Set lookup per reading: most tokens (verbs, particles) start nothing and are passed by. */
  private canStart(t: Token): boolean {
    if (t.kind === 'punct') return false;
    for (const b of t.bases) if (this.startKeys.has(b)) return true;
    return false;
  }

  private mentionAt(tokens: readonly Token[], i: number): { mention: RawMention; list: boolean } | null {
    if (tokens[i]!.kind === 'punct') return null;
    const context: MentionContext = { ...NO_CONTEXT };
    let list = false;
    let firstBase: string | null = null;
    // The best name found so far, with the context read before it. A name may itself start with a
    // context word (`ريف دمشق`, `مخيم الهول`, `جبل الزاوية`): names are tried at every step, and
    // the one reaching furthest wins; on a tie, the one starting earlier (the name in its own right).
    let best: { name: NameMatch; context: MentionContext; list: boolean; viaSite: boolean } | null = null;
    const tryNameAt = (j: number) => {
      let name = this.names.matchAt(tokens, j);
      let viaSite = false;
      if (context.site) {
        const s = this.siteNames.matchAt(tokens, j);
        if (s && (!name || s.end >= name.end)) {
          name = s;
          viaSite = true;
        }
      }
      if (!name || (!viaSite && !this.vouched(name, context))) return;
      // after a settlement word the name stands bare: `قرية بوادي` is the village Bawadi, not ب + `وادي` (El Oued)
      if (j > i && context.settlement && prepositionStripped(tokens[j]!.norm, name.base)) return;
      if (!context.typed && isPersonsName(name.keys, name.base, tokens[name.end])) return;
      if (j === i && (this.notAPlace.has(tokens[i]!.norm) || NUNATION.test(tokens[i]!.text))) return;
      if (!best || name.end > best.name.end) best = { name, context: { ...context }, list, viaSite };
    };

    let j = i;
    const near = NEAR.matchAt(tokens, j);
    if (near) {
      tryNameAt(j);
      context.near = true;
      context.inside = isInsidePhrase(near.base);
      firstBase = near.base;
      j = near.end;
    }
    for (let k = 0; k <= MAX_CONTEXT_WORDS; k++) {
      while (j > i && isQuote(tokens[j])) j++;
      tryNameAt(j);
      const t = tokens[j];
      const cw = k < MAX_CONTEXT_WORDS ? contextWordAt(t) : null;
      if (cw) {
        const w = cw.word;
        if (w.role === 'countryside') context.countryside = true;
        else if (w.role === 'governorate') context.governorate = true;
        else if (w.role === 'site') context.site = true;
        else if (w.vouches) context.typed = true;
        context.settlement ||= w.settlement;
        context.quarter ||= w.quarter;
        list ||= w.list;
        firstBase ??= cw.base;
      } else if (context.countryside && isDirectionWord(t)) {
        context.direction = true; // الريف الجنوبي الشرقي لجسر الشغور
      } else break;
      j++;
    }
    const found = best as { name: NameMatch; context: MentionContext; list: boolean } | null;
    if (!found) return null;
    const atStart = found.name.first === i;
    return this.finish(tokens, i, found.name, atStart ? found.name.base : (firstBase ?? found.name.base), found.context, found.list);
  }

  /** A single-word name that is also a common word counts only after a place word. */
  private vouched(name: NameMatch, context: MentionContext): boolean {
    if (!this.commonKeys.has(name.keys.join(' '))) return true;
    return context.typed || context.countryside || context.governorate;
  }

  private finish(
    tokens: readonly Token[],
    first: number,
    name: NameMatch,
    firstBase: string,
    context: MentionContext,
    list: boolean,
  ): { mention: RawMention; list: boolean } {
    let end = name.end;
    const isSite = context.site || name.places.some((p) => SITE_KINDS.has(p.kind));
    for (let k = 0; k < MAX_TRAILING_WORDS; k++) {
      const t = tokens[end];
      if (isDirectionWord(t)) {
        context.direction = true;
        end++;
      } else if (isSite && isSiteTrailingWord(t)) end++;
      else break;
    }
    return {
      mention: {
        firstToken: first,
        endToken: end,
        firstBase,
        nameFirst: name.first,
        nameEnd: name.end,
        candidates: name.places,
        context,
      },
      list,
    };
  }

  /**
   * `ريفي حلب وإدلب`, `قرى جورين وسلحب ودير شميل`: names joined by و share the list's context. A
   * bracketed aside may stand between them (`قاعدتي الشعيرات (في ريف حمص) والطياس`): its own
   * mentions are read, and the list goes on after it.
   */
  private continueList(tokens: readonly Token[], i: number, context: MentionContext, out: RawMention[]): number {
    for (;;) {
      const aside = this.asideEnd(tokens, i);
      if (aside > i) {
        const before = out.length;
        for (let k = i + 1; k < aside - 1; ) {
          const m = this.canStart(tokens[k]!) ? this.mentionAt(tokens, k) : null;
          if (!m || m.mention.endToken > aside - 1) {
            k++;
            continue;
          }
          out.push(m.mention);
          k = m.mention.endToken;
        }
        const t = tokens[aside];
        if (!t || t.kind !== 'word' || !t.norm.startsWith('و')) return out.length > before ? aside : i;
        i = aside;
      }
      const t = tokens[i];
      if (!t || t.kind !== 'word' || !t.norm.startsWith('و')) return i;
      let name = this.names.matchAt(tokens, i);
      if (context.site) {
        // `قاعدتي الشعيرات والطياس`: the list's site word stands before every name in it
        const site = this.siteNames.matchAt(tokens, i);
        if (site && (!name || site.end >= name.end)) name = site;
      }
      if (!name || name.base === t.norm || !this.vouched(name, context) || this.notAPlace.has(t.norm)) return i;
      const next = this.finish(tokens, i, name, name.base, { ...context, direction: false }, false).mention;
      out.push(next);
      i = next.endToken;
    }
  }

  /** Index after a `( … )` aside starting at `i`, or `i` when there is none. */
  private asideEnd(tokens: readonly Token[], i: number): number {
    if (tokens[i]?.text !== '(') return i;
    for (let k = i + 1; k <= i + MAX_ASIDE_TOKENS && k < tokens.length; k++) {
      if (tokens[k]!.text === ')') return k + 1;
      if (tokens[k]!.text === '(') return i;
    }
    return i;
  }
}

/**
 * Nunation (`روسيًا`, `تحولاً`) marks an indefinite common noun or adjective; place names are
 * definite or diptote and do not take it.
 */
const NUNATION = /[\u064B-\u064D]/;

export const SITE_KINDS: ReadonlySet<string> = new Set(['airbase', 'port', 'base', 'border_crossing', 'site']);

/** Whether reading `base` out of a token took a preposition off its front (ب, ل, ك, with or without و/ف). */
function prepositionStripped(tokenNorm: string, base: string): boolean {
  if (!tokenNorm.endsWith(base) || tokenNorm === base) return false;
  return /[بلك]/.test(tokenNorm.slice(0, tokenNorm.length - base.length));
}
