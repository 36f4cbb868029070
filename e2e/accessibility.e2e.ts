// Every person can use it: with realistic data in storage, axe finds nothing on the options page, the popup,
// the interstitial and the welcome page (light and dark in Chromium, light in Firefox, which cannot emulate
// dark); every control is reached with Tab, never traps the focus and shows a focus ring (Chromium: headless
// Firefox has no window focus); text at 200 % fits a 1280 px window; and the extension runs without errors.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { BROWSERS, launchBrowser, sitePortFor, type TestBrowser } from './harness/browsers';
import { DAY, daysAgo, noon } from './harness/dates';
import { type FakeSite, startFakeSite } from './harness/fake-site';
import { waitForText } from './harness/ui';

const MAX_TABS = 60;

/** Each page with what shows once it has rendered her data. */
const PAGES = [
  { name: 'options', path: 'options.html', ready: ['body', /@exname/] },
  { name: 'popup', path: 'popup.html', ready: ['.ring-center', /days/] },
  {
    name: 'interstitial',
    path: 'interstitial.html#https://www.instagram.com/exname/',
    ready: ['[data-testid="plan-text"]', /Call Ana/],
  },
  { name: 'welcome', path: 'welcome.html', ready: ['h2#welcome-step-heading', /./] },
] as const satisfies readonly { name: string; path: string; ready: readonly [string, RegExp] }[];

/** A person with two profiles, a plan over several lines, urges and a slip, a journal entry and a friend. */
function seedData() {
  return {
    people: [
      {
        id: 'p1',
        name: 'Sam',
        paused: false,
        profiles: [
          {
            id: 'pr1',
            target: { kind: 'profile', platform: 'instagram', handle: 'exname' },
            input: 'https://www.instagram.com/exname/',
            addedAt: Date.now() - 20 * DAY,
            paused: false,
          },
          {
            id: 'pr2',
            target: { kind: 'profile', platform: 'x', handle: 'sam_rivers' },
            input: 'https://x.com/sam_rivers',
            addedAt: Date.now() - 20 * DAY,
            paused: false,
          },
        ],
      },
    ],
    plan: {
      text: 'Call Ana instead.\nWalk by the river.\nWrite it down, and sleep on it.',
      reasons: ['He never listened.', 'I was always the one apologising.'],
      goalDays: 30,
      friend: { name: 'Ana', link: '+34600112233' },
    },
    settings: { countdownSeconds: 5 },
    events: [
      { type: 'start', at: Date.now() - 20 * DAY, since: daysAgo(12) },
      { type: 'urge', at: noon(2), visit: 'a' },
      { type: 'urge', at: noon(2) + 60_000, visit: 'b' },
      { type: 'urge', at: noon(1), visit: 'c' },
      { type: 'urge', at: noon(1) + 60_000, visit: 'd' },
      { type: 'slip', at: noon(1) + 90_000, visit: 'd' },
      { type: 'urge', at: noon(8), visit: 'e' },
    ],
    journal: [
      { id: 'j1', at: noon(3), text: 'I wanted to tell him about the new job.\nI told Ana instead.' },
    ],
    slipAnswers: [],
    meta: { installedAt: Date.now() - 20 * DAY, installDay: daysAgo(20) },
  };
}

/** The part of `chrome.developerPrivate` (chrome://extensions only) read here. */
interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  getProfileConfiguration(): Promise<{ inDeveloperMode: boolean }>;
  reload(id: string, options: { failQuietly: boolean }): Promise<void>;
  getExtensionInfo(id: string): Promise<{
    state: string;
    manifestErrors: { message: string }[];
    runtimeErrors: { message: string }[];
    installWarnings: { message: string }[];
  }>;
}

interface Focused {
  /** `data-a11y-key` of the focused control, or '' for anything else (the body: focus left the document). */
  key: string;
  ring: boolean;
}

/** Marks every visible, enabled control with `data-a11y-key` and returns the keys (radios: one per group). */
function markControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const keys = new Set<string>();
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    controls.forEach((el, i) => {
      if ((el as HTMLButtonElement).disabled || el.closest('[inert]') || !el.checkVisibility()) return;
      const label = (el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '').slice(0, 30);
      const key =
        el instanceof HTMLInputElement && el.type === 'radio' && el.name
          ? `radio[${el.name}]`
          : `${i}:${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${label}"`;
      el.dataset.a11yKey = key;
      keys.add(key);
    });
    return [...keys];
  });
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return { key: '', ring: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    return {
      key: el.dataset.a11yKey ?? `(unmarked) ${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`,
      ring: outline || style.boxShadow !== 'none',
    };
  });

