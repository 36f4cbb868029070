import { channelReading, composeRecipients } from './addressing';
import { composeShape } from './contact-shapes';
import type { ChannelRules, DnrShape, Reading, UrlView } from './types';

/**
 * Gmail's compose window: `mail.google.com/mail/?view=cm&fs=1&to=<address>` (also `/mail/u/<n>/`, `tf=cm`,
 * and `/a/<domain>/` for work accounts), and the form the browser opens for a `mailto:` link once Gmail
 * handles them, `mail.google.com/mail/?extsrc=mailto&url=mailto%3A<address>`.
 */
const MAILTO_FIELDS: ReadonlySet<string> = new Set(['url']);

function readGmail({ url }: UrlView): Reading {
  return channelReading([], composeRecipients(url.searchParams, MAILTO_FIELDS));
}

export const gmail: ChannelRules = { name: 'Gmail', domains: ['mail.google.com'], read: readGmail };

/** Compose windows addressed to him as declarativeNetRequest shapes (contact-shapes.ts). */
export const gmailDnr = (): readonly DnrShape[] => [
  composeShape('core', 'mail.google.com', '[?&]to'),
  composeShape('core', 'mail.google.com', '[?&]url', true),
];
