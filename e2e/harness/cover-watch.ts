// Whether the in-page guard covered a document at any moment: a preload script (like frame-counter.ts) watches
// the root element's inline style from the document's start and notes a `visibility: hidden` it ever sees.
import type { Page } from 'puppeteer-core';

const FLAG = '__noContactCoverSeen';

// Kept as source text: a bundler's helpers would not exist in the page.
const watcher = `(() => {
  const seen = () => {
    const root = document.documentElement;
    if (root && root.style.getPropertyValue('visibility') === 'hidden') window.${FLAG} = true;
  };
  window.${FLAG} = false;
  seen();
  const watchRoot = () => {
    seen();
    new MutationObserver(seen).observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
  };
  if (document.documentElement) watchRoot();
  else new MutationObserver((_, o) => { if (document.documentElement) { o.disconnect(); watchRoot(); } })
    .observe(document, { childList: true });
})();`;

const watched = new WeakSet<Page>();

/** Installs the watcher (once) in every document `page` loads from now on. */
export async function watchCover(page: Page): Promise<void> {
  if (watched.has(page)) return;
  watched.add(page);
  await page.evaluateOnNewDocument(watcher);
}

/** Whether the document now in `page` was ever covered. */
export const coverSeen = (page: Page): Promise<boolean> =>
  page.evaluate((flag) => (window as unknown as Record<string, boolean>)[flag] === true, FLAG);
