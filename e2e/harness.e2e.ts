// The harness itself: the fake site answers under real host names and records requests, and the built
// extension loads in both browsers.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, type TestBrowser } from './harness/browsers';
import type { FakeSite } from './harness/fake-site';
import { endSession, startSession } from './harness/session';

const text = (tb: TestBrowser, selector: string): Promise<string> =>
  tb.page.$eval(selector, (el) => el.textContent ?? '');

describe.each(BROWSERS)('harness in %s', (name) => {
  let site: FakeSite;
  let tb: TestBrowser;

  beforeAll(async () => {
    ({ site, tb } = await startSession(name));
  });

  afterAll(() => endSession({ site, tb }));

  beforeEach(() => site.clearRequests());

  it('serves a profile under www.instagram.com and records the request', async () => {
    await tb.navigate(tb.page, 'https://www.instagram.com/harness.check/');

    expect(await tb.currentUrl(tb.page)).toBe('https://www.instagram.com/harness.check/');
    expect(await tb.page.title()).toBe('PROFILE harness.check');
    expect(await text(tb, 'h1')).toBe('PROFILE harness.check');
    expect(await tb.page.$('#photo')).not.toBeNull();
    expect(site.requestsTo('www.instagram.com', '/harness.check')).toEqual([
      expect.objectContaining({ method: 'GET', dest: 'document', path: '/harness.check/' }),
    ]);
  });

  it.each(['x.com', 'twitter.com', 'www.facebook.com', 'www.tiktok.com', 'samrivers.example.org'])(
    'answers as %s',
    async (host) => {
      await tb.navigate(tb.page, `https://${host}/`);
      expect(await text(tb, 'h1')).toBe(`HOME ${host}`);
      expect(site.requestsTo(host, '/')).not.toHaveLength(0);
    },
  );

  it('follows a 302 from the redirector to the profile', async () => {
    const to = 'https://www.instagram.com/redirected.one/';
    await tb.navigate(tb.page, `https://x.com/r?to=${encodeURIComponent(to)}`);

    expect(await tb.waitForUrl(tb.page, (href) => href === to)).toBe(to);
    expect(site.requestsTo('x.com', '/r')).toHaveLength(1);
    expect(site.requestsTo('www.instagram.com', '/redirected.one')).toHaveLength(1);
  });

  it('follows a meta refresh', async () => {
    await tb.navigate(tb.page, 'https://www.instagram.com/refresh?to=/refreshed.one/');
    await tb.waitForUrl(tb.page, (href) => href.endsWith('/refreshed.one/'));
    expect(await text(tb, 'h1')).toBe('PROFILE refreshed.one');
  });

  it('follows a link click', async () => {
    await tb.navigate(tb.page, 'https://www.instagram.com/links?to=/linked.one/');
    await tb.page.click('#link');
    await tb.waitForUrl(tb.page, (href) => href.endsWith('/linked.one/'));
    expect(await text(tb, 'h1')).toBe('PROFILE linked.one');
  });

  it('opens a target=_blank link in a new tab', async () => {
    await tb.navigate(tb.page, 'https://www.instagram.com/links?to=/new.tab.one/');
    const opened = tb.browser.waitForTarget((t) => t.url() === 'https://www.instagram.com/new.tab.one/');
    await tb.page.click('#link-blank');
    const tab = await (await opened).page();
    expect(tab).not.toBeNull();
    await site.waitForRequest((r) => r.path === '/new.tab.one/');
    await tab?.close();
  });

  it('changes the URL with pushState without a request, and renders the profile client-side', async () => {
    await tb.navigate(tb.page, 'https://www.instagram.com/spa?to=/pushed.one/');
    await tb.page.click('#push');

    await tb.waitForUrl(tb.page, (href) => href === 'https://www.instagram.com/pushed.one/');
    expect(await text(tb, '#served-by')).toBe('client');
    expect(site.requestsTo('www.instagram.com', '/pushed.one')).toHaveLength(0);
  });

  it('serves a navigation from the site service worker without a request', async () => {
    await tb.navigate(tb.page, 'https://www.instagram.com/sw');
    await tb.page.waitForFunction(() => document.getElementById('sw-status')?.textContent === 'controlled');
    try {
      await tb.navigate(tb.page, 'https://www.instagram.com/worker.one/');
      expect(await text(tb, '#served-by')).toBe('service-worker');
      expect(site.requestsTo('www.instagram.com', '/worker.one')).toHaveLength(0);
    } finally {
      await tb.navigate(tb.page, 'https://www.instagram.com/sw-off');
      await tb.page.waitForFunction(
        () => document.getElementById('sw-status')?.textContent === 'unregistered',
      );
    }
  });

  it('opens the options page of the built extension', async () => {
    const page = await tb.openExtensionPage('options.html');

    expect(await tb.currentUrl(page)).toBe(`${tb.extensionUrl}options.html`);
    expect(await page.evaluate(() => document.body.childElementCount)).toBeGreaterThan(0);
    expect(existsSync(await tb.screenshot(page, 'options'))).toBe(true);
  });

  it('seeds and reads extension storage', async () => {
    await tb.seedStorage({ e2eProbe: { n: 1 } });
    expect(await tb.readStorage()).toMatchObject({ e2eProbe: { n: 1 } });
    await tb.evalInExtension((api) => api.storage.local.remove('e2eProbe'));
  });
});
