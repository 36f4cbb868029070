// Private (incognito) windows, opened the way a real one is made: by the browser, at the extension's request.
import type { Page, Target } from 'puppeteer-core';
import type { TestBrowser } from './browsers';

export interface WindowsApi {
  windows: { create(data: { incognito: boolean; url: string }): Promise<{ incognito: boolean } | undefined> };
  extension: { isAllowedIncognitoAccess(): Promise<boolean> };
}

export const allowedInPrivate = (tb: TestBrowser): Promise<boolean> =>
  tb.evalInExtension((api) => (api as unknown as WindowsApi).extension.isAllowedIncognitoAccess());

/**
 * Opens a private window on `url` from an extension page and returns its tab, with what `windows.create`
 * answered. A Puppeteer createBrowserContext() would not do: it is not incognito for extensions.
 */
export async function openPrivateWindow(
  tb: TestBrowser,
  url: string,
): Promise<{ page: Page; created: { incognito: boolean } | undefined }> {
  const opened = tb.browser.waitForTarget((t: Target) => t.type() === 'page' && t.url() === url);
  const created = await tb.evalInExtension(
    (api, u) => (api as unknown as WindowsApi).windows.create({ incognito: true, url: u }),
    url,
  );
  const page = await (await opened).page();
  if (!page) throw new Error('private window: no page');
  await page.waitForFunction(() => document.readyState === 'complete');
  return { page, created: created ?? undefined };
}
