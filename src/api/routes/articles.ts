/** /api/articles/:id (the cleaned article, teasers apart, its events) and re-extraction. */
import { Hono } from 'hono';
import { pageFromInput } from '../../ingest/index.js';
import { extractPage } from '../../pipeline.js';
import { searchHits } from '../highlight.js';
import { ApiError, parseQuery } from '../http.js';
import { articleQuery } from '../schemas.js';
import type { RouteDeps } from './deps.js';

export function articleRoutes({ store }: RouteDeps): Hono {
  const app = new Hono();

  app.get('/:id', (c) => {
    const { q } = parseQuery(c, articleQuery);
    const article = store.getArticle(c.req.param('id'));
    if (!article) throw new ApiError(404, 'not_found', `no such article: ${c.req.param('id')}`);
    return c.json({
      article,
      events: store.eventsOfArticle(article.id),
      corrections: store.corrections({ articleId: article.id }),
      hits: q ? { body: searchHits(article.body, q), title: article.title ? searchHits(article.title, q) : [] } : null,
    });
  });

  /**
   * Reads a stored article again with the current pipeline (after a lexicon or gazetteer update). The
   * store keeps the cleaned text, so that is what is read; the article keeps its id, teasers and
   * metadata, and its corrections are applied again to the new events.
   */
  app.post('/:id/reextract', (c) => {
    const stored = store.getArticle(c.req.param('id'));
    if (!stored) throw new ApiError(404, 'not_found', `no such article: ${c.req.param('id')}`);
    const page = pageFromInput(
      { text: stored.body, title: stored.title ?? undefined, published: stored.published ?? undefined, outlet: stored.outlet ?? undefined, url: stored.url ?? undefined },
      stored.origin,
    );
    const ex = extractPage({ ...page, id: stored.id, sourceId: stored.sourceId });
    const article = { ...ex.article, teasers: stored.teasers, chrome: stored.chrome, keywords: stored.keywords };
    store.replaceExtraction({ ...ex, article });
    return c.json({ article: store.getArticle(stored.id), events: store.eventsOfArticle(stored.id) });
  });

  return app;
}
