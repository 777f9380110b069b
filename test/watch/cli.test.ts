/**
 * `rasd watch examples/sources.json --once` as a script runs it, against the local test site (the
 * command is registered on a fresh program here, as src/cli/main.ts registers it).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerWatch } from '../../src/cli/watch.js';
import { openStore } from '../../src/store/index.js';
import type { CycleReport } from '../../src/watch/index.js';
import { startFixtureServer, type FixtureServer } from './server.js';

const EXAMPLE_SOURCES = join(import.meta.dirname, '../../examples/sources.json');

let server: FixtureServer;
let dir: string;
let db: string;

beforeAll(async () => {
  server = await startFixtureServer({ slowMs: 2_000 });
  dir = mkdtempSync(join(tmpdir(), 'rasd-watch-cli-'));
  db = join(dir, 'watch.db');
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function rasdWatch(args: string[]): Promise<{ out: string; err: string; exitCode: number | undefined; error: Error | null }> {
  const program = new Command('rasd').exitOverride();
  registerWatch(program, () => db);
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const before = process.exitCode;
  let error: Error | null = null;
  try {
    await program.parseAsync(['node', 'rasd', 'watch', ...args]);
  } catch (e) {
    error = e as Error;
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  const exitCode = process.exitCode as number | undefined;
  process.exitCode = before;
  return { out, err, exitCode, error };
}

const FAST = ['--timeout', '0.5', '--host-delay', '0', '--retries', '0'];

describe('rasd watch SOURCES --once', () => {
  it('ingests the served articles, reports every failure, and exits 0', async () => {
    const r = await rasdWatch([EXAMPLE_SOURCES, '--once', '--base-url', server.url, ...FAST, '--json']);
    expect(r.error).toBeNull();
    expect(r.exitCode).toBeUndefined();
    const report = JSON.parse(r.out.trim()) as CycleReport;
    expect(report.feeds).toEqual({ checked: 10, changed: 8, unchanged: 0, failed: 2 });
    // the flaky page answered 500 and, with --retries 0, waits for a later cycle
    expect(report.pages).toMatchObject({ stored: 13, held: 1, notArticles: 1, disallowed: 1, retrying: 1 });
    expect(r.err).toMatch(/^cycle 1: feeds 10 checked, 8 changed, 0 unchanged, 2 failed; .*13 stored/m);
    expect(r.err).toMatch(/error: feed http:\/\/127\.0\.0\.1:\d+\/hayat\/feed\.xml \(الحياة\): HTTP 500; retry at /);
    expect(r.err).toMatch(/error: feed .*safir\/feed\.xml \(السفير\): timed out after 0\.5 s/);
    expect(r.err).toMatch(/note: .*aljazirah\/rss\.xml: broken XML/);
    const store = openStore(db);
    try {
      expect(store.stats().articles).toBe(13);
    } finally {
      store.close();
    }
  });

  it('a second run stores nothing new and reads the unchanged feeds as 304', async () => {
    const r = await rasdWatch([EXAMPLE_SOURCES, '--once', '--base-url', server.url, ...FAST, '--json', '--quiet']);
    const report = JSON.parse(r.out.trim()) as CycleReport;
    expect(report.pages.stored).toBe(0);
    expect(report.pages.fetched).toBe(0);
    expect(report.feeds.unchanged).toBeGreaterThanOrEqual(5);
    expect(r.err).toBe('');
  });

  it('exits 1 when no feed at all could be read', async () => {
    const file = join(dir, 'down.json');
    writeFileSync(file, JSON.stringify({ sources: [{ name: 'الحياة', feeds: [`${server.url}hayat/feed.xml`] }] }));
    const r = await rasdWatch([file, '--once', ...FAST, '--quiet']);
    expect(r.exitCode).toBe(1);
  });

  it('names every problem of a bad sources file', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ sources: [{ name: 'اليوم', feed: 'x' }, { name: 'الرياض', feeds: ['alriyadh/rss'], interval: '5s' }] }));
    const r = await rasdWatch([file, '--once']);
    expect(r.error?.message).toBe(
      `${file}: 2 problems\n  sources[0]: Unrecognized key: "feed"\n  sources[1].interval: interval "5s" is shorter than the minimum of 60 s`,
    );
  });
});
