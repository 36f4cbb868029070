// Navigation that survives the extension redirecting a tab, in both browsers.
import type { Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export interface WaitOptions {
  timeoutMs?: number;
}

/** Errors a navigation gets when the extension (not the site) ends it; the tab still shows a page. */
const ABORTED =
  /ERR_ABORTED|ERR_BLOCKED_BY_CLIENT|NS_BINDING_ABORTED|navigation canceled|aborted by another/i;

const MARKER = '__noContactE2eDocument';

interface BidiBrowsingContext {
  navigate(url: string, wait?: 'none' | 'interactive' | 'complete'): Promise<void>;
}

/**
 * Firefox: BiDi `browsingContext.navigate` with `wait: 'none'`. Puppeteer's `goto` waits for readiness
 * events that never come for moz-extension:// pages (its own or after a redirect), and its pending command
 * then stalls later tab commands. Uses Puppeteer's BiDi frame internals: keep this the only place that does.
 */
async function firefoxNavigate(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { browsingContext?: BidiBrowsingContext }).browsingContext;
  if (!context) throw new Error('firefoxNavigate: not a WebDriver BiDi page');
  await context.navigate(url, 'none');
}

/** Starts a browser-initiated navigation, like typing the URL in the address bar. */
async function startNavigation(browser: BrowserName, page: Page, url: string): Promise<void> {
  try {
    if (browser === 'firefox') await firefoxNavigate(page, url);
    else await page.goto(url, { waitUntil: 'load' });
  } catch (error) {
    if (!(error instanceof Error && ABORTED.test(error.message))) throw error;
  }
}

const withoutHash = (u: string): string => u.split('#')[0] ?? u;

/**
 * Navigates `page` to `url` and resolves when the tab has finished loading a new document, wherever it ended
 * (the site, the extension's interstitial, an error page). Read where with `currentUrl` or `waitForUrl`.
 */
export async function navigate(
  browser: BrowserName,
  page: Page,
  url: string,
  { timeoutMs = 15_000 }: WaitOptions = {},
): Promise<void> {
  const token = `${Date.now()}-${Math.random()}`;
  const before = await currentUrl(page);
  // A change of hash alone keeps the document: wait for the URL then, for a new document otherwise.
  const sameDocument = withoutHash(before) === withoutHash(url) && before !== url && url.includes('#');
  await page.evaluate(
    (key, value) => {
      (window as unknown as Record<string, unknown>)[key] = value;
    },
    MARKER,
    token,
  );
  await startNavigation(browser, page, url);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Between documents (a meta refresh, an extension redirect) an evaluation can fail outright, in Firefox
    // with a BiDi "unknown error": the next round asks the new document.
    const arrived = await page
      .evaluate(
        (key, value, target, sameDoc) =>
          document.readyState === 'complete' &&
          (sameDoc
            ? location.href === target
            : (window as unknown as Record<string, unknown>)[key] !== value),
        MARKER,
        token,
        url,
        sameDocument,
      )
      .catch(() => false);
    if (arrived) return;
    if (Date.now() > deadline) throw new Error(`navigate: ${url} did not load within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `location.href` of the page. Use it instead of `page.url()`, which Firefox leaves stale after redirects. */
export function currentUrl(page: Page): Promise<string> {
  return page.evaluate(() => location.href);
}

/**
 * Resolves with `location.href` once `predicate(href)` holds and the document has loaded. Polls, because
 * neither browser reports every way the extension moves a tab (redirects, pushState, tabs.update).
 */
export async function waitForUrl(
  page: Page,
  predicate: (href: string) => boolean,
  { timeoutMs = 10_000 }: WaitOptions = {},
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    // The page may be between documents: evaluate then throws, and the next round tries again.
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState === 'complete' }))
      .catch(() => undefined);
    if (state) {
      last = state.href;
      if (state.ready && predicate(state.href)) return state.href;
    }
    if (Date.now() > deadline) throw new Error(`waitForUrl: timed out after ${timeoutMs} ms at ${last}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
