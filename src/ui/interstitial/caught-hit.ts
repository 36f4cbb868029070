import { createMatcher, type Hit, type Target, targetOfKey } from '@/src/core';

/**
 * The key of the target a conversation's header showed (`?with=`, src/background/conversation-guard.ts): such a
 * conversation's URL names no one, so what caught it travels beside the URL.
 */
export function conversationKey(search: string): string | undefined {
  return new URLSearchParams(search).get('with') ?? undefined;
}

/** What the interstitial stands in front of: what the URL shows, or the target a conversation's header showed. */
export function caughtHit(
  targets: readonly Target[],
  url: string,
  withKey: string | undefined,
): Hit | undefined {
  const hit = createMatcher(targets).hit(url);
  if (hit || withKey === undefined) return hit;
  const target = targetOfKey(targets, withKey);
  return target && { target, moment: 'contact' };
}
