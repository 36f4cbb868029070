import { SEARCH_ENGINES, type Target, targetPlaces } from '@/src/core';
import { WATCHED_DOMAINS } from '@/src/core/platform-hosts';

/**
 * webNavigation URL filters (https://developer.chrome.com/docs/extensions/reference/api/events#type-UrlFilter),
 * so that a stopped worker is woken only by navigations that may show a profile, not by every page.
 */
export interface HostFilter {
  hostEquals?: string;
  hostSuffix?: string;
  pathContains?: string;
}

/**
 * The platforms, their subdomains, their mirrors and the archive and proxy hosts the matcher understands, and
 * the search engines (a search for him there may get past the rules: no host access, a spelling no rule holds).
 */
export function platformFilters(): HostFilter[] {
  const engines = SEARCH_ENGINES.flatMap((engine) => engine.domains);
  return [...WATCHED_DOMAINS, ...engines].flatMap((domain) => [
    { hostEquals: domain },
    { hostSuffix: `.${domain}` },
  ]);
}

/**
 * The places of her own targets that no platform filter covers: the hosts of the sites she added (with and
 * without `www.`, `m.`, `mobile.`, as the matcher compares them), her fediverse accounts' servers, and
 * their addresses in paths on any server. Sorted and unique, so an unchanged list compares equal.
 */
export function targetFilters(targets: readonly Target[]): HostFilter[] {
  const places = targets.map(targetPlaces);
  const hosts = [...new Set(places.flatMap((p) => p.hosts.map((h) => h.toLowerCase())))].sort();
  const paths = [...new Set(places.flatMap((p) => p.paths))].sort();
  return [...hosts.map((hostEquals) => ({ hostEquals })), ...paths.map((pathContains) => ({ pathContains }))];
}
