import { HOME, PAGE, word } from './reading';
import { AFTER_HANDLE, anySubdomainOf, handleInUrl, translatedSubdomainOf } from './regex-text';
import { viaTranslate } from './shapes';
import type { DnrShape, PlatformRules, Reading, UrlView } from './types';

/** A handle is a domain name: labels of letters, digits and `-`, a letter-only last label. */
const HANDLE = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
/** did:plc ids are 24 characters of base32 (a–z, 2–7); did:web ids name a host. */
const PLC = /^did:plc:[a-z2-7]{24}$/;
const WEB = /^did:web:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** A Bluesky account: its handle (`name.bsky.social`, `sam.example.com`) or its permanent `did:`. */
export function canonicalBlueskyHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase().replace(/^@/, '');
  if (handle.startsWith('did:')) return PLC.test(handle) || WEB.test(handle) ? handle : undefined;
  return HANDLE.test(handle) ? handle : undefined;
}

/** A handle or did as pasted, read as a profile or as the reason it can't be one. */
export function blueskyReading(raw: string | undefined): Reading {
  if (raw === undefined) return { kind: 'invalid', reason: 'missing-id' };
  const handle = canonicalBlueskyHandle(raw);
  return handle === undefined ? { kind: 'invalid', reason: 'invalid-id' } : { kind: 'profile', handle };
}

function readBluesky({ segments }: UrlView): Reading {
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  // /profile/<who>/post/<id>, /followers, /lists/…; a starter pack names its maker the same way.
  if (first === 'profile' || first === 'starter-pack') return blueskyReading(segments[1]);
  return PAGE;
}

export const bluesky: PlatformRules = {
  platform: 'bluesky',
  name: 'Bluesky',
  domains: ['bsky.app'],
  words: ['bluesky', 'bsky'],
  access: 'optional',
  changesPagesInPlace: true,
  canonicalHandle: canonicalBlueskyHandle,
  read: readBluesky,
  // A did pasted on its own: did:plc:… is only ever a Bluesky account here.
  readUri: (text) => (/^did:/i.test(text) ? blueskyReading(text) : undefined),
  profileUrl: (handle) => `https://bsky.app/profile/${handle}`,
  display: (handle) => (handle.startsWith('did:') ? handle : `@${handle}`),
  // bsky.app/search?q=…
  search: [{ path: 'search', params: ['q'] }],
  // Feed markup (bsky.app): posts in feeds and threads are named by `data-testid`, accounts by `user-…`.
  feed: [
    { selector: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]', kind: 'post' },
    { selector: '[data-testid^="user-"]', kind: 'card' },
  ],
  alsoCovers: () => ({ hosts: [], features: ['subpages'] }),
};

export const blueskyDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: `${anySubdomainOf('bsky\\.app')}(?:profile|starter-pack)/+`,
    suffix: AFTER_HANDLE,
    alternative: handleInUrl,
  },
  viaTranslate(`${translatedSubdomainOf('bsky-app')}profile/+`, handleInUrl),
];
