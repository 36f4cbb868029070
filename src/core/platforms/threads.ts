import { canonicalInstagramHandle } from './instagram';
import { afterAt, HOME, PAGE, POST, profileReading, word } from './reading';
import { AFTER_HANDLE, anySubdomainOf, handleInUrl, translatedSubdomainOf } from './regex-text';
import { viaTranslate } from './shapes';
import type { DnrShape, PlatformRules, Reading, UrlView } from './types';

/** Threads profiles are Instagram accounts: same handle, shown as threads.com/@name. */
function readThreads({ segments }: UrlView): Reading {
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  const handle = afterAt(segments[0]);
  if (handle !== undefined) return profileReading(handle, canonicalInstagramHandle);
  return first === 't' ? POST : PAGE;
}

export const threads: PlatformRules = {
  platform: 'threads',
  name: 'Threads',
  domains: ['threads.com', 'threads.net'],
  words: ['threads'],
  access: 'install',
  canonicalHandle: canonicalInstagramHandle,
  read: readThreads,
  profileUrl: (handle) => `https://www.threads.com/@${handle}`,
  display: (handle) => `@${handle}`,
  // /search?q=…&serp_type=default
  search: [{ path: 'search', params: ['q'] }],
  // Feed markup (threads.com): each post and reply is a pressable container.
  feed: [
    { selector: '[data-pressable-container="true"]', kind: 'post' },
    { selector: 'li', kind: 'card' },
  ],
  alsoCovers: () => ({ hosts: ['threads.net'], features: ['subpages'] }),
};

export const threadsDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: `${anySubdomainOf('threads\\.(?:com|net)')}@`,
    suffix: AFTER_HANDLE,
    alternative: handleInUrl,
  },
  viaTranslate(`${translatedSubdomainOf('threads-(?:com|net)')}@`, handleInUrl),
];
