// Every ordinary way of reaching a blocked profile, as steps a test or the bench can run and measure:
// did the tab end on the interstitial, how many requests reached the profile, how long it took, and in how
// many animation frames the profile was on screen. Used by e2e/interception.e2e.ts and bench/interception.ts.
import type { Page } from 'puppeteer-core';
import { instagram, peopleWith, type SeedTarget, waitForRules } from './blocklist';
import type { TestBrowser } from './browsers';
import type { FakeSite } from './fake-site';
import { countProfileFrames, profileFrames } from './frame-counter';

export const PROFILE_HOST = 'www.instagram.com';
export const PROFILE = `https://${PROFILE_HOST}/exname/`;
export const SITE_HOST = 'samrivers.example.org';
export const SITE_PAGE = `https://${SITE_HOST}/blog/`;
export const BASE_TARGETS: readonly SeedTarget[] = [
  instagram('exname'),
  { kind: 'site', host: SITE_HOST, path: '/blog' },
];

import { isInterstitial } from './interstitial';

export { isInterstitial };

export interface PathOutcome {
  intercepted: boolean;
  /** Requests that reached the blocked page's path on the fake site. */
  requests: number;
  /** From the trigger to the interstitial document being interactive; NaN when not intercepted. */
  ms: number;
  /** Frames with the profile on screen; `undefined` where it was legitimately on screen before (open tab). */
  frames: number | undefined;
}

export interface PathContext {
  tb: TestBrowser;
  site: FakeSite;
  /** Adds targets to her list (keeping the base ones) and waits until the background applied them. */
  block(extra: readonly SeedTarget[]): Promise<void>;
  /** A handle never used before in this browser: for rows that need a profile not yet on the list. */
  freshHandle(): string;
}

/** One row of the table: `start` leaves the tab ready, `trigger` is the act being measured. */
export interface InterceptionPath {
  id: string;
  label: string;
  /** Where the blocked page lives, for counting requests. */
  host?: string;
  /** Defaults to the blocked profile's path. */
  blockedPath?: (ctx: PathContext) => string;
  start(ctx: PathContext, page: Page): Promise<void>;
  /** Returns the tab that must end on the interstitial (a new one for target=_blank and window.open). */
  trigger(ctx: PathContext, page: Page): Promise<Page>;
  /** The profile was on screen on purpose before the trigger: frames are not counted. */
  framesNotApplicable?: boolean;
  cleanup?(ctx: PathContext, page: Page): Promise<void>;
}

const HOME = `https://${PROFILE_HOST}/`;
const enc = encodeURIComponent;

/** Navigates without waiting for the new document: for triggers whose target the extension takes over. */
async function clickIn(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector);
  await page.click(selector);
}

/** Resolves with the next tab the browser opens, after `act`. */
async function nextTab(tb: TestBrowser, act: () => Promise<void>): Promise<Page> {
  const created = new Promise<Page>((resolve) => {
    tb.browser.once('targetcreated', (target) => {
      void target.page().then((p) => p && resolve(p));
    });
  });
  await act();
  return created;
}

/** Back or forward in `page`'s history, without waiting for a load event the extension may cut short. */
const go = (page: Page, delta: number) =>
  page.evaluate((d) => {
    setTimeout(() => history.go(d), 0);
  }, delta);

/** Loads a profile not on her list yet, then leaves the tab on it. */
async function openUnlistedProfile(ctx: PathContext, page: Page, handle: string): Promise<void> {
  await ctx.tb.navigate(page, HOME);
  await ctx.tb.navigate(page, `${HOME}${handle}/`);
  await page.waitForSelector('#profile');
}

let currentHandle = '';

