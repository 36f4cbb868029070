import { afterAt, HOME, PAGE, POST, profileReading, word } from './reading';
import {
  AFTER_HANDLE,
  anySubdomainOf,
  handleInUrl,
  segmentsInUrl,
  translatedSubdomainOf,
} from './regex-text';
import { viaTranslate } from './shapes';
import type { DnrShape, PlatformRules, Reading, UrlView } from './types';

const NAME = /^[\p{L}\p{N}\p{M}._·-]{1,100}$/u;
/** Channel ids: `UC` and 22 more of base64url. Case matters to YouTube. */
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/i;

/**
 * A channel goes by up to four addresses, each its own identity: its handle (`@name`, stored as
 * `name`), its id (`channel/UC…`, case kept), a legacy user name (`user/name`) and a custom URL
 * (`c/name`, also reached as youtube.com/name). Handles and names are case-insensitive.
 */
function canonicalYouTubeHandle(raw: string): string | undefined {
  const slash = raw.indexOf('/');
  if (slash < 0) {
    const handle = raw.toLowerCase();
    return NAME.test(handle) ? handle : undefined;
  }
  const kind = raw.slice(0, slash).toLowerCase();
  const rest = raw.slice(slash + 1);
  if (kind === 'channel') return CHANNEL_ID.test(rest) ? `channel/UC${rest.slice(2)}` : undefined;
  if (kind === 'user' || kind === 'c') return NAME.test(rest) ? `${kind}/${rest.toLowerCase()}` : undefined;
  return undefined;
}

const POSTS = new Set(['watch', 'shorts', 'embed', 'live', 'clip', 'playlist', 'post', 'source']);
/** First segments that are YouTube's own pages; any other single word is a channel's custom URL. */
const OWN_PAGES = new Set([
  'about',
  'account',
  'account_advanced',
  'account_notifications',
  'account_privacy',
  'ads',
  'attribution_link',
  'creators',
  'feed',
  'favicon.ico',
  'hashtag',
  'howyoutubeworks',
  'jobs',
  'kids',
  'logout',
  'manifest.webmanifest',
  'new',
  'oembed',
  'paid_memberships',
  'premium',
  'redirect',
  'reporthistory',
  'results',
  'robots.txt',
  's',
  'select_site',
  'signin',
  'subscription_manager',
  'supported_browsers',
  'sw.js',
  't',
  'trending',
  'upload',
  'yts',
]);

function readYouTube({ segments }: UrlView): Reading {
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  const handle = afterAt(segments[0]);
  if (handle !== undefined) return profileReading(handle, canonicalYouTubeHandle);
  if (first === 'channel' || first === 'user' || first === 'c') {
    const name = segments[1];
    if (name === undefined) return { kind: 'invalid', reason: 'missing-id' };
    const identity = canonicalYouTubeHandle(`${first}/${name}`);
    if (identity !== undefined) return { kind: 'profile', handle: identity };
    return first === 'channel' ? { kind: 'invalid', reason: 'invalid-id' } : PAGE;
  }
  if (POSTS.has(first)) return POST;
  if (OWN_PAGES.has(first)) return PAGE;
  // youtube.com/<name> is the channel's custom URL, as youtube.com/c/<name>.
  return profileReading(`c/${segments[0]}`, canonicalYouTubeHandle);
}

const isIdentity = (handle: string) => handle.includes('/');

export const youtube: PlatformRules = {
  platform: 'youtube',
  name: 'YouTube',
  domains: ['youtube.com'],
  words: ['youtube', 'yt'],
  access: 'install',
  canonicalHandle: canonicalYouTubeHandle,
  read: readYouTube,
  profileUrl: (handle) =>
    isIdentity(handle)
      ? `https://www.youtube.com/${handle.split('/').map(encodeURIComponent).join('/')}`
      : `https://www.youtube.com/@${encodeURIComponent(handle)}`,
  display: (handle) => (isIdentity(handle) ? handle : `@${handle}`),
  // /results?search_query=…, on www. and m.
  search: [{ path: 'any', params: ['search_query'] }],
  // Feed markup (youtube.com): Polymer elements, one per item: home, search, watch-next and shorts; community
  // posts; comment threads and replies; channel cards.
  feed: [
    {
      selector:
        'ytd-rich-item-renderer, ytd-video-renderer, ytd-compact-video-renderer, ytd-grid-video-renderer, ytd-reel-item-renderer, ytd-post-renderer, ytd-playlist-renderer',
      kind: 'post',
    },
    {
      selector: 'ytd-comment-view-model, ytd-comment-renderer, ytd-comment-thread-renderer',
      kind: 'comment',
    },
    { selector: 'ytd-channel-renderer, ytd-grid-channel-renderer', kind: 'card' },
  ],
  alsoCovers: () => ({ hosts: ['m.youtube.com'], features: ['subpages'] }),
};

const handleOnly = (handle: string) => (isIdentity(handle) ? undefined : handleInUrl(handle));

/** `channel/UC…` and `user/name` as written; `c/name` also without its `c/`. */
function identityInUrl(handle: string): string | undefined {
  if (!isIdentity(handle)) return undefined;
  return handle.startsWith('c/') ? `(?:c/+)?${handleInUrl(handle.slice(2))}` : segmentsInUrl(handle);
}

export const youtubeDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: `${anySubdomainOf('youtube\\.com')}@`,
    suffix: AFTER_HANDLE,
    alternative: handleOnly,
  },
  { tier: 'core', prefix: anySubdomainOf('youtube\\.com'), suffix: AFTER_HANDLE, alternative: identityInUrl },
  viaTranslate(`${translatedSubdomainOf('youtube-com')}@`, handleOnly),
];
