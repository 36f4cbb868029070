import { HOME, PAGE, profileReading, word } from './reading';
import { AFTER_HANDLE, handleInUrl, translatedSubdomainOf } from './regex-text';
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
  if (OWN_PAGES.has(first) || first.startsWith('+')) return PAGE;
  return profileReading(segments[0], canonicalTelegramHandle);
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
