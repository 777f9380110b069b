import { SingleBar, Presets } from 'cli-progress';
import { expandPaths, readFile } from '../ingest/index.js';
import { extractPage } from '../pipeline.js';
import type { Store } from '../store/index.js';
import type { IngestError } from '../types.js';

export interface IngestSummary {
  files: number;
  pages: number;
  added: number;
  duplicates: number;
  nearDuplicates: number;
  events: number;
  errors: IngestError[];
  report: string;
}

/** Ingest files and folders into a store: read, extract, store; skip what is already there; never stop on a bad file. */
export async function ingestPaths(store: Store, paths: string[], opts: { progress: boolean }): Promise<IngestSummary> {
  const files = await expandPaths(paths);
  const bar = opts.progress && process.stderr.isTTY
    ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} files | {pages} pages | {errors} errors', stream: process.stderr }, Presets.shades_classic)
    : null;
  bar?.start(files.length, 0, { pages: 0, errors: 0 });
  const s = { files: files.length, pages: 0, added: 0, duplicates: 0, nearDuplicates: 0, events: 0, errors: [] as IngestError[] };
  for (const file of files) {
    for await (const item of readFile(file)) {
      if (item.kind === 'error') {
        s.errors.push(item.error);
        continue;
      }
      s.pages++;
      if (store.hasArticle(item.page.id)) {
        s.duplicates++;
        continue;
      }
      // a near-duplicate (syndicated copy) is stored linked to its original, without events of its own;
      // every other article's events join the incidents already in the store
      const r = store.putReport(extractPage(item.page));
      if (r.status === 'added') {
        s.added++;
        s.events += r.events;
        if (r.nearDuplicateOf) s.nearDuplicates++;
      } else s.duplicates++;
    }
    bar?.increment(1, { pages: s.pages, errors: s.errors.length });
  }
  bar?.stop();
  const lines = [
    `${s.files} files, ${s.pages} pages: ${s.added} new, ${s.duplicates} already stored, ${s.nearDuplicates} near-duplicates, ${s.events} events, ${s.errors.length} errors`,
    ...s.errors.map((e) => `  error: ${e.origin}: ${e.reason}`),
  ];
  if (files.length === 0) lines.unshift(`no .txt/.html/.jsonl files under: ${paths.join(', ')}`);
  return { ...s, report: lines.join('\n') };
}
