// Where the extension sends a blocked navigation: `interstitial.html`, perhaps with `?arrival=…`, then `#<url>`.
import type { Page } from 'puppeteer-core';

const INTERSTITIAL = /\/interstitial\.html(\?[^#]*)?#/;

export const isInterstitial = (href: string): boolean => INTERSTITIAL.test(href);

/** The blocked URL the interstitial was given, or undefined when `href` isn't the interstitial. */
export function blockedUrlOf(href: string): string | undefined {
  const match = INTERSTITIAL.exec(href);
  return match ? href.slice(match.index + match[0].length) : undefined;
}

/**
 * From the interstitial in `page`, goes through to `url` with the page's own messages (the seeded settings
 * must have `countdownSeconds: 0`), and returns the countdown's reply. The background moves the tab before
 * its reply to `go-through` can come back, so that reply isn't awaited: wait for the tab instead.
 */
export function goThroughFromInterstitial(page: Page, url: string): Promise<unknown> {
  return page.evaluate(async (u) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    const reply = await api.runtime.sendMessage({ type: 'start-countdown', url: u });
    void api.runtime.sendMessage({ type: 'go-through', url: u });
    return reply;
  }, url);
}
