import { describe, expect, it } from 'vitest';
import { compileDnr } from '@/src/core';
import { dnrRules } from './redirect-rules';

const PAGE = 'chrome-extension://id/interstitial.html';

describe('dnrRules', () => {
  it('keeps redirects and turns the rules of sites without host access into blocks, ids unique', () => {
    const redirects = compileDnr([{ kind: 'profile', platform: 'instagram', handle: 'exname' }], PAGE).rules;
    const blocks = compileDnr([{ kind: 'site', host: 'samrivers.example.org', path: '/blog' }], PAGE, {
      firstId: redirects.length + 1,
    }).rules;
    const rules = dnrRules(redirects, blocks);
    expect(rules.map((r) => r.action.type)).toEqual([...redirects.map(() => 'redirect'), 'block']);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    const block = rules.at(-1);
    expect(block?.condition.regexFilter).toContain('samrivers');
    expect(block?.condition.resourceTypes).toEqual(['main_frame']);
  });
});
