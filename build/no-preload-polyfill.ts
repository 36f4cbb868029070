import type { Plugin } from 'vite';

/**
 * Vite adds a `<link rel="modulepreload">` polyfill to every page's first script. Every browser this
 * extension runs in preloads modules by itself (Chrome since 66; Firefox since 115, below the manifest's
 * minimum), so the polyfill would only be bytes in each page.
 */
export function noPreloadPolyfill(): Plugin {
  return {
    name: 'no-contact:no-preload-polyfill',
    config: () => ({ build: { modulePreload: { polyfill: false } } }),
  };
}
