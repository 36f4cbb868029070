import { domainsOfPatterns, INTERCEPTION_HOST_PATTERNS } from '@/src/core/platform-hosts';

/**
 * webNavigation URL filters (https://developer.chrome.com/docs/extensions/reference/api/events#type-UrlFilter),
 * so that a stopped worker is woken only by navigations that may show a profile, not by every page.
 */
export interface HostFilter {
  hostEquals?: string;
  hostSuffix?: string;
}

/** The platforms, their subdomains and the archive and viewer hosts the matcher understands. */
export function platformFilters(): HostFilter[] {
  return domainsOfPatterns(INTERCEPTION_HOST_PATTERNS).flatMap((domain) => [
    { hostEquals: domain },
    { hostSuffix: `.${domain}` },
  ]);
}

/** The hosts of the sites she added, with and without `www.` (as the matcher compares them). */
export function siteFilters(hosts: readonly string[]): HostFilter[] {
  const bare = [...new Set(hosts.map((h) => h.toLowerCase().replace(/^www\./, '')))].sort();
  return bare.flatMap((host) => [{ hostEquals: host }, { hostEquals: `www.${host}` }]);
}
