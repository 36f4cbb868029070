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
  'bluesky',
  'strava',
  'spotify',
  'venmo',
  'pinterest',
  'twitch',
  'tumblr',
  'mastodon',
  'telegram',
] as const;

export type Platform = (typeof PLATFORMS)[number];

/**
 * A profile on a known platform. `handle` is canonical: lower-case (YouTube channel ids keep their
 * case: `channel/UC…`); for Facebook, dots removed, and an all-digit handle is a numeric profile id;
 * for Mastodon, `name@server.host`.
 */
export interface ProfileTarget {
  kind: 'profile';
  platform: Platform;
  handle: string;
}

/**
 * Any other web page: that page and everything under it, on any scheme, with or without `www.`, `m.`
 * or `mobile.` (the same site), paths compared by whole segments.
 */
export interface SiteTarget {
  kind: 'site';
  /** Lower-case host without a leading `www.`, `m.` or `mobile.`. */
  host: string;
  /** Starts with `/`, no trailing slash except for the whole site (`/`). */
  path: string;
}

/** His phone number: chat links to it (WhatsApp, Telegram, Signal) are a way to write to him. */
export interface PhoneTarget {
  kind: 'phone';
  /** E.164: `+` and up to 15 digits, `+34600000000`. */
  number: string;
}

/** His email address: compose windows addressed to it (Gmail, Outlook, Yahoo Mail, Proton Mail). */
export interface EmailTarget {
  kind: 'email';
  /** Lower-case: `kai.morgan@example.com`. */
  address: string;
}

/**
 * A name he goes by, or one of his handles that reads as one: a search for it is a search for him. Derived
 * from the person (`names`, his profiles), never stored as a profile of its own.
 */
export interface NameTarget {
  kind: 'name';
  /** Folded words, one space between: `kai morgan` (see search/name-text.ts). */
  name: string;
  /** Positions in `name` of letters she wrote with an accent (`José` → 3), so rules can spell them as she does. */
  accents?: number[];
}

export type Target = ProfileTarget | SiteTarget | PhoneTarget | EmailTarget | NameTarget;

/** What a profile on her list stands for: anything but a name, which belongs to the person. */
export type ListedTarget = Exclude<Target, NameTarget>;

/** A stable identity for a target: two targets that block the same pages share a key. */
export function targetKey(target: Target): string {
  switch (target.kind) {
    case 'profile':
      return `${target.platform}:${target.handle}`;
    case 'site':
      return `site:${target.host}${target.path}`;
    case 'name':
      return `name:${target.name}`;
    case 'phone':
      return `phone:${target.number}`;
    case 'email':
      return `email:${target.address}`;
  }
}
