import { HOME, PAGE, POST, profileReading, word } from './reading';
import { AFTER_HANDLE, handleInUrl, translatedSubdomainOf } from './regex-text';
import { viaTranslate } from './shapes';
import type { DnrShape, PlatformRules, Reading, UrlView } from './types';

/** Pinterest user names: letters, digits and `_`, 3 to 30, case-insensitive. */
function canonicalPinterestHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase().replace(/^@/, '');
  return /^[a-z0-9_]{1,30}$/.test(handle) ? handle : undefined;
}

/**
 * Pinterest's country sites, asked for when she adds a profile there (a match pattern cannot leave the
 * country open). Recognition and rules take any `pinterest.<country>` (`PINTEREST_DOMAIN`), so a site
 * missing here is still caught, only by a later layer.
 */
export const PINTEREST_DOMAINS: readonly string[] = [
  'pinterest.com',
  'pinterest.at',
  'pinterest.ca',
  'pinterest.ch',
  'pinterest.cl',
  'pinterest.co.kr',
  'pinterest.co.uk',
  'pinterest.com.au',
  'pinterest.com.mx',
  'pinterest.de',
  'pinterest.dk',
  'pinterest.es',
  'pinterest.fr',
  'pinterest.ie',
  'pinterest.it',
  'pinterest.jp',
  'pinterest.nz',
  'pinterest.ph',
  'pinterest.pt',
  'pinterest.ru',
  'pinterest.se',
];

/** pinterest.com, pinterest.fr, pinterest.co.uk, pinterest.com.au, and their subdomains (br., uk., …). */
const PINTEREST_DOMAIN = /(?:^|\.)(pinterest\.(?:com?\.)?[a-z]{2,})$/;

/** First segments that are Pinterest's own pages. */
const OWN_PAGES = new Set([
  '_',
  'about',
  'business',
  'categories',
  'discover',
  'explore',
  'homefeed',
  'ideas',
  'login',
  'logout',
  'news_hub',
  'notifications',
  'oauth',
  'password',
  'resource',
  'search',
  'secure',
  'settings',
  'shopping',
  'signup',
  'today',
  'topics',
  'videos',
]);

function readPinterest({ segments }: UrlView): Reading {
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  if (first === 'pin') return POST;
  if (OWN_PAGES.has(first)) return PAGE;
  // /<name>/, /<name>/<board>/, /<name>/_saved/.
  return profileReading(segments[0], canonicalPinterestHandle);
}

export const pinterest: PlatformRules = {
  platform: 'pinterest',
  name: 'Pinterest',
  domains: PINTEREST_DOMAINS,
  domainOf: (host) => PINTEREST_DOMAIN.exec(host)?.[1],
  words: ['pinterest'],
  access: 'optional',
  changesPagesInPlace: true,
  canonicalHandle: canonicalPinterestHandle,
  read: readPinterest,
  profileUrl: (handle) => `https://www.pinterest.com/${handle}/`,
  display: (handle) => `@${handle}`,
  // /search/pins/?q=…, /search/users/?q=…, on every country domain.
  search: [{ path: 'search', params: ['q'] }],
  alsoCovers: () => ({ hosts: ['pinterest.co.uk', 'pinterest.fr'], features: ['subpages', 'countries'] }),
};

export const pinterestDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: '^https?://(?:[^/]*\\.)?pinterest\\.(?:com?\\.)?[a-z]+\\.?/+',
    suffix: AFTER_HANDLE,
    alternative: handleInUrl,
  },
  viaTranslate(translatedSubdomainOf('pinterest-(?:com?-)?[a-z]+'), handleInUrl),
];
