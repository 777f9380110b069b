import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';

/** `$RASD_DB` if set, else `rasd.db` in the user's data directory (created if missing). */
export function defaultDbPath(): string {
  const fromEnv = process.env['RASD_DB'];
  if (fromEnv) return fromEnv;
  const dir = envPaths('rasd').data;
  mkdirSync(dir, { recursive: true });
  return join(dir, 'rasd.db');
}
