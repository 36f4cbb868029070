import { HOME, PAGE, word } from './reading';
import { AFTER_HANDLE, anySubdomainOf, translatedSubdomainOf } from './regex-text';
import { viaTranslate } from './shapes';
import type { DnrShape, PlatformRules, Reading, UrlView } from './types';

/** Strava athletes are numbered: strava.com/athletes/90210. */
function canonicalStravaHandle(raw: string): string | undefined {
  return /^[0-9]{1,12}$/.test(raw) ? raw.replace(/^0+(?=.)/, '') : undefined;
}

function readStrava({ segments }: UrlView): Reading {
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  // /pros/<id> is the older address of a professional's page; Strava sends it on to /athletes/<id>.
  if (first !== 'athletes' && first !== 'pros') return PAGE;
  const raw = segments[1];
  if (raw === undefined) return { kind: 'invalid', reason: 'missing-id' };
  const handle = canonicalStravaHandle(raw);
  return handle === undefined ? { kind: 'invalid', reason: 'invalid-id' } : { kind: 'profile', handle };
}

export const strava: PlatformRules = {
  platform: 'strava',
  name: 'Strava',
  domains: ['strava.com'],
  words: ['strava'],
  access: 'optional',
  canonicalHandle: canonicalStravaHandle,
  read: readStrava,
  profileUrl: (handle) => `https://www.strava.com/athletes/${handle}`,
  display: (handle) => `athletes/${handle}`,
  alsoCovers: () => ({ hosts: [], features: ['subpages'] }),
};

export const stravaDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: `${anySubdomainOf('strava\\.com')}(?:athletes|pros)/+0*`,
    suffix: AFTER_HANDLE,
    alternative: (handle) => handle,
  },
  viaTranslate(`${translatedSubdomainOf('strava-com')}(?:athletes|pros)/+0*`, (handle) => handle),
];
