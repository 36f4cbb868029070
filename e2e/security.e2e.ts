// Issue 11: a site she visits cannot tell No Contact is installed, steer it, or trick her past it, and her data
// never leaves the browser. Each `it` is one of the "must hold" lines, run in both browsers.
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instagram, peopleWith, waitForRules } from './harness/blocklist';
import { BROWSERS, launchBrowser, sitePortFor, type TestBrowser } from './harness/browsers';
import { type FakeSite, startFakeSite } from './harness/fake-site';
import { isInterstitial } from './harness/interstitial';
import { type NetworkRecorder, recordExtensionRequests } from './harness/network-recorder';
import { type ProbeResult, probeUrl } from './harness/probe-page';
import { typeInto, waitForText } from './harness/ui';

const PROFILE = 'https://www.instagram.com/exname/';

/** Every file a site might try, at the address it could guess (Chrome's id is public, fixed per extension). */
const PACKAGE_FILES = [
  'interstitial.html',
  'options.html',
  'popup.html',
  'welcome.html',
  'manifest.json',
  'background.js',
  'in-page-guard.js',
  'cover-until-checked.js',
  'icon/128.png',
  '_locales/en/messages.json',
];

interface Manifest {
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  content_security_policy?: string | { extension_pages?: string };
}

/** Opens the probe page on a site and returns what it managed to reach. */
async function probe(tb: TestBrowser, urls: readonly string[], frame?: string): Promise<ProbeResult> {
  await tb.navigate(tb.page, probeUrl('www.instagram.com', urls, frame));
  return JSON.parse(await waitForText(tb.page, '#probe-result', /attempts/)) as ProbeResult;
}

/** What the framed page shows: the extension's mount point and anything to click. */
async function insideFrame(
  page: Page,
): Promise<{ document: string; app: number; buttons: number; text: string }> {
  const child = page.frames().find((f: Frame) => f !== page.mainFrame());
  if (!child) throw new Error('the probe page has no frame');
  return child.evaluate(() => ({
    document: document.documentURI,
    app: document.getElementById('app')?.childElementCount ?? 0,
    buttons: document.querySelectorAll('button, a[href], input').length,
    text: document.body?.textContent ?? '',
  }));
}

/** Waits until the page's root has rendered something: a blank page (a crash on bad data) never does. */
async function rendered(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const n = document.getElementById('app')?.childElementCount ?? 0;
      return n > 0 ? n : undefined;
    },
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as number;
}

function syncStorage(tb: TestBrowser): Promise<Record<string, unknown>> {
  return tb.evalInExtension((api) =>
    (api.storage as unknown as { sync: { get(k: null): Promise<Record<string, unknown>> } }).sync.get(null),
  );
}

