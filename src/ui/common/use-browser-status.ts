import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PLATFORM_HOST_PATTERNS } from '@/src/core/platform-hosts';

export interface BrowserStatus {
  /** extension.isAllowedIncognitoAccess(); undefined while checking, or when the browser can't say. */
  privateAllowed?: boolean;
  /** Firefox only: access to the social sites. undefined elsewhere. */
  hostAccess?: boolean;
}

async function ask(question: () => Promise<boolean>): Promise<boolean | undefined> {
  try {
    return await question();
  } catch {
    return undefined;
  }
}

/** Asks the browser where protection may have holes. */
export async function readBrowserStatus(): Promise<BrowserStatus> {
  const [privateAllowed, hostAccess] = await Promise.all([
    ask(() => browser.extension.isAllowedIncognitoAccess()),
    import.meta.env.FIREFOX
      ? ask(() => browser.permissions.contains({ origins: PLATFORM_HOST_PATTERNS }))
      : undefined,
  ]);
  return { privateAllowed, hostAccess };
}

/** The browser's answers, asked once on mount; `recheck` asks again (after she changed a setting). */
export function useBrowserStatus(): { status: BrowserStatus; recheck: () => Promise<void> } {
  const [status, setStatus] = useState<BrowserStatus>({});
  const recheck = useCallback(() => readBrowserStatus().then(setStatus), []);
  useEffect(() => {
    void recheck();
  }, [recheck]);
  return { status, recheck };
}