export const PATHS: readonly InterceptionPath[] = [
  {
    id: 'typed',
    label: 'typed URL',
    start: (ctx, page) => ctx.tb.navigate(page, HOME),
    trigger: async (ctx, page) => {
      await ctx.tb.navigate(page, PROFILE);
      return page;
    },
  },
  {
    id: 'link',
    label: 'link click',
    start: (ctx, page) => ctx.tb.navigate(page, `https://x.com/links?to=${enc(PROFILE)}`),
    trigger: async (_ctx, page) => {
      await clickIn(page, '#link');
      return page;
    },
  },
  {
    id: 'link-blank',
    label: 'link, target=_blank',
    start: (ctx, page) => ctx.tb.navigate(page, `https://x.com/links?to=${enc(PROFILE)}`),
    trigger: (ctx, page) => nextTab(ctx.tb, () => clickIn(page, '#link-blank')),
  },
  {
    id: 'window-open',
    label: 'window.open',
    start: (ctx, page) => ctx.tb.navigate(page, `https://x.com/links?to=${enc(PROFILE)}`),
    trigger: (ctx, page) => nextTab(ctx.tb, () => clickIn(page, '#window-open')),
  },
  {
    id: 'redirect',
    label: '301 from a redirector (t.co-style)',
    start: (ctx, page) => ctx.tb.navigate(page, 'https://t.co/'),
    trigger: async (ctx, page) => {
      await ctx.tb.navigate(page, `https://t.co/r?status=301&to=${enc(PROFILE)}`);
      return page;
    },
  },
  {
    id: 'meta-refresh',
    label: 'meta refresh',
    start: (ctx, page) => ctx.tb.navigate(page, 'https://x.com/'),
    trigger: async (ctx, page) => {
      await ctx.tb.navigate(page, `https://x.com/refresh?to=${enc(PROFILE)}`);
      return page;
    },
  },
  {
    id: 'location-href',
    label: 'location.href =',
    start: (ctx, page) => ctx.tb.navigate(page, `https://x.com/links?to=${enc(PROFILE)}`),
    trigger: async (_ctx, page) => {
      await clickIn(page, '#location-assign');
      return page;
    },
  },
  {
    id: 'push-state',
    label: 'history.pushState',
    start: (ctx, page) => ctx.tb.navigate(page, `${HOME}spa?to=/exname/`),
    trigger: async (_ctx, page) => {
      await clickIn(page, '#push');
      return page;
    },
  },
  {
    id: 'replace-state',
    label: 'history.replaceState',
    start: (ctx, page) => ctx.tb.navigate(page, `${HOME}spa?to=/exname/`),
    trigger: async (_ctx, page) => {
      await clickIn(page, '#replace');
      return page;
    },
  },
  {
    id: 'service-worker',
    label: "answered by the site's service worker",
    start: async (ctx, page) => {
      await ctx.tb.navigate(page, `${HOME}sw`);
      await page.waitForFunction(() => document.getElementById('sw-status')?.textContent === 'controlled');
    },
    trigger: async (ctx, page) => {
      await ctx.tb.navigate(page, PROFILE);
      return page;
    },
    // The worker outlives the test: unregister it, from a /sw* page it lets through to the network.
    cleanup: async (ctx, page) => {
      await ctx.tb.navigate(page, `${HOME}sw-off`);
      await page.waitForFunction(() => document.getElementById('sw-status')?.textContent === 'unregistered');
    },
  },
  {
    id: 'open-tab',
    label: 'tab already on the profile when she adds it',
    framesNotApplicable: true,
    blockedPath: () => `/${currentHandle}`,
    start: async (ctx, page) => {
      currentHandle = ctx.freshHandle();
      await openUnlistedProfile(ctx, page, currentHandle);
    },
    trigger: async (ctx, page) => {
      await ctx.block([instagram(currentHandle)]);
      return page;
    },
  },
  {
    id: 'back',
    label: 'back into the profile (bfcache)',
    blockedPath: () => `/${currentHandle}`,
    start: async (ctx, page) => {
      // History: home, the profile (loaded before she added it), the interstitial it was sent to.
      currentHandle = ctx.freshHandle();
      await openUnlistedProfile(ctx, page, currentHandle);
      await ctx.block([instagram(currentHandle)]);
      await ctx.tb.waitForUrl(page, isInterstitial);
      await markDocument(page);
    },
    trigger: async (_ctx, page) => {
      await go(page, -1);
      return page;
    },
  },
  {
    id: 'forward',
    label: 'forward into the profile (bfcache)',
    blockedPath: () => `/${currentHandle}`,
    start: async (ctx, page) => {
      currentHandle = ctx.freshHandle();
      await openUnlistedProfile(ctx, page, currentHandle);
      // History: home, the profile; back to home, then she adds him and goes forward.
      await go(page, -1);
      await ctx.tb.waitForUrl(page, (href) => href === HOME);
      await ctx.block([instagram(currentHandle)]);
      await markDocument(page);
    },
    trigger: async (_ctx, page) => {
      await go(page, 1);
      return page;
    },
  },
  {
    id: 'site-typed',
    label: 'site target (any host she adds), typed',
    host: SITE_HOST,
    blockedPath: () => '/blog',
    start: (ctx, page) => ctx.tb.navigate(page, `https://${SITE_HOST}/`),
    trigger: async (ctx, page) => {
      await ctx.tb.navigate(page, `${SITE_PAGE}2026/hello`);
      return page;
    },
  },
];

