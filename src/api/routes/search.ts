/** /api/search: articles through the store's Arabic full-text index, with the matched words located. */
import { Hono } from 'hono';
import { searchHits } from '../highlight.js';
import { parseQuery } from '../http.js';
import { searchQuery } from '../schemas.js';
import type { RouteDeps } from './deps.js';

/** Characters of context shown around the first hit: about one line of Arabic text in the results list. */
const SNIPPET_RADIUS = 90;

export function searchRoutes({ store }: RouteDeps): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    const q = parseQuery(c, searchQuery);
    const { total, totalCapped, hits } = store.searchArticles(q.q, { limit: q.limit, offset: q.offset });
    const results = hits.map((h) => {
      const body = store.getArticle(h.id)?.body ?? '';
      const spans = searchHits(body, q.q);
      const first = spans[0];
      const start = first ? Math.max(0, first.start - SNIPPET_RADIUS) : 0;
      const end = Math.min(body.length, (first?.end ?? 0) + SNIPPET_RADIUS);
      return {
        ...h,
        snippet: {
          text: body.slice(start, end),
          start,
          hits: spans.filter((s) => s.start >= start && s.end <= end).map((s) => ({ start: s.start - start, end: s.end - start })),
        },
      };
    });
    // totalCapped: more than `total` articles match (the store counts up to SEARCH_TOTAL_CAP)
    return c.json({ total, totalCapped, limit: q.limit, offset: q.offset, results });
  });
  return app;
}
