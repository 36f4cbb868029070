// Chromium with the MV3 build loaded and every host name sent to the fake site.

import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { testBrowserBinary } from '../../build/browsers';
import { CERTS_DIR, LOOPBACK } from './paths';

export interface LaunchedBrowser {
  browser: Browser;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`, with the trailing slash. */
  extensionUrl: string;
}

/** Base64 SHA-256 of the fake site's public key, for `--ignore-certificate-errors-spki-list`. */
function certificateSpki(): string {
  const cert = new X509Certificate(readFileSync(join(CERTS_DIR, 'cert.pem')));
  const der = cert.publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}

export interface ChromiumOptions {
  /**
   * Load the extension as if she had turned on "Allow in Incognito" (CDP `Extensions.loadUnpacked` with
   * `enableInIncognito`). Off by default: an unpacked extension does not run in incognito windows.
   */
  allowInIncognito?: boolean;
  /** The browser's language (`fr`, `pt-BR`): the extension then speaks it, if it has a catalogue for it. */
  lang?: string;
}

/** `extensionDir` null: a bare browser, the control of the paint-cost bench. */
export async function launchChromium(
  extensionDir: string | null,
  sitePort: number,
  { allowInIncognito = false, lang }: ChromiumOptions = {},
): Promise<LaunchedBrowser> {
  const browser = await puppeteer.launch({
    executablePath: testBrowserBinary('chromium', process.env),
    headless: true,
    pipe: true,
    // Chromium on Linux takes its language from LANGUAGE; --lang is what it reads elsewhere.
    ...(lang ? { env: { ...process.env, LANGUAGE: lang.replace('-', '_') } } : {}),
    // `true` only enables extension loading over the pipe; the extension is then loaded below.
    enableExtensions: extensionDir === null ? false : allowInIncognito ? true : [extensionDir],
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-default-apps',
      `--host-resolver-rules=MAP * ${LOOPBACK}:${sitePort}, EXCLUDE localhost`,
      // Trusting the certificate's key (not only ignoring errors) lets the fake site register service workers.
      `--ignore-certificate-errors-spki-list=${certificateSpki()}`,
      '--ignore-certificate-errors',
      ...(lang ? [`--lang=${lang}`] : []),
    ],
  });
  if (extensionDir === null) return { browser, extensionUrl: '' };
  try {
    if (allowInIncognito) {
      const session = await browser.target().createCDPSession();
      try {
        await session.send('Extensions.loadUnpacked', { path: extensionDir, enableInIncognito: true });
      } finally {
        await session.detach();
      }
    }
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 15_000 },
    );
    // `new URL(...).origin` is "null" for chrome-extension: in Node; keep scheme and id by hand.
    const id = new URL(worker.url()).host;
    return { browser, extensionUrl: `chrome-extension://${id}/` };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
