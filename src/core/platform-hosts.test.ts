import { describe, expect, it } from 'vitest';
import { domainsOfPatterns, INTERCEPTION_HOST_PATTERNS, PLATFORM_HOST_PATTERNS } from './platform-hosts';
import { PLATFORM_RULES } from './platforms';

describe('platform hosts', () => {
  it('reduce match patterns to their domains, once each', () => {
    expect(domainsOfPatterns(['*://*.instagram.com/*', '*://instagr.am/*', '*://*.instagr.am/*'])).toEqual([
      'instagram.com',
      'instagr.am',
    ]);
  });

  it('give host access to every domain and viewer host the matcher understands', () => {
    const granted = new Set(domainsOfPatterns(INTERCEPTION_HOST_PATTERNS));
    for (const rules of Object.values(PLATFORM_RULES)) {
      for (const domain of [...rules.domains, ...(rules.mirrorHosts ?? [])])
        expect(granted).toContain(domain);
    }
    expect(granted).toContain('web.archive.org');
  });

  it('run the content script only where pages can change their URL in place', () => {
    expect(domainsOfPatterns(PLATFORM_HOST_PATTERNS)).not.toContain('web.archive.org');
    expect(domainsOfPatterns(PLATFORM_HOST_PATTERNS)).not.toContain('m.me');
  });
});
