/** Corrections: an analyst fixes a field of an event or rejects it; every change is kept with who and when. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { EventPatch } from '../../store/index.js';
import { MAX_CORRECTION_BYTES } from '../constants.js';
import { ApiError, parseJson } from '../http.js';
import { correctionBody } from '../schemas.js';
import type { RouteDeps } from './deps.js';

const tooLarge = (max: number) => () => {
  throw new ApiError(413, 'payload_too_large', `the body is larger than ${max} bytes`);
};

/** Mounted under /api/events/:id/corrections. */
export function eventCorrectionRoutes({ store }: RouteDeps): Hono {
  const app = new Hono();
  app.get('/', (c) => c.json({ corrections: store.corrections({ eventId: c.req.param('id') ?? '' }) }));
  app.post('/', bodyLimit({ maxSize: MAX_CORRECTION_BYTES, onError: tooLarge(MAX_CORRECTION_BYTES) }), async (c) => {
    const body = await parseJson(c, correctionBody);
    const result = store.correct({
      event_id: c.req.param('id') ?? '',
      field: body.field as Parameters<typeof store.correct>[0]['field'],
      value: body.value as EventPatch,
      author: body.author,
      note: body.note ?? null,
    });
    return c.json(result, 201);
  });
  return app;
}

/** Mounted under /api/corrections. */
export function correctionRoutes({ store }: RouteDeps): Hono {
  const app = new Hono();
  app.get('/', (c) => c.json({ corrections: store.corrections() }));
  app.post('/:id/revert', (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || id <= 0) throw new ApiError(400, 'invalid_request', 'correction id: expected a positive integer');
    return c.json(store.revertCorrection(id));
  });
  return app;
}
