import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { EXTENSION_FORMATS } from './constants.js';

/** True for the extensions picked up when walking folders. */
export function isIngestible(path: string): boolean {
  return extname(path).toLowerCase() in EXTENSION_FORMATS;
}

/**
 * Files under the given paths (folders recursively; .txt .text .html .htm .jsonl .ndjson), sorted,
 * deduplicated. A file named explicitly is kept whatever its extension, and a path that cannot be
 * read is kept too: readFile then reports it as an error naming it, so nothing disappears silently.
 * Hidden entries (".git", ".cache") are skipped when walking.
 */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const found = new Map<string, string>(); // resolved → as spelled
  const visitedDirs = new Set<string>();
  const add = (p: string) => {
    const key = resolve(p);
    if (!found.has(key)) found.set(key, normalize(p));
  };
  const walk = async (dir: string) => {
    let real: string;
    try {
      real = await realpath(dir);
    } catch {
      return;
    }
    if (visitedDirs.has(real)) return; // a symlink loop
    visitedDirs.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      add(dir); // unreadable folder: surfaces as an error at read time
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const s = await stat(child);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) await walk(child);
      else if (isFile && isIngestible(child)) add(child);
    }
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      // missing or unreadable: kept so that readFile reports it
    }
    if (isDir) await walk(p);
    else add(p);
  }
  return [...found.values()].sort();
}
