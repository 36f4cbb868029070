import { browser } from 'wxt/browser';
import { compileDnrRules } from '@/src/core';
import { INTERSTITIAL_PATH } from './interstitial-url';
import { currentMatcher } from './matcher-cache';

/**
 * First layer (Chrome): declarativeNetRequest redirects full navigations before any request
 * reaches the site. Rebuilt from storage on install, startup and every blocklist change.
 */
export async function syncRedirectRules(): Promise<number> {
  const { targets } = await currentMatcher();
  const rules = compileDnrRules(targets, browser.runtime.getURL(INTERSTITIAL_PATH));
  const existing = await browser.declarativeNetRequest.getDynamicRules();
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: existing.map((r) => r.id),
    addRules: rules as unknown as Parameters<
      typeof browser.declarativeNetRequest.updateDynamicRules
    >[0]['addRules'],
  });
  return rules.length;
}
