import { browser } from 'wxt/browser';
import { isAllowed } from './allowances';
import { interstitialUrl, isInterstitialUrl } from './interstitial-url';
import { blockedKey } from './matcher-cache';

/**
 * Sends a tab that reached a blocked profile to the interstitial. Used by the layers that see a
 * navigation only after it started: in-page URL changes (history.pushState), pages answered by the
 * site's own service worker, tabs already open when a profile is added.
 */
export async function guardTab(tabId: number, url: string | undefined, now: number): Promise<boolean> {
  if (!url || tabId < 0 || isInterstitialUrl(url)) return false;
  const key = await blockedKey(url);
  if (!key || (await isAllowed(tabId, key, now))) return false;
  await browser.tabs.update(tabId, { url: interstitialUrl(url) });
  return true;
}

/** Every open tab already showing a blocked page goes to the interstitial at once. */
export async function guardOpenTabs(now: number): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? false : guardTab(tab.id, tab.url, now))));
}
