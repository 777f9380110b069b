/**
 * /api/ingest: pages from the desk — a pasted page (JSON) or dropped files (multipart). Files go
 * through ingest's own reader (encoding, binary and size checks, HTML extraction, JSONL lines) from a
 * private temporary folder; nothing in a page is ever executed or rendered as HTML by the server.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_UPLOAD_BYTES } from '../constants.js';
import { isIngestible, pageFromInput, readFile } from '../../ingest/index.js';
import { extractPage } from '../../pipeline.js';
import type { Store } from '../../store/index.js';
import type { IngestError, PageInput, RawPage } from '../../types.js';
import { ApiError, parseJson } from '../http.js';
import { ingestBody } from '../schemas.js';
import type { RouteDeps } from './deps.js';

export interface IngestedArticle {
  id: string;
  origin: string;
  title: string | null;
  status: 'added' | 'exists';
  events: number;
  /** The stored article this page nearly repeats (a syndicated copy): stored linked to it, without events of its own. */
  nearDuplicateOf: string | null;
}

export interface IngestReport {
  pages: number;
  added: number;
  duplicates: number;
  nearDuplicates: number;
  events: number;
  articles: IngestedArticle[];
  errors: IngestError[];
}

function emptyReport(): IngestReport {
  return { pages: 0, added: 0, duplicates: 0, nearDuplicates: 0, events: 0, articles: [], errors: [] };
}

function ingestPage(store: Store, page: RawPage, report: IngestReport): void {
  report.pages++;
  if (store.hasArticle(page.id)) {
    report.duplicates++;
    report.articles.push({
      id: page.id, origin: page.origin, title: page.title, status: 'exists', events: store.eventsOfArticle(page.id).length,
      nearDuplicateOf: store.nearDuplicateOf(page.id)?.originalId ?? null,
    });
    return;
  }
  // the CLI's ingest path: near-duplicates linked to their original, events filed into incidents
  const ex = extractPage(page);
  const r = store.putReport(ex);
  if (r.status === 'added') {
    report.added++;
    report.events += r.events;
    if (r.nearDuplicateOf) report.nearDuplicates++;
  } else report.duplicates++;
  report.articles.push({
    id: ex.article.id, origin: page.origin, title: ex.article.title, status: r.status, events: r.events,
    nearDuplicateOf: r.nearDuplicateOf?.originalId ?? null,
  });
}

/**
 * An uploaded file's name, reduced to what is safe as a file name in our temporary folder. The
 * extension decides how ingest reads it; one ingest does not know is read as plain text, as the CLI
 * reads a file named explicitly.
 */
function safeName(name: string): string {
  const ext = extname(name).toLowerCase();
  const stem = name.slice(0, name.length - ext.length).replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 80) || 'upload';
  return `${stem}${isIngestible(`x${ext}`) ? ext : '.txt'}`;
}

/** An uploaded file, as the Fetch API's FormData gives it. */
interface Upload {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

async function ingestFiles(store: Store, files: Upload[], report: IngestReport): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'rasd-upload-'));
  try {
    for (const [i, file] of files.entries()) {
      const name = safeName(file.name);
      const path = join(dir, `${i}-${name}`);
      await writeFile(path, new Uint8Array(await file.arrayBuffer()));
      const origin = `upload:${file.name}`;
      for await (const item of readFile(path)) {
        // the reader names the temporary path; the analyst knows the file by its own name
        if (item.kind === 'error') report.errors.push({ origin: item.error.origin.replace(path, origin), reason: item.error.reason });
        else ingestPage(store, { ...item.page, origin: item.page.origin.replace(path, origin) }, report);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function ingestRoutes({ store }: RouteDeps): Hono {
  const app = new Hono();
  app.post(
    '/',
    bodyLimit({
      maxSize: MAX_UPLOAD_BYTES,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `the upload is larger than ${MAX_UPLOAD_BYTES} bytes`);
      },
    }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      const report = emptyReport();
      if (type.includes('multipart/form-data')) {
        let form: FormData;
        try {
          form = await c.req.formData();
        } catch {
          throw new ApiError(400, 'invalid_request', 'the multipart body cannot be read');
        }
        const files = form.getAll('file').filter((f): f is Exclude<typeof f, string> => typeof f !== 'string');
        if (files.length === 0) throw new ApiError(400, 'invalid_request', 'send the pages as multipart field "file"', [{ param: 'file', message: 'missing' }]);
        await ingestFiles(store, files, report);
      } else {
        const body = await parseJson(c, ingestBody);
        const pages: PageInput[] = 'pages' in body ? body.pages : [body];
        pages.forEach((p, i) => ingestPage(store, pageFromInput(p, `upload:paste${pages.length > 1 ? `:${i + 1}` : ''}`), report));
      }
      return c.json(report, report.added > 0 ? 201 : 200);
    },
  );
  return app;
}
