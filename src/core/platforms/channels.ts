import { gmail } from './gmail';
import { lookUpHost } from './host-lookup';
import { outlook } from './outlook';
import { protonMail } from './proton-mail';
import { signal } from './signal';
import { telegram } from './telegram';
import type { ChannelRules } from './types';
import { whatsapp } from './whatsapp';
import { yahooMail } from './yahoo-mail';

/** The apps whose links reach him by his phone number. */
export const PHONE_CHANNELS: readonly ChannelRules[] = [whatsapp, signal];
/** The webmail apps whose compose windows reach him by his address. */
export const EMAIL_CHANNELS: readonly ChannelRules[] = [gmail, outlook, yahooMail, protonMail];

const BY_DOMAIN = new Map<string, ChannelRules>();
for (const rules of [...PHONE_CHANNELS, ...EMAIL_CHANNELS]) {
  for (const domain of rules.domains) BY_DOMAIN.set(domain, rules);
}

/**
 * The domains a number's or an address's links live on (each with its subdomains): the chat apps, Telegram's
 * (a platform of its own, whose t.me/+<number> links are chats), the webmail.
 */
export function channelDomains(kind: 'phone' | 'email'): string[] {
  const apps = kind === 'phone' ? PHONE_CHANNELS : EMAIL_CHANNELS;
  return [...apps.flatMap((app) => app.domains), ...(kind === 'phone' ? telegram.domains : [])];
}

/** The chat or mail app a host belongs to, by walking up its labels (as platforms are found). */
export function channelOfHost(host: string): { rules: ChannelRules; domain: string } | undefined {
  const found = lookUpHost(BY_DOMAIN, host);
  return found && { rules: found.entry, domain: found.domain };
}
