import { asChat, HOME, PAGE, POST, profileReading, word } from './reading';
import { AFTER_HANDLE, anySubdomainOf, translatedSubdomainOf } from './regex-text';
import { viaTranslate } from './shapes';
import type { ConversationMarkup, DnrShape, PlatformRules, Reading, UrlView } from './types';

const NUMERIC_ID = /^[0-9]+$/;

/**
 * Facebook ignores dots and case in user names (sam.rivers.77 = samrivers77); an all-digit
 * handle is a numeric profile id.
 */
export function canonicalFacebookHandle(raw: string): string | undefined {
  if (NUMERIC_ID.test(raw)) return raw;
  const lower = raw.toLowerCase();
  if (!/^[a-z0-9.]{1,50}$/.test(lower)) return undefined;
  const handle = lower.replace(/\./g, '');
  return handle === '' ? undefined : handle;
}

function numericId(raw: string | null | undefined): string | undefined {
  return raw && NUMERIC_ID.test(raw) ? raw : undefined;
}

/** First path segments that are Facebook's own pages, never a profile. */
const OWN_PAGES = new Set([
  'about',
  'ads',
  'bookmarks',
  'business',
  'careers',
  'checkpoint',
  'dialog',
  'events',
  'feeds',
  'friends',
  'fundraisers',
  'gaming',
  'groups',
  'hashtag',
  'help',
  'home.php',
  'jobs',
  'l.php',
  'latest',
  'legal',
  'live',
  'login',
  'login.php',
  'marketplace',
  'me',
  'media',
  'memories',
  'notifications',
  'places',
  'plugins',
  'policies',
  'privacy',
  'recover',
  'reels',
  'saved',
  'search',
  'settings',
  'sharer',
  'sharer.php',
  'terms',
  'watch',
]);
/** First segments of links to one post, photo or video that do not name the profile. */
const POSTS = new Set(['permalink.php', 'photo', 'photo.php', 'reel', 'share', 'story.php', 'video.php']);

function readFacebook({ url, domain, segments }: UrlView): Reading {
  if (domain === 'messenger.com') return segments.length === 0 ? HOME : readChat(segments, 0);
  if (domain === 'm.me') return asChat(profileReading(segments[0], canonicalFacebookHandle));
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  switch (first) {
    case 'profile.php': {
      // The id may come anywhere among the parameters: ?sk=photos&id=N.
      const id = numericId(url.searchParams.get('id'));
      return id ? { kind: 'profile', handle: id } : PAGE;
    }
    case 'people':
    case 'pages': {
      // /people/Sam-Rivers/<id>/: the name is decoration, the id decides.
      const id = numericId(segments[2]);
      return id ? { kind: 'profile', handle: id } : PAGE;
    }
    case 'stories': {
      const id = numericId(segments[1]);
      return id ? { kind: 'profile', handle: id } : PAGE;
    }
    case 'messages':
      return readChat(segments, 1);
  }
  if (POSTS.has(first)) return POST;
  if (OWN_PAGES.has(first)) return PAGE;
  return profileReading(segments[0], canonicalFacebookHandle);
}

/** A chat with one person: /t/<id or name>, also under /e2ee/. */
function readChat(segments: readonly string[], start: number): Reading {
  let i = start;
  if (word(segments, i) === 'e2ee') i += 1;
  if (word(segments, i) !== 't') return PAGE;
  return asChat(profileReading(segments[i + 1], canonicalFacebookHandle));
}

/** A canonical handle that is a numeric profile id rather than a user name. */
export const isFacebookId = (handle: string) => NUMERIC_ID.test(handle);

/**
 * Messages on Facebook and on Messenger: a thread is addressed by its id (`/messages/t/<id>`, `/t/<id>`, also under
 * `/e2ee/`), which names him only when she listed that id; the thread's banner links to his profile and names him.
 */
const FACEBOOK_THREAD_HEADER = '[role="main"] [role="banner"], [role="main"] header';
export const facebookConversations: readonly ConversationMarkup[] = [
  {
    domains: ['facebook.com'],
    route: /^\/messages\/(?:e2ee\/)?t\/[^/]+\/?$/,
    header: FACEBOOK_THREAD_HEADER,
    name: 'h1, h2',
  },
  {
    domains: ['messenger.com'],
    route: /^\/(?:e2ee\/)?t\/[^/]+\/?$/,
    header: FACEBOOK_THREAD_HEADER,
    name: 'h1, h2',
  },
];

