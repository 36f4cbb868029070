import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { PLATFORM_HOST_PATTERNS } from './src/core/platform-hosts';


export default defineConfig({
  // Separate checkouts of the work (or parallel test runs) can build side by side.
  outDir: process.env.NO_CONTACT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'tabs',
      'webNavigation',
      'alarms',
      'notifications',
      ...(manifestVersion === 3 ? ['declarativeNetRequest'] : ['webRequest', 'webRequestBlocking']),
    ],
    host_permissions: PLATFORM_HOST_PATTERNS,
    // Other sites she adds are asked for one at a time, when she adds them.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['*://*/*'] }
      : { optional_permissions: ['*://*/*'] }),
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['interstitial.html'], matches: ['<all_urls>'] }]
        : ['interstitial.html'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'no-contact@no-contact.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' },
    chromiumArgs: ['--no-first-run', '--disable-sync', '--disable-background-networking'],
    startUrls: ['https://www.instagram.com/sample.profile/'],
  },
});
