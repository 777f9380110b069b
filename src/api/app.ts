/**
 * The desk's HTTP application: the JSON API under /api and the web app beside it, over one store.
 * Built as a plain Hono app (no listening socket) so that tests call it directly with `app.request`.
 */
import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { CorrectionError, type Store } from '../store/index.js';
import { ApiError } from './http.js';
import { openApiDocument } from './openapi.js';
import { articleRoutes } from './routes/articles.js';
import { correctionRoutes, eventCorrectionRoutes } from './routes/corrections.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { incidentRoutes } from './routes/incidents.js';
import { ingestRoutes } from './routes/ingest.js';
import { referenceRoutes } from './routes/reference.js';
import { searchRoutes } from './routes/search.js';
import { statsRoutes } from './routes/stats.js';
import { mountStatic } from './static.js';

export interface AppOptions {
  store: Store;
  /** When set, every write (POST) under /api needs `Authorization: Bearer <token>`. */
  token?: string | null;
  /**
   * Host header values the server answers to, e.g. `127.0.0.1:8787`; null = any. A page on another site
   * can point a DNS name at 127.0.0.1 (DNS rebinding); checking Host keeps such pages out of the API.
   */
  allowedHosts?: readonly string[] | null;
}

/**
 * The app's own scripts and styles only: article text is shown as text, never as markup, and the
 * policy makes sure that nothing a page smuggles in could run. Leaflet positions its panes with inline
 * style attributes, hence 'unsafe-inline' for styles (not scripts).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * A write a browser sends on behalf of another site (a form posted from a page elsewhere: the one kind
 * of cross-site request a browser makes without asking the server first). Browsers name the page's
 * origin on every POST; scripts and the CLI send neither header and are not browsers, so they pass.
 */
function crossSite(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = c.req.header('origin');
  return origin !== undefined && origin !== new URL(c.req.url).origin;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function errorResponse(c: Context, err: unknown): Response {
  if (err instanceof ApiError) {
    return c.json({ error: err.code, message: err.message, ...(err.issues.length ? { issues: err.issues } : {}) }, err.status);
  }
  if (err instanceof CorrectionError) {
    const status = err.kind === 'not_found' ? 404 : err.kind === 'conflict' ? 409 : 400;
    return c.json({ error: err.kind, message: err.message }, status);
  }
  if (err instanceof RangeError) return c.json({ error: 'invalid_request', message: err.message }, 400);
  if (err instanceof HTTPException) return c.json({ error: 'http_error', message: err.message || 'refused' }, err.status);
  // unexpected: logged with its stack on the server, answered without internals
  console.error(err);
  return c.json({ error: 'internal', message: 'internal error' }, 500);
}

export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const token = options.token || null;
  const app = new Hono();

  app.use('*', async (c, next) => {
    const hosts = options.allowedHosts;
    // the request URL's host is the Host header as the server received it
    if (hosts && !hosts.includes(new URL(c.req.url).host)) {
      return c.json({ error: 'forbidden', message: 'unexpected Host header' }, 403);
    }
    await next();
    c.header('content-security-policy', CONTENT_SECURITY_POLICY);
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-frame-options', 'DENY');
  });

  app.use('/api/*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && crossSite(c)) {
      return c.json({ error: 'forbidden', message: 'cross-site writes are refused' }, 403);
    }
    await next();
  });

  app.use('/api/*', async (c, next) => {
    if (token && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const auth = c.req.header('authorization') ?? '';
      const given = auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : '';
      if (!sameToken(given, token)) {
        return c.json({ error: 'unauthorized', message: 'this server needs its RASD_TOKEN for writes: Authorization: Bearer <token>' }, 401);
      }
    }
    await next();
  });

  const deps = { store };
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/config', (c) => c.json({ writeNeedsToken: token !== null }));
  app.route('/api/events/:id/corrections', eventCorrectionRoutes(deps));
  app.route('/api/events', eventRoutes(deps));
  app.route('/api/corrections', correctionRoutes(deps));
  app.route('/api/articles', articleRoutes(deps));
  app.route('/api/incidents', incidentRoutes(deps));
  app.route('/api/search', searchRoutes(deps));
  app.route('/api/export', exportRoutes(deps));
  app.route('/api/ingest', ingestRoutes(deps));
  app.route('/api', statsRoutes(deps));
  app.route('/api', referenceRoutes(deps));
  app.all('/api/*', (c) => c.json({ error: 'not_found', message: `no route ${c.req.method} ${c.req.path}` }, 404));
  mountStatic(app);

  app.onError((err, c) => errorResponse(c, err));
  app.notFound((c) => c.json({ error: 'not_found', message: `not found: ${c.req.path}` }, 404));
  return app;
}
