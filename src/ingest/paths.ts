import { opendir, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { EXTENSION_FORMATS } from './constants.js';

/** True for the extensions picked up when walking folders. */
export function isIngestible(path: string): boolean {
  return extname(path).toLowerCase() in EXTENSION_FORMATS;
}

/**
 * The files under some paths, streamed one folder at a time so that a million-file tree is never held
 * in memory: folders recursively, hidden entries (".git", ".cache") skipped, symlink loops cut, files
 * with an ingestible extension. A file named explicitly is yielded whatever its extension, and a path
 * that cannot be read is yielded too: readFile then reports it as an error naming it, so nothing
 * disappears silently. Order is by path within each folder, folders depth-first in name order.
 */
async function* walkDir(dir: string, visited: Set<string>): AsyncGenerator<string> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch {
    return;
  }
  if (visited.has(real)) return; // a symlink loop
  visited.add(real);
  const files: string[] = [];
  const dirs: string[] = [];
  try {
    // opendir streams the entries; only names are kept (a folder of a million pages: ~60 MB of names)
    for await (const entry of await opendir(dir)) {
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
      if (isDir) dirs.push(entry.name);
      else if (isFile && isIngestible(child)) files.push(entry.name);
    }
  } catch {
    yield dir; // unreadable folder: readFile reports it as an error naming it
    return;
  }
  // files and folders of one level interleaved by name, as a sort of full paths would put them
  const names = [...files.map((n) => ({ n, dir: false })), ...dirs.map((n) => ({ n, dir: true }))];
  names.sort((a, b) => (a.n < b.n ? -1 : a.n > b.n ? 1 : 0));
  for (const { n, dir: isDir } of names) {
    if (isDir) yield* walkDir(join(dir, n), visited);
    else yield join(dir, n);
  }
}

export async function* walkPaths(paths: readonly string[]): AsyncGenerator<string> {
  const visited = new Set<string>();
  for (const p of [...paths].sort()) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      // missing or unreadable: yielded so that readFile reports it
    }
    if (isDir) yield* walkDir(p, visited);
    else yield p;
  }
}

/** The same files as walkPaths, collected, deduplicated (by resolved path) and sorted. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const found = new Map<string, string>(); // resolved → as spelled
  for await (const p of walkPaths(paths)) {
    const key = resolve(p);
    if (!found.has(key)) found.set(key, normalize(p));
  }
  return [...found.values()].sort();
}
