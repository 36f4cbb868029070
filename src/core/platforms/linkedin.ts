import { HOME, OTHER, PAGE, POST, profileReading, word } from './reading';
import type { PlatformRules, Reading, UrlView } from './types';

/** LinkedIn profile slugs: letters (any script), digits and `-`, case-insensitive. */
function canonicalLinkedInHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase();
  return /^[\p{L}\p{N}\p{M}_-]{1,100}$/u.test(handle) ? handle : undefined;
}

/** Company and school pages are not people; a pasted link to one becomes a site target. */
const NOT_PEOPLE = new Set(['company', 'school', 'showcase', 'pub']);

function readLinkedIn({ segments }: UrlView): Reading {
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  if (first === 'in') return profileReading(segments[1], canonicalLinkedInHandle);
  if (first === 'posts' || first === 'pulse') return POST;
  return NOT_PEOPLE.has(first) ? OTHER : PAGE;
}

export const linkedin: PlatformRules = {
  platform: 'linkedin',
  name: 'LinkedIn',
  // Country sites (uk., de., …) are subdomains, so they belong to the platform as well.
  domains: ['linkedin.com'],
  canonicalHandle: canonicalLinkedInHandle,
  read: readLinkedIn,
  profileUrl: (handle) => `https://www.linkedin.com/in/${encodeURIComponent(handle)}/`,
  display: (handle) => `in/${handle}`,
  // /search/results/all/?keywords=…, /search/results/people/?keywords=… (and jobs' /jobs/search/?keywords=…).
  search: [{ path: 'any', params: ['keywords'] }],
  alsoCovers: () => ({ hosts: ['*.linkedin.com'], features: ['subpages'] }),
};
