import { siteHost } from './normalize';
import { domainsOfPatterns, INTERCEPTION_HOST_PATTERNS } from './platform-hosts';
import { PLATFORM_RULES } from './platforms';
import { channelDomains } from './platforms/channels';
import { subdomainPatterns, TRANSLATE_PROXY_PATTERNS } from './platforms/regex-text';
import { rulesOf } from './recognize';
import { SEARCH_ENGINE_HOST_PATTERNS } from './search/engines';
import type { ListedTarget, Target } from './target';

/**
 * The hosts a target's pages live on, as match patterns, for the ones the manifest does not give at
 * install: sites she adds, the platforms beyond the first ten, the chat apps of his number and the webmail
 * of his address. She is asked for them when she adds
 * the target (src/permissions); the redirect rules need them (dnr-rules.ts), and without them a block
 * rule and the navigation layer stand in (README, "Host access").
 */
export function hostPatternsOf(target: ListedTarget): string[] {
  if (target.kind === 'site') return siteOrigins(target.host);
  if (target.kind === 'phone' || target.kind === 'email')
    return subdomainPatterns(channelDomains(target.kind));
  const rules = rulesOf(target.platform);
  if (rules.access === 'install') return [];
  return rules.hostPatterns?.(target.handle) ?? subdomainPatterns(rules.domains);
}

/**
 * The hosts that show a target's pages under their own address and are not part of the install: the
 * platform's mirrors and viewers, and Google Translate's proxy. Chrome blocks them before any request
 * without access (a block rule needs none), so they are asked for only where that is not so: Firefox,
 * whose webRequest sees only hosts it may access (src/permissions/host-access.ts).
 */
export function mirrorPatternsOf(target: ListedTarget): string[] {
  // Chat and compose links are not shown through proxies.
  if (target.kind === 'phone' || target.kind === 'email') return [];
  const mirrors = target.kind === 'profile' ? (rulesOf(target.platform).mirrorHosts ?? []) : [];
  const installed = new Set(domainsOfPatterns(INTERCEPTION_HOST_PATTERNS));
  return [...subdomainPatterns(mirrors.filter((host) => !installed.has(host))), ...TRANSLATE_PROXY_PATTERNS];
}

/** A site's host with and without `www.`, `m.` and `mobile.` (the same site), any scheme. */
export function siteOrigins(host: string): string[] {
  return sameSiteHosts(host).map((h) => `*://${h}/*`);
}

function sameSiteHosts(host: string): string[] {
  const bare = siteHost(host);
  return [bare, `www.${bare}`, `m.${bare}`, `mobile.${bare}`];
}

/**
 * Where a target's pages show beyond the hosts every platform is watched on (platform-hosts.ts): the
 * hosts of a site or a fediverse server, the domains (with their subdomains) of the chat and mail apps of
 * his number or address, and text in the path on any host (his fediverse address, as other servers show
 * him). The background's navigation listeners wake for these, so those apps wake it only once she lists a
 * number or an address.
 */
export function targetPlaces(target: Target): { hosts: string[]; domains: string[]; paths: string[] } {
  const none = { hosts: [], domains: [], paths: [] };
  if (target.kind === 'site') return { ...none, hosts: sameSiteHosts(target.host) };
  if (target.kind === 'phone' || target.kind === 'email')
    return { ...none, domains: channelDomains(target.kind) };
  if (target.kind !== 'profile' || target.platform !== 'mastodon') return none;
  const server = target.handle.slice(target.handle.indexOf('@') + 1);
  return { ...none, hosts: [server, `www.${server}`], paths: [`@${target.handle}`] };
}

/**
 * Hosts where the in-page guard must run for her list and is not declared in the manifest: the app-like
 * platforms beyond the first ten (history.pushState), one set of match patterns per target. It runs
 * there only where she gave access; the background registers it for those (src/background).
 */
export function inPageGuardPatterns(targets: readonly Target[]): string[][] {
  const profiles = targets.flatMap((target) => {
    if (target.kind !== 'profile') return [];
    const rules = rulesOf(target.platform);
    return rules.access === 'optional' && rules.changesPagesInPlace ? [hostPatternsOf(target)] : [];
  });
  // A name he goes by: the own search of those platforms changes the address in place too.
  return targets.some((t) => t.kind === 'name') ? [...profiles, ...IN_PLACE_SEARCH_PATTERNS] : profiles;
}

/** The app-like platforms beyond the first ten that have a search of their own (Pinterest, Bluesky). */
const LATER_SEARCH_PLATFORMS = Object.values(PLATFORM_RULES).filter(
  (rules) => rules.access === 'optional' && rules.search !== undefined,
);
const IN_PLACE_SEARCH_PATTERNS = LATER_SEARCH_PLATFORMS.filter((rules) => rules.changesPagesInPlace).map(
  (rules) => subdomainPatterns(rules.domains),
);

/**
 * What she is asked for when she first gives a name he goes by: the search engines' hosts, and those of the
 * platforms beyond the first ten with a search of their own (the first ten's are granted at install).
 */
export const SEARCH_HOST_PATTERNS: readonly string[] = [
  ...SEARCH_ENGINE_HOST_PATTERNS,
  ...LATER_SEARCH_PLATFORMS.flatMap((rules) => subdomainPatterns(rules.domains)),
];
