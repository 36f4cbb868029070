import { type ConversationHeader, conversationWith, targetKey } from '@/src/core';
import { isAllowed } from './allowances';
import { interstitialUrl, isInterstitialUrl } from './interstitial-url';
import { currentMatcher } from './matcher-cache';
import { moveTab } from './navigation-guard';

/**
 * A conversation the conversation guard saw open (src/content/conversation-guard.ts), whose address names no one:
 * when its header shows one of her targets, and she did not choose to go through to it in this tab, the tab goes
 * to the interstitial as contact. The conversation had loaded: "Go back" steps over its entry (`after-page`).
 */
export async function guardConversation(
  tabId: number,
  url: string,
  header: ConversationHeader,
  now: number,
): Promise<boolean> {
  if (tabId < 0 || isInterstitialUrl(url)) return false;
  const { matcher, targets } = await currentMatcher();
  const target = conversationWith(matcher, targets, header);
  if (!target) return false;
  const key = targetKey(target);
  if (await isAllowed(tabId, key, now)) return false;
  await moveTab(tabId, interstitialUrl(url, 'after-page', key));
  return true;
}
