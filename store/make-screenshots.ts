// `npm run screenshots`: the store screenshots, from the production build in real Chromium — 1280×800, the
// interstitial, the popup, options and welcome, light and dark, in each language (or those named:
// `npm run screenshots -- fr de`). Same data and the same evening on every run (screenshot-data.ts), so a
// re-run after the pages change shows only what changed.
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { waitForRules } from '../e2e/harness/blocklist';
import { isInterstitial } from '../e2e/harness/interstitial';
import { ROOT } from '../e2e/harness/paths';
import { endSession, startSession, type TestSession } from '../e2e/harness/session';
import { fixedClockScript } from './fixed-clock';
import {
  SCREENSHOT_NOW,
  SCREENSHOT_PROFILE_URL,
  SCREENSHOT_TIME_ZONE,
  SCREENSHOT_UNLISTED_URL,
  screenshotStorage,
} from './screenshot-data';

/** Every language the extension has a catalogue for. */
const LOCALES = readdirSync(join(ROOT, 'public/_locales')).sort();
const SCREENSHOTS_DIR = join(ROOT, 'store/screenshots');
const SIZE = { width: 1280, height: 800 };
const POPUP_WIDTH = 360;
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/**
 * Resolves once the page has drawn its fonts and nothing in it has changed for half a second. Sent as source:
 * tsx names inner functions with a helper the page does not have.
 */
const SETTLED = `(async () => {
  await document.fonts.ready;
  await new Promise((resolve, reject) => {
    let quiet;
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, 500);
    });
    const give = setTimeout(() => reject(new Error('the page kept changing')), 10000);
    function done() {
      observer.disconnect();
      clearTimeout(give);
      resolve();
    }
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    quiet = setTimeout(done, 500);
  });
})()`;

async function settled(page: Page): Promise<void> {
  await page.evaluate(SETTLED);
}

/**
 * A tab that runs in the screenshots' time zone and evening, with dates written in `lang` (headless Chromium
 * keeps en-US for dates whatever its --lang; the extension's words follow --lang).
 */
async function pinnedTab(page: Page, lang: string, width: number, height: number): Promise<Page> {
  await page.setViewport({ width, height });
  await page.emulateTimezone(SCREENSHOT_TIME_ZONE);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setLocaleOverride', { locale: lang });
  await page.evaluateOnNewDocument(fixedClockScript(SCREENSHOT_NOW));
  return page;
}

/** Light or dark, and no transition caught halfway. */
function emulateScheme(page: Page, scheme: Scheme): Promise<void> {
  return page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: scheme },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
}

async function shoot(page: Page, scheme: Scheme, file: string): Promise<void> {
  // Headless Chromium draws only the tab in front.
  await page.bringToFront();
  await emulateScheme(page, scheme);
  await settled(page);
  await writeFile(file, await page.screenshot({ type: 'png' }));
}

/** The popup opens from the toolbar: drawn at its own width near the top right of a 1280×800 frame. */
async function framePopup(page: Page, popup: Buffer, scheme: Scheme, file: string): Promise<void> {
  const backdrop = scheme === 'dark' ? '#262420' : '#e9e3da';
  await page.bringToFront();
  await page.setContent(
    `<!doctype html><html><body style="margin:0;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden;
      background:${backdrop}">
      <img src="data:image/png;base64,${popup.toString('base64')}" style="position:absolute;top:16px;right:32px;
        width:${POPUP_WIDTH}px;border-radius:10px;box-shadow:0 12px 40px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.12)">
    </body></html>`,
    { waitUntil: 'load' },
  );
  await writeFile(file, await page.screenshot({ type: 'png' }));
}

/** The popup page in `page`, cut to its own height. */
async function popupShot(page: Page, scheme: Scheme): Promise<Buffer> {
  await page.bringToFront();
  await emulateScheme(page, scheme);
  await page.setViewport({ width: POPUP_WIDTH, height: 100 });
  await settled(page);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewport({ width: POPUP_WIDTH, height: Math.min(height, SIZE.height - 32) });
  return Buffer.from(await page.screenshot({ type: 'png' }));
}

async function screenshotsIn(locale: string): Promise<string[]> {
  const dir = join(SCREENSHOTS_DIR, locale);
  await mkdir(dir, { recursive: true });
  const out = (name: string, scheme: Scheme) => join(dir, `${name}-${scheme}.png`);
  let session: TestSession | undefined;
  try {
    const lang = locale.replace('_', '-');
    // Private windows allowed, as she would have it after the welcome: no warning across the top.
    session = await startSession('chromium', { allowInPrivate: true, lang });
    const { tb } = session;
    for (const page of await tb.browser.pages()) if (page !== tb.page) await page.close();
    await tb.evalInExtension((api) => api.storage.local.clear());
    await tb.seedStorage(screenshotStorage(locale));
    await waitForRules(tb, ['sam.rivers_']);

    const tab = await pinnedTab(tb.page, lang, SIZE.width, SIZE.height);
    await tb.navigate(tab, SCREENSHOT_PROFILE_URL);
    await tb.waitForUrl(tab, isInterstitial);
    for (const scheme of SCHEMES) await shoot(tab, scheme, out('interstitial', scheme));

    for (const name of ['options', 'welcome']) {
      await tb.openExtensionPage(`${name}.html`, tab);
      for (const scheme of SCHEMES) await shoot(tab, scheme, out(name, scheme));
    }

    // The popup over a profile that isn't on her list yet, which it offers to block.
    const other = await tb.newPage();
    await tb.navigate(other, SCREENSHOT_UNLISTED_URL);
    const tabId = await tb.evalInExtension(async (api, url) => {
      const tabs = await (
        api as unknown as { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } }
      ).tabs.query({});
      return tabs.find((t) => t.url === url)?.id ?? -1;
    }, SCREENSHOT_UNLISTED_URL);
    const popup = await pinnedTab(await tb.newPage(), lang, POPUP_WIDTH, 600);
    await tb.openExtensionPage(`popup.html?tab=${tabId}`, popup);
    const frame = await tb.newPage();
    await frame.setViewport(SIZE);
    for (const scheme of SCHEMES)
      await framePopup(frame, await popupShot(popup, scheme), scheme, out('popup', scheme));
    return ['interstitial', 'popup', 'options', 'welcome'].flatMap((n) => SCHEMES.map((s) => out(n, s)));
  } finally {
    if (session) await endSession(session);
  }
}

const asked = process.argv.slice(2);
const unknown = asked.filter((l) => !LOCALES.includes(l));
if (unknown.length > 0) throw new Error(`No catalogue for ${unknown.join(', ')}: ${LOCALES.join(', ')}`);
for (const locale of asked.length > 0 ? asked : LOCALES) {
  const files = await screenshotsIn(locale);
  console.log(`${locale}: ${files.length} screenshots in ${join('store/screenshots', locale)}`);
}
