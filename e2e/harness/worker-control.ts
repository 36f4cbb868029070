// Stops the extension's MV3 service worker the way Chrome does after ~30 s idle, so a test can check that the
// next navigation still ends on the interstitial (and how much later). Chromium only: Firefox MV2 runs a
// persistent background page, which is never stopped while the browser runs.
import type { Target } from 'puppeteer-core';
import type { TestBrowser } from './browsers';

const isExtensionWorker = (tb: TestBrowser) => (t: Target) =>
  t.type() === 'service_worker' && t.url().startsWith(tb.extensionUrl);

/** Resolves once the extension's worker is stopped (its target gone). */
export async function stopExtensionWorker(tb: TestBrowser): Promise<void> {
  if (tb.name !== 'chromium') throw new Error('stopExtensionWorker: Chromium only');
  const worker = tb.browser.targets().find(isExtensionWorker(tb));
  if (!worker) return;
  const gone = new Promise<void>((resolve) => {
    const onDestroyed = (t: Target) => {
      if (t !== worker) return;
      tb.browser.off('targetdestroyed', onDestroyed);
      resolve();
    };
    tb.browser.on('targetdestroyed', onDestroyed);
  });
  // ServiceWorker.stopAllWorkers stops every worker of the page's storage partition, which extensions share
  // with web pages: the tab under test will do, so no tab opens or closes around the measurement.
  const session = await tb.page.createCDPSession();
  try {
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await gone;
  } finally {
    await session.detach();
  }
}

/** Whether the extension's worker is running now. */
export const workerRunning = (tb: TestBrowser): boolean => tb.browser.targets().some(isExtensionWorker(tb));
