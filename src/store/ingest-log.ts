/**
 * What an import has done, page by page and file by file, so that an interrupted `rasd ingest` of a
 * huge folder (Ctrl-C, a crash, a reboot) resumes where it stopped: a file read to its end and not
 * changed since (same size and mtime) is skipped without opening it; a page already logged is skipped
 * without cleaning or hashing it again (an HTML page costs milliseconds to parse). Article ids are
 * content hashes, so even without the log nothing would be stored twice; the log saves the rework and
 * keeps why a page failed. Written by src/scale/ingest.ts.
 */
import type Database from 'better-sqlite3';

/** stored: a new article; duplicate: its text was already stored; near_duplicate: stored, linked to an original. */
export type PageStatus = 'stored' | 'duplicate' | 'near_duplicate' | 'failed';

export interface IngestLogMethods {
  /** True when this file was read to its end before and has the same size and mtime now. */
  fileIngested(path: string, size: number, mtimeMs: number): boolean;
  markFileIngested(path: string, size: number, mtimeMs: number, pages: number): void;
  /** The logged status of a page (by origin: the file, or `file.jsonl:LINE`), or null if never logged. */
  pageStatus(origin: string): PageStatus | null;
  /** Records a page's outcome (a later outcome replaces an earlier one: a failure retried). */
  logPage(origin: string, articleId: string | null, status: PageStatus, reason?: string | null): void;
  /** Pages per status. */
  ingestCounts(): Partial<Record<PageStatus, number>>;
}

export function ingestLogMethods(db: Database.Database): IngestLogMethods {
  const getFile = db.prepare<[string, number, number], number>(
    'SELECT 1 FROM ingest_files WHERE path = ? AND size = ? AND mtime_ms = ?',
  ).pluck();
  const putFile = db.prepare(
    'INSERT OR REPLACE INTO ingest_files (path, size, mtime_ms, pages, done_at) VALUES (?, ?, ?, ?, ?)',
  );
  const getPage = db.prepare<[string], PageStatus>('SELECT status FROM ingest_pages WHERE origin = ?').pluck();
  const putPage = db.prepare(
    'INSERT OR REPLACE INTO ingest_pages (origin, article_id, status, reason, at) VALUES (?, ?, ?, ?, ?)',
  );
  const counts = db.prepare<[], { status: PageStatus; n: number }>('SELECT status, count(*) AS n FROM ingest_pages GROUP BY status');
  return {
    fileIngested: (path, size, mtimeMs) => getFile.get(path, size, Math.trunc(mtimeMs)) !== undefined,
    markFileIngested: (path, size, mtimeMs, pages) => void putFile.run(path, size, Math.trunc(mtimeMs), pages, new Date().toISOString()),
    pageStatus: (origin) => getPage.get(origin) ?? null,
    logPage: (origin, articleId, status, reason = null) => void putPage.run(origin, articleId, status, reason, new Date().toISOString()),
    ingestCounts() {
      const out: Partial<Record<PageStatus, number>> = {};
      for (const r of counts.all()) out[r.status] = r.n;
      return out;
    },
  };
}
