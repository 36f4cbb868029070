// Chromium: every request an extension context (its pages, its service worker) sends to the network, seen through
// the DevTools protocol's Network domain on each target. Firefox has no such hook for its background page under
// WebDriver BiDi; there the fake site's request log (Origin/Referer) is the witness.
import type { Browser, Target } from 'puppeteer-core';

export interface RecordedRequest {
  /** The target's URL when the request was seen (the page or service worker). */
  context: string;
  url: string;
  type: string;
}

export interface NetworkRecorder {
  /** Requests from extension contexts to anything but the extension itself (`data:`, `blob:` aside). */
  readonly requests: readonly RecordedRequest[];
  /** All requests seen from extension contexts, their own files included: proof that the recorder listens. */
  readonly seen: number;
  stop(): void;
}

const OWN_SCHEMES = /^(chrome-extension|data|blob):/;

export async function recordExtensionRequests(browser: Browser): Promise<NetworkRecorder> {
  const requests: RecordedRequest[] = [];
  let seen = 0;
  const attached = new WeakSet<Target>();
  const detachers: Array<() => void> = [];

  const attach = async (target: Target): Promise<void> => {
    if (attached.has(target) || !['page', 'service_worker', 'background_page'].includes(target.type()))
      return;
    attached.add(target);
    const session = await target.createCDPSession().catch(() => undefined);
    if (!session) return;
    const isWorker = target.type() === 'service_worker';
    session.on('Network.requestWillBeSent', (event) => {
      const url = event.request.url;
      if ((event.documentURL ?? '').startsWith('chrome-extension://')) seen++;
      if (OWN_SCHEMES.test(url)) return;
      // A navigation (its documentURL is the page being loaded) is the tab moving, e.g. her "Go back" or going
      // through: not the extension sending anything. Extension pages hold no frames (checked in the spec).
      if (event.type === 'Document' && event.documentURL === url) return;
      const fromExtension = isWorker
        ? target.url().startsWith('chrome-extension://')
        : (event.documentURL ?? '').startsWith('chrome-extension://') ||
          (event.initiator?.url ?? '').startsWith('chrome-extension://');
      if (fromExtension) requests.push({ context: target.url(), url, type: event.type ?? '' });
    });
    await session.send('Network.enable').catch(() => undefined);
    detachers.push(() => void session.detach().catch(() => undefined));
  };

  const onTarget = (target: Target) => void attach(target);
  browser.on('targetcreated', onTarget);
  await Promise.all(browser.targets().map(attach));
  return {
    get requests() {
      return requests;
    },
    get seen() {
      return seen;
    },
    stop: () => {
      browser.off('targetcreated', onTarget);
      for (const detach of detachers) detach();
    },
  };
}