export const facebook: PlatformRules = {
  platform: 'facebook',
  name: 'Facebook',
  domains: ['facebook.com', 'fb.com', 'messenger.com', 'm.me'],
  words: ['facebook', 'fb', 'messenger'],
  access: 'install',
  canonicalHandle: canonicalFacebookHandle,
  read: readFacebook,
  profileUrl: (handle) =>
    isFacebookId(handle)
      ? `https://www.facebook.com/profile.php?id=${handle}`
      : `https://www.facebook.com/${handle}`,
  display: (handle) => (isFacebookId(handle) ? `id ${handle}` : handle),
  // /search/top/?q=…, /search/people/?q=…, /search/posts/?q=…
  search: [{ path: 'search', params: ['q'] }],
  // Feed markup (facebook.com): posts are `[aria-posinset]` units of the feed (`[data-pagelet^="FeedUnit"]` on
  // older pages), comments `[role="article"]` inside them, stories and "People you may know" are list items.
  feed: [
    { selector: '[aria-posinset], [data-pagelet^="FeedUnit"]', kind: 'post' },
    { selector: '[role="article"]', kind: 'comment' },
    { selector: '[role="listitem"], li', kind: 'card' },
  ],
  alsoCovers: () => ({
    hosts: ['m.facebook.com', 'fb.com', 'messenger.com'],
    features: ['subpages', 'messenger'],
  }),
};

/** facebook.com/messages/t/<who> and messenger.com/t/<who>, also under /e2ee/. */
const FACEBOOK_CHAT_PREFIX =
  '^https?://(?:[^/]*\\.)?(?:(?:facebook|fb)\\.com\\.?/+messages|messenger\\.com\\.?)/+(?:e2ee/+)?t/+';

/** `samrivers77` as a regex that also accepts the dotted spellings (`sam.rivers.77`). */
function dotsAnywhere(handle: string): string {
  return [...handle].join('\\.?');
}

const nameDotsAnywhere = (handle: string) => (isFacebookId(handle) ? undefined : dotsAnywhere(handle));
const nameAsStored = (handle: string) => (isFacebookId(handle) ? undefined : handle);
const idOnly = (handle: string) => (isFacebookId(handle) ? handle : undefined);

export const facebookDnr = (): readonly DnrShape[] => [
  // m.me only redirects to messenger.com, where the chat rules catch the redirected request.
  {
    tier: 'core',
    prefix: anySubdomainOf('(?:facebook|fb)\\.com'),
    suffix: AFTER_HANDLE,
    alternative: nameDotsAnywhere,
    compactAlternative: nameAsStored,
  },
  {
    tier: 'core',
    prefix: `${anySubdomainOf('(?:facebook|fb)\\.com')}(?:(?:people|pages)/+[^/]+/+|stories/+)?`,
    suffix: AFTER_HANDLE,
    alternative: idOnly,
  },
  {
    tier: 'core',
    prefix: `${anySubdomainOf('(?:facebook|fb)\\.com')}profile\\.php\\?(?:[^#]*&)?id=`,
    suffix: '(?:[&#].*)?$',
    alternative: idOnly,
  },
  { tier: 'core', prefix: FACEBOOK_CHAT_PREFIX, suffix: AFTER_HANDLE, alternative: idOnly },
  // Chats are addressed by id nearly always; messenger.com/t/<name> is a rarer spelling.
  {
    tier: 'stretch',
    prefix: '^https?://(?:[^/]*\\.)?messenger\\.com\\.?/+(?:e2ee/+)?t/+',
    suffix: AFTER_HANDLE,
    alternative: nameDotsAnywhere,
    compactAlternative: nameAsStored,
  },
  viaTranslate(translatedSubdomainOf('(?:facebook|fb)-com'), nameDotsAnywhere, nameAsStored),
  // /people/<name>/<id> through the proxy is too long a rule next to the id; the navigation layer reads it.
  viaTranslate(translatedSubdomainOf('(?:facebook|fb)-com'), idOnly),
];
