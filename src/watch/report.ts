/** The watch's words for a person: the one-line progress and the end-of-cycle summary. */
import type { CycleReport, WatchProgress } from './watcher.js';

/** `watch · cycle 2 · 5 sources · feeds 6/6 (4 unchanged, 1 failed) · new articles 12 · held 1 · errors 2` */
export function progressLine(p: WatchProgress): string {
  const c = p.current;
  const parts = [
    `watch · cycle ${p.cycle}`,
    `${p.sources} sources`,
    `feeds ${c.feeds.checked} (${c.feeds.unchanged} unchanged, ${c.feeds.failed} failed)`,
    `pages ${c.pages.fetched}`,
    `new articles ${p.totals.stored + c.pages.stored}`,
    `held ${p.totals.held + (p.done ? 0 : c.pages.held)}`,
    `errors ${p.totals.errors + (p.done ? 0 : c.errors.length)}`,
  ];
  return parts.join(' · ');
}

/** A cycle's report for stderr: one line of counts, then each error and note on its own line. */
export function formatCycle(r: CycleReport): string {
  const p = r.pages;
  const lines = [
    `cycle ${r.cycle}: feeds ${r.feeds.checked} checked, ${r.feeds.changed} changed, ${r.feeds.unchanged} unchanged, ${r.feeds.failed} failed; ` +
      `pages ${p.discovered} new in feeds, ${p.fetched} fetched: ${p.stored} stored (${p.nearDuplicates} near-duplicates), ` +
      `${p.duplicates} already stored, ${p.held} held (not Arabic), ${p.notArticles} not articles, ${p.disallowed} disallowed by robots.txt, ` +
      `${p.retrying} to retry, ${p.failed} failed; ${p.events} events; ${r.queued} queued`,
  ];
  for (const e of r.errors) {
    lines.push(`  error: ${e.what} ${e.url} (${e.source}): ${e.reason}${e.retryAt ? `; retry at ${e.retryAt}` : '; given up'}`);
  }
  for (const n of r.notes) lines.push(`  note: ${n}`);
  return lines.join('\n');
}
