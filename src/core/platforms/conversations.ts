import type { Platform, Target } from '../target';
import { facebookConversations } from './facebook';
import { lookUpHost } from './host-lookup';
import { instagramConversations } from './instagram';
import { linkedinConversations } from './linkedin';
import { subdomainPatterns } from './regex-text';
import type { ConversationMarkup } from './types';
import { whatsappConversations } from './whatsapp';
import { xConversations } from './x';

/**
 * The apps whose conversations do not name him in their address, each with the targets its headers can show:
 * his profile on that platform (a header links to it), his number (WhatsApp Web shows it), and a name he goes
 * by (any of them shows the name).
 */
interface ConversationApp {
  shows: Platform | 'phone';
  markup: readonly ConversationMarkup[];
}

const APPS: readonly ConversationApp[] = [
  { shows: 'instagram', markup: instagramConversations },
  { shows: 'facebook', markup: facebookConversations },
  { shows: 'x', markup: xConversations },
  { shows: 'linkedin', markup: linkedinConversations },
  { shows: 'phone', markup: whatsappConversations },
];

const BY_DOMAIN = new Map<string, ConversationMarkup>();
for (const app of APPS)
  for (const markup of app.markup) for (const d of markup.domains) BY_DOMAIN.set(d, markup);

/** The conversations' markup of the app on `host` (lower-case), or `undefined` for any other host. */
export function conversationMarkupOn(host: string): ConversationMarkup | undefined {
  return lookUpHost(BY_DOMAIN, host)?.entry;
}

/** Whether `path` is a conversation's page in that app (every page, for an app whose chats open in place). */
export function onConversationRoute(markup: ConversationMarkup, path: string): boolean {
  return markup.route ? markup.route.test(path) : true;
}

function shownBy(app: ConversationApp, targets: readonly Target[]): boolean {
  return targets.some(
    (t) =>
      t.kind === 'name' ||
      (app.shows === 'phone' ? t.kind === 'phone' : t.kind === 'profile' && t.platform === app.shows),
  );
}

/**
 * Match patterns where conversation headers are read for her list, one group per app: only the apps whose
 * conversations could be with one of her targets. The background registers the conversation guard there
 * (src/background/conversation-guard-hosts.ts), where it may access them.
 */
export function conversationPatterns(targets: readonly Target[]): string[][] {
  return APPS.filter((app) => shownBy(app, targets)).map((app) =>
    subdomainPatterns(app.markup.flatMap((m) => m.domains)),
  );
}
