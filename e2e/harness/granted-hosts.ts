// Host access she says yes to, for specs of the hosts asked for at run time (later platforms, sites).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';

/**
 * Chromium: a copy of the build that lists `patterns` in `host_permissions`, so they are granted when it
 * loads, as they would be once she accepted Chrome's prompt. Chromium's prompt cannot be answered from
 * automation (puppeteer/puppeteer#5054, microsoft/playwright#32755): in the real build a request stays
 * pending, which is what "she has not said yes" looks like. Remove the copy with `dispose`.
 */
export function buildWithHostsGranted(
  extensionDir: string,
  patterns: readonly string[],
): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'no-contact-granted-'));
  cpSync(extensionDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...patterns];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Firefox: every `permissions.request` is granted without showing its prompt
 * (`extensions.webextOptionalPermissionPrompts`, toolkit/components/extensions/ExtensionPermissions), so the
 * extension's own request runs as it does when she clicks "Allow".
 */
export const FIREFOX_GRANTS_REQUESTS = { 'extensions.webextOptionalPermissionPrompts': false } as const;

/**
 * Records the origins of each `permissions.request` an extension page makes from now on, then lets the
 * request go on to the browser (whose prompt, in Chromium, stays unanswered). Read them with
 * `requestedOrigins`. Installed before the page first calls the API: the polyfill wraps the function it
 * finds then.
 */
export async function recordPermissionRequests(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Permissions = { request(p: { origins?: string[] }): Promise<boolean> };
    const g = globalThis as unknown as {
      chrome?: { permissions?: Permissions };
      browser?: { permissions?: Permissions };
      __requested?: string[][];
    };
    g.__requested = [];
    for (const api of [g.chrome?.permissions, g.browser?.permissions]) {
      if (!api || (api.request as { recorded?: true }).recorded) continue;
      const original = api.request.bind(api);
      const recorded = (p: { origins?: string[] }) => {
        g.__requested?.push(p.origins ?? []);
        return original(p);
      };
      Object.assign(recorded, { recorded: true });
      api.request = recorded;
    }
  });
}

export function requestedOrigins(page: Page): Promise<string[][]> {
  return page.evaluate(() => (globalThis as unknown as { __requested?: string[][] }).__requested ?? []);
}
