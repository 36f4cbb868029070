import { browser } from 'wxt/browser';

/**
 * The address of the tab she opened the popup over. `?tab=<id>` names the tab instead: used when popup.html is
 * opened as a page of its own (as end-to-end tests do), where the active tab would be the popup itself. It only
 * chooses which tab's address the popup reads; it grants nothing.
 */
export async function activeTabUrl(search: string = location.search): Promise<string | undefined> {
  const named = new URLSearchParams(search).get('tab');
  if (named !== null) {
    if (!/^\d{1,10}$/.test(named)) return undefined;
    try {
      return (await browser.tabs.get(Number(named)))?.url;
    } catch {
      return undefined;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const own = browser.runtime.getURL('/');
  return tab?.url && !tab.url.startsWith(own) ? tab.url : undefined;
}
