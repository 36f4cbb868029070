import { browser } from 'wxt/browser';
import { targetKey } from '@/src/core';
import { now } from '@/src/env/clock';
import { currentMatcher } from './matcher-cache';
import { type HostFilter, platformFilters, siteFilters } from './navigation-filters';
import { guardTab } from './navigation-guard';

/**
 * Second layer: webNavigation events for what the first layer (redirect rules, webRequest) cannot
 * see or is not allowed to act on. Listeners carry URL filters, so other pages never wake the worker.
 *
 * - onBeforeNavigate: only targets the first layer misses (sites without host access, rules past the
 *   budget); for the others it would start a second navigation racing the rule's redirect.
 * - onCommitted: a page that got through anyway: answered by the site's service worker (Chrome's DNR
 *   never sees it, https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest
 *   "requests handled by service workers"), restored from the back/forward cache, loaded by a rule gap.
 * - onHistoryStateUpdated: history.pushState/replaceState.
 * - onErrorOccurred: a site blocked by a block rule ends on an error page unless moved.
 */
type Details = { tabId: number; frameId: number; url: string };
type Group = ReturnType<typeof handlers>;

function handlers() {
  const top = (fn: (d: Details) => unknown) => (d: Details) => {
    if (d.frameId === 0) void fn(d);
  };
  return {
    before: top(async ({ tabId, url }) => {
      const { matcher, firstLayerMisses } = await currentMatcher();
      const target = matcher.match(url);
      if (target && firstLayerMisses.has(targetKey(target))) await guardTab(tabId, url, now());
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
export function registerPlatformListeners(): void {
  add(handlers(), platformFilters());
}

let siteGroup: Group | undefined;
let siteKey = '';

/**
 * Listeners for the hosts of the sites she added, re-registered when that set changes. They are added
 * after a storage read, so a navigation that wakes a stopped worker may reach it before them: the
 * caller sweeps open tabs (including Chrome's pending URL) once they are in place.
 */
export async function refreshSiteListeners(): Promise<void> {
  const { targets } = await currentMatcher();
  const filters = siteFilters(targets.flatMap((t) => (t.kind === 'site' ? [t.host] : [])));
  const key = JSON.stringify(filters);
  if (key === siteKey) return;
  siteKey = key;
  if (siteGroup) remove(siteGroup);
  siteGroup = undefined;
  if (filters.length === 0) return;
  siteGroup = handlers();
  add(siteGroup, filters);
}
