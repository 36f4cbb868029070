import { browser } from 'wxt/browser';
import { currentMatcher } from './matcher-cache';

/**
 * First layer (Chrome): declarativeNetRequest redirects full navigations before any request
 * reaches the site. Rebuilt from storage on install, startup, every blocklist change and every
 * change of host access.
 *
 * A redirect needs host access to the URL; a block does not
 * (https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest#rule-actions).
 * URL forms on hosts without access (sites or platforms she declined, mirrors she was never asked for)
 * get block rules, so no request reaches them either, and the navigation guard (onBeforeNavigate)
 * puts the interstitial in the tab.
 */

/**
 * One rebuild at a time: two overlapping ones (her list and host access changing together) would each
 * remove the rules they saw and add the same ids, and the second would fail on a duplicate id.
 */
let pending: Promise<unknown> = Promise.resolve();

export function syncRedirectRules(): Promise<number> {
  const run = pending.then(rebuildRedirectRules, rebuildRedirectRules);
  pending = run.catch(() => undefined);
  return run;
}

async function rebuildRedirectRules(): Promise<number> {
  const { rules } = await currentMatcher();
  const existing = await browser.declarativeNetRequest.getDynamicRules();
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: existing.map((r) => r.id),
    addRules: rules as unknown as Parameters<
      typeof browser.declarativeNetRequest.updateDynamicRules
    >[0]['addRules'],
  });
  return rules.length;
}
