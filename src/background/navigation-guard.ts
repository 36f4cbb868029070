import { browser } from 'wxt/browser';
import type { Arrival } from '@/src/messages/arrival';
import { isAllowed } from './allowances';
import { interstitialUrl, isInterstitialUrl } from './interstitial-url';
import { blockedKey } from './matcher-cache';

/**
 * Sends a tab that reached a blocked profile to the interstitial. Used by the layers that see a
 * navigation only after it started: in-page URL changes (history.pushState), pages answered by the
 * site's own service worker, back/forward restores, tabs already open when a profile is added.
 * Several of them may report the same navigation: a tab already on its way there is left alone.
 */

export async function guardTab(
  tabId: number,
  url: string | undefined,
  now: number,
  arrival: Arrival = 'redirect',
): Promise<boolean> {
  if (!url || tabId < 0 || isInterstitialUrl(url)) return false;
  const key = await blockedKey(url);
  if (!key || (await isAllowed(tabId, key, now))) return false;
  await moveTab(tabId, interstitialUrl(url, arrival));
  return true;
}

/** Sends the tab to `destination`, unless it is on its way there already. */
export async function moveTab(tabId: number, destination: string): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  // Chrome's `pendingUrl`: the navigation under way (https://developer.chrome.com/docs/extensions/reference/api/tabs#property-Tab-pendingUrl).
  if ((tab as { pendingUrl?: string } | undefined)?.pendingUrl === destination) return;
  await browser.tabs.update(tabId, { url: destination });
}

/** Every open tab already showing (or loading) a blocked page goes to the interstitial at once. */
export async function guardOpenTabs(now: number): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? false
        : // Chrome's `pendingUrl`: a navigation under way, e.g. the one that woke a stopped worker.
          guardPendingOrShown(tab.id, (tab as { pendingUrl?: string }).pendingUrl, tab.url, now),
    ),
  );
}

/** A navigation under way is stopped like any other; a page already shown was there before she listed it. */
function guardPendingOrShown(
  tabId: number,
  pendingUrl: string | undefined,
  url: string | undefined,
  now: number,
) {
  return pendingUrl ? guardTab(tabId, pendingUrl, now) : guardTab(tabId, url, now, 'swept');
}
