import { HOME, PAGE, profileReading, word } from './reading';
import { AFTER_HANDLE, handleInUrl, translatedSubdomainOf } from './regex-text';
import { viaTranslate } from './shapes';
import type { DnrShape, PlatformRules, Reading, UrlView } from './types';

/** Tumblr blog names: letters, digits and `-`, up to 32, case-insensitive. */
function canonicalTumblrHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase().replace(/^@/, '');
  return /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/.test(handle) ? handle : undefined;
}

/** Subdomains of tumblr.com that are Tumblr's own, not a blog. */
const OWN_HOSTS = new Set([
  'www',
  'assets',
  'static',
  'media',
  'api',
  'help',
  'embed',
  'safe',
  'secure',
  'platform',
]);
/** First segments of www.tumblr.com that are Tumblr's own pages. */
const OWN_PAGES = new Set([
  'about',
  'activity',
  'apps',
  'business',
  'communities',
  'customize',
  'dashboard',
  'docs',
  'explore',
  'following',
  'help',
  'inbox',
  'jobs',
  'likes',
  'login',
  'logout',
  'messaging',
  'new',
  'oauth',
  'policy',
  'premium',
  'privacy',
  'register',
  'search',
  'settings',
  'tagged',
]);

function readTumblr({ host, segments }: UrlView): Reading {
  // <blog>.tumblr.com: the whole host is his blog, whatever the path.
  const label = host.slice(0, -'.tumblr.com'.length);
  if (host.endsWith('.tumblr.com') && !label.includes('.') && !OWN_HOSTS.has(label)) {
    return profileReading(label, canonicalTumblrHandle);
  }
  // Tumblr's own subdomains (media, help…) show no blog by path.
  if (host !== 'tumblr.com' && host !== 'www.tumblr.com') return PAGE;
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  // www.tumblr.com/blog/view/<blog>, the older www.tumblr.com/dashboard/blog/<blog>.
  if (first === 'blog')
    return profileReading(segments[word(segments, 1) === 'view' ? 2 : 1], canonicalTumblrHandle);
  if (first === 'dashboard' && word(segments, 1) === 'blog')
    return profileReading(segments[2], canonicalTumblrHandle);
  if (OWN_PAGES.has(first)) return PAGE;
  // www.tumblr.com/<blog>, /<blog>/<post id>/<slug>.
  return profileReading(segments[0], canonicalTumblrHandle);
}

export const tumblr: PlatformRules = {
  platform: 'tumblr',
  name: 'Tumblr',
  domains: ['tumblr.com'],
  words: ['tumblr'],
  access: 'optional',
  changesPagesInPlace: true,
  canonicalHandle: canonicalTumblrHandle,
  read: readTumblr,
  profileUrl: (handle) => `https://${handle}.tumblr.com/`,
  display: (handle) => handle,
  alsoCovers: (handle) => ({
    hosts: [`${handle}.tumblr.com`, `tumblr.com/${handle}`],
    features: ['subpages'],
  }),
};

export const tumblrDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: '^https?://(?:www\\.)?tumblr\\.com\\.?/+(?:blog/+(?:view/+)?|dashboard/+blog/+)?',
    suffix: AFTER_HANDLE,
    alternative: handleInUrl,
  },
  {
    tier: 'core',
    prefix: '^https?://',
    suffix: `\\.tumblr\\.com\\.?${AFTER_HANDLE}`,
    alternative: handleInUrl,
  },
  viaTranslate(`${translatedSubdomainOf('tumblr-com')}(?:blog/+(?:view/+)?)?`, handleInUrl),
  // <blog>.tumblr.com through the proxy: the blog's own hyphens are doubled in the label.
  {
    ...viaTranslate('^https?://', (handle) => handleInUrl(handle).replace(/-/g, '--')),
    suffix: `-tumblr-com\\.translate\\.goog\\.?${AFTER_HANDLE}`,
  },
];
