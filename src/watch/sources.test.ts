import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSources, parseInterval, parseSources, SourcesError } from './sources.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/sources.json');

function problems(data: unknown, baseUrl?: string): string[] {
  try {
    parseSources(data, 'sources.json', baseUrl);
  } catch (err) {
    if (err instanceof SourcesError) return err.problems;
    throw err;
  }
  return [];
}

describe('loadSources: examples/sources.json', () => {
  it('validates, resolves its URLs against baseUrl or --base-url, and keeps names, stances and hints', () => {
    const { sources } = loadSources(EXAMPLE);
    expect(sources.map((s) => s.name)).toEqual(['الشرق الأوسط', 'اليوم', 'الرياض', 'رأي اليوم', 'الجزيرة', 'rasd samples', 'الحياة', 'السفير']);
    const aawsat = sources[0]!;
    expect(aawsat.feeds).toEqual(['http://127.0.0.1:8754/aawsat/feed.rss']);
    expect(aawsat.stance).toBe('Saudi-owned, pan-Arab');
    expect(aawsat.intervalSeconds).toBe(15 * 60);
    expect(aawsat.clean.dropPhrases).toEqual(['جميع الحقوق محفوظة']);
    expect(sources[1]!.intervalSeconds).toBe(10 * 60);
    expect(sources[2]!.sitemaps).toEqual(['http://127.0.0.1:8754/alriyadh/sitemap-index.xml']);
    const moved = loadSources(EXAMPLE, 'http://127.0.0.1:40123/');
    expect(moved.sources[0]!.feeds).toEqual(['http://127.0.0.1:40123/aawsat/feed.rss']);
  });
});

describe('parseSources: every problem named with its place', () => {
  it.each([
    [{ sources: [{ name: 'الشرق الأوسط' }] }, ['sources[0]: give at least one URL in "feeds" or "sitemaps"']],
    [{ sources: [{ name: 'الشرق الأوسط', feed: ['https://aawsat.com/feed'] }] }, ['sources[0]: Unrecognized key: "feed"']],
    [{ sources: [{ name: 'اليوم', feeds: ['alyaum/atom.xml'] }] }, ['sources[0].feeds[0]: not a URL (relative URLs need a baseUrl): alyaum/atom.xml']],
    [{ sources: [{ name: 'اليوم', feeds: ['ftp://alyaum.com/feed'] }] }, ['sources[0].feeds[0]: only http and https URLs can be watched: ftp://alyaum.com/feed']],
    [{ sources: [{ name: 'اليوم', feeds: ['https://www.alyaum.com/rss'], interval: '10s' }] }, ['sources[0].interval: interval "10s" is shorter than the minimum of 60 s']],
    [{ sources: [{ name: 'اليوم', feeds: ['https://www.alyaum.com/rss'], interval: 'hourly' }] }, [expect.stringMatching(/^sources\[0\]\.interval: not an interval: "hourly"/)]],
    [{ sources: [{ name: 'اليوم', feeds: ['https://www.alyaum.com/rss'], since: '1/8/2015' }] }, ['sources[0].since: a day as YYYY-MM-DD']],
    [
      { sources: [{ name: 'الرياض', feeds: ['https://www.alriyadh.com/rss'] }, { name: 'الرياض', feeds: ['https://www.alriyadh.com/rss'] }] },
      ['sources[1].name: "الرياض" is already the name of sources[0]', 'sources[1]: https://www.alriyadh.com/rss is already listed by sources[0]'],
    ],
    [{ sources: [] }, ['sources: no sources']],
    [{ feeds: [] }, ['sources: Invalid input: expected array, received undefined', '(file): Unrecognized key: "feeds"']],
  ])('%j', (data, expected) => {
    expect(problems(data)).toEqual(expected);
  });

  it('disabled sources are validated but not watched', () => {
    const { sources } = parseSources({ sources: [{ name: 'الحياة', feeds: ['http://www.alhayat.com/rss'], enabled: false }, { name: 'اليوم', feeds: ['https://www.alyaum.com/rss'] }] });
    expect(sources.map((s) => s.name)).toEqual(['اليوم']);
  });

  it('a file that is not JSON, or YAML, says so', () => {
    expect(() => loadSources(join(import.meta.dirname, 'constants.ts'))).toThrow(/not valid JSON/);
    expect(() => loadSources('sources.yaml')).toThrow(/YAML/);
    expect(() => loadSources('/nonexistent/sources.json')).toThrow(/cannot read: ENOENT/);
  });
});

describe('parseInterval', () => {
  it.each([
    ['90s', 90], ['15m', 900], ['1h', 3600], ['1.5h', 5400], ['1d', 86400], [600, 600], ['15 m', 900], ['soon', null], [-5, null],
  ] as const)('%j → %j', (v, s) => {
    expect(parseInterval(v)).toBe(s);
  });
});
