import { HOME, OTHER, PAGE, POST, profileReading, word } from './reading';
import { AFTER_HANDLE, anySubdomainOf, handleInUrl, translatedSubdomainOf } from './regex-text';
import { viaTranslate } from './shapes';
import type { DnrShape, PlatformRules, Reading, UrlView } from './types';

/** Twitch channel names: letters, digits and `_`, up to 25, case-insensitive. */
function canonicalTwitchHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase().replace(/^@/, '');
  return /^[a-z0-9_]{1,25}$/.test(handle) ? handle : undefined;
}

/** First segments of twitch.tv that are Twitch's own pages. */
const OWN_PAGES = new Set([
  'activate',
  'bits',
  'broadcast',
  'creatorcamp',
  'directory',
  'downloads',
  'drops',
  'event',
  'friends',
  'inventory',
  'jobs',
  'login',
  'logout',
  'messages',
  'p',
  'payments',
  'prime',
  'search',
  'settings',
  'signup',
  'store',
  'subscriptions',
  'turbo',
  'user',
  'videos',
  'wallet',
]);
/** His channel seen through Twitch's own frames: /popout/<name>/chat, /embed/<name>/chat, /moderator/<name>. */
const CHANNEL_VIEWS = new Set(['popout', 'embed', 'moderator']);

function readTwitch({ url, host, segments }: UrlView): Reading {
  // The embedded player names the channel in its query: player.twitch.tv/?channel=<name>.
  if (host === 'player.twitch.tv') {
    return profileReading(url.searchParams.get('channel') ?? undefined, canonicalTwitchHandle);
  }
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  if (host === 'clips.twitch.tv') return POST;
  if (host !== 'twitch.tv' && host !== 'www.twitch.tv' && host !== 'm.twitch.tv') return PAGE;
  if (CHANNEL_VIEWS.has(first)) return profileReading(segments[1], canonicalTwitchHandle);
  // A team is a group of channels, not a person: a pasted link to one becomes a site target.
  if (first === 'team') return OTHER;
  if (OWN_PAGES.has(first)) return PAGE;
  return profileReading(segments[0], canonicalTwitchHandle);
}

export const twitch: PlatformRules = {
  platform: 'twitch',
  name: 'Twitch',
  domains: ['twitch.tv'],
  words: ['twitch'],
  access: 'optional',
  changesPagesInPlace: true,
  canonicalHandle: canonicalTwitchHandle,
  read: readTwitch,
  profileUrl: (handle) => `https://www.twitch.tv/${handle}`,
  display: (handle) => handle,
  alsoCovers: () => ({ hosts: ['m.twitch.tv'], features: ['subpages'] }),
};

export const twitchDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: `^https?://(?:(?:www|m)\\.)?twitch\\.tv\\.?/+(?:popout/+|embed/+|moderator/+)?`,
    suffix: AFTER_HANDLE,
    alternative: handleInUrl,
  },
  {
    tier: 'core',
    prefix: `${anySubdomainOf('twitch\\.tv')}\\?(?:[^#]*&)?channel=`,
    suffix: '(?:[&#].*)?$',
    alternative: handleInUrl,
  },
  viaTranslate(translatedSubdomainOf('twitch-tv'), handleInUrl),
];
