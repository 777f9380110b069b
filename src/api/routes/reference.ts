/**
 * What the desk's forms and map need besides events: the coding vocabulary, actors and places to
 * pick from when correcting, and the boundaries to draw.
 */
import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';
import { normalizeArabic } from '../../arabic/index.js';
import { ActorRegistry } from '../../entities/index.js';
import { Gazetteer } from '../../geo/index.js';
import { CORRECTION_FIELDS } from '../../store/index.js';
import type { GeoPrecision, Place, PlaceKind } from '../../types.js';
import { ApiError, parseQuery } from '../http.js';
import { boundaryFile } from '../paths.js';
import { lookupQuery } from '../schemas.js';
import { ADMIN1_NAMES, EVENT_TYPES } from '../vocabulary.js';
import type { RouteDeps } from './deps.js';

/** Picker lists stay short enough to read; a longer list means the analyst should type more. */
const MAX_CHOICES = 20;

/** The precision an event coded at this place gets (GUIDE.md: 1 the place itself, 3 a governorate or wider). */
const PRECISION_OF_KIND: Partial<Record<PlaceKind, GeoPrecision>> = {
  country: 3, admin1: 3, admin2: 2, admin3: 2, region: 2, desert: 2, mountain_range: 2, river: 2,
};

/** A gazetteer place as the values a place correction sets. */
function placeValue(p: Place) {
  return {
    location: p.name_ar,
    location_en: p.name_en || null,
    country: p.country || null,
    admin1: p.admin1,
    admin2: p.admin2,
    admin3: p.admin3,
    latitude: p.lat,
    longitude: p.lon,
    geo_precision: PRECISION_OF_KIND[p.kind] ?? 1,
  };
}

export function referenceRoutes({ store }: RouteDeps): Hono {
  const app = new Hono();

  app.get('/vocabulary', (c) => {
    const stats = store.stats();
    return c.json({
      eventTypes: EVENT_TYPES,
      admin1: Object.entries(ADMIN1_NAMES).map(([name_en, name_ar]) => ({ name_en, name_ar })),
      outlets: store.outlets(),
      correctionFields: Object.keys(CORRECTION_FIELDS),
      store: { articles: stats.articles, events: stats.events },
    });
  });

  app.get('/actors', (c) => {
    const key = normalizeArabic(parseQuery(c, lookupQuery).q);
    const actors = ActorRegistry.default().actors
      .filter((a) => a.role === 'actor' && (normalizeArabic(a.name).includes(key) || [a.name_ar, ...a.aliases_ar].some((n) => normalizeArabic(n).includes(key))))
      .slice(0, MAX_CHOICES)
      .map((a) => ({ name: a.name, name_ar: a.name_ar, type: a.type }));
    return c.json({ actors });
  });

  app.get('/places', (c) => {
    const places = Gazetteer.default().lookup(parseQuery(c, lookupQuery).q).slice(0, MAX_CHOICES);
    return c.json({ places: places.map((p) => ({ id: p.id, kind: p.kind, name_ar: p.name_ar, name_en: p.name_en, value: placeValue(p) })) });
  });

  app.get('/boundaries/:level', async (c) => {
    const level = c.req.param('level');
    if (level !== 'admin1' && level !== 'admin2') throw new ApiError(404, 'not_found', 'boundaries: admin1 or admin2');
    let data: Buffer;
    try {
      data = await readFile(boundaryFile(level));
    } catch {
      throw new ApiError(404, 'not_found', `boundaries not built: run npm run build:data (data/geo/syria_${level}.geojson)`);
    }
    return c.body(new Uint8Array(data), 200, { 'content-type': 'application/geo+json', 'cache-control': 'public, max-age=3600' });
  });

  return app;
}
