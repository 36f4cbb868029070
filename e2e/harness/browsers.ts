// One entry point for both browsers: launch with the built extension, then drive tabs the same way.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from './chromium';
import type { FakeSite } from './fake-site';
import { FIREFOX_SITE_PORT, launchFirefox } from './firefox';
import { buildWithHostsGranted, FIREFOX_GRANTS_REQUESTS } from './granted-hosts';
import { type BrowserName, currentUrl, navigate, type WaitOptions, waitForUrl } from './navigation';
import { ARTIFACTS_DIR, EXTENSION_DIRS } from './paths';

export type { BrowserName } from './navigation';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export interface LaunchOptions {
  /** The fake site every host name resolves to; start it with `sitePortFor(name)`. */
  site: FakeSite;
  /** Unpacked extension to load; defaults to the production build in `.output/`; null: none at all. */
  extensionDir?: string | null;
  /** The extension is allowed in private (incognito) windows; off by default, as after install. */
  allowInPrivate?: boolean;
  /**
   * The browser's language, e.g. `fr` (default: this machine's). Firefox needs its language pack (Debian:
   * `firefox-esr-l10n-fr`), or it stays in its own language.
   */
  lang?: string;
  /**
   * Host access she says yes to (harness/granted-hosts.ts). Chromium: these patterns are granted at load,
   * other requests stay unanswered. Firefox: every permissions.request is granted, these included.
   */
  grantHosts?: readonly string[];
}

export interface TestBrowser {
  name: BrowserName;
  browser: Browser;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionUrl: string;
  /** The tab tests drive. Firefox is steadier when one tab is reused (see NOTES.md). */
  page: Page;
  /** A new tab; close it with `page.close()`. */
  newPage(): Promise<Page>;
  /** Opens `options.html`, `popup.html`, `interstitial.html#…` in `page` (default: the main tab). */
  openExtensionPage(path: string, page?: Page): Promise<Page>;
  /** Typed-URL navigation that tolerates the extension redirecting it; resolves once a new document loaded. */
  navigate(page: Page, url: string, options?: WaitOptions): Promise<void>;
  /** Resolves with `location.href` once `predicate` holds (and the document has loaded). */
  waitForUrl(page: Page, predicate: (href: string) => boolean, options?: WaitOptions): Promise<string>;
  /** `location.href`, which Firefox's `page.url()` misreports after an extension redirect. */
  currentUrl(page: Page): Promise<string>;
  /**
   * Runs `fn(api, ...args)` in an extension page (a tab of its own), `api` being `browser` (Firefox) or
   * `chrome` (Chromium). `fn` is sent as source: no closures over Node variables; `args` must be JSON.
   */
  evalInExtension<R, A extends unknown[]>(
    fn: (api: ExtensionApi, ...args: A) => R | Promise<R>,
    ...args: A
  ): Promise<R>;
  /** `storage.local.set(items)` from an extension page. */
  seedStorage(items: Record<string, unknown>): Promise<void>;
  /** `storage.local.get(null)` from an extension page. */
  readStorage(): Promise<Record<string, unknown>>;
  /** Opens options.html until it renders: the background has started and the pages load. */
  waitForExtensionReady(options?: WaitOptions): Promise<void>;
  /** Saves `e2e/.artifacts/<browser>-<name>.png` (the viewport, or the whole page) and returns its path. */
  screenshot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

/** The subset of the extension API the helpers use; tests may reach further with a cast. */
export interface ExtensionApi {
  storage: {
    local: {
      get(keys: null | string | string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
      clear(): Promise<void>;
    };
  };
  runtime: { getURL(path: string): string; sendMessage(message: unknown): Promise<unknown> };
}

/** The port the fake site must listen on for `name`: any free one for Chromium, 443 for Firefox. */
export const sitePortFor = (name: BrowserName): number => (name === 'firefox' ? FIREFOX_SITE_PORT : 0);

export async function launchBrowser(name: BrowserName, options: LaunchOptions): Promise<TestBrowser> {
  if (name === 'firefox' && options.site.port !== FIREFOX_SITE_PORT) {
    throw new Error(`Firefox can only reach the fake site on port ${FIREFOX_SITE_PORT}`);
  }
  const built = options.extensionDir === undefined ? EXTENSION_DIRS[name] : options.extensionDir;
  const granted =
    name === 'chromium' && options.grantHosts && built !== null
      ? buildWithHostsGranted(built, options.grantHosts)
      : undefined;
  const extensionDir = granted?.dir ?? built;
  const { browser, extensionUrl } =
    name === 'firefox'
      ? await launchFirefox(extensionDir, {
          allowInPrivate: options.allowInPrivate,
          lang: options.lang,
          prefs: options.grantHosts ? FIREFOX_GRANTS_REQUESTS : {},
        })
      : await launchChromium(extensionDir, options.site.port, {
          allowInIncognito: options.allowInPrivate,
          lang: options.lang,
        });
  if (granted) browser.once('disconnected', granted.dispose);

  const [first] = await browser.pages();
  const page = first ?? (await browser.newPage());
  // A tab kept on an extension page, so storage helpers never move the tab under test.
  let extensionTab: Page | undefined;

  const openExtensionPage = async (path: string, target: Page = page): Promise<Page> => {
    await navigate(name, target, extensionUrl + path.replace(/^\//, ''));
    return target;
  };

  const evalInExtension = async <R, A extends unknown[]>(
    fn: (api: ExtensionApi, ...args: A) => R | Promise<R>,
    ...args: A
  ): Promise<R> => {
    if (!extensionTab || extensionTab.isClosed()) {
      extensionTab = await openExtensionPage('options.html', await browser.newPage());
      // A new tab takes the focus; give it back, or keystrokes and focus in the tab under test go nowhere.
      await page.bringToFront();
    }
    const api = await extensionTab.evaluateHandle(() => {
      const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
      return (g.browser ?? g.chrome) as ExtensionApi;
    });
    try {
      // `fn` crosses into the page as source text: it must not close over Node variables (pass `args`).
      return (await extensionTab.evaluate(fn as never, api, ...args)) as R;
    } finally {
      await api.dispose();
    }
  };

  const testBrowser: TestBrowser = {
    name,
    browser,
    extensionUrl,
    page,
    newPage: () => browser.newPage(),
    openExtensionPage,
    navigate: (target, url, waitOptions) => navigate(name, target, url, waitOptions),
    waitForUrl,
    currentUrl,
    evalInExtension,
    seedStorage: (items) => evalInExtension((api, values) => api.storage.local.set(values), items),
    readStorage: () => evalInExtension((api) => api.storage.local.get(null)),
    waitForExtensionReady: async ({ timeoutMs = 15_000 } = {}) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        try {
          const tab = await openExtensionPage('options.html', page);
          await tab.waitForFunction(() => document.body?.childElementCount > 0, { timeout: 2_000 });
          // The welcome page opened on install takes the focus; the tab under test needs it for keystrokes.
          await page.bringToFront();
          return;
        } catch (error) {
          if (Date.now() > deadline) throw error;
        }
      }
    },
    screenshot: async (target, shotName, { fullPage = false } = {}) => {
      await mkdir(ARTIFACTS_DIR, { recursive: true });
      const path = join(ARTIFACTS_DIR, `${name}-${shotName.replace(/[^\w.-]+/g, '_')}.png`);
      await target.screenshot({ path: path as `${string}.png`, fullPage });
      return path;
    },
    close: () => browser.close(),
  };
  return testBrowser;
}
