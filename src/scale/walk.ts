/**
 * The files under some paths, streamed: the same files and order as ingest/expandPaths (folders
 * recursively, hidden entries skipped, symlink loops cut, explicit files kept whatever their extension,
 * sorted), but yielded one folder at a time instead of collected, so that a million-file tree is never
 * held in memory at once. Order is by path within each folder, folders depth-first in name order —
 * which is the sorted order of the full paths as long as no name sorts before the path separator.
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isIngestible } from '../ingest/index.js';

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
