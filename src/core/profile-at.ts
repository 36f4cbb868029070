import { parseHttpUrl } from './normalize';
import { recognizeUrl } from './recognize';
import type { ProfileTarget } from './target';
import { unwrapEmbeddedUrl } from './unwrap';

/**
 * The profile a page's address shows (also through an archive or a link shim), or `undefined` for a post, a
 * home page, any other site. For the toolbar and menu's "Block this profile", which read addresses, never
 * what she types: they need none of `parseTarget`'s reading of numbers.
 */
export function profileAt(address: string): ProfileTarget | undefined {
  const url = parseHttpUrl(address);
  if (!url) return undefined;
  const shown = unwrapEmbeddedUrl(url) ?? url;
  const reading = recognizeUrl(shown);
  // A form too generic to make a profile from (see Reading) is not offered either.
  return reading?.reading.kind === 'profile' && !reading.reading.onlyWhenListed
    ? { kind: 'profile', platform: reading.platform, handle: reading.reading.handle }
    : undefined;
}
