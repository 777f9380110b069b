/**
 * Polite HTTP for the watcher, on Node's built-in fetch: robots.txt checked before every hop, one
 * request at a time per host at the host's pace, conditional requests (ETag / Last-Modified), redirects
 * followed by hand (so each hop is checked), a time limit covering headers and body, a size cap, the
 * page's own charset, and a few quick retries with backoff for failures that may pass.
 */
import type { Clock } from './clock.js';
import { decodeBody } from './charset.js';
import {
  HOST_DELAY_MS,
  MAX_BODY_BYTES,
  MAX_CRAWL_DELAY_MS,
  MAX_REDIRECTS,
  MAX_RETRY_AFTER_MS,
  MAX_ROBOTS_BYTES,
  REQUEST_RETRIES,
  REQUEST_TIMEOUT_MS,
  RETRY_BASE_DELAY_MS,
  ROBOTS_TTL_MS,
  ROBOTS_UNREACHABLE_TTL_MS,
  USER_AGENT,
} from './constants.js';
import { HostRateLimiter } from './rate-limit.js';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type RobotsRules } from './robots.js';

export interface HttpOptions {
  clock: Clock;
  userAgent?: string;
  timeoutMs?: number;
  retries?: number;
  retryBaseMs?: number;
  hostDelayMs?: number;
  maxBytes?: number;
  /** Stops waiting (rate-limit slots, retry pauses) and in-flight requests. */
  signal?: AbortSignal;
}

export interface GetRequest {
  accept: string;
  /** Validators from the last successful fetch of this URL, for a conditional request. */
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | {
      kind: 'ok';
      /** Where the body came from, after redirects. */
      url: string;
      status: number;
      text: string;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      /** The first hop answered 301/308: the resource has a new address. */
      movedTo: string | null;
    }
  | { kind: 'not_modified'; url: string }
  | { kind: 'disallowed'; url: string }
  | {
      kind: 'failed';
      url: string;
      status: number | null;
      reason: string;
      /** Worth trying again later (network, timeout, 5xx, 429), unlike a 404. */
      retryable: boolean;
    };

/** A time limit is counted in about this many ticks, each between these bounds (see `once`). */
const TIMEOUT_TICKS = 10;
const MIN_TIMEOUT_TICK_MS = 10;
const MAX_TIMEOUT_TICK_MS = 250;

/** Statuses that say "not now" rather than "never". */
const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

interface Attempt {
  status: number;
  headers: Headers;
  bytes: Uint8Array | null;
}

export class HttpClient {
  readonly limiter: HostRateLimiter;
  private readonly robots = new Map<string, { rules: RobotsRules; until: number }>();
  private readonly robotsPending = new Map<string, Promise<RobotsRules>>();
  private readonly userAgent: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryBaseMs: number;
  private readonly maxBytes: number;

  constructor(private readonly opts: HttpOptions) {
    this.userAgent = opts.userAgent ?? USER_AGENT;
    this.timeoutMs = opts.timeoutMs ?? REQUEST_TIMEOUT_MS;
    this.retries = opts.retries ?? REQUEST_RETRIES;
    this.retryBaseMs = opts.retryBaseMs ?? RETRY_BASE_DELAY_MS;
    this.maxBytes = opts.maxBytes ?? MAX_BODY_BYTES;
    this.limiter = new HostRateLimiter(opts.hostDelayMs ?? HOST_DELAY_MS, opts.clock);
  }

  /** GET a URL politely. Never throws: every outcome is a FetchResult. */
  async get(url: string, req: GetRequest): Promise<FetchResult> {
    let current = url;
    let movedTo: string | null = null;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const target = new URL(current);
      const rules = await this.robotsFor(target.origin);
      if (!rules.allows(target.pathname + target.search)) return { kind: 'disallowed', url: current };
      const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: req.accept };
      if (hop === 0 && req.etag) headers['if-none-match'] = req.etag;
      if (hop === 0 && req.lastModified) headers['if-modified-since'] = req.lastModified;

