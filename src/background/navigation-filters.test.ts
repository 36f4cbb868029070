import { describe, expect, it } from 'vitest';
import { platformFilters, siteFilters } from './navigation-filters';

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

  it('take each site host with and without www., once, in a stable order', () => {
    expect(siteFilters(['www.b.example', 'a.example', 'B.example'])).toEqual([
      { hostEquals: 'a.example' },
      { hostEquals: 'www.a.example' },
      { hostEquals: 'b.example' },
      { hostEquals: 'www.b.example' },
    ]);
    expect(siteFilters([])).toEqual([]);
  });
});
