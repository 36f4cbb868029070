import { browser } from 'wxt/browser';
import { now } from '@/src/env/clock';
import { firstLayerRedirects } from './first-layer';
import { currentMatcher } from './matcher-cache';
import {
  candidatePlatformFilters,
  type HostFilter,
  platformFilters,
  targetFilters,
} from './navigation-filters';
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

/** One set of listeners under one set of filters, replaced when the filters change. */
class ListenerSlot {
  private group: Group | undefined;
  private key: string | undefined;

  /** Listens under `filters` from now on (none: not at all); the new listeners are in before the old go. */
  set(usesDnr: boolean, filters: HostFilter[]): void {
    const key = JSON.stringify(filters);
    if (key === this.key) return;
    this.key = key;
    const old = this.group;
    this.group = filters.length === 0 ? undefined : handlers(usesDnr);
    if (this.group) add(this.group, filters);
    if (old) remove(old);
  }
}

const platformSlot = new ListenerSlot();
const targetSlot = new ListenerSlot();

/**
 * Registered synchronously at the worker's start, so the navigation that wakes it is delivered: on every
 * platform page until her list is read, then narrowed (refreshNavigationListeners).
 */
export function registerPlatformListeners(usesDnr: boolean): void {
  platformSlot.set(usesDnr, platformFilters());
}

/**
 * Once her list is read, and whenever it changes:
 * - the platform listeners narrowed to the URLs that could show one of her targets
 *   (navigation-filters.ts `candidatePlatformFilters`). Chrome keeps the filters of a worker's listeners to
 *   know which navigations wake it when stopped (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events#filters),
 *   so her ordinary platform pages no longer wake it or reach it at all; when one of his does, the worker's
 *   start registers the platform listeners whole again (registerPlatformListeners), which take that
 *   navigation before they are narrowed;
 * - the places of her own targets no platform filter covers (the sites she added, her fediverse accounts'
 *   servers). Those are added after a storage read, so a navigation that wakes a stopped worker may reach it
 *   before them: the caller sweeps open tabs (including Chrome's pending URL) once they are in place.
 */
export function refreshNavigationListeners(usesDnr: boolean): Promise<void> {
  // One after another: a refresh that read her list before a change must not land after the one that read it after.
  const run = refreshing.then(async () => {
    const { targets } = await currentMatcher();
    platformSlot.set(usesDnr, candidatePlatformFilters(targets));
    targetSlot.set(usesDnr, targetFilters(targets));
  });
  refreshing = run.catch(() => undefined);
  return run;
}

let refreshing: Promise<void> = Promise.resolve();
