import { HOME, PAGE, profileReading, word } from './reading';
import { AFTER_HANDLE, anySubdomainOf, handleInUrl, translatedSubdomainOf } from './regex-text';
import { viaTranslate } from './shapes';
import type { DnrShape, PlatformRules, Reading, UrlView } from './types';

/** Venmo user names: letters, digits, `-` and `_`, up to 30, case-insensitive. */
function canonicalVenmoHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase().replace(/^@/, '');
  return /^[a-z0-9_-]{1,30}$/.test(handle) ? handle : undefined;
}

/** First segments of venmo.com that are Venmo's own pages, not the older venmo.com/<name> profile links. */
const OWN_PAGES = new Set([
  'about',
  'account',
  'accessibility',
  'api',
  'blog',
  'business',
  'careers',
  'code',
  'contact',
  'cookies',
  'creditcard',
  'crypto',
  'debitcard',
  'developers',
  'download',
  'fees',
  'gift',
  'groups',
  'help',
  'info',
  'invite',
  'legal',
  'login',
  'logout',
  'pay',
  'password',
  'paypal',
  'press',
  'privacy',
  'referral',
  'request',
  'resources',
  'search',
  'security',
  'send',
  'settings',
  'signin',
  'signup',
  'sitemap',
  'static',
  'statement',
  'support',
  'tax',
  'teen',
  'terms',
  'web',
]);

function readVenmo({ host, segments }: UrlView): Reading {
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  if (first === 'u') {
    if (segments[1] === undefined) return { kind: 'invalid', reason: 'missing-id' };
    return profileReading(segments[1], canonicalVenmoHandle);
  }
  // venmo.com/<name> is the older profile link; account.venmo.com and the others are the app's pages.
  if (host !== 'venmo.com' && host !== 'www.venmo.com') return PAGE;
  return OWN_PAGES.has(first) ? PAGE : profileReading(segments[0], canonicalVenmoHandle);
}

export const venmo: PlatformRules = {
  platform: 'venmo',
  name: 'Venmo',
  domains: ['venmo.com'],
  words: ['venmo'],
  access: 'optional',
  changesPagesInPlace: true,
  canonicalHandle: canonicalVenmoHandle,
  read: readVenmo,
  profileUrl: (handle) => `https://account.venmo.com/u/${handle}`,
  display: (handle) => `@${handle}`,
  alsoCovers: () => ({ hosts: ['account.venmo.com'], features: ['subpages', 'old-links'] }),
};

export const venmoDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: `${anySubdomainOf('venmo\\.com')}(?:u/+)?`,
    suffix: AFTER_HANDLE,
    alternative: handleInUrl,
  },
  viaTranslate(`${translatedSubdomainOf('venmo-com')}(?:u/+)?`, handleInUrl),
];
