import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compileDnr, type Target } from '@/src/core';
import { syncRedirectRules } from './redirect-rules';

let targets: Target[] = [];
vi.mock('./matcher-cache', () => ({
  currentMatcher: async () => ({
    rules: compileDnr(targets, 'chrome-extension://id/interstitial.html').rules,
  }),
}));

interface Rule {
  id: number;
}

/** declarativeNetRequest's dynamic rules as Chrome keeps them: a duplicate id fails the whole update. */
function fakeDynamicRules() {
  let rules: Rule[] = [];
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    current: () => rules,
    getDynamicRules: async () => {
      await tick();
      return [...rules];
    },
    updateDynamicRules: async ({
      removeRuleIds = [],
      addRules = [],
    }: {
      removeRuleIds?: number[];
      addRules?: Rule[];
    }) => {
      await tick();
      const kept = rules.filter((r) => !removeRuleIds.includes(r.id));
      const ids = new Set(kept.map((r) => r.id));
      for (const rule of addRules) {
        if (ids.has(rule.id)) throw new Error(`Rule with id ${rule.id} does not have a unique ID.`);
        ids.add(rule.id);
      }
      rules = [...kept, ...addRules];
    },
  };
}

const profile = (handle: string, platform: 'instagram' | 'x' | 'tiktok' = 'instagram'): Target => ({
  kind: 'profile',
  platform,
  handle,
});

describe('syncRedirectRules', () => {
  let dnr: ReturnType<typeof fakeDynamicRules>;

  beforeEach(() => {
    fakeBrowser.reset();
    dnr = fakeDynamicRules();
    // The fake browser has no declarativeNetRequest.
    Object.assign(fakeBrowser, { declarativeNetRequest: dnr });
  });

  it('runs overlapping rebuilds one after the other, so none fails on an id the other just added', async () => {
    targets = [profile('exname')];
    await syncRedirectRules();
    targets = [profile('exname'), profile('samrivers', 'x'), profile('samrivers', 'tiktok')];
    const results = await Promise.allSettled([syncRedirectRules(), syncRedirectRules()]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    const [first] = results;
    expect(dnr.current().length).toBe(first.status === 'fulfilled' ? first.value : -1);
    expect(dnr.current().length).toBeGreaterThan(0);
    expect(new Set(dnr.current().map((r) => r.id)).size).toBe(dnr.current().length);
  });

  it('keeps going after a failed rebuild', async () => {
    targets = [profile('exname')];
    const update = dnr.updateDynamicRules;
    dnr.updateDynamicRules = () => Promise.reject(new Error('quota'));
    await expect(syncRedirectRules()).rejects.toThrow('quota');
    dnr.updateDynamicRules = update;
    await expect(syncRedirectRules()).resolves.toBeGreaterThan(0);
  });
});
