import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { contentApi } from '@/src/content/extension-api';
import { startInPageGuard } from '@/src/content/in-page-guard';

/**
 * The in-page guard, declared as a content script of the platforms' pages at document_start in wxt.config.ts.
 * Built as a plain script (no WXT content-script context, no polyfill): it starts in every platform page, so it
 * carries only what its first decision needs (bench/paint-cost.ts measures what it costs).
 */
export default defineUnlistedScript(() =>
  // Firefox: its webRequest guard judges every document, and its background hands her list inside the
  // registration (background/in-page-guard-hosts.ts).
  startInPageGuard(contentApi, window, {
    everyRequestJudged: import.meta.env.FIREFOX,
    listInline: import.meta.env.FIREFOX,
  }),
);
