import { browser } from 'wxt/browser';
import { listNeedles } from '@/src/core/candidates';
import { writeInPageList } from '@/src/storage/in-page-list';
import { conversationGuardScript } from './conversation-guard-hosts';
import { feedFolderScript } from './feed-folding';
import { guardOnGrantedHosts, inPageListData } from './in-page-guard-hosts';
import { coverScripts, syncInPageScripts } from './in-page-scripts';
import { currentMatcher, invalidateMatcher } from './matcher-cache';
import { guardOpenTabs } from './navigation-guard';
import { refreshNavigationListeners, registerPlatformListeners } from './navigation-listeners';
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

/**
 * After any change to her list or to host access: the in-page guard's list first (pages read it as they load),
 * rules, the in-page scripts, listeners, and tabs already open.
 */
export async function applyBlocklist({ usesDnr, keepsShared }: CopyRole, now: number): Promise<void> {
  invalidateMatcher();
  // Firefox hands her list to the pages inside the in-page scripts' registrations, and to the open ones with
  // them (in-page-guard-hosts.ts): synced before storage holds the list, so once it does every page has it.
  const scriptsFirst = keepsShared && !usesDnr;
  if (scriptsFirst) await syncRunTimeScripts(usesDnr).catch(() => undefined);
  await writeInPageList(browser.storage.local, listNeedles((await currentMatcher()).targets));
  if (keepsShared && usesDnr) {
    await syncRedirectRules();
    await syncRunTimeScripts(usesDnr).catch(() => undefined);
  }
  // The feed folder's list is in storage: the private copy keeps it current too.
  else if (!keepsShared) await feedFolderScript().catch(() => undefined);
  await refreshNavigationListeners(usesDnr);
  await guardOpenTabs(now);
}

/**
 * The in-page scripts her list needs now, where it needs them (in-page-scripts.ts): her list for the guard's
 * pages, the guard on later
 * platforms' hosts she gave access to, the conversation guard on the apps whose conversations could be with him,
 * the cover for platforms whose rules miss some spellings of a target (Chrome only: Firefox's webRequest guard
 * reads every spelling with the matcher itself), and the feed folder while she hides someone from her feeds.
 */
async function syncRunTimeScripts(usesDnr: boolean): Promise<void> {
  const { platformsPastRules } = await currentMatcher();
  const covers = coverScripts(usesDnr ? platformsPastRules : new Set());
  const scripts = [
    // Firefox only (Chrome registers files, not data): her list inside the guard's pages.
    ...(usesDnr ? [] : [await inPageListData()]),
    await guardOnGrantedHosts(),
    await conversationGuardScript(),
    ...covers,
    await feedFolderScript(),
  ];
  await syncInPageScripts(scripts, usesDnr);
}

/** Call synchronously at the background's start; `apply` is this copy's `applyBlocklist`. */
export function registerInterception(usesDnr: boolean, now: () => number, apply: () => Promise<void>): void {
  registerPlatformListeners(usesDnr);
  // Firefox keeps run-time scripts only as long as the background page that registered them; Chrome keeps
  // them (and its worker starts too often to ask each time).
  if (!usesDnr) void syncRunTimeScripts(usesDnr).catch(() => undefined);
  // Target listeners are added (and the platform ones narrowed) after a storage read; sweep once they are
  // in, for a navigation that woke the worker before them.
  void refreshNavigationListeners(usesDnr).then(() => guardOpenTabs(now()));
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
