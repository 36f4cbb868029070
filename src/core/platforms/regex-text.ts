/** Regex building blocks shared by the platforms' DNR shapes (RE2 syntax, matched case-insensitively). */

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A handle as it appears in a URL that Chrome has canonicalised: non-ASCII characters
 * percent-encoded, everything else literal.
 */
export function handleInUrl(handle: string): string {
  return escapeRegex(handle.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c)));
}

/** A handle of several path segments (`channel/UC…`, `pub/name/1/2/3`), `//` allowed between them. */
export function segmentsInUrl(handle: string): string {
  return handle.split('/').map(handleInUrl).join('/+');
}

/**
 * `^https?://` plus any subdomain of `domainRegex`. `[^/]*` cannot pass the first `/`, so the
 * authority must end in `.domain`: `notinstagram.com` and `instagram.com.evil.example` never match.
 * The optional trailing dot catches `instagram.com./name`.
 */
export function anySubdomainOf(domainRegex: string): string {
  return `^https?://(?:[^/]*\\.)?${domainRegex}\\.?/+`;
}

/**
 * The same through Google Translate's proxy, which spells the host as one label: dots become `-`,
 * hyphens `--` (`www.instagram.com` → `www-instagram-com.translate.goog`). `encodedDomainRegex` is the
 * domain so spelled (`instagram-com`). An odd run of hyphens before it is a label boundary: `a---x-com`
 * is `a-.x.com`, while `a--x-com` is `a-x.com`, another site.
 */
export function translatedSubdomainOf(encodedDomainRegex: string): string {
  return `^https?://(?:[^/]*[^/-](?:--)*-)?${encodedDomainRegex}\\.translate\\.goog\\.?/+`;
}

/** The rest of the URL after a handle: nothing, or a new segment, query or fragment. */
export const AFTER_HANDLE = '(?:[/?#].*)?$';

/** Google Translate's proxy: never asked for (rules need no access to block it; see README). */
export const TRANSLATE_PROXY_PATTERNS: readonly string[] = ['*://*.translate.goog/*'];

/** Match patterns for hosts and all their subdomains (`*.x.com` also matches `x.com`). */
export function subdomainPatterns(hosts: readonly string[]): string[] {
  return hosts.map((host) => `*://*.${host}/*`);
}
