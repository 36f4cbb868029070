import { afterAt, HOME, PAGE, POST, profileReading, word } from './reading';
import type { PlatformRules, Reading, UrlView } from './types';

/** Instagram user names: letters, digits, `.` and `_`, up to 30, case-insensitive; dots count. */
export function canonicalInstagramHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase();
  return /^[a-z0-9._]{1,30}$/.test(handle) ? handle : undefined;
}

/** First path segments that are Instagram's own pages, never a user. */
const OWN_PAGES = new Set([
  'about',
  'accounts',
  'api',
  'ar',
  'call',
  'challenge',
  'create',
  'developer',
  'direct',
  'directory',
  'emails',
  'explore',
  'graphql',
  'legal',
  'lite',
  'locations',
  'login',
  'logout',
  'nametag',
  'oauth',
  'privacy',
  'reels',
  'session',
  'signup',
  'static',
  'topics',
  'web',
  'your_activity',
]);
/** First segments of links to one post, reel or video. */
const POSTS = new Set(['p', 'reel', 'tv']);

function readInstagram({ domain, segments }: UrlView): Reading {
  if (domain === 'imginn.com' || domain === 'picuki.com') return readViewer(domain, segments);
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  if (first === 'stories') {
    // /stories/highlights/<id> is a highlight reel whose link does not name its owner.
    if (word(segments, 1) === 'highlights') return POST;
    return profileReading(segments[1], canonicalInstagramHandle);
  }
  if (POSTS.has(first)) return POST;
  // /reels/ alone is the reels feed; /reels/<code>/ is one reel.
  if (first === 'reels') return segments.length > 1 ? POST : PAGE;
  if (OWN_PAGES.has(first)) return PAGE;
  return profileReading(afterAt(segments[0]) ?? segments[0], canonicalInstagramHandle);
}

/** Third-party viewers that mirror a profile: imginn.com/<name>/, picuki.com/profile/<name>. */
function readViewer(domain: string, segments: readonly string[]): Reading {
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  if (domain === 'picuki.com') {
    return first === 'profile' || first === 'story'
      ? profileReading(segments[1], canonicalInstagramHandle)
      : PAGE;
  }
  if (first === 'p') return POST;
  if (first === 'stories' || first === 'tagged') return profileReading(segments[1], canonicalInstagramHandle);
  return profileReading(segments[0], canonicalInstagramHandle);
}

export const instagram: PlatformRules = {
  platform: 'instagram',
  name: 'Instagram',
  domains: ['instagram.com', 'instagr.am'],
  mirrorHosts: ['imginn.com', 'picuki.com'],
  canonicalHandle: canonicalInstagramHandle,
  read: readInstagram,
  profileUrl: (handle) => `https://www.instagram.com/${handle}/`,
  display: (handle) => `@${handle}`,
  // Search results: /explore/search/keyword/?q=kai%20morgan (the search panel itself changes no URL).
  search: [{ path: 'search', params: ['q'] }],
  alsoCovers: () => ({
    hosts: ['m.instagram.com', 'instagr.am'],
    features: ['subpages', 'stories', 'archives', 'viewers'],
  }),
};
