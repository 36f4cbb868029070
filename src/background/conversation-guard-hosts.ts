import { conversationPatterns } from '@/src/core/platforms/conversations';
import { hasHostAccess } from '@/src/permissions/host-access';
import type { InPageScript } from './in-page-scripts';
import { currentMatcher } from './matcher-cache';

/**
 * The conversation guard (entrypoints/conversation-guard.ts), registered at run time (in-page-scripts.ts) only on
 * the apps whose conversations could be with one of her targets (core/platforms/conversations.ts) and that the
 * extension may access: no other page carries it. Synced after every change of her list or of host access.
 */
const SCRIPT_ID = 'conversation-guard';

export async function conversationGuardScript(): Promise<InPageScript> {
  const groups = conversationPatterns((await currentMatcher()).targets);
  const granted = await Promise.all(groups.map(hasHostAccess));
  const matches = [...new Set(groups.filter((_, i) => granted[i]).flat())].sort();
  return { id: SCRIPT_ID, file: `${SCRIPT_ID}.js`, matches };
}
