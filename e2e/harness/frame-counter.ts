// Counts the animation frames in which a profile of the fake site (a page of search results, a conversation) was on screen,
// in every document of a tab.
// A preload script (Puppeteer's evaluateOnNewDocument: CDP in Chromium, BiDi preload scripts in Firefox) runs a
// requestAnimationFrame loop; each frame that has `#profile` (or `#results`, or a conversation) in the DOM while the page is visible
// (not hidden by the in-page guard) sends a beacon to the fake site at once, `/__frames?n=1&at=<ms>&path=<where>`:
// a document cut short before it could report on pagehide still counts its frames.
import type { Page } from 'puppeteer-core';
import type { FakeSite, SiteRequest } from './fake-site';

export const FRAMES_PATH = '/__frames';

// Kept as source text: a bundler's helpers (esbuild's `__name`) would not exist in the page.
const counter = (framesPath: string): string => `(() => {
  if (!/^https?:$/.test(location.protocol)) return;
  const tick = () => {
    const root = document.documentElement;
    if (document.querySelector('#profile, #results, #conversation') && root && getComputedStyle(root).visibility !== 'hidden') {
      const query = '?n=1&at=' + Date.now() + '&path=' + encodeURIComponent(location.pathname);
      navigator.sendBeacon(${JSON.stringify(framesPath)} + query);
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const counted = new WeakSet<Page>();

/** Installs the counter (once) in every document `page` loads from now on. */
export async function countProfileFrames(page: Page): Promise<void> {
  if (counted.has(page)) return;
  counted.add(page);
  await page.evaluateOnNewDocument(counter(FRAMES_PATH));
}

const param = (r: SiteRequest, name: string): number =>
  Number(new URL(r.path, 'https://x').searchParams.get(name));

/**
 * Frames with a profile visible since `since` (ms since the epoch). Each such frame sent its beacon when it was
 * drawn, well before the tab could reach the interstitial, so the count is complete once the interstitial is.
 */
export function profileFrames(site: FakeSite, since: number): number {
  return site.requests.filter((r) => r.path.startsWith(`${FRAMES_PATH}?`) && param(r, 'at') >= since).length;
}
