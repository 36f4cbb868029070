import { PLATFORM_RULES } from './platforms';
import { subdomainPatterns } from './platforms/regex-text';

/**
 * Match patterns for the hosts where the first ten platforms' profiles live: the manifest's host access
 * and the in-page guard's content script both use them. The install-time permission warning is made of
 * these and FULL_LOAD_HOST_PATTERNS only: later platforms, mirrors and sites she adds are asked for when
 * she adds a profile there (host-access.ts, src/permissions).
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

/**
 * Every domain a profile is recognised on by its host, with or without host access: the platforms, their
 * mirrors and viewers, the archive and Google Translate's proxy. The background's navigation listeners
 * wake there (and on the hosts of her own targets, host-access.ts `targetPlaces`), nowhere else.
 */
export const WATCHED_DOMAINS: readonly string[] = [
  ...new Set([
    ...domainsOfPatterns(INTERCEPTION_HOST_PATTERNS),
    ...Object.values(PLATFORM_RULES).flatMap((rules) => [...rules.domains, ...(rules.mirrorHosts ?? [])]),
    'translate.goog',
  ]),
];

/**
 * Where "Block this profile" is offered: pages of, and links to, every platform's own domains. Menus need
 * no host access; adding a profile of a later platform asks for it (context-menu.ts).
 */
export const MENU_HOST_PATTERNS: string[] = [
  ...PLATFORM_HOST_PATTERNS,
  ...Object.values(PLATFORM_RULES)
    .filter((rules) => rules.access === 'optional')
    .flatMap((rules) => subdomainPatterns(rules.domains)),
];
