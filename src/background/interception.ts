import { browser } from 'wxt/browser';
import { invalidateMatcher } from './matcher-cache';
import { guardOpenTabs } from './navigation-guard';
import { refreshSiteListeners, registerPlatformListeners } from './navigation-listeners';
import { syncRedirectRules } from './redirect-rules';
import { redirectBlockedRequest } from './web-request-guard';

/**
 * Every interception layer, wired in one place. `usesDnr`: Chrome (MV3) redirects with
 * declarativeNetRequest rules; Firefox (MV2) with a blocking webRequest listener.
 */

/** After any change to her list or to host access: rules, listeners, and tabs already open. */
export async function applyBlocklist(usesDnr: boolean, now: number): Promise<void> {
  invalidateMatcher();
  if (usesDnr) await syncRedirectRules();
  await refreshSiteListeners();
  await guardOpenTabs(now);
}

/** Call synchronously at the background's start. */
export function registerInterception(usesDnr: boolean, now: () => number): void {
  registerPlatformListeners();
  // Site listeners are added after a storage read; sweep once they are in, for a navigation that
  // woke the worker before them.
  void refreshSiteListeners().then(() => guardOpenTabs(now()));
  // She granted or withdrew access to a site: its redirect rule works now, or must become a block rule.
  browser.permissions.onAdded.addListener(() => void applyBlocklist(usesDnr, now()));
  browser.permissions.onRemoved.addListener(() => void applyBlocklist(usesDnr, now()));
  if (!usesDnr) {
    // Firefox keeps blocking webRequest (MDN: webRequest.onBeforeRequest); it only sees hosts the
    // extension may access, i.e. the platforms and the sites she granted.
    browser.webRequest.onBeforeRequest.addListener(
      redirectBlockedRequest as never,
      { urls: ['<all_urls>'], types: ['main_frame'] },
      ['blocking'],
    );
  }
}
