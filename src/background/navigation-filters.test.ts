import { describe, expect, it } from 'vitest';
import type { Target } from '@/src/core';
import { platformFilters, targetFilters } from './navigation-filters';

describe('webNavigation URL filters', () => {
  it('cover each platform, its subdomains and the archive and viewer hosts', () => {
    const filters = platformFilters();
    for (const domain of [
      'instagram.com',
      'x.com',
      'facebook.com',
      'm.me',
      'web.archive.org',
      'imginn.com',
    ]) {
      expect(filters).toContainEqual({ hostEquals: domain });
      expect(filters).toContainEqual({ hostSuffix: `.${domain}` });
    }
  });

  it('match whole labels only: notinstagram.com wakes nothing', () => {
    const hosts = (host: string) =>
      platformFilters().some((f) => f.hostEquals === host || (f.hostSuffix && host.endsWith(f.hostSuffix)));
    expect(hosts('www.instagram.com')).toBe(true);
    expect(hosts('instagram.com')).toBe(true);
    expect(hosts('notinstagram.com')).toBe(false);
    expect(hosts('instagram.com.evil.example')).toBe(false);
  });

  it('cover the platforms beyond the first ten, their mirrors and Google Translate’s proxy', () => {
    const filters = platformFilters();
    for (const domain of [
      'bsky.app',
      'pinterest.co.uk',
      't.me',
      'mastodon.social',
      'nitter.net',
      'translate.goog',
    ]) {
      expect(filters).toContainEqual({ hostEquals: domain });
      expect(filters).toContainEqual({ hostSuffix: `.${domain}` });
    }
  });

  it('take each site host with and without www., m. and mobile., once, in a stable order', () => {
    const site = (host: string): Target => ({ kind: 'site', host, path: '/' });
    expect(targetFilters([site('b.example'), site('a.example'), site('B.example')])).toEqual(
      [
        'a.example',
        'b.example',
        'm.a.example',
        'm.b.example',
        'mobile.a.example',
        'mobile.b.example',
        'www.a.example',
        'www.b.example',
      ].map((hostEquals) => ({ hostEquals })),
    );
    expect(targetFilters([])).toEqual([]);
  });

  it('take a fediverse account’s server, and his address in the path on any other server', () => {
    const account: Target = { kind: 'profile', platform: 'mastodon', handle: 'samrivers@social.example.net' };
    expect(targetFilters([account])).toEqual([
      { hostEquals: 'social.example.net' },
      { hostEquals: 'www.social.example.net' },
      { pathContains: '@samrivers@social.example.net' },
    ]);
  });

  it('add nothing for profiles on platforms the platform filters cover', () => {
    expect(targetFilters([{ kind: 'profile', platform: 'bluesky', handle: 'sam.bsky.social' }])).toEqual([]);
  });

  it('add the chat apps of his number and the webmail of his address only once she lists one', () => {
    const site: Target = { kind: 'site', host: 'a.example', path: '/' };
    const withPhone = targetFilters([site, { kind: 'phone', number: '+34600000000' }]);
    for (const domain of ['wa.me', 'whatsapp.com', 'signal.me', 't.me']) {
      expect(withPhone).toContainEqual({ hostEquals: domain });
      expect(withPhone).toContainEqual({ hostSuffix: `.${domain}` });
    }
    expect(withPhone).not.toContainEqual({ hostEquals: 'mail.google.com' });
    const withEmail = targetFilters([{ kind: 'email', address: 'kai@example.com' }]);
    expect(withEmail).toContainEqual({ hostEquals: 'mail.google.com' });
    expect(withEmail).toContainEqual({ hostSuffix: '.mail.yahoo.com' });
    expect(withEmail).not.toContainEqual({ hostEquals: 'wa.me' });
    expect(targetFilters([site])).not.toContainEqual({ hostEquals: 'wa.me' });
  });
});
