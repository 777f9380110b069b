/**
 * The sources file: the outlets an analyst follows, each with its feeds and/or sitemaps. JSON, validated
 * at the edge with zod; every problem is reported with its place in the file (`sources[2].feeds[0]`), all
 * at once, so that a long file is fixed in one pass.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { z } from 'zod';
import { DEFAULT_INTERVAL_S, MIN_INTERVAL_S } from './constants.js';

/** Per-site cleaning hints: page chrome that the generic cleaner keeps. */
export interface CleaningHints {
  /** CSS selectors of elements removed before the article is extracted (`.related`, `#comments`). */
  dropSelectors: string[];
  /** Lines of the extracted text that contain one of these phrases are dropped (`جميع الحقوق محفوظة`). */
  dropPhrases: string[];
}

/** One outlet, validated and with absolute URLs. */
export interface Source {
  /** The outlet name: stored as every article's outlet. */
  name: string;
  /** The outlet's language (BCP 47 primary tag); a hint only, each page's own text decides. */
  language: string;
  /** The analyst's label for the outlet's stance or affiliation, if given ("Saudi-owned", "pro-government"). */
  stance: string | null;
  feeds: string[];
  sitemaps: string[];
  intervalSeconds: number;
  /** Items dated before this day (YYYY-MM-DD) are not fetched; null: no limit. */
  since: string | null;
  clean: CleaningHints;
}

export interface SourcesFile {
  sources: Source[];
}

/** A sources file that cannot be used; `problems` lists each one as `path: message`. */
export class SourcesError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `${problems.length} problems\n  ${problems.join('\n  ')}`}`);
    this.name = 'SourcesError';
  }
}

const INTERVAL_UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400 };
const INTERVAL_RE = /^(\d+(?:\.\d+)?)\s*([smhd])$/;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** "90s", "15m", "1h", "1d" or a number of seconds → seconds; null if unreadable. */
export function parseInterval(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null;
  const m = INTERVAL_RE.exec(value.trim().toLowerCase());
  return m ? Number(m[1]) * INTERVAL_UNITS[m[2]!]! : null;
}

const interval = z.union([z.number(), z.string()]).superRefine((v, ctx) => {
  const seconds = parseInterval(v);
  if (seconds === null) ctx.addIssue({ code: 'custom', message: `not an interval: ${JSON.stringify(v)} (use seconds or "90s", "15m", "1h", "1d")` });
  else if (seconds < MIN_INTERVAL_S) ctx.addIssue({ code: 'custom', message: `interval ${JSON.stringify(v)} is shorter than the minimum of ${MIN_INTERVAL_S} s` });
});

const urlList = z.array(z.string().min(1, 'empty URL'));

const sourceSchema = z.strictObject({
  name: z.string().trim().min(1, 'a source needs a name'),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'a language tag such as "ar" or "en"').default('ar'),
  stance: z.string().trim().min(1).optional(),
  feeds: urlList.default([]),
  sitemaps: urlList.default([]),
  interval: interval.optional(),
  since: z.string().regex(DAY_RE, 'a day as YYYY-MM-DD').optional(),
  clean: z
    .strictObject({
      dropSelectors: z.array(z.string().min(1)).default([]),
      dropPhrases: z.array(z.string().trim().min(1)).default([]),
    })
    .optional(),
  enabled: z.boolean().default(true),
});

const fileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Relative feed and sitemap URLs are resolved against it (so one file can point at any test server). */
  baseUrl: z.string().optional(),
  defaults: z.strictObject({ interval: interval.optional(), language: sourceSchema.shape.language.optional() }).optional(),
  sources: z.array(sourceSchema).min(1, 'no sources'),
});

function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(file)';
}

/**
 * Validate a parsed sources document. `baseUrl` (e.g. the CLI's --base-url) overrides the file's own;
 * relative URLs need one of them. Disabled sources are dropped.
 */
export function parseSources(data: unknown, file = 'sources', baseUrl?: string): SourcesFile {
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    throw new SourcesError(file, parsed.error.issues.map((i) => `${pathOf(i.path)}: ${i.message}`));
  }
  const doc = parsed.data;
  const problems: string[] = [];
  const base = baseUrl ?? doc.baseUrl;
  if (base !== undefined && !isHttpUrl(base)) problems.push(`baseUrl: not an http(s) URL: ${base}`);

  const resolve = (raw: string, where: string): string | null => {
    let url: URL;
    try {
      url = base !== undefined && isHttpUrl(base) ? new URL(raw, base) : new URL(raw);
    } catch {
      problems.push(`${where}: not a URL${base === undefined ? ' (relative URLs need a baseUrl)' : ''}: ${raw}`);
      return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      problems.push(`${where}: only http and https URLs can be watched: ${raw}`);
      return null;
    }
    url.hash = '';
    return url.href;
  };

  const seen = new Map<string, number>();
  // one URL, one owner: a feed polled twice would be fetched twice and its articles credited to either outlet
  const listedBy = new Map<string, string>();
  const sources: Source[] = [];
  doc.sources.forEach((s, i) => {
    const where = `sources[${i}]`;
    const key = s.name.normalize('NFC').toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push(`${where}.name: "${s.name}" is already the name of sources[${earlier}]`);
    seen.set(key, i);
    if (s.feeds.length === 0 && s.sitemaps.length === 0) problems.push(`${where}: give at least one URL in "feeds" or "sitemaps"`);
    const feeds = s.feeds.map((u, j) => resolve(u, `${where}.feeds[${j}]`)).filter((u): u is string => u !== null);
    const sitemaps = s.sitemaps.map((u, j) => resolve(u, `${where}.sitemaps[${j}]`)).filter((u): u is string => u !== null);
    for (const u of [...feeds, ...sitemaps]) {
      const other = listedBy.get(u);
      if (other !== undefined) problems.push(`${where}: ${u} is already listed by ${other}`);
      else listedBy.set(u, where);
    }
    if (!s.enabled) return;
    const every = s.interval ?? doc.defaults?.interval;
    sources.push({
      name: s.name,
      language: s.language ?? doc.defaults?.language ?? 'ar',
      stance: s.stance ?? null,
      feeds,
      sitemaps,
      intervalSeconds: every === undefined ? DEFAULT_INTERVAL_S : parseInterval(every)!,
      since: s.since ?? null,
      clean: s.clean ?? { dropSelectors: [], dropPhrases: [] },
    });
  });

  if (problems.length) throw new SourcesError(file, problems);
  return { sources };
}

/** Read and validate a sources file (JSON). */
export function loadSources(path: string, baseUrl?: string): SourcesFile {
  const ext = extname(path).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') {
    throw new SourcesError(path, ['YAML sources files are not supported yet; write the same structure as JSON']);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new SourcesError(path, [`cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new SourcesError(path, [`not valid JSON: ${err instanceof Error ? err.message : String(err)}`]);
  }
  return parseSources(data, path, baseUrl);
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
