/**
 * Files the server hands out: the web app (src/web), the map's boundaries (data/geo) and the browser
 * libraries (node_modules). This module runs from src/api (tsx, vitest) or dist/api (built), so the
 * package root is found by walking up to the folder that holds package.json and src/web.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function packageRoot(): string {
  if (root) return root;
  const from = dirname(fileURLToPath(import.meta.url));
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'web', 'index.html'))) return (root = dir);
    if (dirname(dir) === dir) throw new Error(`rasd web app not found: no src/web/index.html above ${from}`);
  }
}

export const webDir = () => join(packageRoot(), 'src', 'web');

/** The governorate and district polygons the geo stage ships (scripts/build-gazetteer.ts writes them). */
export const boundaryFile = (level: 'admin1' | 'admin2') => join(packageRoot(), 'data', 'geo', `syria_${level}.geojson`);

const require = createRequire(import.meta.url);

/** The folder of an installed package (resolved as Node resolves it, so hoisting does not matter). */
export function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}
