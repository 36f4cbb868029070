import { afterAt, HOME, PAGE, POST, profileReading, word } from './reading';
import {
  AFTER_HANDLE,
  anySubdomainOf,
  handleInUrl,
  subdomainPatterns,
  translatedSubdomainOf,
} from './regex-text';
import { mirrorShapes, viaTranslate } from './shapes';
import type { ConversationMarkup, DnrShape, PlatformRules, Reading, UrlView } from './types';

/** X user names: letters, digits and `_`, up to 15, case-insensitive. */
export function canonicalXHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase();
  return /^[a-z0-9_]{1,15}$/.test(handle) ? handle : undefined;
}

/**
 * Sites that show an X profile at the same path as X does: nitter front-ends (read without an account)
 * and the embed fixers (fxtwitter…, which redirect people and show previews). Add one here; recognition
 * and rules are made from this list.
 */
export const X_MIRRORS: readonly string[] = [
  'nitter.net',
  'xcancel.com',
  'nitter.poast.org',
  'nitter.privacydev.net',
  'nitter.space',
  'nitter.tiekoetter.com',
  'nitter.privacyredirect.com',
  'fxtwitter.com',
  'vxtwitter.com',
  'fixupx.com',
  'fixvx.com',
  'twittpr.com',
];

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
/** Nitter's own pages besides X's: media it proxies, its preferences. */
const MIRROR_PAGES = new Set(['pic', 'video', 'enablehls', 'preferences', 'rss']);

function readX({ url, domain, segments }: UrlView): Reading {
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
  if (MIRROR_PAGES.has(first) && X_MIRRORS.includes(domain)) return PAGE;
  // People sometimes write x.com/@name; X itself never does, but the name is unambiguous.
  return profileReading(afterAt(segments[0]) ?? segments[0], canonicalXHandle);
}

/**
 * Messages: a conversation is addressed by the pair of account ids (`/messages/<id>-<id>`, the newer chat's
 * `/i/chat/<id>`); its header links to his profile and shows his name and @handle.
 */
export const xConversations: readonly ConversationMarkup[] = [
  {
    domains: ['x.com', 'twitter.com'],
    route: /^\/(?:messages|i\/chat)\/[^/]+\/?$/,
    header: '[data-testid="DMConversationHeader"], [data-testid="dm-conversation-header"]',
    name: 'h2, [dir="ltr"] > span',
  },
];

export const x: PlatformRules = {
  platform: 'x',
  name: 'X',
  domains: ['x.com', 'twitter.com'],
  mirrorHosts: X_MIRRORS,
  words: ['x', 'twitter'],
  access: 'install',
  canonicalHandle: canonicalXHandle,
  read: readX,
  profileUrl: (handle) => `https://x.com/${handle}`,
  display: (handle) => `@${handle}`,
  // /search?q=kai%20morgan&src=typed_query, changed in place as she types and presses Enter.
  search: [{ path: 'search', params: ['q'] }],
  // Feed markup (x.com): every timeline entry is a cell `[data-testid="cellInnerDiv"]` (a post, a reply, a repost
  // with its "reposted" line, a quote), accounts to follow are `[data-testid="UserCell"]`.
  feed: [
    { selector: '[data-testid="cellInnerDiv"]', kind: 'post' },
    { selector: '[data-testid="UserCell"]', kind: 'card' },
  ],
  alsoCovers: () => ({
    hosts: ['twitter.com', 'mobile.x.com'],
    features: ['subpages', 'intents', 'mirrors'],
  }),
};

export const xDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: anySubdomainOf('(?:x|twitter)\\.com'),
    suffix: AFTER_HANDLE,
    alternative: handleInUrl,
  },
  // A separate rule: the intent prefix is long, and sharing it with profiles would halve their packing.
  {
    tier: 'core',
    prefix: `${anySubdomainOf('(?:x|twitter)\\.com')}intent/+(?:user|follow)/?\\?(?:[^#]*&)?screen_name=`,
    // `&` ends the handle inside the query.
    suffix: '(?:[&#].*)?$',
    alternative: handleInUrl,
  },
  // Mirrors are not asked for: without access their rules block, which needs none (README).
  ...mirrorShapes(X_MIRRORS, '', handleInUrl, (hosts) => subdomainPatterns(hosts)),
  viaTranslate(translatedSubdomainOf('(?:x|twitter)-com'), handleInUrl),
];
