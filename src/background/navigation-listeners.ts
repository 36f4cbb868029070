import { browser } from 'wxt/browser';
import { now } from '@/src/env/clock';
import { firstLayerRedirects } from './first-layer';
import { currentMatcher } from './matcher-cache';
import { type HostFilter, platformFilters, targetFilters } from './navigation-filters';
import { guardTab } from './navigation-guard';

/**
 * Second layer: webNavigation events for what the first layer (redirect rules, webRequest) cannot
 * see or is not allowed to act on. Listeners carry URL filters, so other pages never wake the worker.
 *
 * - onBeforeNavigate: only URLs the first layer does not redirect (hosts without access, rules past the
 *   budget: first-layer.ts); for the others it would start a second navigation racing the redirect.
 * - onCommitted: a page that got through anyway: answered by the site's service worker (Chrome's DNR
 *   never sees it, https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest
 *   "requests handled by service workers"), restored from the back/forward cache, loaded by a rule gap.
 * - onHistoryStateUpdated: history.pushState/replaceState.
 * - onErrorOccurred: a site blocked by a block rule ends on an error page unless moved.
 */
type Details = { tabId: number; frameId: number; url: string };
type Group = ReturnType<typeof handlers>;

function handlers(usesDnr: boolean) {
  const top = (fn: (d: Details) => unknown) => (d: Details) => {
    if (d.frameId === 0) void fn(d);
  };
  return {
    before: top(async ({ tabId, url }) => {
      const { matcher } = await currentMatcher();
      if (matcher.match(url) && !(await firstLayerRedirects(url, usesDnr))) await guardTab(tabId, url, now());
    }),
    // The profile (or its error page) committed: its entry stays behind the interstitial.
    committed: top(({ tabId, url }) => guardTab(tabId, url, now(), 'after-page')),
    history: top(({ tabId, url }) => guardTab(tabId, url, now(), 'after-page')),
    error: top(({ tabId, url }) => guardTab(tabId, url, now(), 'after-page')),
  };
}

function add(group: Group, url: HostFilter[]): void {
  const filters = { url };
  browser.webNavigation.onBeforeNavigate.addListener(group.before, filters);
  browser.webNavigation.onCommitted.addListener(group.committed, filters);
  browser.webNavigation.onHistoryStateUpdated.addListener(group.history, filters);
  browser.webNavigation.onErrorOccurred.addListener(group.error, filters);
}

function remove(group: Group): void {
  browser.webNavigation.onBeforeNavigate.removeListener(group.before);
  browser.webNavigation.onCommitted.removeListener(group.committed);
  browser.webNavigation.onHistoryStateUpdated.removeListener(group.history);
  browser.webNavigation.onErrorOccurred.removeListener(group.error);
}

/** Registered synchronously at the worker's start, so the navigation that wakes it is delivered. */
export function registerPlatformListeners(usesDnr: boolean): void {
  add(handlers(usesDnr), platformFilters());
}

let targetGroup: Group | undefined;
let targetFiltersKey = '';

/**
 * Listeners for the places of her own targets no platform filter covers (the sites she added, her
 * fediverse accounts' servers), re-registered when that set changes. They are added after a storage read,
 * so a navigation that wakes a stopped worker may reach it before them: the caller sweeps open tabs
 * (including Chrome's pending URL) once they are in place.
 */
export async function refreshTargetListeners(usesDnr: boolean): Promise<void> {
  const { targets } = await currentMatcher();
  const filters = targetFilters(targets);
  const key = JSON.stringify(filters);
  if (key === targetFiltersKey) return;
  targetFiltersKey = key;
  if (targetGroup) remove(targetGroup);
  targetGroup = undefined;
  if (filters.length === 0) return;
  targetGroup = handlers(usesDnr);
  add(targetGroup, filters);
}
