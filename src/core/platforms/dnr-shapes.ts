import type { Platform } from '../target';
import { isFacebookId } from './facebook';
import { AFTER_HANDLE, anySubdomainOf, handleInUrl } from './regex-text';
import type { DnrShape } from './types';

/**
 * Each platform's profile URLs as declarativeNetRequest regexes (see `DnrShape`). Only the background's rule
 * compiler (dnr-rules.ts) reads these, so they live apart from the URL readers every page and the content
 * script carry.
 */

/** facebook.com/messages/t/<who> and messenger.com/t/<who>, also under /e2ee/. */
const FACEBOOK_CHAT_PREFIX =
  '^https?://(?:[^/]*\\.)?(?:(?:facebook|fb)\\.com\\.?/+messages|messenger\\.com\\.?)/+(?:e2ee/+)?t/+';

/** `samrivers77` as a regex that also accepts the dotted spellings (`sam.rivers.77`). */
function dotsAnywhere(handle: string): string {
  return [...handle].join('\\.?');
}

export const DNR_SHAPES: Readonly<Record<Platform, readonly DnrShape[]>> = {
  instagram: [
    // instagr.am only redirects to instagram.com, where this rule catches the redirected request.
    {
      tier: 'core',
      prefix: `${anySubdomainOf('instagram\\.com')}(?:stories/+)?`,
      suffix: AFTER_HANDLE,
      alternative: handleInUrl,
    },
    {
      tier: 'stretch',
      prefix: '^https?://(?:www\\.)?imginn\\.com\\.?/+(?:stories/+|tagged/+)?',
      suffix: AFTER_HANDLE,
      alternative: handleInUrl,
    },
    {
      tier: 'stretch',
      prefix: '^https?://(?:www\\.)?picuki\\.com\\.?/+(?:profile|story)/+',
      suffix: AFTER_HANDLE,
      alternative: handleInUrl,
    },
  ],
  threads: [
    {
      tier: 'core',
      prefix: `${anySubdomainOf('threads\\.(?:com|net)')}@`,
      suffix: AFTER_HANDLE,
      alternative: handleInUrl,
    },
  ],
  x: [
    {
      tier: 'core',
      prefix: anySubdomainOf('(?:x|twitter)\\.com'),
      suffix: AFTER_HANDLE,
      alternative: handleInUrl,
    },
    // A separate rule: the intent prefix is long, and sharing it with profiles would halve their packing.
    {
      tier: 'core',
      prefix: `${anySubdomainOf('(?:x|twitter)\\.com')}intent/+(?:user|follow)/?\\?(?:[^#]*&)?screen_name=`,
      // `&` ends the handle inside the query.
      suffix: '(?:[&#].*)?$',
      alternative: handleInUrl,
    },
  ],
  facebook: [
    // m.me only redirects to messenger.com, where the chat rules catch the redirected request.
    {
      tier: 'core',
      prefix: anySubdomainOf('(?:facebook|fb)\\.com'),
      suffix: AFTER_HANDLE,
      alternative: (handle) => (isFacebookId(handle) ? undefined : dotsAnywhere(handle)),
      compactAlternative: (handle) => (isFacebookId(handle) ? undefined : handle),
    },
    {
      tier: 'core',
      prefix: `${anySubdomainOf('(?:facebook|fb)\\.com')}(?:(?:people|pages)/+[^/]+/+|stories/+)?`,
      suffix: AFTER_HANDLE,
      alternative: (handle) => (isFacebookId(handle) ? handle : undefined),
    },
    {
      tier: 'core',
      prefix: `${anySubdomainOf('(?:facebook|fb)\\.com')}profile\\.php\\?(?:[^#]*&)?id=`,
      suffix: '(?:[&#].*)?$',
      alternative: (handle) => (isFacebookId(handle) ? handle : undefined),
    },
    {
      tier: 'core',
      prefix: FACEBOOK_CHAT_PREFIX,
      suffix: AFTER_HANDLE,
      alternative: (handle) => (isFacebookId(handle) ? handle : undefined),
    },
    // Chats are addressed by id nearly always; messenger.com/t/<name> is a rarer spelling.
    {
      tier: 'stretch',
      prefix: '^https?://(?:[^/]*\\.)?messenger\\.com\\.?/+(?:e2ee/+)?t/+',
      suffix: AFTER_HANDLE,
      alternative: (handle) => (isFacebookId(handle) ? undefined : dotsAnywhere(handle)),
      compactAlternative: (handle) => (isFacebookId(handle) ? undefined : handle),
    },
  ],
  tiktok: [
    {
      tier: 'core',
      prefix: `${anySubdomainOf('tiktok\\.com')}@`,
      suffix: AFTER_HANDLE,
      alternative: handleInUrl,
    },
  ],
  linkedin: [
    {
      tier: 'core',
      prefix: `${anySubdomainOf('linkedin\\.com')}in/+`,
      suffix: AFTER_HANDLE,
      alternative: handleInUrl,
    },
  ],
  youtube: [
    {
      tier: 'core',
      prefix: `${anySubdomainOf('youtube\\.com')}@`,
      suffix: AFTER_HANDLE,
      alternative: handleInUrl,
    },
  ],
  reddit: [
    {
      tier: 'core',
      prefix: `${anySubdomainOf('reddit\\.com')}u(?:ser)?/+`,
      suffix: AFTER_HANDLE,
      alternative: handleInUrl,
    },
  ],
  snapchat: [
    {
      tier: 'core',
      prefix: `${anySubdomainOf('snapchat\\.com')}(?:add/+|@)`,
      suffix: AFTER_HANDLE,
      alternative: handleInUrl,
    },
  ],
};
