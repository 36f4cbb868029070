import { channelReading, phoneInUrl } from './addressing';
import { numberDigits } from './contact-shapes';
import { asChat, HOME, PAGE, profileReading, word } from './reading';
import { AFTER_HANDLE, handleInUrl, subdomainPatterns, translatedSubdomainOf } from './regex-text';
import { viaTranslate } from './shapes';
import type { DnrShape, PlatformRules, Reading, UrlView } from './types';

/** Telegram user, channel and group names: letters, digits and `_`, 4 to 32, case-insensitive. */
function canonicalTelegramHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase().replace(/^@/, '');
  return /^[a-z0-9_]{4,32}$/.test(handle) ? handle : undefined;
}

const DOMAINS = ['t.me', 'telegram.me', 'telegram.dog'];
/** First segments of t.me that are Telegram's own links (invites, sticker sets, proxies…). */
const OWN_PAGES = new Set([
  'addemoji',
  'addlist',
  'addstickers',
  'addtheme',
  'c',
  'contact',
  'giftcode',
  'invoice',
  'iv',
  'joinchat',
  'login',
  'proxy',
  'setlanguage',
  'share',
  'socks',
]);

function readTelegram({ host, domain, segments }: UrlView): Reading {
  // <name>.t.me is the same as t.me/<name>.
  if (host !== domain && host !== `www.${domain}`) {
    return profileReading(host.slice(0, -domain.length - 1), canonicalTelegramHandle);
  }
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  // t.me/s/<name> is the web preview of a public channel or profile; t.me/boost/<name> its boost page.
  if (first === 's' || first === 'boost') return profileReading(segments[1], canonicalTelegramHandle);
  // t.me/+<number> opens a chat with that number; any other `+` link is a group invite.
  if (first.startsWith('+')) return numberChat(first);
  if (OWN_PAGES.has(first)) return PAGE;
  // t.me/<name> opens the app on a chat with him: his profile, and a way to write to him.
  return asChat(profileReading(segments[0], canonicalTelegramHandle));
}

function numberChat(segment: string): Reading {
  const phone = phoneInUrl(segment);
  return phone === undefined ? PAGE : channelReading([phone], []);
}

/** The app's own link: tg://resolve?domain=<name>. */
function readTelegramUri(text: string): Reading | undefined {
  const found = /^tg:\/\/resolve\?(?:[^#]*&)?domain=([^&#]*)/i.exec(text);
  return found ? profileReading(decodeURIComponent(found[1] ?? ''), canonicalTelegramHandle) : undefined;
}

export const telegram: PlatformRules = {
  platform: 'telegram',
  name: 'Telegram',
  domains: DOMAINS,
  words: ['telegram', 'tg'],
  access: 'optional',
  canonicalHandle: canonicalTelegramHandle,
  read: readTelegram,
  readUri: readTelegramUri,
  profileUrl: (handle) => `https://t.me/${handle}`,
  display: (handle) => `@${handle}`,
  alsoCovers: () => ({ hosts: ['telegram.me'], features: ['subpages', 'preview'] }),
};

export const telegramDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: '^https?://(?:www\\.)?(?:t\\.me|telegram\\.(?:me|dog))\\.?/+(?:s/+|boost/+)?',
    suffix: AFTER_HANDLE,
    alternative: handleInUrl,
  },
  {
    tier: 'core',
    prefix: '^https?://',
    suffix: `\\.(?:t\\.me|telegram\\.(?:me|dog))\\.?${AFTER_HANDLE}`,
    alternative: handleInUrl,
  },
  viaTranslate(`${translatedSubdomainOf('(?:t-me|telegram-(?:me|dog))')}(?:s/+)?`, handleInUrl),
];

/** Chats by number, t.me/+<number>, for phone targets (contact-shapes.ts). */
export const telegramNumberDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: '^https?://(?:www\\.)?(?:t\\.me|telegram\\.(?:me|dog))\\.?/+(?:\\+|%2B)',
    suffix: AFTER_HANDLE,
    alternative: numberDigits,
    access: () => subdomainPatterns(DOMAINS),
  },
];
