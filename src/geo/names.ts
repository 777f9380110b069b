import type { Token } from '../types.js';
import { stripArticle, tokenize } from '../arabic/index.js';
import type { GazetteerEntry } from './entry.js';

/** One written form of one or more places, as the sequence of token keys it is matched by. */
export interface NameForm {
  /** Token keys: normalised, leading article removed (`دير`, `زور`). */
  keys: string[];
  places: GazetteerEntry[];
}

export interface NameMatch {
  form: NameForm;
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

/** The keys of a written name; punctuation (twin-name `_`, `-`) is not part of a key. */
export function nameKeys(name: string): string[] {
  return tokenize(name)
    .filter((t) => t.kind !== 'punct' && !INSIDE_NAME_FILLER.has(t.norm))
    .map(tokenKey);
}

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
      const list = this.byFirst.get(t.kind === 'word' ? stripArticle(base) : base);
      if (!list) continue;
      for (const form of list) {
        if (best && form.keys.length <= best.form.keys.length) break;
        const end = matchRest(tokens, i + 1, form.keys);
        if (end >= 0) {
          best = { form, first: i, end, base };
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
