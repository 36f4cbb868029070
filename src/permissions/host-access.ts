import { browser } from 'wxt/browser';
import { hostPatternsOf, type ListedTarget, mirrorPatternsOf } from '@/src/core';

/**
 * Host access for what she adds beyond the first ten platforms' install-time hosts: a site, a later
 * platform (Bluesky, Pinterest's country sites…), his fediverse server. One helper for every "ask for
 * these hosts": the options page, the welcome page and the popup ask when she adds (permissions.request
 * needs her click or key press), the background checks (src/background/matcher-cache.ts). Chrome performs a
 * redirect rule only with host access
 * (https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest#rule-actions), and
 * Firefox shows webRequest only the requests of hosts it may access. Without it the target is still
 * blocked, by a block rule (Chrome) or the navigation layer (both): README, "Host access".
 */

/**
 * The hosts to ask for when she adds `target`: those it lives on beyond the install, and in Firefox also
 * its mirrors and Google Translate's proxy. Chrome stops those before any request without access (a block
 * rule needs none); Firefox cannot, and without access one request reaches them and the page may show
 * for a moment before the navigation layer moves the tab (measured: e2e/platforms.e2e.ts).
 */
export function hostsToAsk(target: ListedTarget, withMirrors: boolean = import.meta.env.FIREFOX): string[] {
  return [...hostPatternsOf(target), ...(withMirrors ? mirrorPatternsOf(target) : [])];
}

/**
 * Asks her for the hosts of `target` (`hostsToAsk`), if it needs any: one prompt of the browser's own.
 * Call it from the click or key press that adds it, before anything is awaited: browsers refuse a
 * permission request without a gesture. Resolves `false` if she declines, `true` if nothing was needed
 * or she agreed.
 */
export function requestHostAccessFor(target: ListedTarget, withMirrors?: boolean): Promise<boolean> {
  const origins = hostsToAsk(target, withMirrors);
  if (origins.length === 0) return Promise.resolve(true);
  try {
    return browser.permissions.request({ origins }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

export function hasHostAccessFor(target: ListedTarget): Promise<boolean> {
  return hasHostAccess(hostPatternsOf(target));
}

/** Whether the extension may access every host of `origins` (`[]`: nothing needed). A browser that can't say: no. */
export async function hasHostAccess(origins: readonly string[]): Promise<boolean> {
  if (origins.length === 0) return true;
  try {
    return await browser.permissions.contains({ origins: [...origins] });
  } catch {
    return false;
  }
}
