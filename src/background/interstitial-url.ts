import { browser } from 'wxt/browser';
import type { Arrival } from '@/src/messages/arrival';

export const INTERSTITIAL_PATH = '/interstitial.html';

/**
 * The interstitial's address on the extension's fixed origin. With `use_dynamic_url` (wxt.config.ts),
 * Chrome's `getURL('/interstitial.html')` gives a per-session address that changes at every browser start,
 * while redirect rules outlive the session; a redirect to the fixed address still lands, and sites still
 * can't load it (e2e/security.e2e.ts). `getURL('/')` stays on the fixed origin.
 */
export function interstitialPage(): string {
  return new URL(INTERSTITIAL_PATH, browser.runtime.getURL('/')).href;
}

/**
 * The interstitial page, with the blocked URL after `#` (as the redirect rules put it). `withKey`: for a
 * conversation whose URL names no one, the key of the target its header showed (`?with=`).
 */
export function interstitialUrl(blockedUrl: string, arrival: Arrival = 'redirect', withKey?: string): string {
  const params = new URLSearchParams();
  if (arrival !== 'redirect') params.set('arrival', arrival);
  if (withKey !== undefined) params.set('with', withKey);
  const query = params.size > 0 ? `?${params}` : '';
  return `${interstitialPage()}${query}#${blockedUrl}`;
}

/** On the interstitial already, under either of its addresses. */
export function isInterstitialUrl(url: string | undefined): boolean {
  return (
    !!url && (url.startsWith(interstitialPage()) || url.startsWith(browser.runtime.getURL(INTERSTITIAL_PATH)))
  );
}
