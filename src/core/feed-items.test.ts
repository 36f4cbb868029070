import { describe, expect, it } from 'vitest';
import { FEED_PLATFORMS, GENERIC_FEED_ITEMS, leavesLine } from './feed-items';
import { PLATFORM_RULES } from './platforms';

describe('feed markup in the platform files', () => {
  it('is there for the nine platforms with feeds', () => {
    expect([...FEED_PLATFORMS].sort()).toEqual(
      ['bluesky', 'facebook', 'instagram', 'linkedin', 'reddit', 'threads', 'tiktok', 'x', 'youtube'].sort(),
    );
  });

  const items = [
    ...FEED_PLATFORMS.flatMap((p) => (PLATFORM_RULES[p].feed ?? []).map((item) => [p, item] as const)),
    ...GENERIC_FEED_ITEMS.map((item) => ['generic', item] as const),
  ];

  it.each(items)('%s: %j is a selector of the container itself', (_, item) => {
    // Valid CSS, and nothing about what the item contains: it holds while the site builds the item.
    expect(() => document.querySelector(item.selector)).not.toThrow();
    expect(item.selector).not.toMatch(/:has\(/);
  });

  it.each([
    ['post', true],
    ['comment', true],
    ['story', false],
    ['card', false],
  ] as const)('a folded %s leaves a line: %s', (kind, line) => {
    expect(leavesLine(kind)).toBe(line);
  });
});
