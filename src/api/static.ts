/**
 * The web app's files and the browser libraries it uses, served from disk with no network at run time.
 * Each mount serves only names matching its pattern (no `..`, no hidden files): a request can never
 * name a file outside the folders listed here.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Hono } from 'hono';
import { packageDir, webDir } from './paths.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
};

interface Mount {
  prefix: string;
  dir: () => string;
  /** Paths under the prefix that may be served. */
  allow: RegExp;
  /** Vendor files never change under a version; the app's own files do while it is developed. */
  cacheControl: string;
  /** Keep the bytes in memory after the first read (vendor files: read once per process). */
  keep: boolean;
}

const SAFE_NAME = '[a-zA-Z0-9][a-zA-Z0-9._-]*';

const MOUNTS: Mount[] = [
  { prefix: '/app/', dir: webDir, allow: new RegExp(`^${SAFE_NAME}\\.(js|css|svg)$`), cacheControl: 'no-cache', keep: false },
  { prefix: '/vendor/leaflet/', dir: () => join(packageDir('leaflet'), 'dist'), allow: new RegExp(`^(images/)?${SAFE_NAME}\\.(js|css|png)$`), cacheControl: 'public, max-age=86400', keep: true },
  { prefix: '/vendor/markercluster/', dir: () => join(packageDir('leaflet.markercluster'), 'dist'), allow: new RegExp(`^${SAFE_NAME}\\.(js|css)$`), cacheControl: 'public, max-age=86400', keep: true },
  { prefix: '/vendor/fonts/', dir: () => packageDir('@fontsource/noto-naskh-arabic'), allow: new RegExp(`^(files/)?${SAFE_NAME}\\.(css|woff2|woff)$`), cacheControl: 'public, max-age=86400', keep: true },
];

const cache = new Map<string, Buffer>();

async function load(path: string, keep: boolean): Promise<Buffer | null> {
  let data = cache.get(path);
  if (data) return data;
  try {
    data = await readFile(path);
  } catch {
    return null;
  }
  if (keep) cache.set(path, data);
  return data;
}

function respond(data: Buffer, path: string, cacheControl: string): Response {
  return new Response(new Uint8Array(data), {
    headers: { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': cacheControl },
  });
}

export function mountStatic(app: Hono): void {
  app.get('/', async (c) => {
    const path = join(webDir(), 'index.html');
    const data = await load(path, false);
    return data ? respond(data, path, 'no-cache') : c.text('web app missing', 500);
  });
  for (const m of MOUNTS) {
    app.get(`${m.prefix}*`, async (c) => {
      const rest = c.req.path.slice(m.prefix.length);
      if (!m.allow.test(rest) || rest.includes('..')) return c.notFound();
      const path = join(m.dir(), rest);
      const data = await load(path, m.keep);
      return data ? respond(data, path, m.cacheControl) : c.notFound();
    });
  }
}
