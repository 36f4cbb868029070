import type { Browser } from 'wxt/browser';
import { targetKey } from '@/src/core';
import { now } from '@/src/env/clock';
import { isAllowed } from './allowances';
import { interstitialUrl } from './interstitial-url';
import { blockedKey, currentMatcher } from './matcher-cache';

/**
 * First layer (Firefox): a blocking webRequest listener redirects the top-level request before it
 * is sent. Firefox keeps blocking webRequest for extensions (MDN: webRequest.onBeforeRequest).
 */
export async function redirectBlockedRequest(
  details: Browser.webRequest.OnBeforeRequestDetails,
): Promise<Browser.webRequest.BlockingResponse> {
  const key = await blockedKey(details.url);
  const posted = key ? undefined : await postedSearch(details);
  const caught = key ?? posted?.key;
  if (!caught || (await isAllowed(details.tabId, caught, now()))) return {};
  return { redirectUrl: interstitialUrl(posted?.url ?? details.url) };
}

/**
 * A search sent as a form: DuckDuckGo's html. and lite. pages post the query, so it is in the request's body,
 * not its URL (`requestBody` in the listener's options: MDN, webRequest.onBeforeRequest). The interstitial is
 * given the same search as an address (`/html/?q=…`, which the engine also answers), so it reads as a search
 * there and going through loads it.
 */
async function postedSearch(
  details: Browser.webRequest.OnBeforeRequestDetails,
): Promise<{ key: string; url: string } | undefined> {
  const raw = details.method === 'POST' ? details.requestBody?.formData : undefined;
  if (!raw) return undefined;
  const form: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(raw))
    form[name] = values.filter((v): v is string => typeof v === 'string');
  const hit = (await currentMatcher()).matcher.hitPosted(details.url, form);
  if (!hit) return undefined;
  const url = new URL(details.url);
  for (const [name, values] of Object.entries(form))
    for (const value of values) url.searchParams.append(name, value);
  return { key: targetKey(hit.target), url: url.href };
}
