/** Platforms whose profile URLs the matcher understands. */
export const PLATFORMS = [
  'instagram',
  'threads',
  'x',
  'facebook',
  'tiktok',
  'linkedin',
  'youtube',
  'reddit',
  'snapchat',
] as const;

export type Platform = (typeof PLATFORMS)[number];

/**
 * A profile on a known platform. `handle` is canonical: lower-case; for Facebook, dots removed,
 * and an all-digit handle is a numeric profile id.
 */
export interface ProfileTarget {
  kind: 'profile';
  platform: Platform;
  handle: string;
}

/** Any other web page: that page and everything under it, on any scheme, with or without `www.`. */
export interface SiteTarget {
  kind: 'site';
  /** Lower-case host without a leading `www.`. */
  host: string;
  /** Starts with `/`, no trailing slash except for the whole site (`/`). */
  path: string;
}

export type Target = ProfileTarget | SiteTarget;

/** A stable identity for a target: two targets that block the same pages share a key. */
export function targetKey(target: Target): string {
  return target.kind === 'profile'
    ? `${target.platform}:${target.handle}`
    : `site:${target.host}${target.path}`;
}
