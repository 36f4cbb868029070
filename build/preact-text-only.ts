import type { Plugin } from 'vite';

/**
 * Nothing in this extension renders HTML from a string: her plan, a blocked URL and imported data are
 * always text. Preact still ships `dangerouslySetInnerHTML`; this turns that one sink into `textContent`,
 * so even a future mistake renders as text. It also keeps Mozilla's add-ons linter free of its
 * UNSAFE_VAR_ASSIGNMENT warning for the library's innerHTML assignment.
 */
const SINK = /(\w+)\.innerHTML=(\w+)\.__html/g;

export function preactTextOnly(): Plugin {
  return {
    name: 'no-contact:preact-text-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/.test(id)) return undefined;
      const patched = code.replace(SINK, '$1.textContent=$2.__html');
      if (patched === code)
        this.error('preact-text-only: the innerHTML sink was not found; check the Preact version');
      return { code: patched, map: null };
    },
  };
}
