import { channelReading, composeRecipients } from './addressing';
import { composeShape } from './contact-shapes';
import type { ChannelRules, DnrShape, Reading, UrlView } from './types';

/**
 * Outlook on the web, personal (outlook.live.com) and work (outlook.office.com, outlook.office365.com,
 * outlook.cloud.microsoft): `…/mail/deeplink/compose?to=<address>`, the `mailto:` handler form
 * `…/deeplink/compose?mailtouri=mailto%3A<address>`, and the older `owa/?path=/mail/action/compose&to=`.
 */
const MAILTO_FIELDS: ReadonlySet<string> = new Set(['mailtouri']);

function readOutlook({ url }: UrlView): Reading {
  return channelReading([], composeRecipients(url.searchParams, MAILTO_FIELDS));
}

export const outlook: ChannelRules = {
  name: 'Outlook',
  domains: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'],
  read: readOutlook,
};

/** Compose windows addressed to him as declarativeNetRequest shapes (contact-shapes.ts). */
export const outlookDnr = (): readonly DnrShape[] => [
  composeShape('core', 'outlook.live.com', '[?&]to'),
  composeShape('core', 'outlook.live.com', 'mailtouri', true),
  composeShape('core', 'outlook.office.com', '[?&]to'),
  composeShape('core', 'outlook.office.com', 'mailtouri', true),
  composeShape('stretch', 'outlook.office365.com', '[?&]to'),
  composeShape('stretch', 'outlook.office365.com', 'mailtouri', true),
  composeShape('stretch', 'outlook.cloud.microsoft', '[?&]to'),
  composeShape('stretch', 'outlook.cloud.microsoft', 'mailtouri', true),
];
