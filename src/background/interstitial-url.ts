import { browser } from 'wxt/browser';

export const INTERSTITIAL_PATH = '/interstitial.html';

/** The interstitial page, with the blocked URL after `#` (as the redirect rules put it). */
export function interstitialUrl(blockedUrl: string): string {
  return `${browser.runtime.getURL(INTERSTITIAL_PATH)}#${blockedUrl}`;
}

export function isInterstitialUrl(url: string | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL(INTERSTITIAL_PATH));
}
