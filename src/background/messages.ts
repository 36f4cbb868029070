import { type Browser, browser } from 'wxt/browser';
import { currentTimeZone, now } from '@/src/env/clock';
import { recordFolded } from '@/src/storage';
import { guardConversation } from './conversation-guard';
import { goThrough, startCountdown } from './go-through';
import { INTERSTITIAL_PATH } from './interstitial-url';
import { guardTab } from './navigation-guard';

/**
 * The only messages the background accepts. A content script may report a navigation, nothing
 * more; the countdown and going through come only from the extension's own interstitial page.
 * Anything else, or from anywhere else, is ignored.
 */
export type BackgroundMessage =
  | { type: 'in-page-navigation'; url: string }
  /** A conversation's header as the conversation guard read it (src/content/conversation-guard.ts). */
  | { type: 'conversation'; url: string; links: string[]; names: string[] }
  /** `with`: the key of the target a conversation's header showed, when the URL names no one. */
  | { type: 'start-countdown'; url: string; with?: string }
  | { type: 'go-through'; url: string; visit?: string; with?: string }
  /** The feed folder kept `count` more reminders of him out of sight in this tab. */
  | { type: 'folded'; count: number };

const TYPES = new Set(['in-page-navigation', 'conversation', 'start-countdown', 'go-through']);
const MAX_URL = 8192;
/** More than a page could fold in one report: a bad count changes nothing. */
const MAX_FOLDED = 10_000;
/** A header has a link or two and a name: more is not a header. */
const MAX_HEADER_ITEMS = 10;
const MAX_NAME = 200;

const shortString = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;
const stringList = (value: unknown, max: number) =>
  Array.isArray(value) && value.length <= MAX_HEADER_ITEMS && value.every((v) => shortString(v, max));

function parseMessage(message: unknown): BackgroundMessage | undefined {
  const m = message as Partial<
    Record<'type' | 'url' | 'visit' | 'with' | 'links' | 'names' | 'count', unknown>
  > | null;
  if (typeof m !== 'object' || m === null) return undefined;
  if (m.type === 'folded') {
    const count = m.count;
    return typeof count === 'number' && Number.isInteger(count) && count > 0 && count <= MAX_FOLDED
      ? { type: 'folded', count }
      : undefined;
  }
  if (!TYPES.has(m.type as string)) return undefined;
  if (!shortString(m.url, MAX_URL)) return undefined;
  if (m.visit !== undefined && !shortString(m.visit, 64)) return undefined;
  if (m.with !== undefined && !shortString(m.with, MAX_URL)) return undefined;
  if (m.type === 'conversation' && !(stringList(m.links, MAX_URL) && stringList(m.names, MAX_NAME)))
    return undefined;
  return m as BackgroundMessage;
}

type Sender = Browser.runtime.MessageSender & { tab: { id: number } };

function inTab(sender: Browser.runtime.MessageSender): sender is Sender {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && sender.frameId === 0;
}

/**
 * The sender is the interstitial, on this extension's own origin. Compared by origin and path, not by
 * prefix of `getURL(INTERSTITIAL_PATH)`: with `use_dynamic_url` (wxt.config.ts) Chrome's getURL gives the
 * interstitial's per-session URL (`chrome-extension://<session id>/…`) while the page itself reports the
 * extension's fixed origin once loaded (seen in e2e/security.e2e.ts; Chromium's
 * chrome/browser/extensions/web_accessible_resources_browsertest.cc, UseDynamicUrlInIframe, expects the
 * same). Either origin is accepted; nothing else is.
 */
function fromInterstitial(sender: Sender): boolean {
  const url = parseUrl(sender.url);
  if (!url || url.pathname !== INTERSTITIAL_PATH) return false;
  const own = [browser.runtime.getURL('/'), browser.runtime.getURL(INTERSTITIAL_PATH)].map(parseUrl);
  return own.some((o) => o !== undefined && o.protocol === url.protocol && o.host === url.host);
}

function parseUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function fromWebPage(sender: Sender): boolean {
  return !!sender.url && /^https?:/.test(sender.url);
}

export async function handleMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  usesDnr: boolean,
): Promise<unknown> {
  const message = parseMessage(raw);
  if (!message || !inTab(sender)) return undefined;
  const tabId = sender.tab.id;
  switch (message.type) {
    case 'in-page-navigation':
      return fromWebPage(sender) ? { redirected: await guardTab(tabId, message.url, now()) } : undefined;
    case 'conversation':
      return fromWebPage(sender)
        ? { redirected: await guardConversation(tabId, message.url, message, now()) }
        : undefined;
    case 'start-countdown':
      return fromInterstitial(sender) ? startCountdown(tabId, message.url, now(), message.with) : undefined;
    case 'go-through':
      return fromInterstitial(sender)
        ? goThrough(tabId, message.url, message.visit, now(), usesDnr, message.with)
        : undefined;
    case 'folded':
      return fromWebPage(sender) ? recordFolded(message.count, now(), currentTimeZone()) : undefined;
  }
}
