import { afterAt, HOME, PAGE, POST, profileReading, word } from './reading';
import {
  AFTER_HANDLE,
  anySubdomainOf,
  escapeRegex,
  handleInUrl,
  subdomainPatterns,
  translatedSubdomainOf,
} from './regex-text';
import { viaTranslate, wordsBefore } from './shapes';
import type { ConversationMarkup, DnrShape, PlatformRules, Reading, UrlView } from './types';

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

/**
 * Third-party sites that show an Instagram profile under their own address. Add a site here: its
 * host, the path words before the name (`''`: the name comes first), and the first words of its pages
 * of one post. Recognition and redirect rules are made from this list.
 */
interface ViewerSite {
  host: string;
  before: readonly string[];
  posts?: readonly string[];
  /** Part of the manifest's host access since the first wave; the others are reached without it. */
  installed?: true;
}

export const INSTAGRAM_VIEWERS: readonly ViewerSite[] = [
  { host: 'imginn.com', before: ['', 'stories', 'tagged'], posts: ['p'], installed: true },
  { host: 'picuki.com', before: ['profile', 'story'], installed: true },
  { host: 'picnob.com', before: ['profile'] },
  { host: 'pixwox.com', before: ['profile'] },
  { host: 'dumpor.com', before: ['v'] },
  { host: 'greatfon.com', before: ['v'] },
];

const VIEWERS_BY_HOST = new Map(INSTAGRAM_VIEWERS.map((v) => [v.host, v]));

function readInstagram({ domain, segments }: UrlView): Reading {
  const viewer = VIEWERS_BY_HOST.get(domain);
  if (viewer) return readViewer(viewer, segments);
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

/** imginn.com/<name>/, picuki.com/profile/<name>, …: as the viewer list says. */
function readViewer(viewer: ViewerSite, segments: readonly string[]): Reading {
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  if (viewer.posts?.includes(first)) return POST;
  if (viewer.before.includes(first)) return profileReading(segments[1], canonicalInstagramHandle);
  return viewer.before.includes('') ? profileReading(segments[0], canonicalInstagramHandle) : PAGE;
}

/**
 * Direct: a thread's address is its id (`/direct/t/<thread>/`); the thread's top bar links to the other person's
 * profile and shows the name they go by.
 */
export const instagramConversations: readonly ConversationMarkup[] = [
  {
    domains: ['instagram.com'],
    route: /^\/direct\/t\/[^/]+\/?$/,
    header: '[role="main"] header',
    name: 'h1, h2, span[dir="auto"]',
  },
];

export const instagram: PlatformRules = {
  platform: 'instagram',
  name: 'Instagram',
  domains: ['instagram.com', 'instagr.am'],
  mirrorHosts: INSTAGRAM_VIEWERS.map((v) => v.host),
  words: ['instagram', 'insta', 'ig'],
  access: 'install',
  canonicalHandle: canonicalInstagramHandle,
  read: readInstagram,
  profileUrl: (handle) => `https://www.instagram.com/${handle}/`,
  display: (handle) => `@${handle}`,
  // Search results: /explore/search/keyword/?q=kai%20morgan (the search panel itself changes no URL).
  search: [{ path: 'search', params: ['q'] }],
  // Feed markup (instagram.com web): a post is an <article>; the stories tray, comments and "Suggested for you"
  // are list entries; a post's dialog lists comments as <li> under its <ul>.
  feed: [
    { selector: 'article', kind: 'post' },
    { selector: 'ul ul li, ul > div > li', kind: 'comment' },
    { selector: 'li', kind: 'story' },
  ],
  alsoCovers: () => ({
    hosts: ['m.instagram.com', 'instagr.am'],
    features: ['subpages', 'stories', 'archives', 'viewers'],
  }),
};

function viewerShape(viewer: ViewerSite): DnrShape {
  return {
    tier: 'stretch',
    prefix: `^https?://(?:www\\.)?${escapeRegex(viewer.host)}\\.?/+${wordsBefore(viewer.before)}`,
    suffix: AFTER_HANDLE,
    alternative: handleInUrl,
    ...(viewer.installed ? {} : { access: () => subdomainPatterns([viewer.host]) }),
  };
}

export const instagramDnr = (): readonly DnrShape[] => [
  // instagr.am only redirects to instagram.com, where this rule catches the redirected request.
  {
    tier: 'core',
    prefix: `${anySubdomainOf('instagram\\.com')}(?:stories/+)?`,
    suffix: AFTER_HANDLE,
    alternative: handleInUrl,
  },
  ...INSTAGRAM_VIEWERS.map(viewerShape),
  viaTranslate(`${translatedSubdomainOf('instagram-com')}(?:stories/+)?`, handleInUrl),
];
