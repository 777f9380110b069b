// The view's state lives in the URL, so that a view can be shared or bookmarked: the filters, the
// list's page, the open event and the language. Nothing else is remembered between loads.

export const FILTER_KEYS = ['from', 'to', 'type', 'admin1', 'actor', 'outlet', 'background', 'q'];

/**
 * @typedef {{ from: string, to: string, type: string, admin1: string, actor: string, outlet: string,
 *   background: string, q: string, offset: number, event: string, lang: 'ar' | 'en' }} DeskState
 */

/** @returns {DeskState} */
export function readState(url = new URL(location.href)) {
  const p = url.searchParams;
  const lang = p.get('lang') === 'en' ? 'en' : 'ar';
  const offset = Number(p.get('offset') || 0);
  return {
    from: p.get('from') || '', to: p.get('to') || '', type: p.get('type') || '', admin1: p.get('admin1') || '',
    actor: p.get('actor') || '', outlet: p.get('outlet') || '', background: p.get('background') || '', q: p.get('q') || '',
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0, event: p.get('event') || '', lang,
  };
}

/** The URL of a state: only what differs from the defaults, in a fixed order. @param {DeskState} s */
export function stateUrl(s) {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s[k]) p.set(k, s[k]);
  if (s.offset) p.set('offset', String(s.offset));
  if (s.event) p.set('event', s.event);
  if (s.lang !== 'ar') p.set('lang', s.lang);
  const qs = p.toString();
  return qs ? `/?${qs}` : '/';
}

/** The filter as API query parameters. @param {DeskState} s @param {Record<string, string | number>} [extra] */
export function filterParams(s, extra = {}) {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s[k]) p.set(k, s[k]);
  for (const [k, v] of Object.entries(extra)) p.set(k, String(v));
  return p.toString();
}
