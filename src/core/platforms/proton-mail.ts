import { channelReading, emailsInMailto } from './addressing';
import type { ChannelRules, Reading, UrlView } from './types';

/**
 * Proton Mail opens a `mailto:` link as `mail.proton.me/u/0/inbox#mailto=mailto%3A<address>`: in the fragment,
 * so the request never carries the address and the background acts on the navigation.
 */
function readProtonMail({ url }: UrlView): Reading {
  const fragment = new URLSearchParams(url.hash.slice(1));
  return channelReading([], emailsInMailto(fragment.get('mailto')));
}

export const protonMail: ChannelRules = {
  name: 'Proton Mail',
  domains: ['mail.proton.me', 'mail.protonmail.com'],
  read: readProtonMail,
};
