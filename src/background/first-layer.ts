import { hasHostAccess } from '@/src/permissions/host-access';
import { currentMatcher } from './matcher-cache';

/**
 * Whether the first layer (Chrome's redirect rules, Firefox's blocking webRequest) sends a full
 * navigation to `url` to the interstitial before any request, so the navigation layer must leave it
 * alone (a second navigation would race the redirect). Where it does not, the navigation layer moves
 * the tab itself.
 *
 * Chrome: a redirect rule matches and no block rule does (hosts without access get block rules).
 * Firefox: webRequest sees only hosts the extension may access (MDN, webRequest: "host permissions").
 */
export async function firstLayerRedirects(url: string, usesDnr: boolean): Promise<boolean> {
  if (usesDnr) return (await currentMatcher()).redirectsBeforeRequest(url);
  const origin = originPattern(url);
  return origin !== undefined && hasHostAccess([origin]);
}

function originPattern(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    return /^https?:$/.test(protocol) ? `${protocol}//${hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}
