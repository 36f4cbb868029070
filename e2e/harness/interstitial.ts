// Where the extension sends a blocked navigation: `interstitial.html`, perhaps with `?arrival=…`, then `#<url>`.

const INTERSTITIAL = /\/interstitial\.html(\?[^#]*)?#/;

export const isInterstitial = (href: string): boolean => INTERSTITIAL.test(href);

/** The blocked URL the interstitial was given, or undefined when `href` isn't the interstitial. */
export function blockedUrlOf(href: string): string | undefined {
  const match = INTERSTITIAL.exec(href);
  return match ? href.slice(match.index + match[0].length) : undefined;
}
