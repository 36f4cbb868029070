import { channelReading, phoneInUrl } from './addressing';
import { NUMBER_LEAD, numberDigits } from './contact-shapes';
import { word } from './reading';
import { AFTER_HANDLE, anySubdomainOf, subdomainPatterns } from './regex-text';
import type { ChannelRules, ConversationMarkup, DnrShape, Reading, UrlView } from './types';

/**
 * WhatsApp's chat links: `wa.me/<number>` (and `wa.me/c/<number>`, a business's catalogue), and
 * `/send?phone=<number>` on api., web. and www.whatsapp.com, with or without a slash before the query
 * (wa.me redirects to `api.whatsapp.com/send/?phone=…`). `wa.me/message/<code>` and group invites name nobody.
 */
function readWhatsApp({ url, domain, segments }: UrlView): Reading {
  if (domain === 'wa.me') {
    const at = word(segments, 0) === 'c' ? 1 : 0;
    return channelReading(optional(phoneInUrl(segments[at])), []);
  }
  if (word(segments, 0) !== 'send') return { kind: 'other' };
  return channelReading(optional(phoneInUrl(url.searchParams.get('phone'))), []);
}

const optional = (phone: string | undefined): string[] => (phone === undefined ? [] : [phone]);

/**
 * WhatsApp Web: one address for every chat, which opens in place in the `#main` pane; its header shows the name
 * she saved him under, or his number in international form when she saved none.
 */
export const whatsappConversations: readonly ConversationMarkup[] = [
  {
    domains: ['web.whatsapp.com'],
    header: '#main header',
    name: 'span[dir="auto"]',
  },
];

export const whatsapp: ChannelRules = {
  name: 'WhatsApp',
  domains: ['wa.me', 'whatsapp.com'],
  read: readWhatsApp,
};

/** Chat links to a number as declarativeNetRequest shapes (contact-shapes.ts): wa.me, and /send on whatsapp.com. */
export const whatsappDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: `^https?://(?:www\\.)?wa\\.me\\.?/+(?:c/+)?${NUMBER_LEAD}`,
    suffix: AFTER_HANDLE,
    alternative: numberDigits,
    access: () => subdomainPatterns(['wa.me']),
  },
  {
    tier: 'core',
    prefix: `${anySubdomainOf('whatsapp\\.com')}send/?\\?(?:[^#]*&)?phone=${NUMBER_LEAD}`,
    suffix: '(?:[&#].*)?$',
    alternative: numberDigits,
    access: () => subdomainPatterns(['whatsapp.com']),
  },
];
