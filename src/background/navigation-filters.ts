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
 * without `www.`, `m.`, `mobile.`, as the matcher compares them), her fediverse accounts' servers, the chat
 * and mail apps of his number and address, and their addresses in paths on any server. Sorted and unique, so an unchanged list compares equal.
 */
export function targetFilters(targets: readonly Target[]): HostFilter[] {
  const places = targets.map(targetPlaces);
  const sorted = (values: string[]) => [...new Set(values)].sort();
  const hosts = sorted(places.flatMap((p) => p.hosts.map((h) => h.toLowerCase())));
  const domains = sorted(places.flatMap((p) => p.domains));
  const paths = sorted(places.flatMap((p) => p.paths));
  return [
    ...hosts.map((hostEquals) => ({ hostEquals })),
    ...domains.flatMap((domain) => [{ hostEquals: domain }, { hostSuffix: `.${domain}` }]),
    ...paths.map((pathContains) => ({ pathContains })),
  ];
}
