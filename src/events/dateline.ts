import type { Place, PlaceMention, Reading, Token } from '../types.js';

/**
 * `بغداد (رويترز) -`, `القدس - ا ف ب:`, `استنبول - قنا - ا ف ب:`: a place that opens a paragraph and
 * is followed at once by a dash or an agency in brackets is the dateline, where the report was filed.
 * It is not where the news happened (`بغداد - ا ف ب: أحرز العراق والامم المتحدة تقدما خلال
 * محادثاتهما في نيويورك`): the events stage reads it only as the country of news that names no place.
 */
const DATELINE_MARKS = new Set(['-', '–', '—', '(']);

/** The dateline place mentions of an article: at most one per paragraph, at its very start. */
export function datelinePlaces(reading: Reading, text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const p of reading.places) {
    if (!opensParagraph(text, p.start)) continue;
    const next = tokenAfter(reading.tokens, p.end);
    if (next && DATELINE_MARKS.has(next.text)) out.push(p);
  }
  return out;
}

function opensParagraph(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, text.lastIndexOf('\n', start - 1) + 1), start);
  return before.trim() === '';
}

function tokenAfter(tokens: readonly Token[], offset: number): Token | undefined {
  // tokens are in text order: the first one starting at or after the offset
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo];
}

const countryPlaces = new Map<string, Place>();

/**
 * The dateline's country as a place of its own (precision 3): news with no place of its own is
 * told from the country the agency filed in, not from its city (`أوقفت الشرطة التركية … خلال
 * تظاهرات شهدتها عدة مدن تركية` under `استنبول -`). Written as no location: the text names none.
 */
export function datelineCountry(dateline: PlaceMention): PlaceMention {
  const { country } = dateline.place;
  let place = countryPlaces.get(country);
  if (!place) {
    place = { id: `dateline-country:${country}`, name_ar: '', name_en: country, kind: 'country', lat: null, lon: null,
      country, admin1: null, admin2: null, admin3: null, source: dateline.place.source };
    countryPlaces.set(country, place);
  }
  return { start: dateline.start, end: dateline.end, text: '', place, precision: 3, reason: 'the country of the dateline' };
}
