import { afterAt, HOME, OTHER, profileReading, word } from './reading';
import { AFTER_HANDLE, anySubdomainOf, handleInUrl, translatedSubdomainOf } from './regex-text';
import { viaTranslate } from './shapes';
import type { DnrShape, PlatformRules, Reading, UrlView } from './types';

/** Snapchat user names: letters, digits, `.`, `_` and `-`, up to 15, case-insensitive. */
function canonicalSnapchatHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase();
  return /^[a-z0-9._-]{1,15}$/.test(handle) ? handle : undefined;
}

function readSnapchat({ segments }: UrlView): Reading {
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  if (first === 'add') return profileReading(segments[1], canonicalSnapchatHandle);
  const handle = afterAt(segments[0]);
  return handle === undefined ? OTHER : profileReading(handle, canonicalSnapchatHandle);
}

export const snapchat: PlatformRules = {
  platform: 'snapchat',
  name: 'Snapchat',
  domains: ['snapchat.com'],
  words: ['snapchat', 'snap'],
  access: 'install',
  canonicalHandle: canonicalSnapchatHandle,
  read: readSnapchat,
  profileUrl: (handle) => `https://www.snapchat.com/add/${handle}`,
  display: (handle) => `@${handle}`,
  alsoCovers: () => ({ hosts: [], features: ['subpages'] }),
};

export const snapchatDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: `${anySubdomainOf('snapchat\\.com')}(?:add/+|@)`,
    suffix: AFTER_HANDLE,
    alternative: handleInUrl,
  },
  viaTranslate(`${translatedSubdomainOf('snapchat-com')}(?:add/+|@)`, handleInUrl),
];
