import { afterAt, HOME, PAGE, POST, profileReading, word } from './reading';
import type { PlatformRules, Reading, UrlView } from './types';

/** X user names: letters, digits and `_`, up to 15, case-insensitive. */
export function canonicalXHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase();
  return /^[a-z0-9_]{1,15}$/.test(handle) ? handle : undefined;
}

/** First path segments that are X's own pages, never a user. */
const OWN_PAGES = new Set([
  'about',
  'account',
  'bookmarks',
  'communities',
  'compose',
  'download',
  'explore',
  'grok',
  'hashtag',
  'help',
  'home',
  'jobs',
  'login',
  'logout',
  'messages',
  'notifications',
  'premium',
  'privacy',
  'rules',
  'search',
  'search-advanced',
  'settings',
  'share',
  'signup',
  'tos',
]);

function readX({ url, segments }: UrlView): Reading {
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  if (first === 'intent') {
    // Follow and profile dialogs name the user in the query: /intent/user?screen_name=NAME.
    const action = word(segments, 1);
    if (action !== 'user' && action !== 'follow') return PAGE;
    return profileReading(url.searchParams.get('screen_name') ?? undefined, canonicalXHandle);
  }
  // /i/status/<id> and /i/web/status/<id> open a post without naming its author.
  if (first === 'i') return word(segments, 1) === 'status' || word(segments, 2) === 'status' ? POST : PAGE;
  if (OWN_PAGES.has(first)) return PAGE;
  // People sometimes write x.com/@name; X itself never does, but the name is unambiguous.
  return profileReading(afterAt(segments[0]) ?? segments[0], canonicalXHandle);
}

export const x: PlatformRules = {
  platform: 'x',
  name: 'X',
  domains: ['x.com', 'twitter.com'],
  canonicalHandle: canonicalXHandle,
  read: readX,
  profileUrl: (handle) => `https://x.com/${handle}`,
  display: (handle) => `@${handle}`,
  // /search?q=kai%20morgan&src=typed_query, changed in place as she types and presses Enter.
  search: [{ path: 'search', params: ['q'] }],
  alsoCovers: () => ({ hosts: ['twitter.com', 'mobile.x.com'], features: ['subpages', 'intents'] }),
};