const MARK = '__noContactBeforeTrigger';

/** Marks the current document, so a wait can tell the next interstitial document from this one. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate((k) => {
    (window as unknown as Record<string, boolean>)[k] = true;
  }, MARK);
}

/** When the interstitial document in `page` became interactive (ms since the epoch), once it is there. */
async function interstitialReadyAt(tb: TestBrowser, page: Page, timeoutMs: number): Promise<number> {
  await tb.waitForUrl(page, isInterstitial, { timeoutMs });
  await page.waitForFunction(
    (k) => !(window as unknown as Record<string, boolean>)[k],
    { timeout: timeoutMs },
    MARK,
  );
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return performance.timeOrigin + (nav?.domInteractive ?? performance.now());
  });
}

/** Runs one path once in `page` and measures it. */
export async function runPath(
  ctx: PathContext,
  path: InterceptionPath,
  page: Page,
  timeoutMs = 5_000,
): Promise<PathOutcome> {
  await countProfileFrames(page);
  await path.start(ctx, page);
  ctx.site.clearRequests();
  const started = Date.now();
  const target = await path.trigger(ctx, page);
  let ms = Number.NaN;
  try {
    ms = (await interstitialReadyAt(ctx.tb, target, timeoutMs)) - started;
  } catch {
    // Not intercepted: reported as such, the caller asserts.
  }
  const intercepted = !Number.isNaN(ms);
  const frames = path.framesNotApplicable ? undefined : profileFrames(ctx.site, started);
  const blockedPath = path.blockedPath?.(ctx) ?? '/exname';
  const requests = ctx.site.requestsTo(path.host ?? PROFILE_HOST, blockedPath).length;
  if (target !== page) await target.close();
  await path.cleanup?.(ctx, page);
  return { intercepted, requests, ms, frames };
}

/**
 * Rows a browser cannot fully support, and what it does instead (the specs assert it, nothing is skipped).
 * Firefox, a site she added without granting host access: Firefox shows webRequest only the requests of
 * hosts the extension may access (MDN, webRequest: "host permissions"), and our MV2 build has no DNR block
 * rules, so the request reaches the site and the webNavigation layer moves the tab afterwards.
 */
export const requestsAllowed = (browser: string, pathId: string): boolean =>
  browser === 'firefox' && pathId === 'site-typed';

/** A context whose list starts as `BASE_TARGETS`. */
export function pathContext(tb: TestBrowser, site: FakeSite, prefix = 'later'): PathContext {
  const extra: SeedTarget[] = [];
  let n = 0;
  return {
    tb,
    site,
    freshHandle: () => `${prefix}.${tb.name}.${++n}`,
    block: async (targets) => {
      extra.push(...targets);
      await tb.seedStorage({ people: peopleWith([...BASE_TARGETS, ...extra]) });
      await waitForRules(
        tb,
        targets.flatMap((t) => (t.kind === 'profile' ? [t.handle] : [])),
      );
    },
  };
}

/** Seeds the base list and waits until the background applied it. */
export async function seedBaseList(tb: TestBrowser): Promise<void> {
  await tb.seedStorage({ people: peopleWith(BASE_TARGETS), settings: { countdownSeconds: 0 } });
  await waitForRules(tb, ['exname']);
}
