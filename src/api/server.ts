/** `rasd serve`: the desk app on a local port. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { openStore, type Store } from '../store/index.js';
import { createApp } from './app.js';
import { DEFAULT_HOST, DEFAULT_PORT } from './constants.js';

export interface ServeOptions {
  dbPath: string;
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  /** Guards writes; required when binding beyond loopback. Defaults to $RASD_TOKEN. */
  token?: string | null;
}

export interface RunningServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const host = o.host ?? DEFAULT_HOST;
  const token = o.token === undefined ? process.env['RASD_TOKEN'] || null : o.token;
  if (!isLoopback(host) && !token) {
    throw new Error(`refusing to serve on ${host} without RASD_TOKEN: anyone who can reach it could change the data`);
  }
  const store = openStore(o.dbPath);
  let app: ReturnType<typeof createApp> | null = null;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: (req, env) => app!.fetch(req, env), hostname: host, port: o.port ?? DEFAULT_PORT }, () => resolve(s));
    s.once('error', reject);
  }).catch((err: unknown) => {
    store.close();
    throw err;
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  // on loopback, answer only to the names this machine uses for itself (see AppOptions.allowedHosts)
  const allowedHosts = isLoopback(host) ? [`${shown}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`] : null;
  app = createApp({ store, token, allowedHosts });
  return {
    url: `http://${shown}:${port}/`,
    store,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
        // idle keep-alive sockets would hold close() open
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
