// The interception matrix's private-window row: when she allowed No Contact in private windows, his profile
// opened there ends on the interstitial before any request; when she did not, the extension says so.
//
// Chromium: the allowance is set the way "Allow in Incognito" sets it (CDP Extensions.loadUnpacked with
// enableInIncognito), and the incognito window is opened by the extension (windows.create), the way a real
// off-the-record window is made. A Puppeteer createBrowserContext() is not incognito for extensions.
//
// Firefox 153: a temporary add-on is not allowed in private windows (isAllowedIncognitoAccess() is false,
// windows.create({incognito: true}) is refused), so the "allowed" row is not automated there. The only grant
// is the `internal:privateBrowsingAllowed` permission: about:addons → "Run in Private Windows" → Allow
// (toolkit/mozapps/extensions/content/components/addon-card.mjs: ExtensionPermissions.add, then
// addon.reload()). Driving that radio over WebDriver BiDi works, but after the reload the Firefox process
// exited without a message in more than half of the runs here. The enterprise policy
// ExtensionSettings.private_browsing is read only from the installation's distribution/policies.json
// (browser.policies.alternatePath is honoured only in Mozilla's own automation). So in Firefox this spec
// asserts the warning path: the status the options page shows, and the refusal.
import type { Page, Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, sitePortFor, type TestBrowser } from './harness/browsers';
import { type FakeSite, startFakeSite } from './harness/fake-site';
import { isInterstitial, PROFILE, PROFILE_HOST, seedBaseList } from './harness/interception-paths';
import { endSession, startSession } from './harness/session';
import { waitForText } from './harness/ui';

const HOME = `https://${PROFILE_HOST}/`;

interface WindowsApi {
  windows: { create(data: { incognito: boolean; url: string }): Promise<{ incognito: boolean } | undefined> };
  extension: { isAllowedIncognitoAccess(): Promise<boolean> };
}

const allowedInPrivate = (tb: TestBrowser) =>
  tb.evalInExtension((api) => (api as unknown as WindowsApi).extension.isAllowedIncognitoAccess());

/** Opens a private window on `url` from an extension page, and returns its tab. */
async function openPrivateWindow(tb: TestBrowser, url: string): Promise<Page> {
  const opened = tb.browser.waitForTarget((t: Target) => t.type() === 'page' && t.url() === url);
  const win = await tb.evalInExtension(
    (api, u) => (api as unknown as WindowsApi).windows.create({ incognito: true, url: u }),
    url,
  );
  expect(win?.incognito).toBe(true);
  const page = await (await opened).page();
  if (!page) throw new Error('private window: no page');
  await page.waitForFunction(() => document.readyState === 'complete');
  return page;
}

describe('private window, allowed, in chromium', () => {
  let site: FakeSite;
  let tb: TestBrowser;
  let priv: Page;

  beforeAll(async () => {
    site = await startFakeSite({ port: sitePortFor('chromium') });
    tb = await launchBrowser('chromium', { site, allowInPrivate: true });
    await tb.waitForExtensionReady();
    await seedBaseList(tb);
    priv = await openPrivateWindow(tb, HOME);
  });

  afterAll(async () => {
    await tb?.close();
    await site?.close();
  });

  it('reports the allowance, and the window is incognito', async () => {
    expect(await allowedInPrivate(tb)).toBe(true);
    const incognitoTabs = await tb.evalInExtension(async (api) => {
      const tabs = (api as unknown as { tabs: { query(q: object): Promise<{ incognito: boolean }[]> } }).tabs;
      return (await tabs.query({})).filter((t) => t.incognito).length;
    });
    expect(incognitoTabs).toBe(1);
  });

  // What she gets today: the profile is stopped before any request, but Chrome shows its own "blocked" page
  // instead of her plan. The redirect fires; in the default "spanning" incognito mode Chrome refuses to load an
  // extension page in an incognito tab (https://developer.chrome.com/docs/extensions/reference/manifest/incognito).
  // "split" mode would show her plan but runs a second background there; not adopted yet.
  const stoppedInPrivate = (href: string) => href.startsWith('chrome-error://') || isInterstitial(href);

  it('typed URL → stopped before any request, nothing of the profile shown', async () => {
    site.clearRequests();
    await tb.navigate(priv, PROFILE);
    await tb.waitForUrl(priv, stoppedInPrivate);
    expect(site.requestsTo(PROFILE_HOST, '/exname')).toEqual([]);
    expect(await priv.evaluate(() => document.body?.textContent ?? '')).not.toContain('PROFILE exname');
  });

  it('link click → stopped before any request, nothing of the profile shown', async () => {
    await tb.navigate(priv, `https://x.com/links?to=${encodeURIComponent(PROFILE)}`);
    site.clearRequests();
    await priv.click('#link');
    await tb.waitForUrl(priv, stoppedInPrivate);
    expect(site.requestsTo(PROFILE_HOST, '/exname')).toEqual([]);
    expect(await priv.evaluate(() => document.body?.textContent ?? '')).not.toContain('PROFILE exname');
  });
});

describe.each(BROWSERS)('private window, not allowed, in %s', (name) => {
  let site: FakeSite;
  let tb: TestBrowser;

  beforeAll(async () => {
    ({ site, tb } = await startSession(name));
  });

  afterAll(() => endSession({ site, tb }));

  it('the browser says so, and the options page tells her how to fix it', async () => {
    expect(await allowedInPrivate(tb)).toBe(false);
    await tb.openExtensionPage('options.html');
    const status = await waitForText(tb.page, '[data-testid="status-private"]', /private windows/);
    expect(status).toContain('Not on in private windows');
    expect(status).toContain(name === 'firefox' ? 'Run in Private Windows' : 'Allow in Incognito');
  });

  it('the extension cannot open a private window either', async () => {
    const outcome = await tb.evalInExtension(async (api) => {
      try {
        const win = await (api as unknown as WindowsApi).windows.create({
          incognito: true,
          url: 'about:blank',
        });
        return win ? `opened ${win.incognito}` : 'none';
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    });
    // Chromium resolves with no window; Firefox rejects.
    expect(outcome).toMatch(name === 'firefox' ? /^refused: .*incognito/ : /^none$/);
  });
});
