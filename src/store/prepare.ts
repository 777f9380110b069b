/**
 * What the store derives from an extraction without looking at the database: the near-duplicate
 * fingerprint, the search form of the text, the framing terms of the article and of each event, the
 * wording of each event's evidence. They are
 * pure functions of the extraction, so the parallel import computes them in the extraction threads
 * (src/scale/extract-task.ts) and the one thread that writes only writes: they were ~15% of its time. A
 * caller without them (one page at a time) lets putReport compute them itself; the result is the same.
 */
import { splitSentences } from '../arabic/index.js';
import { type ArticleFingerprint, evidenceWording, fingerprintArticle } from '../cluster/index.js';
import { findFramingTerms, reportTerms } from '../framing/index.js';
import type { CleanArticle, Extraction } from '../types.js';
import { toSearchForm } from './searchForm.js';

export interface TermUse {
  term: string;
  referent: string;
  stance: string;
  uses: number;
}

export interface ReportTerm {
  text: string;
  term: string;
  referent: string;
  stance: string;
}

export interface PreparedReport {
  fingerprint: ArticleFingerprint;
  /** The title and body in search form (searchForm.ts). */
  search: string;
  /** The article's framing terms, one entry per term with its count, in order of first use. */
  terms: TermUse[];
  /** Per event (same order as the extraction's events), the framing terms its report carries. */
  eventTerms: ReportTerm[][];
  /** Per event, its evidence sentence's wording (what incident joins compare of it). */
  eventWordings: string[];
}

/** Title and body only: teasers are other articles glued on by the site, not this one's text. */
export function searchText(a: CleanArticle): string {
  return toSearchForm(a.title ? `${a.title}\n${a.body}` : a.body);
}

export function prepareReport(ex: Extraction): PreparedReport {
  const a = ex.article;
  const found = findFramingTerms(a.body);
  const uses = new Map<string, TermUse>();
  for (const t of found) {
    const u = uses.get(t.term);
    if (u) u.uses++;
    else uses.set(t.term, { term: t.term, referent: t.referent, stance: t.stance, uses: 1 });
  }
  const sentences = ex.events.length ? splitSentences(a.body) : [];
  // events of one sentence (one per governorate) share its evidence: each sentence is tokenized once
  // (a sixth of the events on the scale benchmark's corpus)
  const wordings = new Map<string, string>();
  const wordingOf = (text: string) => {
    let w = wordings.get(text);
    if (w === undefined) wordings.set(text, (w = evidenceWording(text)));
    return w;
  };
  return {
    fingerprint: fingerprintArticle(a),
    search: searchText(a),
    terms: [...uses.values()],
    eventTerms: ex.events.map((e) =>
      reportTerms(a.body, found, e, sentences).map((t) => ({ text: t.text, term: t.term, referent: t.referent, stance: t.stance })),
    ),
    eventWordings: ex.events.map((e) => wordingOf(e.evidence.text)),
  };
}
