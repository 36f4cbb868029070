import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { contentApi } from '@/src/content/extension-api';
import { type FeedApi, startFeedFolder } from '@/src/content/feed-folder';

/**
 * The feed folder, registered at run time (src/background/feed-folding.ts) with its style sheet
 * (public/feed-folder.css) on the platforms' pages while she hides someone from her feeds. A plain script like
 * the in-page guard: no WXT content-script context, no polyfill.
 */
export default defineUnlistedScript(() => {
  // Firefox: one XPath query for a run of inserted posts, as each call crosses the wrappers (content/feed-fold.ts).
  startFeedFolder(() => contentApi() as FeedApi | undefined, window, globalThis, {
    queryRuns: import.meta.env.FIREFOX,
  });
});
