import { describe, expect, it } from 'vitest';
import { parseRobots } from './robots.js';

// rules in the shapes news sites publish them (search and print pages closed, AI crawlers shut out)
const NEWS_SITE = `# robots.txt for a news site
User-agent: *
Disallow: /search
Disallow: /home/print/
Disallow: /*?share=
Allow: /home/print/public$
Disallow: /*.pdf$
Crawl-delay: 2

User-agent: GPTBot
User-agent: CCBot
Disallow: /
`;

describe('parseRobots', () => {
  const rules = parseRobots(NEWS_SITE);
  it.each([
    ['/home/article/415826', true],
    ['/home/print/415826', false],
    ['/home/print/public', true], // the longer Allow wins
    ['/home/print/public/x', false], // $ anchors the Allow
    ['/search?q=%D8%AF%D9%85%D8%B4%D9%82', false],
    ['/searching-for-peace', false], // a prefix rule, as RFC 9309 reads it
    ['/home/article/1?share=twitter', false],
    ['/files/report.pdf', false],
    ['/files/report.pdf?download=1', true],
    ['/robots.txt', true],
  ])('%s → %s', (path, allowed) => {
    expect(rules.allows(path)).toBe(allowed);
  });

  it('reads Crawl-delay of the group it follows', () => {
    expect(rules.crawlDelayMs).toBe(2000);
  });

  it('a group naming rasd replaces the * group', () => {
    const own = parseRobots(`User-agent: *\nDisallow: /\n\nUser-agent: rasd\nDisallow: /private/\n`);
    expect(own.allows('/news/1')).toBe(true);
    expect(own.allows('/private/1')).toBe(false);
  });

  it('groups of other crawlers do not apply', () => {
    const other = parseRobots('User-agent: GPTBot\nDisallow: /\n');
    expect(other.allows('/anything')).toBe(true);
  });

  it('an empty Disallow allows everything; Arabic paths match their percent-encoded form', () => {
    expect(parseRobots('User-agent: *\nDisallow:\n').allows('/x')).toBe(true);
    const arabic = parseRobots('User-agent: *\nDisallow: /أخبار/\n');
    expect(arabic.allows('/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/1')).toBe(false);
    expect(arabic.allows('/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/1')).toBe(false);
    expect(arabic.allows('/sport/1')).toBe(true);
  });
});
