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

/**
 * `^https?://` plus any subdomain of `domainRegex`. `[^/]*` cannot pass the first `/`, so the
 * authority must end in `.domain`: `notinstagram.com` and `instagram.com.evil.example` never match.
 * The optional trailing dot catches `instagram.com./name`.
 */
export function anySubdomainOf(domainRegex: string): string {
  return `^https?://(?:[^/]*\\.)?${domainRegex}\\.?/+`;
}

/** The rest of the URL after a handle: nothing, or a new segment, query or fragment. */
export const AFTER_HANDLE = '(?:[/?#].*)?$';
