/**
 * Per-outlet framing profiles: for each party or act, which words an outlet uses and how often, and the
 * share of each stance. Built from counts (the store keeps one row per article and term).
 */
import { framingLexicon, type Stance } from './lexicon.js';

export interface TermCount {
  outlet: string | null;
  term: string;
  referent: string;
  stance: Stance;
  /** Articles of the outlet that use the term. */
  articles: number;
}

export interface OutletProfile {
  outlet: string;
  articles: number;
  referents: Array<{
    referent: string;
    label: string;
    terms: Array<{ term: string; stance: Stance; articles: number }>;
    /** Share of the term uses per stance, 0..1. */
    stance: Record<Stance, number>;
  }>;
}

/** Unknown outlets are profiled together under this name. */
export const UNKNOWN_OUTLET = '(unknown)';

export function outletProfiles(counts: Iterable<TermCount>, articlesPerOutlet: Map<string | null, number>): OutletProfile[] {
  const lex = framingLexicon();
  const byOutlet = new Map<string, Map<string, TermCount[]>>();
  for (const c of counts) {
    const outlet = c.outlet ?? UNKNOWN_OUTLET;
    const refs = byOutlet.get(outlet) ?? new Map<string, TermCount[]>();
    refs.set(c.referent, [...(refs.get(c.referent) ?? []), c]);
    byOutlet.set(outlet, refs);
  }
  return [...byOutlet.entries()]
    .map(([outlet, refs]) => ({
      outlet,
      articles: articlesPerOutlet.get(outlet === UNKNOWN_OUTLET ? null : outlet) ?? 0,
      referents: [...refs.entries()]
        .map(([referent, terms]) => {
          const total = terms.reduce((n, t) => n + t.articles, 0);
          const share = (s: Stance) => terms.filter((t) => t.stance === s).reduce((n, t) => n + t.articles, 0) / total;
          return {
            referent,
            label: lex.referents[referent]?.label ?? referent,
            terms: terms.map((t) => ({ term: t.term, stance: t.stance, articles: t.articles })).sort((a, b) => b.articles - a.articles),
            stance: { sympathetic: share('sympathetic'), neutral: share('neutral'), hostile: share('hostile') },
          };
        })
        .sort((a, b) => a.referent.localeCompare(b.referent)),
    }))
    .sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
}
