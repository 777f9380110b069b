import type { Token } from '../types.js';
import { normalizeArabic, stripArticle } from '../arabic/index.js';
import type { GazetteerEntry } from './entry.js';

/** One written form of one or more places, as the sequence of token keys it is matched by. */
export interface NameForm {
  /** Token keys: normalised, leading article removed (`دير`, `زور`). */
  keys: string[];
  places: GazetteerEntry[];
}

export interface NameMatch {
  /** The matched token keys (of the longest form). */
  keys: string[];
  /** Every place written so; several forms of the same length pool their places (`الكويت` city and country). */
  places: GazetteerEntry[];
  /** Token index of the first and one past the last token of the name. */
  first: number;
  end: number;
  /** The reading of the first token that matched (clitics removed), to trim the mention start. */
  base: string;
}

/** Tokens that may sit inside a written name without being part of its key (`الـ T4`, `الصفا_التياس`). */
const INSIDE_NAME_FILLER = new Set(['ال', '-', '_', 'ـ']);

/** The key a token is matched by after the first token of a name: no clitics, article optional. */
export function tokenKey(t: Token): string {
  return t.kind === 'word' ? stripArticle(t.norm) : t.norm;
}

/** Marks a first key that must be written exactly, article and all. */
const EXACT = '=';

/**
 * The keys of a written name; punctuation (twin-name `_`, `-`) is not part of a key. With
 * `exactFirst` the first word must appear with or without its article just as the name has it:
 * `سورية` the country must not match the adjective `السورية`.
 */
export function nameKeys(name: string, exactFirst = false): string[] {
  // Same token boundaries as arabic/tokenize (word, number, Latin), without the per-token clitic
  // readings it computes: the gazetteer's ~25,000 names load several times faster.
  const out: string[] = [];
  for (const m of normalizeArabic(name).matchAll(NAME_TOKEN_RE)) {
    const [w, word] = m;
    if (INSIDE_NAME_FILLER.has(w)) continue;
    out.push(out.length === 0 && exactFirst ? EXACT + w : word ? stripArticle(w) : w);
  }
  return out;
}

/** tokenize's TOKEN_RE on normalised text, punctuation left out: (Arabic word) | number | Latin. */
const NAME_TOKEN_RE =
  /([\u0621-\u065F\u0670-\u06D3\u06D5-\u06ED\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\u200C\u200D]+)|[0-9]+(?:[.,\u066B\u066C][0-9]+)*|[a-z][a-z0-9\-]*/gu;

/**
 * All name forms by their first key, longest first, so that the first complete match found at a
 * position is the longest one (`دير الزور` before `دير`). One Map lookup per reading of a token.
 */
export class NameIndex {
  private readonly byFirst = new Map<string, NameForm[]>();
  private readonly byKeys = new Map<string, NameForm>();

  add(keys: string[], place: GazetteerEntry): void {
    if (keys.length === 0) return;
    const joined = keys.join(' ');
    let form = this.byKeys.get(joined);
    if (!form) {
      form = { keys, places: [] };
      this.byKeys.set(joined, form);
      const list = this.byFirst.get(keys[0]!);
      if (list) list.push(form);
      else this.byFirst.set(keys[0]!, [form]);
    }
    if (!form.places.includes(place)) form.places.push(place);
  }

  /** Every first key (exact-article keys without their mark), for a one-lookup pre-check per token. */
  firstKeys(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** Call once after the last add. */
  seal(): void {
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** The form with exactly these keys. */
  get(keys: string[]): NameForm | undefined {
    return this.byKeys.get(keys.join(' '));
  }

  /**
   * The longest name starting at token `i`. The first token may carry proclitics (`وبريف`,
   * `والباغوز`): each of its readings is tried, and on equal length the least-stripped reading wins
   * (`بانياس` is the town, not ب + `انياس`).
   */
  matchAt(tokens: readonly Token[], i: number): NameMatch | null {
    const t = tokens[i];
    if (!t || t.kind === 'punct') return null;
    let best: NameMatch | null = null;
    const readings = t.kind === 'word' ? t.bases : [t.norm];
    // bases are ordered most-stripped first; walk from the literal end so ties keep the literal reading
    for (let r = readings.length - 1; r >= 0; r--) {
      const base = readings[r]!;
      const keys = t.kind !== 'word' ? [base] : cliticOnly(t.norm, base) ? [stripArticle(base), EXACT + base] : [stripArticle(base)];
      for (const key of keys) {
        const list = this.byFirst.get(key);
        if (!list) continue;
        for (const form of list) {
          if (best && form.keys.length < best.keys.length) break;
          const end = matchRest(tokens, i + 1, form.keys);
          if (end < 0) continue;
          // `للبنان` is ل + لبنان (Lebanon) before it is ل + ال + بنان (an Aleppo village): a reading
          // written out in the token beats the one that restores an unwritten alef
          const restoresAlef = (b: string) => !t.norm.endsWith(b);
          if (!best || end > best.end || (end === best.end && restoresAlef(best.base) && !restoresAlef(base))) {
            best = { keys: form.keys, places: form.places, first: i, end, base };
          }
          else if (end === best.end && best.base === base) best.places = [...new Set([...best.places, ...form.places])];
          break;
        }
      }
    }
    return best;
  }
}

/** Token index after `keys[1..]` matched from `j`, or -1. Fillers between name tokens are skipped. */
function matchRest(tokens: readonly Token[], j: number, keys: string[]): number {
  for (let k = 1; k < keys.length; k++) {
    while (j < tokens.length && INSIDE_NAME_FILLER.has(tokens[j]!.norm)) j++;
    const t = tokens[j];
    if (!t || tokenKey(t) !== keys[k]) return -1;
    j++;
  }
  return j;
}

/** `base` is the token with only conjunctions/prepositions removed, not an article. */
function cliticOnly(norm: string, base: string): boolean {
  // ل + ال is written لل (`للعراق`, `للولايات المتحدة`): the reading `العراق` keeps the written article
  if (base.startsWith('ال') && !norm.endsWith(base)) return norm.endsWith(base.slice(1)) && LAM_BEFORE_ARTICLE.test(norm.slice(0, norm.length - base.length + 1));
  const n = norm.length - base.length;
  if (n > 2 || !norm.endsWith(base)) return false;
  for (let k = 0; k < n; k++) if (!CLITIC_LETTERS.includes(norm[k]!)) return false;
  return true;
}
const CLITIC_LETTERS = 'وفبلك';
/** What stands before `ل` + the article's lam: an optional conjunction and the preposition ل. */
const LAM_BEFORE_ARTICLE = /^[وف]?ل$/;

export const EXACT_MARK = EXACT;