describe.each(BROWSERS)('accessibility in %s', (name) => {
  let site: FakeSite;
  let tb: TestBrowser;
  /** Chromium: errors logged by the extension's pages and its service worker. */
  const errors: string[] = [];

  async function open(page: (typeof PAGES)[number]): Promise<void> {
    await tb.page.setViewport({ width: 1280, height: 900 });
    // Only the hash would change: no new document would load.
    if ((await tb.currentUrl(tb.page)) === tb.extensionUrl + page.path) {
      await tb.navigate(tb.page, 'about:blank');
    }
    await tb.openExtensionPage(page.path);
    await waitForText(tb.page, page.ready[0], page.ready[1]);
    await tb.page.bringToFront();
  }

  /** Chromium: `chrome://extensions`, whose `chrome.developerPrivate` reads the errors and warnings it shows. */
  let extensionsPage: Page | undefined;
  const extensionId = () => new URL(tb.extensionUrl).host;

  beforeAll(async () => {
    site = await startFakeSite({ port: sitePortFor(name) });
    tb = await launchBrowser(name, { site });
    if (name === 'chromium') {
      // Chromium records an extension's errors only in developer mode: turn it on, then reload the extension
      // so that its start-up is recorded too.
      extensionsPage = await tb.newPage();
      await extensionsPage.goto('chrome://extensions/');
      const before = await tb.browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(tb.extensionUrl),
      );
      const gone = new Promise<void>((resolve) =>
        tb.browser.on('targetdestroyed', (t) => t === before && resolve()),
      );
      await extensionsPage.evaluate(async (id) => {
        const dp = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome
          .developerPrivate;
        await dp.updateProfileConfiguration({ inDeveloperMode: true });
        await dp.reload(id, { failQuietly: false });
      }, extensionId());
      await gone;
      const target = await tb.browser.waitForTarget(
        (t) => t !== before && t.type() === 'service_worker' && t.url().startsWith(tb.extensionUrl),
      );
      const worker = await target.worker();
      worker?.on('console', (m) => {
        if (m.type() === 'error') errors.push(`service worker: ${m.text()}`);
      });
      tb.page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${tb.page.url()}: ${m.text()}`);
      });
      tb.page.on('pageerror', (e) => errors.push(`${tb.page.url()}: ${e instanceof Error ? e.message : e}`));
    }
    await tb.waitForExtensionReady();
    await tb.seedStorage(seedData());
    await tb.page.bringToFront();
  });

  afterAll(async () => {
    await tb?.close();
    await site?.close();
  });

  const schemes = name === 'chromium' ? (['light', 'dark'] as const) : (['light'] as const);

  for (const page of PAGES) {
    for (const scheme of schemes) {
      it(`${page.name}: no axe violations in ${scheme}`, async () => {
        // Firefox's driver cannot emulate it; its default is light.
        if (name === 'chromium') {
          await tb.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        }
        await open(page);
        expect(
          await tb.page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme),
        ).toBe(true);
        expect(await axeViolations(tb.page)).toEqual([]);
        await tb.screenshot(tb.page, `a11y-${page.name}-${scheme}`);
      });
    }
  }

  if (name === 'chromium') {
    for (const page of PAGES) {
      it(`${page.name}: Tab reaches every control, never traps, and shows where the focus is`, async () => {
        await tb.page.emulateMediaFeatures([]);
        await open(page);
        const controls = await markControls(tb.page);
        expect(controls.length).toBeGreaterThan(0);
        await tb.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

        // From the top of the page, Tab until the focus has left the document (to the browser) and come back
        // to a control it already reached: every stop is recorded, and a trap never gets out.
        const sequence: Focused[] = [];
        for (let i = 0; i < MAX_TABS; i++) {
          await tb.page.keyboard.press('Tab');
          const now = await focused(tb.page);
          const left = sequence.some((f) => f.key === '');
          sequence.push(now);
          if (left && sequence.slice(0, -1).some((f) => f.key === now.key)) break;
        }
        const keys = sequence.map((f) => f.key);
        expect(keys).toContain('');
        expect(keys.slice(0, -1)).toContain(keys.at(-1));
        expect(controls.filter((c) => !keys.includes(c))).toEqual([]);
        expect(keys.filter((k) => k.startsWith('(unmarked)'))).toEqual([]);
        expect(sequence.filter((f) => f.key !== '' && !f.ring).map((f) => f.key)).toEqual([]);
      });
    }
  }

  for (const page of PAGES) {
    it(`${page.name}: text at 200 % fits 1280 px and no button clips its label`, async () => {
      await open(page);
      const problems = await tb.page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
        const found: string[] = [];
        const doc = document.documentElement;
        if (doc.scrollWidth > window.innerWidth) found.push(`scrolls sideways: ${doc.scrollWidth} px`);
        for (const b of document.querySelectorAll<HTMLElement>('button, a.button')) {
          if (!b.checkVisibility()) continue;
          if (b.scrollWidth > b.clientWidth + 1)
            found.push(`"${b.textContent?.trim()}" clipped: ${b.scrollWidth} > ${b.clientWidth}`);
        }
        return found;
      });
      await tb.screenshot(tb.page, `a11y-${page.name}-text-200`);
      expect(problems).toEqual([]);
    });
  }

  // Last, after every page above has run. Chromium only: Firefox does not pass on the console of moz-extension
  // pages to the test driver, so an empty list there would prove nothing.
  if (name === 'chromium') {
    it('logs no errors from its pages or its service worker', async () => {
      expect(errors).toEqual([]);
    });

    it('shows no errors or warnings for the extension on chrome://extensions', async () => {
      const info = await extensionsPage?.evaluate(async (id) => {
        const dp = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome
          .developerPrivate;
        const [config, extension] = await Promise.all([
          dp.getProfileConfiguration(),
          dp.getExtensionInfo(id),
        ]);
        return {
          developerMode: config.inDeveloperMode,
          state: extension.state,
          manifestErrors: extension.manifestErrors.map((e) => e.message),
          runtimeErrors: extension.runtimeErrors.map((e) => e.message),
          installWarnings: extension.installWarnings.map((w) => w.message),
        };
      }, extensionId());
      expect(info).toEqual({
        developerMode: true,
        state: 'ENABLED',
        manifestErrors: [],
        runtimeErrors: [],
        installWarnings: [],
      });
    });
  }
});
