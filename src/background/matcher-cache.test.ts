import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ListedTarget } from '@/src/core';
import { addProfile } from '@/src/storage';
import { currentMatcher, invalidateMatcher } from './matcher-cache';

const bluesky: ListedTarget = { kind: 'profile', platform: 'bluesky', handle: 'sam-rivers.bsky.social' };
const site: ListedTarget = { kind: 'site', host: 'samrivers.example.org', path: '/blog' };

/** The hosts she gave access to, as permissions.contains answers. */
function grant(...hosts: string[]) {
  const contains = vi.fn(async ({ origins = [] }: { origins?: string[] }) =>
    origins.every((o) => hosts.some((h) => o.includes(h))),
  );
  Object.assign(fakeBrowser.permissions, { contains });
  return contains;
}

async function list(...targets: ListedTarget[]) {
  for (const target of targets) {
    await addProfile({ target, input: JSON.stringify(target), now: 0, defaultPersonName: 'Him' });
  }
  invalidateMatcher();
}

describe('the blocklist cache', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    invalidateMatcher();
  });

  it('redirects on hosts she gave access to and blocks on the others', async () => {
    grant('bsky.app');
    await list(bluesky, site);
    const { rules, redirectsBeforeRequest } = await currentMatcher();
    const typeOf = (needle: string) =>
      rules.filter((r) => r.condition.regexFilter.includes(needle)).map((r) => r.action.type);
    expect(typeOf('bsky\\.app')).toEqual(['redirect']);
    expect(typeOf('samrivers\\.example\\.org')).toEqual(['block']);
    expect(redirectsBeforeRequest('https://bsky.app/profile/sam-rivers.bsky.social')).toBe(true);
    expect(redirectsBeforeRequest('https://samrivers.example.org/blog/x')).toBe(false);
    // Through the proxy, never asked for: a block rule, so the navigation layer moves the tab.
    expect(redirectsBeforeRequest('https://bsky-app.translate.goog/profile/sam-rivers.bsky.social')).toBe(
      false,
    );
  });

  it('asks the browser once per set of hosts, and treats a browser that cannot say as no access', async () => {
    const contains = grant();
    contains.mockRejectedValueOnce(new Error('not now'));
    await list(bluesky, { ...bluesky, handle: 'other.bsky.social' });
    const { rules } = await currentMatcher();
    const asked = contains.mock.calls.map(([p]) => JSON.stringify(p.origins));
    expect(new Set(asked).size).toBe(asked.length);
    expect(rules.every((r) => r.action.type === 'block')).toBe(true);
  });
});
