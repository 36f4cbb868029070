import { browser } from 'wxt/browser';
import { PLATFORM_HOST_PATTERNS } from '@/src/core/platform-hosts';
import type { WarningKind } from './popup-view';

/** A browser that cannot answer (an API missing, a call refused) is not a hole we can name. */
async function holds(question: () => Promise<boolean>): Promise<boolean> {
  try {
    return await question();
  } catch {
    return true;
  }
}

/** The holes the browser can tell about: private windows left out, host access withheld. */
export async function browserHoles(): Promise<WarningKind[]> {
  const [incognito, hosts] = await Promise.all([
    holds(() => browser.extension.isAllowedIncognitoAccess()),
    holds(() => browser.permissions.contains({ origins: PLATFORM_HOST_PATTERNS })),
  ]);
  const holes: WarningKind[] = [];
  if (!hosts) holes.push('host-access');
  if (!incognito) holes.push('private');
  return holes;
}

/** The one step for each hole; resolves once it is taken (or refused). */
export async function fixHole(kind: WarningKind): Promise<void> {
  switch (kind) {
    case 'host-access':
      await browser.permissions.request({ origins: PLATFORM_HOST_PATTERNS });
      return;
    case 'private':
      // Chrome's page for this extension, where "Allow in Incognito" is. (Firefox: said in words instead.)
      await browser.tabs.create({ url: `chrome://extensions/?id=${browser.runtime.id}` });
      return;
    case 'no-profiles':
      await browser.runtime.openOptionsPage();
      return;
  }
}
