import { HOME, OTHER, PAGE, POST, profileReading, word } from './reading';
import { AFTER_HANDLE, anySubdomainOf, handleInUrl, translatedSubdomainOf } from './regex-text';
import { viaTranslate } from './shapes';
import type { DnrShape, PlatformRules, Reading, UrlView } from './types';

/** Reddit user names: letters, digits, `_` and `-`, up to 20, case-insensitive. */
function canonicalRedditHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase();
  return /^[a-z0-9_-]{1,20}$/.test(handle) ? handle : undefined;
}

function readReddit({ segments }: UrlView): Reading {
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  if (first === 'user' || first === 'u') return profileReading(segments[1], canonicalRedditHandle);
  if (first === 'comments') return POST;
  // A subreddit is not a person; a pasted link to one becomes a site target.
  return first === 'r' ? OTHER : PAGE;
}

export const reddit: PlatformRules = {
  platform: 'reddit',
  name: 'Reddit',
  domains: ['reddit.com'],
  words: ['reddit'],
  access: 'install',
  canonicalHandle: canonicalRedditHandle,
  read: readReddit,
  profileUrl: (handle) => `https://www.reddit.com/user/${handle}/`,
  display: (handle) => `u/${handle}`,
  // /search/?q=… and a community's /r/<name>/search/?q=…
  search: [{ path: 'search', params: ['q'] }],
  // Feed markup: reddit.com's web components (`shreddit-post`, `shreddit-comment`) and old.reddit.com's `.thing`.
  feed: [
    { selector: 'shreddit-post, .thing.link', kind: 'post' },
    { selector: 'shreddit-comment, .thing.comment', kind: 'comment' },
  ],
  alsoCovers: () => ({ hosts: ['old.reddit.com'], features: ['subpages'] }),
};

export const redditDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: `${anySubdomainOf('reddit\\.com')}u(?:ser)?/+`,
    suffix: AFTER_HANDLE,
    alternative: handleInUrl,
  },
  viaTranslate(`${translatedSubdomainOf('reddit-com')}u(?:ser)?/+`, handleInUrl),
];
