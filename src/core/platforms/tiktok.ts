import { afterAt, HOME, PAGE, profileReading, word } from './reading';
import { AFTER_HANDLE, anySubdomainOf, handleInUrl, translatedSubdomainOf } from './regex-text';
import { viaTranslate } from './shapes';
import type { DnrShape, PlatformRules, Reading, UrlView } from './types';

/** TikTok user names: letters, digits, `.` and `_`, up to 24, case-insensitive. */
function canonicalTikTokHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase();
  return /^[a-z0-9._]{1,24}$/.test(handle) ? handle : undefined;
}

function readTikTok({ segments }: UrlView): Reading {
  if (word(segments, 0) === undefined) return HOME;
  const handle = afterAt(segments[0]);
  return handle === undefined ? PAGE : profileReading(handle, canonicalTikTokHandle);
}

export const tiktok: PlatformRules = {
  platform: 'tiktok',
  name: 'TikTok',
  domains: ['tiktok.com'],
  words: ['tiktok'],
  access: 'install',
  canonicalHandle: canonicalTikTokHandle,
  read: readTikTok,
  profileUrl: (handle) => `https://www.tiktok.com/@${handle}`,
  display: (handle) => `@${handle}`,
  // /search?q=…, /search/user?q=…, /search/video?q=…
  search: [{ path: 'search', params: ['q'] }],
  // Feed markup (tiktok.com): the "For You" items, their comments and suggested accounts carry `data-e2e` names.
  feed: [
    { selector: '[data-e2e="recommend-list-item-container"], article', kind: 'post' },
    { selector: '[data-e2e="comment-item"], [class*="DivCommentItemContainer"]', kind: 'comment' },
    { selector: '[data-e2e="suggest-user-card"], [data-e2e="user-card"]', kind: 'card' },
  ],
  alsoCovers: () => ({ hosts: ['m.tiktok.com'], features: ['subpages'] }),
};

export const tiktokDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: `${anySubdomainOf('tiktok\\.com')}@`,
    suffix: AFTER_HANDLE,
    alternative: handleInUrl,
  },
  viaTranslate(`${translatedSubdomainOf('tiktok-com')}@`, handleInUrl),
];
