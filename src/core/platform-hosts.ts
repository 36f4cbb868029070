/**
 * Match patterns for the hosts where profiles live: the manifest's host access and the in-page
 * guard's content script both use them. Other sites she adds are asked for one at a time.
 */
export const PLATFORM_HOST_PATTERNS = [
  '*://*.instagram.com/*',
  '*://instagr.am/*',
  '*://*.instagr.am/*',
  '*://*.threads.net/*',
  '*://*.threads.com/*',
  '*://*.x.com/*',
  '*://*.twitter.com/*',
  '*://*.facebook.com/*',
  '*://*.fb.com/*',
  '*://*.messenger.com/*',
  '*://*.tiktok.com/*',
  '*://*.linkedin.com/*',
  '*://*.youtube.com/*',
  '*://*.reddit.com/*',
  '*://*.snapchat.com/*',
];

/**
 * Hosts that show or lead to a profile only through full page loads: an archived copy, a viewer site,
 * Messenger's short links. Chrome performs a redirect rule only where the extension has host access
 * (https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest#rule-actions), so
 * they need it too; no content script runs there.
 */
export const FULL_LOAD_HOST_PATTERNS = [
  '*://web.archive.org/*',
  '*://*.imginn.com/*',
  '*://*.picuki.com/*',
  '*://m.me/*',
];

/** The manifest's host access: everything interception needs, nothing more. */
export const INTERCEPTION_HOST_PATTERNS = [...PLATFORM_HOST_PATTERNS, ...FULL_LOAD_HOST_PATTERNS];

/** `*://*.instagram.com/*` → `instagram.com`: the domains whose navigations the background watches. */
export function domainsOfPatterns(patterns: readonly string[]): string[] {
  const domains = patterns.map((p) => p.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/\*$/, ''));
  return [...new Set(domains)];
}
