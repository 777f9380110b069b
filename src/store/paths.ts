import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';

/** `$RASD_DB` if set, else `rasd.db` in the user's data directory (created if missing). */
export function defaultDbPath(): string {
  const fromEnv = process.env['RASD_DB'];
  if (fromEnv) return fromEnv;
  // no '-nodejs' suffix: the folder is rasd's own, named as the README says (~/.local/share/rasd on Linux)
  const dir = envPaths('rasd', { suffix: '' }).data;
  mkdirSync(dir, { recursive: true });
  return join(dir, 'rasd.db');
}
