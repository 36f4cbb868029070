// Firefox with the MV2 build installed as a temporary add-on and every host name sent to 127.0.0.1.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { testBrowserBinary } from '../../build/browsers';
import type { LaunchedBrowser } from './chromium';
import { LOOPBACK } from './paths';

export const GECKO_ID = 'no-contact@no-contact.app';
/** Pinned internal UUID, so moz-extension:// URLs are known before the add-on is installed. */
export const FIREFOX_EXTENSION_UUID = '6c1f0f52-6e0b-4c7e-9a55-6f6e2b1c0a11';

/** Firefox resolves every host to 127.0.0.1 and cannot change the port: the fake site must be on 443. */
export const FIREFOX_SITE_PORT = 443;

export interface FirefoxOptions {
  /** The add-on may run in private windows, as after about:addons → "Run in Private Windows" → Allow. */
  allowInPrivate?: boolean;
  /** The language Firefox asks for (`intl.locale.requested`); its language pack must be installed. */
  lang?: string;
  /** More preferences for this profile. */
  prefs?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * A fresh profile in which "Run in Private Windows" is already granted to the add-on. Firefox keeps that grant
 * as the `internal:privateBrowsingAllowed` permission, and on release channels imports the profile's
 * extension-preferences.json into its permission store the first time it opens it
 * (toolkit/components/extensions/ExtensionPermissions.sys.mjs, maybeMigrateDataFromOldJSONFile); the
 * add-on then starts with the grant (Extension.sys.mjs, _setupStartupPermissions). Granting it from
 * about:addons instead reloads the add-on, after which headless Firefox often exits.
 */
function profileAllowingPrivateWindows(): string {
  const dir = mkdtempSync(join(tmpdir(), 'no-contact-firefox-'));
  const grant = { [GECKO_ID]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } };
  writeFileSync(join(dir, 'extension-preferences.json'), JSON.stringify(grant));
  return dir;
}

/** `extensionDir` null: a bare browser, the control of the paint-cost bench. */
export async function launchFirefox(
  extensionDir: string | null,
  { allowInPrivate = false, lang, prefs = {} }: FirefoxOptions = {},
): Promise<LaunchedBrowser> {
  const profile = allowInPrivate ? profileAllowingPrivateWindows() : undefined;
  const launch = () =>
    puppeteer.launch({
      browser: 'firefox',
      ...(profile ? { userDataDir: profile } : {}),
      executablePath: testBrowserBinary('firefox', process.env),
      headless: true,
      acceptInsecureCerts: true,
      // Without it, WebDriver may not open moz-extension:// pages (Firefox 153).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
        'network.dns.forceResolve': LOOPBACK,
        'network.trr.mode': 5,
        'network.dns.disableIPv6': true,
        ...(lang ? { 'intl.locale.requested': lang } : {}),
        ...prefs,
      },
    });
  // Now and then a headless Firefox on a loaded machine never prints its WebDriver endpoint, and puppeteer gives
  // up after 30 s (closing that process); a second start goes through.
  const browser = await launch().catch((error: unknown) => {
    if (error instanceof Error && /WS endpoint/.test(error.message)) return launch();
    throw error;
  });
  // Puppeteer removes only the profiles it made itself.
  if (profile) browser.once('disconnected', () => rmSync(profile, { recursive: true, force: true }));
  if (extensionDir === null) return { browser, extensionUrl: '' };
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
    return { browser, extensionUrl: `moz-extension://${FIREFOX_EXTENSION_UUID}/` };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
