import { SEARCH_ENGINES, type Target, targetPlaces } from '@/src/core';
import { candidateUrlPattern, listNeedles } from '@/src/core/candidates';
import { WATCHED_DOMAINS } from '@/src/core/platform-hosts';

/**
 * webNavigation URL filters (https://developer.chrome.com/docs/extensions/reference/api/events#type-UrlFilter),
 * so that a stopped worker is woken only by navigations that may show a profile, not by every page.
 */
export interface HostFilter {
  hostEquals?: string;
  hostSuffix?: string;
  pathContains?: string;
  urlMatches?: string;
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
 * The platform filters narrowed to the URLs that could show one of her targets (core/candidates.ts
 * `candidateUrlPattern`): the pages she opens all day that are not his wake nothing and are handed to nothing.
 * Every handler of these listeners acts only on a URL the matcher takes, and the pattern takes every such URL
 * but for a fragment, which no platform reads a profile from (the chat apps that do are target places). No
 * target: no filter; a target with no word to look for: the platforms whole.
 */
export function candidatePlatformFilters(targets: readonly Target[]): HostFilter[] {
  if (targets.length === 0) return [];
  const urlMatches = candidateUrlPattern(listNeedles(targets));
  const platforms = platformFilters();
  return urlMatches === undefined ? platforms : platforms.map((filter) => ({ ...filter, urlMatches }));
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
