/**
 * Parsed incidents kept between joins. Joining an event reads up to MAX_INCIDENT_CANDIDATES incidents of
 * its buckets, and the same busy buckets (one governorate's day, one pair of sides) are read by article
 * after article: at 100k articles, fetching and parsing those records again was a fifth of the importing
 * writer, growing with the store as incidents gathered reports.
 *
 * The cache holds only what this connection read or wrote since the database last changed under it:
 * SQLite's `data_version` moves when any other connection commits (a desk correction, a second
 * importer), and the whole cache is then dropped; a rolled-back transaction drops it too, since what it
 * wrote is gone. Where the database cannot tell (PostgreSQL, many workers), nothing is kept. Bounded by
 * the JSON size of what it holds, so memory stays flat whatever the store's size.
 */
import type { Incident } from '../cluster/index.js';

/** ~32 MiB of incident JSON (~100 MB as objects): the busy buckets of a news stream, not the whole store. */
export const MAX_CACHED_INCIDENT_CHARS = 32 * 1024 * 1024;

interface Entry {
  incident: Incident;
  chars: number;
}

export class IncidentCache {
  // a Map iterates in insertion order: re-inserting on use makes the first key the least recently used
  private readonly entries = new Map<string, Entry>();
  private chars = 0;
  private version: number | undefined;

  constructor(private readonly maxChars = MAX_CACHED_INCIDENT_CHARS) {}

  /**
   * Call before reading: `version` is the database's data_version now (undefined where it has none).
   * A different one means another connection wrote, and nothing held can be trusted.
   */
  sync(version: number | undefined): void {
    if (version === undefined || version !== this.version) this.clear();
    this.version = version;
  }

  get(id: string): Incident | undefined {
    const e = this.entries.get(id);
    if (!e) return undefined;
    this.entries.delete(id);
    this.entries.set(id, e);
    return e.incident;
  }

  /** Keeps what was read or written; `chars` is the size of its JSON. */
  set(id: string, incident: Incident, chars: number): void {
    this.delete(id);
    if (this.version === undefined || chars > this.maxChars) return;
    this.entries.set(id, { incident, chars });
    this.chars += chars;
    for (const [oldest, e] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= e.chars;
    }
  }

  delete(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.entries.delete(id);
    this.chars -= e.chars;
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}
