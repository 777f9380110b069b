import { TRACKING_PARAMS } from './constants.js';

/**
 * The form an article URL is remembered under: absolute, without fragment and click-tracking parameters,
 * so that the same article linked from a feed and a sitemap is fetched once. Null if not an http(s) URL.
 */
export function canonicalUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const drop = [...url.searchParams.keys()].filter((k) => TRACKING_PARAMS.test(k));
  for (const k of drop) url.searchParams.delete(k);
  return url.href;
}
