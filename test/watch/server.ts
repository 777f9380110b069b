/**
 * A local news site for the watch tests: serves test/fixtures/watch/site/ on 127.0.0.1 with what real
 * sites do — ETag and Last-Modified with 304 answers, a permanent redirect, a feed that fails with 500,
 * a host that hangs, a page that fails before it works — and logs every request so that tests can see
 * what was (and was not) fetched. `node --import tsx test/watch/serve.ts` runs it on its own.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export const SITE_DIR = join(import.meta.dirname, '../fixtures/watch/site');

/** What the site does besides serving its files. */
export interface SiteBehaviour {
  /** Milliseconds the slow host's feed hangs before answering (tests set it above the client timeout). */
  slowMs: number;
  /** Paths answering 500 for their next N requests. */
  failures: Map<string, number>;
  /** Path → file (relative to the site) served instead, e.g. a feed after new articles were published. */
  replaced: Map<string, string>;
}

export interface FixtureServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  port: number;
  behaviour: SiteBehaviour;
  /** Every request, in order: method, path (decoded), status answered. */
  requests: Array<{ path: string; status: number; conditional: boolean }>;
  /** The outlet "publishes": `path` now serves `file` (and so has a new ETag). */
  publish(path: string, file: string): void;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.rss': 'application/rss+xml',
  '.rdf': 'application/rdf+xml',
  '.xml': 'application/xml',
  '.json': 'application/feed+json',
  '.txt': 'text/plain; charset=utf-8',
  // no charset: pages declare their own (one is windows-1256)
  '.html': 'text/html',
};

/** One fixed date for every file: Last-Modified must not depend on when the fixtures were checked out. */
const LAST_MODIFIED = 'Tue, 11 Aug 2015 12:00:00 GMT';

/** Dynamic paths: the redirects and failures that no file can express. */
const REDIRECTS: Readonly<Record<string, string>> = { '/alyaum/old/4081557': '/alyaum/article/4081557' };
const ALWAYS_FAILING = '/hayat/feed.xml';
const SLOW = '/safir/feed.xml';

function fileFor(path: string): string | null {
  const clean = normalize(path).replace(/^(\.\.[/\\])+/, '').replace(/\/+$/, '');
  for (const candidate of [clean, `${clean}.html`]) {
    const full = join(SITE_DIR, candidate);
    if (full.startsWith(SITE_DIR) && existsSync(full) && statSync(full).isFile()) return full;
  }
  return null;
}

export async function startFixtureServer(opts: { port?: number; slowMs?: number } = {}): Promise<FixtureServer> {
  const behaviour: SiteBehaviour = {
    slowMs: opts.slowMs ?? 30_000,
    // the fourth Asharq Al-Awsat article fails twice before it is served
    failures: new Map([['/aawsat/home/article/423311', 2]]),
    replaced: new Map(),
  };
  const requests: FixtureServer['requests'] = [];
  const hung = new Set<ServerResponse>();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    const conditional = req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined;
    const answer = (status: number, headers: Record<string, string> = {}, body: string | Buffer = '') => {
      requests.push({ path, status, conditional });
      res.writeHead(status, headers);
      res.end(body);
    };

    const failing = behaviour.failures.get(path) ?? 0;
    if (failing > 0) {
      behaviour.failures.set(path, failing - 1);
      return answer(500, { 'content-type': 'text/html' }, '<h1>500 Internal Server Error</h1>');
    }
    if (path === ALWAYS_FAILING) return answer(500, { 'content-type': 'text/html' }, '<h1>500 Internal Server Error</h1>');
    if (path === SLOW) {
      hung.add(res);
      const timer = setTimeout(() => {
        hung.delete(res);
        answer(200, { 'content-type': 'application/rss+xml' }, '<rss version="2.0"><channel><title>As-Safir</title></channel></rss>');
      }, behaviour.slowMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    const target = REDIRECTS[path];
    if (target) return answer(301, { location: target });

    const file = fileFor(behaviour.replaced.get(path) ?? path);
    if (!file) return answer(404, { 'content-type': 'text/html' }, '<h1>404 Not Found</h1>');
    const body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', etag, 'last-modified': LAST_MODIFIED };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    if (inm !== undefined ? inm === etag : ims === LAST_MODIFIED && !behaviour.replaced.has(path)) return answer(304, headers);
    return answer(200, headers, body);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    behaviour,
    requests,
    publish: (path, file) => void behaviour.replaced.set(path, file),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
