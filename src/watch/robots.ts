/**
 * robots.txt (RFC 9309): the group for our product token (else `*`), its Allow/Disallow rules with `*`
 * and `$`, the longest matching rule deciding and Allow winning a tie; plus the common Crawl-delay.
 */
import { ROBOTS_PRODUCT_TOKEN } from './constants.js';

interface Rule {
  allow: boolean;
  /** The pattern as written (percent-encoding normalised), for its length. */
  pattern: string;
  matcher: RegExp;
}

export interface RobotsRules {
  /** May this path (with query) be fetched? */
  allows(pathAndQuery: string): boolean;
  /** Crawl-delay of our group in milliseconds, or null. */
  crawlDelayMs: number | null;
}

/** Everything allowed: no robots.txt (4xx), or an empty one. */
export const ALLOW_ALL: RobotsRules = { allows: () => true, crawlDelayMs: null };
/** Nothing allowed: robots.txt unreachable (5xx, network error), RFC 9309 §2.3.1.4. */
export const DISALLOW_ALL: RobotsRules = { allows: () => false, crawlDelayMs: null };

const LINE_RE = /^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$/;

/** Upper-case percent escapes, and escape what a URL path would (so `/ص` and `/%D8%B5` are one rule). */
function normalizePath(p: string): string {
  let out: string;
  try {
    out = encodeURI(decodeURI(p));
  } catch {
    out = p;
  }
  return out.replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase());
}

function compile(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const re = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${re}${anchored ? '$' : ''}`);
}

export function parseRobots(text: string, productToken = ROBOTS_PRODUCT_TOKEN): RobotsRules {
  const token = productToken.toLowerCase();
  interface Group { agents: string[]; rules: Rule[]; delay: number | null }
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '');
    const m = LINE_RE.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!;
    if (key === 'user-agent') {
      // consecutive user-agent lines share one group (RFC 9309 §2.2.1)
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], delay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      if (!value) continue; // an empty Disallow allows everything; an empty Allow says nothing
      const pattern = normalizePath(value);
      current.rules.push({ allow: key === 'allow', pattern, matcher: compile(pattern) });
    } else if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.delay = seconds * 1000;
    }
  }
  // our own group(s) if any name us, else the `*` group(s); rules of all matching groups are merged
  const ours = groups.filter((g) => g.agents.some((a) => a.replace(/\/.*$/, '').trim() === token));
  const chosen = ours.length ? ours : groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  const delay = chosen.map((g) => g.delay).find((d) => d !== null) ?? null;
  if (!rules.length) return { allows: () => true, crawlDelayMs: delay };
  return {
    crawlDelayMs: delay,
    allows(pathAndQuery) {
      const path = normalizePath(pathAndQuery || '/');
      if (path === '/robots.txt') return true;
      let best: Rule | null = null;
      for (const r of rules) {
        if (!r.matcher.test(path)) continue;
        if (!best || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow)) best = r;
      }
      return best ? best.allow : true;
    },
  };
}
