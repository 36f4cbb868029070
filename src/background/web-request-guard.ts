import type { Browser } from 'wxt/browser';
import { now } from '@/src/env/clock';
import { isAllowed } from './allowances';
import { interstitialUrl } from './interstitial-url';
import { blockedKey } from './matcher-cache';

/**
 * First layer (Firefox): a blocking webRequest listener redirects the top-level request before it
 * is sent. Firefox keeps blocking webRequest for extensions (MDN: webRequest.onBeforeRequest).
 */
export async function redirectBlockedRequest(
  details: Browser.webRequest.OnBeforeRequestDetails,
): Promise<Browser.webRequest.BlockingResponse> {
  const key = await blockedKey(details.url);
  if (!key || (await isAllowed(details.tabId, key, now()))) return {};
  return { redirectUrl: interstitialUrl(details.url) };
}