      const r = await this.withRetries(current, headers, this.maxBytes);
      if ('reason' in r) return { kind: 'failed', url: current, status: r.status, reason: r.reason, retryable: r.retryable };
      if (r.status === 304) return { kind: 'not_modified', url: current };
      if (REDIRECT_STATUS.has(r.status)) {
        const location = r.headers.get('location');
        if (!location) return { kind: 'failed', url: current, status: r.status, reason: `HTTP ${r.status} without a Location`, retryable: false };
        const next = new URL(location, current);
        next.hash = '';
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          return { kind: 'failed', url: current, status: r.status, reason: `redirect to a non-http URL: ${location}`, retryable: false };
        }
        if (next.href === current) return { kind: 'failed', url: current, status: r.status, reason: 'redirects to itself', retryable: true };
        if (hop === 0 && (r.status === 301 || r.status === 308)) movedTo = next.href;
        current = next.href;
        continue;
      }
      if (r.status < 200 || r.status >= 300) {
        return { kind: 'failed', url: current, status: r.status, reason: `HTTP ${r.status}`, retryable: RETRYABLE_STATUS.has(r.status) };
      }
      const contentType = r.headers.get('content-type');
      const { text } = decodeBody(r.bytes ?? new Uint8Array(), contentType);
      return {
        kind: 'ok',
        url: current,
        status: r.status,
        text,
        contentType,
        etag: r.headers.get('etag'),
        lastModified: r.headers.get('last-modified'),
        movedTo,
      };
    }
    return { kind: 'failed', url: current, status: null, reason: `more than ${MAX_REDIRECTS} redirects`, retryable: false };
  }

  /** robots.txt of an origin, fetched once per ROBOTS_TTL_MS; concurrent callers share one fetch. */
  private robotsFor(origin: string): Promise<RobotsRules> {
    const cached = this.robots.get(origin);
    if (cached && cached.until > this.opts.clock.now()) return Promise.resolve(cached.rules);
    let pending = this.robotsPending.get(origin);
    if (!pending) {
      pending = this.fetchRobots(origin).finally(() => this.robotsPending.delete(origin));
      this.robotsPending.set(origin, pending);
    }
    return pending;
  }

  private async fetchRobots(origin: string): Promise<RobotsRules> {
    let url = `${origin}/robots.txt`;
    let rules: RobotsRules = DISALLOW_ALL;
    let ttl = ROBOTS_UNREACHABLE_TTL_MS;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const r = await this.withRetries(url, { 'user-agent': this.userAgent, accept: 'text/plain' }, MAX_ROBOTS_BYTES, true);
      if ('reason' in r) break; // unreachable: assume disallowed for a short while (RFC 9309 §2.3.1.4)
      if (REDIRECT_STATUS.has(r.status) && r.headers.get('location')) {
        url = new URL(r.headers.get('location')!, url).href;
        continue;
      }
      if (r.status >= 200 && r.status < 300) {
        rules = parseRobots(decodeBody(r.bytes ?? new Uint8Array(), r.headers.get('content-type')).text);
        ttl = ROBOTS_TTL_MS;
      } else if (r.status >= 400 && r.status < 500) {
        rules = ALLOW_ALL; // "unavailable": no rules (RFC 9309 §2.3.1.3)
        ttl = ROBOTS_TTL_MS;
      }
      break;
    }
    if (rules.crawlDelayMs !== null) this.limiter.setHostDelay(origin, Math.min(rules.crawlDelayMs, MAX_CRAWL_DELAY_MS));
    this.robots.set(origin, { rules, until: this.opts.clock.now() + ttl });
    return rules;
  }

  /** One request with quick retries for failures that may pass; a failure as {reason}. */
  private async withRetries(
    url: string,
    headers: Record<string, string>,
    maxBytes: number,
    truncateOversize = false,
  ): Promise<Attempt | { status: number | null; reason: string; retryable: boolean }> {
    let last: { status: number | null; reason: string; retryable: boolean } = { status: null, reason: 'not tried', retryable: true };
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (this.opts.signal?.aborted) return { status: null, reason: 'stopped', retryable: true };
      await this.limiter.wait(new URL(url).origin, this.opts.signal);
      let retryAfter: number | null = null;
      try {
        const r = await this.once(url, headers, maxBytes, truncateOversize);
        if (!RETRYABLE_STATUS.has(r.status)) return r;
        last = { status: r.status, reason: `HTTP ${r.status}`, retryable: true };
        retryAfter = parseRetryAfter(r.headers.get('retry-after'), this.opts.clock.now());
        if (retryAfter !== null && retryAfter > MAX_RETRY_AFTER_MS) return last; // wait for a later cycle
      } catch (err) {
        last = { status: null, reason: describeError(err, this.timeoutMs), retryable: !(err instanceof OversizeError) };
        // a host that let a request hang for the whole time limit will likely do it again: that waits for
        // the next cycle instead of holding this one for several more time limits
        if (err instanceof OversizeError || err instanceof TimeoutError || this.opts.signal?.aborted) return last;
      }
      if (attempt < this.retries) {
        const backoff = this.retryBaseMs * 2 ** attempt * (0.75 + Math.random() / 2);
        await this.opts.clock.sleep(Math.max(backoff, retryAfter ?? 0), this.opts.signal);
      }
    }
    return last;
  }

  private async once(url: string, headers: Record<string, string>, maxBytes: number, truncateOversize: boolean): Promise<Attempt> {
    const controller = new AbortController();
    // The limit counts the time this process was free to read the answer, in ticks: while the pipeline
    // reads an article the event loop is blocked, a late tick counts once, and that time is not charged
    // to the site (a plain timer would expire on a response that was waiting, complete, to be read).
    const tick = Math.max(MIN_TIMEOUT_TICK_MS, Math.min(MAX_TIMEOUT_TICK_MS, this.timeoutMs / TIMEOUT_TICKS));
    let waited = 0;
    const timer = setInterval(() => {
      waited += tick;
      if (waited >= this.timeoutMs) controller.abort(new TimeoutError());
    }, tick);
    const stop = () => controller.abort(new Error('stopped'));
    this.opts.signal?.addEventListener('abort', stop, { once: true });
    try {
      const res = await fetch(url, { headers, redirect: 'manual', signal: controller.signal });
      if (res.status === 304 || REDIRECT_STATUS.has(res.status) || !res.body) {
        await res.body?.cancel().catch(() => undefined);
        return { status: res.status, headers: res.headers, bytes: null };
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => undefined);
          if (!truncateOversize) throw new OversizeError(maxBytes);
          chunks.push(value.subarray(0, value.byteLength - (size - maxBytes)));
          size = maxBytes;
          break;
        }
        chunks.push(value);
      }
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        bytes.set(c, at);
        at += c.byteLength;
      }
      return { status: res.status, headers: res.headers, bytes };
    } catch (err) {
      // an abort surfaces as the signal's reason on some paths and as a generic AbortError on others
      throw controller.signal.aborted ? controller.signal.reason : err;
    } finally {
      clearInterval(timer);
      this.opts.signal?.removeEventListener('abort', stop);
    }
  }
}

class TimeoutError extends Error {
  override name = 'TimeoutError';
}
class OversizeError extends Error {
  override name = 'OversizeError';
  constructor(limit: number) {
    super(`larger than ${Math.round(limit / 1024 / 1024)} MB`);
  }
}

function describeError(err: unknown, timeoutMs: number): string {
  if (err instanceof TimeoutError) return `timed out after ${timeoutMs / 1000} s`;
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code) return `network error: ${cause.code}`;
    return cause?.message ? `${err.message}: ${cause.message}` : err.message;
  }
  return String(err);
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; null if absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
