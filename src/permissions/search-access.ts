import { browser } from 'wxt/browser';
import { SEARCH_HOST_PATTERNS } from '@/src/core';

/**
 * Host access for the search engines (and Pinterest's and Bluesky's own search), asked for when she first gives
 * a name he goes by (not at install): with it, Chrome's redirect rules send a search for him to her plan before
 * the query leaves the browser, Firefox's request listener sees the engines' requests at all, and the in-page
 * guard runs where a search changes the address in place. Without it, Chrome still blocks those searches
 * (block rules need no access) and the background then shows her plan; Firefox lets the search load, then
 * shows her plan (README, "Host access").
 */

/** Call from her key press or click that adds a name; resolves `false` if she declines. */
export function requestSearchAccess(): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [...SEARCH_HOST_PATTERNS] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * For each domain of a search page (an engine's, or a platform's own search), whether the extension may reach
 * it: the rule compiler's `searchAccess`. The first ten platforms' are granted at install; the engines' and
 * later platforms' when she said yes.
 */
export async function searchDomainAccess(): Promise<(domain: string) => boolean> {
  const granted = await browser.permissions.getAll();
  const origins = new Set(granted.origins ?? []);
  const all = origins.has('*://*/*') || origins.has('<all_urls>');
  return (domain) => all || origins.has(`*://*.${domain}/*`) || origins.has(`*://${domain}/*`);
}
