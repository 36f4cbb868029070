import { browser } from 'wxt/browser';

/**
 * Host access for a site she adds (any host that isn't a platform's). Shared by the options page,
 * which asks for it when she adds the site (permissions.request needs her click), and the
 * background, which checks it: Chrome performs a redirect rule only with host access
 * (https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest#rule-actions),
 * and Firefox shows webRequest only the requests of hosts it may access. Without it, the site is
 * still blocked (see src/background/redirect-rules.ts), by a route that does not need it.
 */

/** The match patterns for a site target's host, with and without `www.`, any scheme. */
export function siteOrigins(host: string): string[] {
  const bare = host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  return [`*://${bare}/*`, `*://www.${bare}/*`];
}

export function hasSiteAccess(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: siteOrigins(host) });
}

/**
 * Asks her for access to `host`. Call it from the click or key press that adds the site: browsers
 * refuse a permission request without one. Resolves `false` if she declines.
 */
export function requestSiteAccess(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: siteOrigins(host) });
}
