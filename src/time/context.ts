/** Token helpers shared by the parsers: lookups on normalised forms, adjacency, numbers. */
import type { Token } from '../types.js';
import { MAX_YEAR, MIN_YEAR } from './constants.js';

export interface ParsingContext {
  text: string;
  tokens: Token[];
  /** Publication year, when known: a bare number far beyond it is a count, not a year. */
  refYear: number | null;
}

/** The first reading of a word token (proclitics stripped, then as written) found in `dict`, or null. */
export function lookup<V>(token: Token | undefined, dict: ReadonlyMap<string, V>): V | null {
  if (!token || token.kind !== 'word') return null;
  for (const base of token.bases) {
    const v = dict.get(base);
    if (v !== undefined) return v;
  }
  return null;
}

/** True if some reading of the word token is in `set`. */
export function isWord(token: Token | undefined, set: ReadonlySet<string>): boolean {
  if (!token || token.kind !== 'word') return false;
  for (const base of token.bases) if (set.has(base)) return true;
  return false;
}

/** True if the word is written exactly as one of `set` (no proclitic stripped). */
export function isExactWord(token: Token | undefined, set: ReadonlySet<string>): boolean {
  return !!token && token.kind === 'word' && set.has(token.norm);
}

export function isPunct(token: Token | undefined, chars: ReadonlySet<string> | string): boolean {
  if (!token || token.kind !== 'punct') return false;
  return typeof chars === 'string' ? token.text === chars : chars.has(token.text);
}

/** Tokens i and i+1 belong to one phrase: no line break between them (a date never spans paragraphs). */
export function joined(ctx: ParsingContext, i: number): boolean {
  const a = ctx.tokens[i];
  const b = ctx.tokens[i + 1];
  if (!a || !b) return false;
  for (let k = a.end; k < b.start; k++) if (ctx.text.charCodeAt(k) === 10) return false;
  return true;
}

/** Nothing but the tokens themselves between i and i+1 (`13/12/2024`, `1st`). */
export function touching(ctx: ParsingContext, i: number): boolean {
  const a = ctx.tokens[i];
  const b = ctx.tokens[i + 1];
  return !!a && !!b && a.end === b.start;
}

/** A day of the month written in digits (1-31, at most two digits), or null. */
export function dayAt(ctx: ParsingContext, i: number): number | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'number' || t.value === null) return null;
  if (t.norm.length > 2 || !Number.isInteger(t.value) || t.value < 1 || t.value > 31) return null;
  return t.value;
}

/** A 4-digit year in the plausible range, or null. */
export function yearAt(ctx: ParsingContext, i: number, min = MIN_YEAR, max = MAX_YEAR): number | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'number' || t.value === null || t.norm.length !== 4) return null;
  return t.value >= min && t.value <= max ? t.value : null;
}
