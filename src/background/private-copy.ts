import { browser } from 'wxt/browser';

/**
 * Chrome's "split" incognito mode (wxt.config.ts) starts a second copy of the background for private windows
 * (https://developer.chrome.com/docs/extensions/reference/manifest/incognito). That copy shares her storage
 * and the redirect rules, and sees only private tabs. Work on her whole record (first-run set-up, heartbeat,
 * milestone notifications, commitment delays, sync, the redirect rules) stays with the main copy, so none of
 * it runs twice. Firefox has no such copy: its background is never in a private context.
 */
export function isPrivateCopy(): boolean {
  return browser.extension?.inIncognitoContext === true;
}
