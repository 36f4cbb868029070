import { channelReading, composeRecipients } from './addressing';
import { composeShape } from './contact-shapes';
import type { ChannelRules, DnrShape, Reading, UrlView } from './types';

/** Yahoo Mail's compose window: `compose.mail.yahoo.com/?to=<address>` (its `mailto:` handler writes `To=`). */
const MAILTO_FIELDS: ReadonlySet<string> = new Set(['mailto']);

function readYahooMail({ url }: UrlView): Reading {
  return channelReading([], composeRecipients(url.searchParams, MAILTO_FIELDS));
}

export const yahooMail: ChannelRules = {
  name: 'Yahoo Mail',
  domains: ['mail.yahoo.com'],
  read: readYahooMail,
};

/** Compose windows addressed to him as declarativeNetRequest shapes (contact-shapes.ts). */
export const yahooMailDnr = (): readonly DnrShape[] => [
  composeShape('core', 'compose.mail.yahoo.com', '[?&]to'),
];
