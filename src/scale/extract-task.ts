/**
 * What one extraction thread does (piscina runs this module's default export): read a page file or
 * take a page, and run the whole pipeline on it. Reading happens here too, because turning an HTML
 * page into text costs as much as extracting it and must not queue on the thread that writes.
 */
import { readFile } from '../ingest/index.js';
import { extractPage } from '../pipeline.js';
import { type PreparedReport, prepareReport } from '../store/prepare.js';
import type { Extraction, RawPage } from '../types.js';

/** `pages`: several lines of a JSONL file, sent together because each message to a thread has a fixed cost. */
export type ExtractTask = { kind: 'file'; path: string } | { kind: 'page'; page: RawPage } | { kind: 'pages'; pages: RawPage[] };

export type ExtractOutcome =
  | { origin: string; ok: true; extraction: Extraction; prepared: PreparedReport }
  | { origin: string; ok: false; reason: string };

function extractOne(page: RawPage): ExtractOutcome {
  try {
    const extraction = extractPage(page);
    // the store's own derivations, here rather than on the one thread that writes (store/prepare.ts)
    return { origin: page.origin, ok: true, extraction, prepared: prepareReport(extraction) };
  } catch (err) {
    // a page that breaks the pipeline is logged as failed; the import goes on
    return { origin: page.origin, ok: false, reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export async function runExtractTask(task: ExtractTask): Promise<ExtractOutcome[]> {
  if (task.kind === 'page') return [extractOne(task.page)];
  if (task.kind === 'pages') return task.pages.map(extractOne);
  const out: ExtractOutcome[] = [];
  for await (const item of readFile(task.path)) {
    out.push(item.kind === 'error' ? { origin: item.error.origin, ok: false, reason: item.error.reason } : extractOne(item.page));
  }
  return out;
}

export default runExtractTask;
