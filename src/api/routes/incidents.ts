/** /api/incidents: one happening and all its reports (src/cluster, filed by the store as articles arrive). */
import { Hono } from 'hono';
import { z } from 'zod';
import type { IncidentFilter } from '../../store/incidents.js';
import { MAX_INCIDENTS } from '../constants.js';
import { ApiError, parseQuery } from '../http.js';
import { filterShape } from '../schemas.js';
import type { RouteDeps } from './deps.js';

const count = (what: string) =>
  z.coerce.number({ message: `${what}: expected a number` }).int(`${what}: expected an integer`).min(1, `${what}: at least 1`);

export const incidentsQuery = z
  .object({
    from: filterShape.from,
    to: filterShape.to,
    type: filterShape.type,
    admin1: filterShape.admin1,
    minReports: count('minReports').optional().describe('at least this many reports'),
    minOutlets: count('minOutlets').optional().describe('at least this many independent outlets'),
    disagreeing: z.enum(['true', 'false'], { message: 'disagreeing: expected true or false' }).transform((v) => v === 'true').optional()
      .describe('only incidents whose reports disagree on something'),
    limit: count('limit').max(MAX_INCIDENTS, `limit: at most ${MAX_INCIDENTS}`).default(50).describe('incidents per page'),
    offset: z.coerce.number({ message: 'offset: expected a number' }).int().min(0, 'offset: at least 0').default(0).describe('incidents to skip'),
  })
  .strict();

export function incidentRoutes({ store }: RouteDeps): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    const q = parseQuery(c, incidentsQuery);
    const filter: IncidentFilter = {};
    for (const k of ['from', 'to', 'type', 'admin1', 'minReports', 'minOutlets', 'disagreeing'] as const) {
      if (q[k] !== undefined) (filter as Record<string, unknown>)[k] = q[k];
    }
    return c.json({
      total: store.countIncidents(filter),
      limit: q.limit,
      offset: q.offset,
      incidents: store.incidents({ ...filter, limit: q.limit, offset: q.offset }),
    });
  });
  app.get('/:id', (c) => {
    const incident = store.getIncident(c.req.param('id'));
    if (!incident) throw new ApiError(404, 'not_found', `no such incident: ${c.req.param('id')}`);
    return c.json({ incident });
  });
  return app;
}
