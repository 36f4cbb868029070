import { describe, expect, it } from 'vitest';
import { describeTarget, targetUrl } from './describe';
import { createMatcher } from './match';
import { type ListedTarget, PLATFORMS, type Target } from './target';

describe('describeTarget', () => {
  it.each<[ListedTarget, string, string]>([
    [{ kind: 'profile', platform: 'instagram', handle: 'sam.rivers_' }, 'Instagram', '@sam.rivers_'],
    [{ kind: 'profile', platform: 'threads', handle: 'sam.rivers_' }, 'Threads', '@sam.rivers_'],
    [{ kind: 'profile', platform: 'x', handle: 'sam_rivers' }, 'X', '@sam_rivers'],
    [{ kind: 'profile', platform: 'facebook', handle: 'samrivers77' }, 'Facebook', 'samrivers77'],
    [{ kind: 'profile', platform: 'facebook', handle: '100012345678901' }, 'Facebook', 'id 100012345678901'],
    [{ kind: 'profile', platform: 'tiktok', handle: 'sam.rivers' }, 'TikTok', '@sam.rivers'],
    [
      { kind: 'profile', platform: 'linkedin', handle: 'sam-rivers-4b2a1c' },
      'LinkedIn',
      'in/sam-rivers-4b2a1c',
    ],
    [{ kind: 'profile', platform: 'youtube', handle: 'samrivers' }, 'YouTube', '@samrivers'],
    [{ kind: 'profile', platform: 'reddit', handle: 'sam_rivers' }, 'Reddit', 'u/sam_rivers'],
    [{ kind: 'profile', platform: 'snapchat', handle: 'samrivers' }, 'Snapchat', '@samrivers'],
    [
      { kind: 'site', host: 'samrivers.example.org', path: '/blog' },
      'samrivers.example.org',
      'samrivers.example.org/blog',
    ],
    [{ kind: 'site', host: 'example.org', path: '/' }, 'example.org', 'example.org'],
  ])('%j', (target, platformName, display) => {
    expect(describeTarget(target)).toMatchObject({ platformName, display });
  });

  it('lists the other hosts and features a profile target covers', () => {
    expect(describeTarget({ kind: 'profile', platform: 'instagram', handle: 'sam' })).toMatchObject({
      alsoCovers: expect.arrayContaining(['m.instagram.com']),
      alsoCoversFeatures: expect.arrayContaining(['stories', 'subpages']),
    });
    expect(describeTarget({ kind: 'profile', platform: 'x', handle: 'sam' }).alsoCovers).toContain(
      'twitter.com',
    );
    expect(
      describeTarget({ kind: 'profile', platform: 'facebook', handle: '1' }).alsoCoversFeatures,
    ).toContain('messenger');
    expect(describeTarget({ kind: 'site', host: 'example.org', path: '/' }).alsoCovers).toEqual([
      'www.example.org',
    ]);
  });

  it.each(PLATFORMS.map((p) => [p]))('opens a %s target at an address the matcher blocks', (platform) => {
    const target: Target = {
      kind: 'profile',
      platform,
      handle: platform === 'facebook' ? '100012345678901' : 'sam',
    };
    expect(createMatcher([target]).match(targetUrl(target))).toEqual(target);
  });
});
