import { browser } from 'wxt/browser';
import { syncInPageGuard } from './in-page-guard-hosts';
import { invalidateMatcher } from './matcher-cache';
import { guardOpenTabs } from './navigation-guard';
import { refreshTargetListeners, registerPlatformListeners } from './navigation-listeners';
import { syncRedirectRules } from './redirect-rules';
import { redirectBlockedRequest } from './web-request-guard';

/**
 * Every interception layer, wired in one place. `usesDnr`: Chrome (MV3) redirects with
 * declarativeNetRequest rules; Firefox (MV2) with a blocking webRequest listener.
 */

export interface CopyRole {
  usesDnr: boolean;
  /**
   * This copy of the background keeps what the browser holds for the whole extension: redirect rules and
   * the in-page guard's registration (Chrome's private-window copy shares them with the main one and
   * leaves them alone: see private-copy.ts).
   */
  keepsShared: boolean;
}

/** After any change to her list or to host access: rules, the in-page guard, listeners, and tabs already open. */
export async function applyBlocklist({ usesDnr, keepsShared }: CopyRole, now: number): Promise<void> {
  invalidateMatcher();
  if (keepsShared && usesDnr) await syncRedirectRules();
  if (keepsShared) await syncInPageGuard(usesDnr).catch(() => undefined);
  await refreshTargetListeners(usesDnr);
  await guardOpenTabs(now);
}

/** Call synchronously at the background's start; `apply` is this copy's `applyBlocklist`. */
export function registerInterception(usesDnr: boolean, now: () => number, apply: () => Promise<void>): void {
  registerPlatformListeners(usesDnr);
  // Target listeners are added after a storage read; sweep once they are in, for a navigation that
  // woke the worker before them.
  void refreshTargetListeners(usesDnr).then(() => guardOpenTabs(now()));
  // She granted or withdrew access to a site: its redirect rule works now, or must become a block rule.
  browser.permissions.onAdded.addListener(() => void apply());
  browser.permissions.onRemoved.addListener(() => void apply());
  if (!usesDnr) {
    // Firefox keeps blocking webRequest (MDN: webRequest.onBeforeRequest); it only sees hosts the
    // extension may access, i.e. the platforms and the sites she granted.
    browser.webRequest.onBeforeRequest.addListener(
      redirectBlockedRequest as never,
      { urls: ['<all_urls>'], types: ['main_frame'] },
      // The body too: some engines post the query in a form (web-request-guard.ts).
      ['blocking', 'requestBody'],
    );
  }
}
