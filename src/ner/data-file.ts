import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A file under the package's data/ folder. This module runs from src/ner (tsx, vitest) or
 * dist/src/ner (built), so walk up from here until data/<relative> exists.
 */
export function dataFile(relative: string): string {
  const from = dirname(fileURLToPath(import.meta.url));
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'data', relative);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error(`data/${relative} not found above ${from}`);
    dir = up;
  }
}
