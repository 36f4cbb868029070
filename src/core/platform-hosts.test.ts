import { describe, expect, it } from 'vitest';
import {
  domainsOfPatterns,
  INTERCEPTION_HOST_PATTERNS,
  PLATFORM_HOST_PATTERNS,
  WATCHED_DOMAINS,
} from './platform-hosts';
import { PLATFORM_RULES } from './platforms';
import { INSTAGRAM_VIEWERS } from './platforms/instagram';

const rules = Object.values(PLATFORM_RULES);

describe('platform hosts', () => {
  it('reduce match patterns to their domains, once each', () => {
    expect(domainsOfPatterns(['*://*.instagram.com/*', '*://instagr.am/*', '*://*.instagr.am/*'])).toEqual([
      'instagram.com',
      'instagr.am',
    ]);
  });

  it('give host access at install to every domain of the first ten and the viewers they always had', () => {
    const granted = new Set(domainsOfPatterns(INTERCEPTION_HOST_PATTERNS));
    for (const platform of rules.filter((r) => r.access === 'install')) {
      for (const domain of platform.domains) expect(granted).toContain(domain);
    }
    for (const viewer of INSTAGRAM_VIEWERS.filter((v) => v.installed)) expect(granted).toContain(viewer.host);
    expect(granted).toContain('web.archive.org');
  });

  it('keep the install-time warning as it was: no later platform, mirror or proxy in it', () => {
    const granted = new Set(domainsOfPatterns(INTERCEPTION_HOST_PATTERNS));
    for (const platform of rules.filter((r) => r.access === 'optional')) {
      for (const domain of platform.domains) expect(granted).not.toContain(domain);
    }
    for (const host of [...(PLATFORM_RULES.x.mirrorHosts ?? []), 'translate.goog', 'picnob.com']) {
      expect(granted).not.toContain(host);
    }
    // The first wave's list, byte for byte: a change here changes what the browser says at install.
    expect(INTERCEPTION_HOST_PATTERNS).toEqual([
      '*://*.instagram.com/*',
      '*://instagr.am/*',
      '*://*.instagr.am/*',
      '*://*.threads.net/*',
      '*://*.threads.com/*',
      '*://*.x.com/*',
      '*://*.twitter.com/*',
      '*://*.facebook.com/*',
      '*://*.fb.com/*',
      '*://*.messenger.com/*',
      '*://*.tiktok.com/*',
      '*://*.linkedin.com/*',
      '*://*.youtube.com/*',
      '*://*.reddit.com/*',
      '*://*.snapchat.com/*',
      '*://web.archive.org/*',
      '*://*.imginn.com/*',
      '*://*.picuki.com/*',
      '*://m.me/*',
    ]);
  });

  it('run the content script only where pages can change their URL in place', () => {
    expect(domainsOfPatterns(PLATFORM_HOST_PATTERNS)).not.toContain('web.archive.org');
    expect(domainsOfPatterns(PLATFORM_HOST_PATTERNS)).not.toContain('m.me');
  });

  it('watch every domain and mirror host the matcher reads, with or without access', () => {
    for (const platform of rules) {
      for (const domain of [...platform.domains, ...(platform.mirrorHosts ?? [])]) {
        expect(WATCHED_DOMAINS).toContain(domain);
      }
    }
    expect(WATCHED_DOMAINS).toContain('translate.goog');
    expect(new Set(WATCHED_DOMAINS).size).toBe(WATCHED_DOMAINS.length);
  });
});
