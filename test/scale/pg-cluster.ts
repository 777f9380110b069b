/**
 * A throw-away PostgreSQL cluster for tests: initdb into a temporary folder, start on a free local
 * port, stop and delete afterwards. Debian's server binaries (apt-get install postgresql) live in
 * /usr/lib/postgresql/<major>/bin, outside PATH. initdb refuses to run as root, so as root the cluster
 * is made and run as the `postgres` OS user that the Debian package creates.
 * When there are no binaries the PostgreSQL tests are skipped, except in CI ($CI set), where they
 * must run: a missing server there is a broken CI image, not a reason to pass.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  /** The URL of a database in a schema of its own: isolated stores on one server. */
  schemaUrl(schema: string): string;
  stop(): void;
}

const PG_ROOT = '/usr/lib/postgresql';

function binDir(): string | null {
  if (existsSync(PG_ROOT)) {
    const majors = readdirSync(PG_ROOT).filter((d) => existsSync(join(PG_ROOT, d, 'bin', 'initdb')));
    majors.sort((a, b) => Number(b) - Number(a));
    if (majors[0]) return join(PG_ROOT, majors[0], 'bin');
  }
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    return initdb ? join(initdb, '..') : null;
  } catch {
    return null;
  }
}

/** Why the PostgreSQL half cannot run here, or null if it can. Throws in CI instead of answering. */
export function postgresUnavailable(): string | null {
  if (binDir()) return null;
  const reason = 'PostgreSQL server binaries (initdb, pg_ctl) not found: install the Debian package `postgresql`';
  if (process.env['CI']) throw new Error(`${reason} — required in CI`);
  return reason;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startCluster(): Promise<Cluster> {
  const bin = binDir();
  if (!bin) throw new Error('PostgreSQL server binaries not found');
  const dir = mkdtempSync(join(tmpdir(), 'rasd-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const argv = asRoot ? ['-u', 'postgres', '--', join(bin, cmd), ...args] : args;
    execFileSync(asRoot ? 'runuser' : join(bin, cmd), argv, { stdio: 'pipe' });
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  // fsync off: a test cluster is thrown away, and durability is not what these tests check
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=50`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    url,
    schemaUrl: (schema) => `${url}?schema=${encodeURIComponent(schema)}`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
