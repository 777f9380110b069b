/** /api/stats (counts for the filter: by type, governorate, outlet; the timeline) and /api/map (points). */
import { Hono } from 'hono';
import type { EventType } from '../../types.js';
import { parseQuery, toFilter } from '../http.js';
import { filterQuery, mapPointQuery, statsQuery } from '../schemas.js';
import { timelineBars } from '../timeline.js';
import { EVENT_TYPE_NAMES } from '../vocabulary.js';
import type { RouteDeps } from './deps.js';

/** The key for events whose governorate or outlet the text did not give (not a real name, so no clash). */
export const UNKNOWN_KEY = '(unknown)';

const asRecord = (rows: { value: string | null; events: number }[]) =>
  Object.fromEntries(rows.map((r) => [r.value ?? UNKNOWN_KEY, r.events]));

/**
 * A map place on the wire: [lat, lon, index into `types` of its main type, events, fatalities or null,
 * event id when single or null].
 * Arrays, not objects: at 100k events the map carries thousands of points, and key names would
 * double the bytes the browser parses on every filter change.
 */
export type WirePoint = [number, number, number, number, number | null, string | null];

export function statsRoutes({ store }: RouteDeps): Hono {
  const app = new Hono();
  // shared across requests: a type outside the vocabulary keeps the index it was first given
  const types: EventType[] = [...EVENT_TYPE_NAMES];
  const typeIndex = new Map<string, number>(types.map((t, i) => [t, i]));

  app.get('/stats', (c) => {
    const q = parseQuery(c, statsQuery);
    const filter = toFilter(q);
    const facets = store.facets(filter);
    return c.json({
      events: facets.total,
      byType: asRecord(facets.event_type),
      byAdmin1: asRecord(facets.admin1),
      byOutlet: asRecord(facets.outlet),
      timeline: timelineBars(store.timeline(filter), q.bucket),
    });
  });

  app.get('/map', (c) => {
    const view = store.mapPoints(toFilter(parseQuery(c, filterQuery)));
    const points: WirePoint[] = view.points.map((p) => {
      let t = typeIndex.get(p.type);
      if (t === undefined) {
        t = types.push(p.type) - 1;
        typeIndex.set(p.type, t);
      }
      return [p.lat, p.lon, t, p.events, p.fatalities, p.id];
    });
    return c.json({ types: types.slice(), points, unplaced: view.unplaced });
  });

  app.get('/map/events', (c) => {
    const { lat, lon, ...rest } = parseQuery(c, mapPointQuery);
    return c.json({ events: store.eventsAt(lat, lon, toFilter(rest)) });
  });

  return app;
}
