import { HOME, OTHER, PAGE, POST, word } from './reading';
import { AFTER_HANDLE, anySubdomainOf, handleInUrl, translatedSubdomainOf } from './regex-text';
import { viaTranslate } from './shapes';
import type { DnrShape, PlatformRules, Reading, UrlView } from './types';

/** Spotify user ids: letters, digits, `.`, `_` and `-` (older ids are names, newer ones random), case-insensitive. */
function canonicalSpotifyHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase();
  return /^[a-z0-9._-]{1,64}$/.test(handle) ? handle : undefined;
}

function userReading(raw: string | undefined): Reading {
  if (raw === undefined) return { kind: 'invalid', reason: 'missing-id' };
  const handle = canonicalSpotifyHandle(raw);
  return handle === undefined ? { kind: 'invalid', reason: 'invalid-id' } : { kind: 'profile', handle };
}

/** open.spotify.com/intl-fr/…, /intl-pt-br/…: the same pages in another language. */
const LANGUAGE = /^intl-[a-z]{2}(?:-[a-z0-9]{2,4})?$/;
const POSTS = new Set(['playlist', 'album', 'track', 'episode', 'show', 'prerelease']);

function readSpotify({ segments }: UrlView): Reading {
  const start = LANGUAGE.test(word(segments, 0) ?? '') ? 1 : 0;
  const first = word(segments, start);
  if (first === undefined) return HOME;
  // /user/<id>, /user/<id>/playlists, and the older /user/<id>/playlist/<playlist>.
  if (first === 'user') return userReading(segments[start + 1]);
  if (POSTS.has(first)) return POST;
  // An artist's page is not a listener's profile; a pasted one becomes a site target.
  return first === 'artist' ? OTHER : PAGE;
}

/** The app's own links: spotify:user:<id>. */
function readSpotifyUri(text: string): Reading | undefined {
  const found = /^spotify:user:([^:]*)$/i.exec(text);
  return found ? userReading(found[1] || undefined) : undefined;
}

export const spotify: PlatformRules = {
  platform: 'spotify',
  name: 'Spotify',
  domains: ['spotify.com'],
  words: ['spotify'],
  access: 'optional',
  changesPagesInPlace: true,
  canonicalHandle: canonicalSpotifyHandle,
  read: readSpotify,
  readUri: readSpotifyUri,
  profileUrl: (handle) => `https://open.spotify.com/user/${handle}`,
  display: (handle) => `user/${handle}`,
  alsoCovers: () => ({ hosts: [], features: ['subpages', 'countries'] }),
};

export const spotifyDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: `${anySubdomainOf('spotify\\.com')}(?:intl-[^/]*/+)?user/+`,
    suffix: AFTER_HANDLE,
    alternative: handleInUrl,
  },
  viaTranslate(`${translatedSubdomainOf('spotify-com')}(?:intl-[^/]*/+)?user/+`, handleInUrl),
];
