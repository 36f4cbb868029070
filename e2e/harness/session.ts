// One fake site and one browser with the extension ready: what almost every spec starts from.
import { type LaunchOptions, launchBrowser, sitePortFor, type TestBrowser } from './browsers';
import { type FakeSite, startFakeSite } from './fake-site';
import type { BrowserName } from './navigation';

export interface TestSession {
  site: FakeSite;
  tb: TestBrowser;
}

export async function startSession(
  name: BrowserName,
  options: Omit<LaunchOptions, 'site'> = {},
): Promise<TestSession> {
  const site = await startFakeSite({ port: sitePortFor(name) });
  try {
    const tb = await launchBrowser(name, { ...options, site });
    await tb.waitForExtensionReady();
    return { site, tb };
  } catch (error) {
    await site.close();
    throw error;
  }
}

/** Closes what was started; safe after a failed start (either may be missing). */
export async function endSession(session: Partial<TestSession>): Promise<void> {
  await session.tb?.close();
  await session.site?.close();
}
