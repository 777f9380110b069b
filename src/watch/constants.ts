/**
 * Tunable limits of the watcher. Every number that decides how politely and how patiently rasd talks to
 * news sites lives here, with the reason for its value. Data only; the machinery is in the other files.
 */

/** Sent with every request, so that site operators can tell who is fetching and why. */
export const USER_AGENT = 'rasd/0.1 (Arabic conflict-news monitor; +https://github.com/rasd-project/rasd)';

/** The product token robots.txt groups are matched against (RFC 9309 §2.2.1: case-insensitive). */
export const ROBOTS_PRODUCT_TOKEN = 'rasd';

/**
 * A request that has not finished (headers and body) after this long is abandoned. News sites answer in
 * well under a second; 20 s covers a slow origin behind a cold CDN without letting one dead host hold a
 * polling cycle for minutes.
 */
export const REQUEST_TIMEOUT_MS = 20_000;

/**
 * Bodies larger than this are cut off and the fetch fails. The largest real feeds and sitemaps (50,000 URLs)
 * are about 10 MB; article pages with inline scripts a few MB.
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Redirect hops followed before giving up (RFC 9309 asks robots.txt fetchers for at least five). */
export const MAX_REDIRECTS = 5;

/**
 * Immediate retries of a failed request (network error, 5xx, 429) inside one cycle, before the failure
 * is recorded. Two catch the usual blip (a restarting server, a dropped connection) without hammering a
 * host that is really down; the next cycles retry with a longer backoff. A timeout is not retried at
 * once: it has already cost a whole REQUEST_TIMEOUT_MS.
 */
export const REQUEST_RETRIES = 2;

/** First pause between immediate retries; doubled each time, with jitter so that workers do not align. */
export const RETRY_BASE_DELAY_MS = 1_000;

/** A server's Retry-After is obeyed up to this long inside a cycle; longer waits move to the next cycles. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Minimum pause between two requests to one host (scheme, name and port). One request a second is the
 * usual courtesy rate for a crawler; a robots.txt Crawl-delay raises it.
 */
export const HOST_DELAY_MS = 1_000;

/** A robots.txt Crawl-delay above this is capped: a site asking for minutes per page would stall the watch. */
export const MAX_CRAWL_DELAY_MS = 60_000;

/** RFC 9309 §2.4: a cached robots.txt should not be used for more than 24 hours. */
export const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * When robots.txt cannot be fetched (5xx, network), RFC 9309 says to assume everything is disallowed; the
 * verdict is kept only this long so that the host is asked again soon.
 */
export const ROBOTS_UNREACHABLE_TTL_MS = 10 * 60 * 1000;

/** robots.txt files larger than this are read only up to it (RFC 9309 §2.5 sets at least 500 KiB). */
export const MAX_ROBOTS_BYTES = 512 * 1024;

/** Poll interval of a source that gives none. A quarter hour keeps a news desk current without load. */
export const DEFAULT_INTERVAL_S = 15 * 60;

/**
 * The shortest poll interval a sources file may ask for. Polling a feed more often than every minute
 * gains nothing (outlets publish a few items an hour) and gets crawlers blocked.
 */
export const MIN_INTERVAL_S = 60;

/**
 * After a feed or page fails, it is tried again after this long, doubled with each further failure
 * (1, 2, 4, 8 … minutes), capped by MAX_BACKOFF_MS.
 */
export const FAILURE_BACKOFF_BASE_MS = 60_000;

/** The longest a failing feed or page waits between attempts: a site down for a day is still re-tried. */
export const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;

/**
 * A page that has failed this many times is given up (status `failed`) and reported; with the backoff
 * above, that is about a day of trying.
 */
export const MAX_PAGE_ATTEMPTS = 8;

/**
 * At most this many article pages are fetched per cycle. The first poll of a sitemap can list thousands
 * of URLs; the rest stay queued for the next cycles, newest first, so that fresh news is never behind
 * an archive.
 */
export const MAX_PAGES_PER_CYCLE = 200;

/**
 * Of a sitemap index, only the child sitemaps most recently modified are read. News sites shard sitemaps
 * by day or month; the newest few hold today's articles, the rest are archive.
 */
export const MAX_CHILD_SITEMAPS = 3;

/** Feeds (and hosts) fetched at the same time. Per-host politeness is kept by the rate limiter. */
export const FETCH_CONCURRENCY = 4;

/** The longest the polling loop sleeps in one go, so that a stop signal or a new due item is seen soon. */
export const MAX_SLEEP_MS = 60_000;

/** Query parameters that only track a click (utm_*, fbclid …); dropped so one article is one URL. */
export const TRACKING_PARAMS = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|ref_src|at_medium|at_campaign)$/i;