/** Polls `check` until it holds: for state the extension changes without an event the test can observe. */
async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each(BROWSERS)('security in %s', (name) => {
  let site: FakeSite;
  let tb: TestBrowser;
  let recorder: NetworkRecorder | undefined;
  /** The interstitial's address as the extension itself builds it (Chrome: the per-session URL). */
  let interstitialAddress: string;

  beforeAll(async () => {
    site = await startFakeSite({ port: sitePortFor(name) });
    tb = await launchBrowser(name, { site });
    // Chromium: every extension page and the service worker, from here on (the worker's first start, before
    // this attaches, is covered by the fake site's request log below).
    if (name === 'chromium') recorder = await recordExtensionRequests(tb.browser);
    await tb.waitForExtensionReady();
    await tb.seedStorage({ people: peopleWith([instagram('exname')]) });
    await waitForRules(tb, ['exname']);
    interstitialAddress = await tb.evalInExtension((api) => api.runtime.getURL('/interstitial.html'));
  });

  afterAll(async () => {
    recorder?.stop();
    await tb?.close();
    await site?.close();
  });

  it('exposes only the interstitial, with no external channel and a strict CSP', async () => {
    const manifest = await tb.evalInExtension(
      (api) => (api.runtime as unknown as { getManifest(): Manifest }).getManifest() as Manifest,
    );
    expect(manifest.web_accessible_resources).toEqual(
      name === 'chromium'
        ? [{ resources: ['interstitial.html'], matches: ['<all_urls>'], use_dynamic_url: true }]
        : ['interstitial.html'],
    );
    expect(manifest.externally_connectable).toBeUndefined();
    const csp =
      typeof manifest.content_security_policy === 'string'
        ? manifest.content_security_policy
        : (manifest.content_security_policy?.extension_pages ?? '');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    if (name === 'chromium') {
      // use_dynamic_url: the address the extension hands out is not the one a site can derive from the id.
      expect(interstitialAddress).not.toContain(new URL(tb.extensionUrl.replace(/^[^:]+/, 'http')).host);
    }
  });

  it('lets no site fetch, embed or run any file of the package at its guessable address', async () => {
    // Chrome: chrome-extension://<public id>/… . Firefox: moz-extension://<uuid>/…, a UUID random per install
    // (MDN, web_accessible_resources) that no site can know; the test knows it only because it pins it.
    // There the interstitial is web-accessible by design (the redirect needs it), so it is left out.
    const files =
      name === 'chromium' ? PACKAGE_FILES : PACKAGE_FILES.filter((f) => f !== 'interstitial.html');
    const result = await probe(
      tb,
      files.map((f) => tb.extensionUrl + f),
    );
    expect(result.attempts).toHaveLength(files.length);
    for (const a of result.attempts) {
      expect({ url: a.url, fetch: a.fetch, img: a.img, script: a.script }).toEqual({
        url: a.url,
        fetch: 'error',
        img: 'error',
        script: 'error',
      });
    }
    // No API for the page to reach any extension: no externally_connectable, so no chrome.runtime in pages.
    expect([result.chromeRuntime, result.browserGlobal]).toEqual(['undefined', 'undefined']);
  });

  it('lets no site send her tab to the interstitial, and leaks no extension address into a site’s page', async () => {
    if (name === 'chromium') {
      // A site posing its own "interstitial" at the static address ends on Chrome's error page.
      await tb.navigate(tb.page, 'https://www.instagram.com/');
      await tb.page.evaluate((u) => {
        location.href = u;
      }, `${tb.extensionUrl}interstitial.html#${PROFILE}`);
      const href = await tb.waitForUrl(tb.page, (h) => !h.startsWith('https://www.instagram.com'));
      expect(href).toMatch(/^chrome-error:/);
    }
    // A page the in-page guard runs on: nothing in its DOM or its resource list names the extension.
    await tb.navigate(tb.page, 'https://www.instagram.com/explore/');
    await tb.page.waitForSelector('h1');
    const seen = await tb.page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      resources: performance.getEntriesByType('resource').map((e) => e.name),
    }));
    expect(seen.html).not.toMatch(/(chrome|moz)-extension:/);
    expect(seen.resources.filter((r) => /(chrome|moz)-extension:/.test(r))).toEqual([]);
  });

  it('refuses to be framed by a site, even one that knows the interstitial’s address', async () => {
    // The address the redirect uses, the one a site could not know: only the CSP's frame-ancestors stands
    // between it and a frame (Chrome: web_accessible_resources would let it load).
    const result = await probe(tb, [], `${interstitialAddress}#${PROFILE}`);
    expect(result.frame).toBe('load');
    const inside = await insideFrame(tb.page);
    // The browser's own error page, put there by the CSP (Chrome: chrome-error://; Firefox: about:neterror with
    // e=cspBlocked): the extension's document never loaded, not merely declined to render (mount.tsx).
    expect(inside.document).toMatch(/^chrome-error:|^about:neterror\?e=cspBlocked/);
    expect(inside.app).toBe(0);
    expect(inside.buttons).toBe(0);
    expect(inside.text).not.toMatch(/without contact|Go back/i);
    // And the page itself still works when it is the top frame.
    await tb.navigate(tb.page, PROFILE);
    await tb.waitForUrl(tb.page, isInterstitial);
    expect(await waitForText(tb.page, '[data-testid="streak-days"]')).toMatch(/without contact/);
  });

  it('loads nothing but its own files in its pages', async () => {
    const origin = tb.extensionUrl;
    for (const path of ['options.html', 'popup.html', `interstitial.html#${PROFILE}`]) {
      await tb.openExtensionPage(path);
      await rendered(tb.page);
      const seen = await tb.page.evaluate(() => ({
        resources: performance.getEntriesByType('resource').map((e) => e.name),
        frames: document.querySelectorAll('iframe, frame, object, embed').length,
        inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      }));
      expect(seen.resources.filter((r) => !r.startsWith(origin))).toEqual([]);
      expect([seen.frames, seen.inlineScripts]).toEqual([0, 0]);
    }
  });

  it('keeps sync off unless she turned it on: a hand-edited "false" sends nothing to storage.sync', async () => {
    // Every write to storage.sync, as text, seen from an extension page.
    await tb.evalInExtension((api) => {
      const w = window as unknown as { syncWrites: string[] };
      w.syncWrites = [];
      (
        api.storage as unknown as { onChanged: { addListener(f: (c: unknown, area: string) => void): void } }
      ).onChanged.addListener((changes, area) => {
        if (area === 'sync') w.syncWrites.push(JSON.stringify(changes));
      });
    });
    const syncWrites = () =>
      tb.evalInExtension(() => (window as unknown as { syncWrites: string[] }).syncWrites);
    await tb.seedStorage({
      syncEnabled: 'false',
      people: peopleWith([instagram('exname'), instagram('syncname')]),
    });
    await waitForRules(tb, ['syncname']);
    // Then the real switch with one more profile (a control: sync does write in this browser). Sync runs one at
    // a time, in order, so a write made under the "false" switch would come first, without that profile.
    await tb.seedStorage({
      syncEnabled: true,
      people: peopleWith([instagram('exname'), instagram('syncname'), instagram('switchedon')]),
    });
    await waitFor(async () => (await syncWrites()).some((w) => w.includes('switchedon')), 'the synced list');
    // Catches a sync that honours "false" in Chromium. In Firefox a build with that bug still passed this line
    // (tried; the order of its writes there is not this test's to control), so src/storage/sync.test.ts is
    // the exact check.
    expect((await syncWrites())[0]).toContain('switchedon');
    await tb.seedStorage({ syncEnabled: false });
    await tb.evalInExtension((api) =>
      (api.storage as unknown as { sync: { clear(): Promise<void> } }).sync.clear(),
    );
  });

  it('repairs garbage in every stored item: pages render, the list it could keep still blocks, new profiles block', async () => {
    const huge = 'x'.repeat(1_000_000);
    const [kept] = peopleWith([instagram('keptname')]);
    await tb.seedStorage({
      people: [kept, { id: 42, profiles: 'all' }, 'him', null, { id: 'p3', name: huge, profiles: [7, {}] }],
      people$: { v: 99 },
      plan: { text: huge, reasons: ['I deserve calm', 7], goalDays: 'forever', friend: 'Ana' },
      plan$: { v: 'two' },
      settings: { countdownSeconds: -5, allowanceMinutes: 1e12, strict: 'yes', delayHours: null },
      settings$: 'garbage',
      events: { not: 'a list' },
      events$: { v: 99 },
      journal: [{ id: 'j1', at: 'yesterday', text: huge }, 'entry'],
      journal$: [],
      meta: { installedAt: 'then', installDay: 42 },
      meta$: { v: -1 },
      pending: [{ kind: 'remove-profile', due: 'soon' }, 5],
      pending$: null,
      slipAnswers: 'yes',
      heartbeat: 'beating',
      syncEnabled: 'please',
      removed: ['instagram:exname'],
      syncSeen: { at: 'now' },
    });
    // The background read the repaired list back (Chrome: its rules name the kept profile).
    await waitForRules(tb, ['keptname']);

    // The profile that survived the repair still blocks, before any request.
    site.clearRequests();
    await tb.navigate(tb.page, 'https://www.instagram.com/keptname/');
    await tb.waitForUrl(tb.page, isInterstitial);
    expect(site.requestsTo('www.instagram.com', '/keptname')).toEqual([]);
    // The 1 MB plan is over the limit and falls back to the default plan; nothing of it is shown.
    const plan = await waitForText(tb.page, '[data-testid="plan-text"]');
    expect(plan.length).toBeGreaterThan(0);
    expect(plan).not.toContain('xxxxxxxxxx');

    await tb.openExtensionPage('popup.html');
    expect(await rendered(tb.page)).toBeGreaterThan(0);
    await waitForText(tb.page, '[data-testid="streak-days"]', /\d/);

    await tb.openExtensionPage('options.html');
    expect(await rendered(tb.page)).toBeGreaterThan(0);
    await typeInto(tb.page, 'Profile link', 'https://www.instagram.com/newname/');
    await tb.page.keyboard.press('Enter');
    expect(await waitForText(tb.page, '[data-testid="blocked-profile"]', /@newname/)).toMatch(/Instagram/);
    await waitForRules(tb, ['newname']);

    site.clearRequests();
    await tb.navigate(tb.page, 'https://www.instagram.com/newname/');
    await tb.waitForUrl(tb.page, isInterstitial);
    expect(site.requestsTo('www.instagram.com', '/newname')).toEqual([]);

    // What the pages wrote back is well-formed again, and a non-boolean "syncEnabled" turned nothing on.
    const stored = await tb.readStorage();
    expect(Array.isArray(stored.people)).toBe(true);
    expect(await syncStorage(tb)).toEqual({});
  });

  // Last: it reads what the whole run sent.
  it('sent no request anywhere from any extension context during the run', async () => {
    // Every host name leads to the fake site, so it saw every request of the run. Each must be a page the test
    // opened (or the browser's favicon fetch): an extension's fetch arrives as `Sec-Fetch-Dest: empty` and,
    // for hosts it has access to, with no Origin or Referer at all (seen in both browsers).
    // Firefox's own services (Remote Settings on *.services.mozilla.com) also end up there: the browser's, not
    // ours; they are the only requests let through, and they carry no Sec-Fetch-Dest at all.
    const unexplained = site.requests.filter(
      (r) =>
        r.dest !== 'document' &&
        r.path !== '/favicon.ico' &&
        !(name === 'firefox' && r.dest === '' && /(^|\.)mozilla\.(com|net|org)$/.test(r.host)),
    );
    expect(unexplained).toEqual([]);
    expect(site.requests.filter((r) => /^(chrome|moz)-extension:/.test(r.origin || r.referer))).toEqual([]);
    if (recorder) {
      // It did listen: it saw the extension pages load their own files.
      expect(recorder.seen).toBeGreaterThan(0);
      expect(recorder.requests).toEqual([]);
    }
  });
});
