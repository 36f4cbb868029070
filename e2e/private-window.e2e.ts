// The interception matrix's private-window row: when she allowed No Contact in private windows, his profile
// opened there ends on the interstitial before any request; when she did not, the extension says so.
//
// Chromium: the allowance is set the way "Allow in Incognito" sets it (CDP Extensions.loadUnpacked with
// enableInIncognito), and the incognito window is opened by the extension (windows.create), the way a real
// off-the-record window is made. A Puppeteer createBrowserContext() is not incognito for extensions.
//
// Firefox: a temporary add-on is not allowed in private windows until she grants "Run in Private Windows";
// the harness starts Firefox with a profile that already holds that grant (e2e/harness/firefox.ts).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, sitePortFor, type TestBrowser } from './harness/browsers';
import { type FakeSite, startFakeSite } from './harness/fake-site';
import {
  isInterstitial,
  PATHS,
  type PathContext,
  PROFILE,
  PROFILE_HOST,
  pathContext,
  requestsAllowed,
  runPath,
  seedBaseList,
} from './harness/interception-paths';
import { goThroughFromInterstitial } from './harness/interstitial';
import { allowedInPrivate, openPrivateWindow, type WindowsApi } from './harness/private-window';
import { endSession, startSession } from './harness/session';
import { waitForText } from './harness/ui';

const HOME = `https://${PROFILE_HOST}/`;

describe.each(BROWSERS)('private window, allowed, in %s', (name) => {
  let site: FakeSite;
  let tb: TestBrowser;
  let ctx: PathContext;
  let priv: Page;

  beforeAll(async () => {
    site = await startFakeSite({ port: sitePortFor(name) });
    tb = await launchBrowser(name, { site, allowInPrivate: true });
    await tb.waitForExtensionReady();
    await seedBaseList(tb);
    ctx = pathContext(tb, site, 'private');
    const opened = await openPrivateWindow(tb, HOME);
    priv = opened.page;
    // Chrome's split incognito mode: the regular copy of the extension cannot see the window it opened.
    if (name === 'chromium') expect(opened.created).toBeUndefined();
    else expect(opened.created?.incognito).toBe(true);
  });

  afterAll(async () => {
    await tb?.close();
    await site?.close();
  });

  it('runs in the private window', async () => {
    expect(await allowedInPrivate(tb)).toBe(true);
    await tb.navigate(priv, PROFILE);
    await tb.waitForUrl(priv, isInterstitial);
    // The interstitial in that tab knows it is private (in Chrome, it belongs to the private copy).
    const inPrivate = await priv.evaluate(() => {
      type Api = { extension: { inIncognitoContext: boolean } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      return (g.browser ?? g.chrome).extension.inIncognitoContext;
    });
    expect(inPrivate).toBe(true);
  });

  // The whole interception matrix, in the private window's tab.
  it.each(PATHS.map((p) => [p.label, p] as const))('%s → interstitial', async (_label, path) => {
    const outcome = await runPath(ctx, path, priv);
    expect(outcome.intercepted).toBe(true);
    if (requestsAllowed(name, path.id)) expect(outcome.requests).toBeLessThanOrEqual(1);
    else {
      expect(outcome.requests).toBe(0);
      if (!path.framesNotApplicable) expect(outcome.frames).toBeLessThanOrEqual(1);
    }
  });

  it('shows her plan and streak, and keeps the urge in her one record', async () => {
    await tb.navigate(priv, PROFILE);
    await tb.waitForUrl(priv, isInterstitial);
    expect(await waitForText(priv, '[data-testid="plan-text"]')).not.toBe('');
    expect(await waitForText(priv, '[data-testid="streak-days"]')).toMatch(/\d/);
    // This visit's urge, known by the visit the page keeps in its history entry (urges of the visits before may
    // still be on their way to storage, so a count would race them).
    const visit = await priv.evaluate(
      () => (history.state as { noContactVisit?: string } | null)?.noContactVisit,
    );
    expect(visit).toEqual(expect.any(String));
    const urgesOfVisit = async () =>
      ((await tb.readStorage()).events as { type: string; visit?: string }[] | undefined)?.filter(
        (e) => e.type === 'urge' && e.visit === visit,
      ).length ?? 0;
    await expect.poll(urgesOfVisit).toBe(1);
  });

  it('going through anyway allows the profile in that private tab', async () => {
    await tb.navigate(priv, PROFILE);
    await tb.waitForUrl(priv, isInterstitial);
    site.clearRequests();
    const countdown = await goThroughFromInterstitial(priv, PROFILE);
    expect(countdown).toMatchObject({ ok: true, seconds: 0 });
    await tb.waitForUrl(priv, (href) => href === PROFILE);
    expect(site.requestsTo(PROFILE_HOST, '/exname')).toHaveLength(1);
    expect(await priv.evaluate(() => document.body?.textContent ?? '')).toContain('PROFILE exname');
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
