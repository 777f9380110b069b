import { readFileSync } from 'node:fs';
import { NAME_TYPES, type NameType } from './constants.js';

/** One sentence of a tagged corpus: words as written and their IOB2 tags. */
export interface TaggedSentence {
  words: string[];
  tags: string[];
}

/** A name read from IOB2 tags: token range [first, end) and its type. */
export interface TagSpan {
  first: number;
  end: number;
  type: NameType;
}

// AQMAR spells its classes differently (PER, MIS0-3) and has a handful of typos (B-MIS-1, I--ORG, IO).
const TYPE_ALIASES: Record<string, NameType> = {
  PERS: 'PERS', PER: 'PERS', LOC: 'LOC', ORG: 'ORG', '-ORG': 'ORG', MISC: 'MISC', MIS: 'MISC',
};
const KNOWN_TYPES: ReadonlySet<string> = new Set(NAME_TYPES);

/**
 * A corpus tag in this tagger's IOB2 spelling. AQMAR's article-specific MIS0-3 and stray classes
 * (B-ENGLISH) map to MISC: they are names that are neither person, place nor organisation.
 */
export function canonicalTag(tag: string): string {
  const m = /^([BI])-?(.*)$/.exec(tag.replace(/[`\s]/g, ''));
  if (!m || m[2] === '' || m[2] === 'O') return 'O';
  const raw = m[2]!.toUpperCase();
  const type = TYPE_ALIASES[raw] ?? (/^MISS?-?\d?$/.test(raw) ? 'MISC' : KNOWN_TYPES.has(raw) ? raw : 'MISC');
  return `${m[1]}-${type}`;
}

/**
 * Reads `token TAG` lines (space or tab separated, blank line between sentences) into sentences.
 * A line with more than two fields keeps its first and last; invisible marks are stripped from the
 * token because the corpora carry stray LRM/RLM marks that are not part of the word.
 */
export function readTaggedFile(path: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length > 0) out.push({ words, tags: repairIob(tags) });
    words = [];
    tags = [];
  };
  for (const rawLine of readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const fields = rawLine.trim().split(/\s+/).filter((f) => f.length > 0);
    if (fields.length < 2) {
      flush();
      continue;
    }
    const word = fields[0]!.replace(/[\u200E\u200F\u202A-\u202E]/g, '');
    if (word.length === 0) continue;
    words.push(word);
    tags.push(canonicalTag(fields[fields.length - 1]!));
  }
  flush();
  return out;
}

/** An I- tag that does not continue a name of its type starts one (conlleval reads it the same way). */
function repairIob(tags: string[]): string[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return t;
    const prev = i > 0 ? tags[i - 1]! : 'O';
    return prev === 'O' || prev.slice(2) !== t.slice(2) ? `B-${t.slice(2)}` : t;
  });
}

/** The names in an IOB2 tag sequence (a stray I- starts a name, as in conlleval). */
export function spansOfTags(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | null = null;
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? null : (tag.slice(2) as NameType);
    const continues = open !== null && tag.startsWith('I-') && type === open.type;
    if (continues) {
      open!.end = i + 1;
      return;
    }
    if (open) spans.push(open);
    open = type ? { first: i, end: i + 1, type } : null;
  });
  if (open) spans.push(open);
  return spans;
}
