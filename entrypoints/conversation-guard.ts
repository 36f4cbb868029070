import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startConversationGuard } from '@/src/content/conversation-guard';
import { contentApi } from '@/src/content/extension-api';

/**
 * Registered at run time (src/background/conversation-guard-hosts.ts) on the apps whose conversations could be
 * with someone on her list: reads the header of the conversation on screen, nothing else. A plain script, like
 * the in-page guard, with no content-script context and no polyfill.
 */
export default defineUnlistedScript(() => startConversationGuard(contentApi));
