/** /api/export: the current filter as a download — CSV (ACLED columns), GeoJSON, JSONL — and the gold file. */
import { Hono } from 'hono';
import { eventToJsonLine, eventsToCsv, eventsToGeoJson } from '../../export/index.js';
import { goldArticles, goldExpected } from '../gold.js';
import { parseQuery, toFilter } from '../http.js';
import { exportQuery } from '../schemas.js';
import type { RouteDeps } from './deps.js';

const TYPES = {
  csv: ['text/csv; charset=utf-8', 'csv'],
  geojson: ['application/geo+json', 'geojson'],
  jsonl: ['application/x-ndjson; charset=utf-8', 'jsonl'],
  gold: ['application/json; charset=utf-8', 'json'],
  'gold-articles': ['application/x-ndjson; charset=utf-8', 'jsonl'],
  corrections: ['application/x-ndjson; charset=utf-8', 'jsonl'],
} as const;

const FILE_STEM: Record<keyof typeof TYPES, string> = {
  csv: 'rasd-events', geojson: 'rasd-events', jsonl: 'rasd-events', gold: 'expected', 'gold-articles': 'articles', corrections: 'rasd-corrections',
};

export function exportRoutes({ store }: RouteDeps): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    const q = parseQuery(c, exportQuery);
    const filter = toFilter(q);
    let body: string;
    switch (q.format) {
      case 'csv': body = eventsToCsv(store.events(filter)); break;
      case 'geojson': body = JSON.stringify(eventsToGeoJson(store.events(filter))); break;
      case 'jsonl': body = store.events(filter).map((e) => eventToJsonLine(e) + '\n').join(''); break;
      case 'gold': body = JSON.stringify(goldExpected(store), null, 1); break;
      case 'gold-articles': body = goldArticles(store).map((l) => l + '\n').join(''); break;
      case 'corrections': body = [...store.allCorrections()].map((x) => JSON.stringify(x) + '\n').join(''); break;
    }
    const [type, ext] = TYPES[q.format];
    return c.body(body, 200, {
      'content-type': type,
      'content-disposition': `attachment; filename="${FILE_STEM[q.format]}.${ext}"`,
    });
  });
  return app;
}
