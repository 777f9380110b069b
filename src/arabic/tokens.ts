import type { Sentence, Token, TokenKind } from '../types.js';
import { procliticReadings } from './clitics.js';
import { gluedCut } from './glued.js';
import { foldDigits, normalizeArabic } from './normalize.js';

/**
 * Word tokens with offsets into the original text. An Arabic word includes its harakat and tatweel
 * (they are inside the word on screen); Arabic punctuation (، ؛ ؟) and digits are not letters.
 */
const TOKEN_RE =
  /([\u0621-\u065F\u0670-\u06D3\u06D5-\u06ED\u06FA-\u06FF\u0640\u0750-\u077F\u08A0-\u08FF\u200C\u200D]+)|([0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*)|([A-Za-z][A-Za-z0-9\-]*)|(\S)/gu;

/**
 * News repeats its words: the same few thousand forms make most of every article. Their matching forms
 * are computed once and kept, up to WORD_CACHE_LIMIT forms (then the cache starts over, so memory stays
 * bounded on a stream of millions of pages).
 */
const WORD_CACHE_LIMIT = 200_000;
const wordCache = new Map<string, { norm: string; bases: string[]; cuts: number[] | null }>();

/**
 * Pages scraped from markup lose the space between two inline elements (`المقاومةقاعدة`,
 * `ونفىمصدر`, `صاروخاًعلى`). A word never holds ة or ى before another letter, nor a fatha tanween
 * unless an alef carries it (`متفجرًا`), so these marks end a word wherever they stand (but ىء is the
 * old spelling of ئ: `قارىء`).
 */
const GLUED_WORD_END = /[\u0629\u0649\u064B][\u064B-\u065F\u0670]*(?=[\u0622-\u064A\u0671-\u06D3])/gu;

function gluedCuts(written: string): number[] | null {
  const cuts: number[] = [];
  for (const m of written.matchAll(GLUED_WORD_END)) {
    const at = m.index + m[0].length;
    if (m[0][0] === '\u064B' && (written[at] === '\u0627' || written[at] === '\u0649')) continue;
    cuts.push(at);
  }
  // the joins no mark shows: each piece is looked up in the newswire word list (glued.ts)
  const bounds = [0, ...cuts, written.length];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const at = unmarkedCut(written.slice(bounds[i]!, bounds[i + 1]!));
    if (at !== null) cuts.push(bounds[i]! + at);
  }
  return cuts.length > 0 ? cuts.sort((a, b) => a - b) : null;
}

/** A fatha tanween on or before a final alef (`مقراً`, `مقرًا`): an indefinite noun in the accusative. */
const ACCUSATIVE_END = /(?:\u0627\u064B|\u064B\u0627)$/u;

/** gluedCut on the normalised form, mapped back to an offset in the written one (harakat and tatweel fold away). */
function unmarkedCut(written: string): number | null {
  const cut = gluedCut(normalizeArabic(written), ACCUSATIVE_END.test(written));
  if (cut === null) return null;
  let letters = 0;
  for (let k = 0; k < written.length; k++) {
    if (normalizeArabic(written[k]!).length === 0) continue;
    if (letters === cut) return k;
    letters++;
  }
  return null;
}

function wordForms(written: string): { norm: string; bases: string[]; cuts: number[] | null } {
  let forms = wordCache.get(written);
  if (!forms) {
    const norm = normalizeArabic(written);
    forms = { norm, bases: procliticReadings(norm), cuts: gluedCuts(written) };
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(written, forms);
  }
  return forms;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const written = m[0];
    const kind: TokenKind = m[1] ? 'word' : m[2] ? 'number' : m[3] ? 'latin' : 'punct';
    if (kind === 'word') {
      const forms = wordForms(written);
      const pieces = forms.cuts ? [0, ...forms.cuts].map((from, i, all) => [from, all[i + 1] ?? written.length] as const) : [[0, written.length] as const];
      for (const [from, to] of pieces) {
        const piece = forms.cuts ? written.slice(from, to) : written;
        const { norm, bases } = forms.cuts ? wordForms(piece) : forms;
        if (norm.length === 0) continue; // a lone tatweel or diacritic
        // a copy of the cached readings: callers may not share one array between tokens
        tokens.push({ text: piece, start: start + from, end: start + to, kind, norm, bases: bases.slice(), value: null });
      }
      continue;
    }
    const norm = kind === 'punct' ? written : normalizeArabic(written);
    tokens.push({
      text: written,
      start,
      end: start + written.length,
      kind,
      norm,
      bases: [norm],
      value: kind === 'number' ? parseNumber(written) : null,
    });
  }
  return tokens;
}

function parseNumber(written: string): number | null {
  // Arabic decimal separator ٫ and thousands separator ٬; a Latin comma between digit groups is thousands.
  const ascii = foldDigits(written).replace(/\u066B/g, '.').replace(/[\u066C,]/g, '');
  const n = Number(ascii);
  return Number.isFinite(n) ? n : null;
}

// A sentence ends at . ! ? ؟ or … followed by space, a closing quote or the end; and always at a line break.
const SENTENCE_END_RE = /[.!?\u061F\u2026]+["'»”\u201D)]*(?=\s|$)|\n+/gu;

/** Sentences with offsets, trimmed; empty stretches are dropped. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (end: number) => {
    let s = from;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (const m of text.matchAll(SENTENCE_END_RE)) {
    const end = m.index + m[0].length;
    push(m[0].startsWith('\n') ? m.index : end);
    from = end;
  }
  push(text.length);
  return out;
}
