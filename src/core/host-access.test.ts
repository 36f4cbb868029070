import { describe, expect, it } from 'vitest';
import {
  hostPatternsOf,
  inPageGuardPatterns,
  SEARCH_HOST_PATTERNS,
  siteOrigins,
  targetPlaces,
} from './host-access';
import { SEARCH_ENGINE_HOST_PATTERNS } from './search/engines';
import type { ListedTarget } from './target';

const profile = (
  platform: Extract<ListedTarget, { kind: 'profile' }>['platform'],
  handle: string,
): ListedTarget => ({
  kind: 'profile',
  platform,
  handle,
});

describe('hostPatternsOf: what she is asked for when she adds a target', () => {
  it('asks for the chat apps of a number, and for the webmail of an address', () => {
    const phone = hostPatternsOf({ kind: 'phone', number: '+34600000000' });
    expect(phone).toEqual(
      expect.arrayContaining(['*://*.wa.me/*', '*://*.whatsapp.com/*', '*://*.signal.me/*', '*://*.t.me/*']),
    );
    expect(phone.some((p) => p.includes('mail'))).toBe(false);
    const email = hostPatternsOf({ kind: 'email', address: 'kai@example.com' });
    expect(email).toEqual(
      expect.arrayContaining([
        '*://*.mail.google.com/*',
        '*://*.outlook.live.com/*',
        '*://*.mail.proton.me/*',
      ]),
    );
    expect(email.some((p) => p.includes('wa.me'))).toBe(false);
  });

  it.each<[ListedTarget, string[]]>([
    [profile('instagram', 'sam'), []],
    [profile('x', 'sam'), []],
    [profile('bluesky', 'sam.bsky.social'), ['*://*.bsky.app/*']],
    [profile('telegram', 'samrivers'), ['*://*.t.me/*', '*://*.telegram.me/*', '*://*.telegram.dog/*']],
    [profile('mastodon', 'sam@fosstodon.org'), ['*://fosstodon.org/*', '*://www.fosstodon.org/*']],
    [
      { kind: 'site', host: 'samrivers.example.org', path: '/blog' },
      [
        '*://samrivers.example.org/*',
        '*://www.samrivers.example.org/*',
        '*://m.samrivers.example.org/*',
        '*://mobile.samrivers.example.org/*',
      ],
    ],
  ])('%j → %j', (target, patterns) => {
    expect(hostPatternsOf(target)).toEqual(patterns);
  });

  it('asks for every Pinterest country site at once', () => {
    const patterns = hostPatternsOf(profile('pinterest', 'sam'));
    expect(patterns).toContain('*://*.pinterest.com/*');
    expect(patterns).toContain('*://*.pinterest.co.uk/*');
    expect(patterns).toContain('*://*.pinterest.fr/*');
  });
});

describe('siteOrigins', () => {
  it('normalises the spelling she may have stored', () => {
    expect(siteOrigins('WWW.SamRivers.Example.org.')).toEqual(siteOrigins('samrivers.example.org'));
    expect(siteOrigins('m.samrivers.example.org')).toEqual(siteOrigins('samrivers.example.org'));
  });
});

describe('inPageGuardPatterns', () => {
  it('names the app-like platforms beyond the first ten, one set per target, and nothing else', () => {
    expect(
      inPageGuardPatterns([
        profile('instagram', 'sam'),
        profile('bluesky', 'sam.bsky.social'),
        profile('strava', '90210'),
        profile('twitch', 'sam'),
        profile('mastodon', 'sam@fosstodon.org'),
        { kind: 'site', host: 'example.org', path: '/' },
      ]),
    ).toEqual([
      ['*://*.bsky.app/*'],
      ['*://*.twitch.tv/*'],
      ['*://fosstodon.org/*', '*://www.fosstodon.org/*'],
    ]);
  });

  it('adds the later platforms whose own search changes the address in place, once she has a name for him', () => {
    const kai = { kind: 'name', name: 'kai morgan' } as const;
    expect(inPageGuardPatterns([kai])).toEqual([
      hostPatternsOf(profile('bluesky', 'sam.bsky.social')),
      hostPatternsOf(profile('pinterest', 'samrivers')),
    ]);
    expect(inPageGuardPatterns([profile('instagram', 'kai.morgan')])).toEqual([]);
  });
});

describe('SEARCH_HOST_PATTERNS: what a first name he goes by asks for', () => {
  it('is the engines, and what a Bluesky or Pinterest profile asks for (their own search)', () => {
    expect(SEARCH_HOST_PATTERNS).toEqual([
      ...SEARCH_ENGINE_HOST_PATTERNS,
      ...hostPatternsOf(profile('bluesky', 'sam.bsky.social')),
      ...hostPatternsOf(profile('pinterest', 'samrivers')),
    ]);
    expect(SEARCH_HOST_PATTERNS).toContain('*://*.pinterest.com/*');
  });
});

describe('targetPlaces', () => {
  it('gives a site its four spellings and an account its server and address', () => {
    expect(targetPlaces({ kind: 'site', host: 'example.org', path: '/x' })).toEqual({
      hosts: ['example.org', 'www.example.org', 'm.example.org', 'mobile.example.org'],
      domains: [],
      paths: [],
    });
    expect(targetPlaces(profile('mastodon', 'sam@fosstodon.org'))).toEqual({
      hosts: ['fosstodon.org', 'www.fosstodon.org'],
      domains: [],
      paths: ['@sam@fosstodon.org'],
    });
    expect(targetPlaces(profile('bluesky', 'sam.bsky.social'))).toEqual({
      hosts: [],
      domains: [],
      paths: [],
    });
  });

  it('gives a number its chat apps and an address its webmail, each with their subdomains', () => {
    expect(targetPlaces({ kind: 'phone', number: '+34600000000' }).domains).toEqual(
      expect.arrayContaining(['wa.me', 'whatsapp.com', 'signal.me', 't.me', 'telegram.me']),
    );
    expect(targetPlaces({ kind: 'email', address: 'kai@example.com' }).domains).toEqual(
      expect.arrayContaining(['mail.google.com', 'outlook.live.com', 'mail.yahoo.com', 'mail.proton.me']),
    );
  });
});
