import { type Browser, browser } from 'wxt/browser';
import { now } from '@/src/env/clock';
import { guardTab } from './navigation-guard';

/**
 * The only messages the background accepts. A content script may report a navigation, nothing
 * more; anything else, or anything from elsewhere, is ignored.
 */
export type InPageNavigationMessage = { type: 'in-page-navigation'; url: string };

function isInPageNavigation(message: unknown): message is InPageNavigationMessage {
  const m = message as Partial<InPageNavigationMessage> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'in-page-navigation' &&
    typeof m.url === 'string' &&
    m.url.length < 8192
  );
}

function fromOurContentScript(
  sender: Browser.runtime.MessageSender,
): sender is Browser.runtime.MessageSender & { tab: { id: number } } {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && sender.frameId === 0;
}

export async function handleMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> {
  if (isInPageNavigation(message) && fromOurContentScript(sender)) {
    return { redirected: await guardTab(sender.tab.id, message.url, now()) };
  }
  return undefined;
}
