import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { devBinaries, sandboxArgs } from './build/browsers';
import { compactLocales } from './build/compact-locales';
import { preactTextOnly } from './build/preact-text-only';
import { sideEffectFreeSources } from './build/side-effect-free-sources';
import { INTERCEPTION_HOST_PATTERNS, PLATFORM_HOST_PATTERNS } from './src/core/platform-hosts';

const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  // Separate checkouts of the work (or parallel test runs) can build side by side.
  outDir: process.env.NO_CONTACT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: { 'build:publicAssets': compactLocales },
  // Firefox's sources zip is what reviewers build from: the store's own texts and images are not part of it.
  zip: { excludeSources: ['store/**', 'docs/**'] },
  vite: () => ({
    // Every browser this extension runs in preloads modules by itself (Chrome since 66, Firefox since 115), so
    // Vite's `modulepreload` polyfill would only be code run at the start of every page.
    build: { modulePreload: { polyfill: false } },
    plugins: [preactTextOnly(), sideEffectFreeSources(), preact()],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'tabs',
      'webNavigation',
      'alarms',
      // "Block this profile" on links and profile pages (`menus` in Firefox).
      ...(browser === 'firefox' ? ['menus'] : ['contextMenus']),
      'notifications',
      ...(manifestVersion === 3 ? ['declarativeNetRequest'] : ['webRequest', 'webRequestBlocking']),
      // In-page scripts registered at run time, only where her list needs them (src/background/in-page-scripts.ts):
      // the guard on later platforms' hosts once she gives access (so those hosts stay out of the install-time
      // warning), the cover for platforms whose rules miss some spellings. Chrome shows no warning for it;
      // Firefox (MV2) registers with contentScripts.register, which needs no permission.
      ...(manifestVersion === 3 ? ['scripting'] : []),
    ],
    // The first ten platforms, plus archive/viewer hosts whose redirect rules need host access (platform-hosts.ts).
    host_permissions: INTERCEPTION_HOST_PATTERNS,
    // The in-page guard (entrypoints/in-page-guard.ts), a plain script rather than a WXT content script: it
    // starts in every platform page, so it carries no content-script context and no polyfill.
    content_scripts: [
      { matches: PLATFORM_HOST_PATTERNS, js: ['in-page-guard.js'], run_at: 'document_start' },
    ],
    // Later platforms and other sites she adds are asked for one at a time, when she adds them.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['*://*/*'] }
      : { optional_permissions: ['*://*/*'] }),
    // No page of ours may be framed by a site (no overlaying "go anyway"), and only our own scripts run.
    // WXT writes it as MV2's single string for Firefox, after adding the dev server's origin in `npm run dev`.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // Only the interstitial, so the redirect may land on it. Chrome: reachable only at a per-session URL, so
    // a site cannot probe chrome-extension://<id>/ to learn No Contact is installed (the redirect rules still
    // land; e2e/security.e2e.ts). Firefox's moz-extension UUID is already random per install and it has no
    // use_dynamic_url (MDN, web_accessible_resources, browser compatibility).
    web_accessible_resources:
      manifestVersion === 3
        ? [
            {
              resources: ['interstitial.html'],
              matches: ['<all_urls>'],
              ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
            },
          ]
        : ['interstitial.html'],
    // Chrome loads no extension page in an incognito tab in the default "spanning" mode, so the redirect would
    // end on Chrome's own blocked page instead of her plan; "split" runs a second instance there that can
    // (https://developer.chrome.com/docs/extensions/reference/manifest/incognito). Firefox only spans.
    ...(browser === 'firefox' ? {} : { incognito: 'split' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'no-contact@no-contact.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // `npm run dev` opens the Chrome/Chromium or Firefox web-ext finds, unless CHROME_PATH / FIREFOX say which.
  webExt: {
    binaries: devBinaries(process.env),
    chromiumArgs: [
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      // Without it Chromium exits at once as root, and web-ext's pipe to it fails with `read ECONNRESET`.
      ...sandboxArgs(process.getuid?.()),
    ],
    startUrls: ['https://www.instagram.com/sample.profile/'],
  },
});
