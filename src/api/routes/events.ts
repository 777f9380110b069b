/** /api/events: the filtered list, one event with its evidence per field, its incident and corrections. */
import { Hono } from 'hono';
import { eventEvidence } from '../evidence.js';
import { ApiError, parseQuery, toFilter } from '../http.js';
import { SEARCH_TOTAL_CAP, type Store } from '../../store/index.js';
import { eventsQuery } from '../schemas.js';
import type { RouteDeps } from './deps.js';

/**
 * The event's incident when other reports join it (a lone report is no news to the analyst). Reports
 * whose event an analyst has since rejected stay in the incident until it is filed again; they are
 * marked so, not hidden.
 */
function incidentOf(store: Store, eventId: string) {
  const id = store.incidentOfEvent(eventId);
  const incident = id ? store.getIncident(id) : null;
  if (!incident || incident.reports.length < 2) return null;
  return { ...incident, reports: incident.reports.map((r) => ({ ...r, rejected: store.getEvent(r.event_id) === null })) };
}

export function eventRoutes({ store }: RouteDeps): Hono {
  const app = new Hono();

  app.get('/', (c) => {
    const q = parseQuery(c, eventsQuery);
    if (q.ids) {
      const events = store.eventsById(q.ids);
      return c.json({ total: events.length, limit: q.ids.length, offset: 0, events });
    }
    // a broad search is counted only up to the cap: the desk shows "أكثر من 10,000" rather than a slow exact total
    const { total, totalCapped, events } = store.listPage(toFilter(q), q.limit, q.offset, { totalCap: SEARCH_TOTAL_CAP });
    return c.json({ total, totalCapped: totalCapped ?? false, limit: q.limit, offset: q.offset, events });
  });

  app.get('/:id', (c) => {
    const id = c.req.param('id');
    const event = store.getEvent(id);
    if (!event) {
      const rejected = store.corrections({ eventId: id }).some((x) => x.field === 'reject' && x.reverted_at === null);
      throw new ApiError(404, 'not_found', rejected ? `event ${id} was rejected by an analyst` : `no such event: ${id}`);
    }
    const article = store.getArticle(event.article_id);
    return c.json({
      event,
      article: article && { id: article.id, title: article.title, outlet: article.outlet, published: article.published, url: article.url },
      evidence: article ? eventEvidence(article, event) : null,
      incident: incidentOf(store, event.event_id),
      corrections: store.corrections({ eventId: id }),
    });
  });

  return app;
}
