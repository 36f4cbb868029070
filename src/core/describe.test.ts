import { describe, expect, it } from 'vitest';
import { describeTarget, targetUrl } from './describe';
import { createMatcher } from './match';
import { type ListedTarget, PLATFORMS, type Platform, type Target } from './target';

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
      { kind: 'profile', platform: 'youtube', handle: 'channel/UCz9y8x7w6v5u4t3s2r1q0pA' },
      'YouTube',
      'channel/UCz9y8x7w6v5u4t3s2r1q0pA',
    ],
    [
      { kind: 'profile', platform: 'linkedin', handle: 'pub/sam-rivers/1a/2b3/4c5' },
      'LinkedIn',
      'pub/sam-rivers/1a/2b3/4c5',
    ],
    [
      { kind: 'profile', platform: 'bluesky', handle: 'sam-rivers.bsky.social' },
      'Bluesky',
      '@sam-rivers.bsky.social',
    ],
    [
      { kind: 'profile', platform: 'bluesky', handle: 'did:plc:z72i7hdynmk6r22z27h6tvur' },
      'Bluesky',
      'did:plc:z72i7hdynmk6r22z27h6tvur',
    ],
    [{ kind: 'profile', platform: 'strava', handle: '90210' }, 'Strava', 'athletes/90210'],
    [{ kind: 'profile', platform: 'spotify', handle: 'samrivers' }, 'Spotify', 'user/samrivers'],
    [{ kind: 'profile', platform: 'venmo', handle: 'sam-rivers-3' }, 'Venmo', '@sam-rivers-3'],
    [{ kind: 'profile', platform: 'pinterest', handle: 'samrivers' }, 'Pinterest', '@samrivers'],
    [{ kind: 'profile', platform: 'twitch', handle: 'samrivers' }, 'Twitch', 'samrivers'],
    [{ kind: 'profile', platform: 'tumblr', handle: 'samrivers' }, 'Tumblr', 'samrivers'],
    [
      { kind: 'profile', platform: 'mastodon', handle: 'samrivers@fosstodon.org' },
      'Mastodon',
      '@samrivers@fosstodon.org',
    ],
    [{ kind: 'profile', platform: 'telegram', handle: 'samrivers' }, 'Telegram', '@samrivers'],
    [
      { kind: 'site', host: 'samrivers.example.org', path: '/blog' },
      'samrivers.example.org',
      'samrivers.example.org/blog',
    ],
    [{ kind: 'site', host: 'example.org', path: '/' }, 'example.org', 'example.org'],
    [{ kind: 'phone', number: '+34600000000' }, 'Phone', '+34 600 00 00 00'],
    [{ kind: 'phone', number: '+14155550134' }, 'Phone', '+1 415 555 0134'],
    [{ kind: 'email', address: 'kai.morgan@example.com' }, 'Email', 'kai.morgan@example.com'],
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
      'm.example.org',
    ]);
    expect(describeTarget({ kind: 'profile', platform: 'x', handle: 'sam' }).alsoCoversFeatures).toContain(
      'mirrors',
    );
    expect(describeTarget({ kind: 'profile', platform: 'tumblr', handle: 'sam' }).alsoCovers).toEqual([
      'sam.tumblr.com',
      'tumblr.com/sam',
    ]);
    expect(
      describeTarget({ kind: 'profile', platform: 'mastodon', handle: 'sam@fosstodon.org' })
        .alsoCoversFeatures,
    ).toContain('other-servers');
    expect(
      describeTarget({ kind: 'profile', platform: 'pinterest', handle: 'sam' }).alsoCoversFeatures,
    ).toContain('countries');
    expect(describeTarget({ kind: 'phone', number: '+34600000000' }).alsoCoversFeatures).toEqual([
      'chat-links',
    ]);
    expect(describeTarget({ kind: 'email', address: 'kai@example.com' }).alsoCoversFeatures).toEqual([
      'compose-links',
    ]);
  });

  it.each<ListedTarget>([
    { kind: 'phone', number: '+34600000000' },
    { kind: 'email', address: 'kai.morgan@example.com' },
  ])('opens %j at an address the matcher stops', (target) => {
    expect(createMatcher([target]).hit(targetUrl(target))).toEqual({ target, moment: 'contact' });
  });

  /** A handle each platform accepts, in every form its handles take. */
  const SAMPLES: Record<Platform, string[]> = {
    instagram: ['sam'],
    threads: ['sam'],
    x: ['sam'],
    facebook: ['100012345678901', 'samrivers77'],
    tiktok: ['sam'],
    linkedin: ['sam', 'pub/sam-rivers/1a/2b3/4c5', 'josé-pérez'],
    youtube: ['sam', 'channel/UCz9y8x7w6v5u4t3s2r1q0pA', 'user/sam', 'c/sam'],
    reddit: ['sam'],
    snapchat: ['sam'],
    bluesky: ['sam.bsky.social', 'did:plc:z72i7hdynmk6r22z27h6tvur'],
    strava: ['90210'],
    spotify: ['sam'],
    venmo: ['sam-rivers-3'],
    pinterest: ['sam'],
    twitch: ['sam'],
    tumblr: ['sam'],
    mastodon: ['sam@fosstodon.org', 'sam@social.example.net'],
    telegram: ['samrivers'],
  };

  it.each(PLATFORMS.flatMap((p) => SAMPLES[p].map((handle) => [p, handle])))(
    'opens a %s target (%s) at an address the matcher blocks',
    (platform, handle) => {
      const target: Target = { kind: 'profile', platform: platform as Platform, handle };
      expect(createMatcher([target]).match(targetUrl(target))).toEqual(target);
    },
  );
});
