import { browser } from 'wxt/browser';
import type { Arrival } from '@/src/messages/arrival';

export const INTERSTITIAL_PATH = '/interstitial.html';

/** The interstitial page, with the blocked URL after `#` (as the redirect rules put it). */
export function interstitialUrl(blockedUrl: string, arrival: Arrival = 'redirect'): string {
  const query = arrival === 'redirect' ? '' : `?arrival=${arrival}`;
  return `${browser.runtime.getURL(INTERSTITIAL_PATH)}${query}#${blockedUrl}`;
}

export function isInterstitialUrl(url: string | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL(INTERSTITIAL_PATH));
}
