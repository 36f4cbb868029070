import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sharedPageCover } from '@/src/content/page-cover';

/**
 * Registered at run time (src/background/in-page-scripts.ts) on the platforms where some of her targets have
 * URL forms the redirect rules do not cover: every page there starts covered, and the in-page guard shows it
 * once her list says it may.
 */
export default defineUnlistedScript(() => {
  sharedPageCover(document).hide();
});
