import { existsSync } from 'node:fs';

/**
 * Which browsers `npm run dev` and the end-to-end tests open. Both take the same overrides:
 * `CHROME_PATH` (Chrome or Chromium; chrome-launcher's own variable) and `FIREFOX` (a Firefox binary).
 */
export interface BrowserOverrides {
  CHROME_PATH?: string;
  FIREFOX?: string;
}

/**
 * `webExt.binaries` for `wxt` / `wxt -b firefox`: only what she overrode. Left out, web-ext finds the browser
 * the way it does everywhere — Chrome or Chromium through chrome-launcher (the standard install locations on
 * macOS and Windows, `google-chrome`/`chromium` on the PATH on Linux) and Firefox through fx-runner
 * (`/Applications/Firefox.app`, Program Files, `firefox` on the PATH, which Debian's firefox-esr provides).
 * An override that names no file is said and left out (web-ext would die on it with a bare `spawn ENOENT`).
 */
export function devBinaries(
  env: BrowserOverrides,
  {
    exists = existsSync,
    warn = console.warn,
  }: { exists?: (path: string) => boolean; warn?: (text: string) => void } = {},
): Record<string, string> {
  const binaries: Record<string, string> = {};
  for (const [variable, browser] of [
    ['CHROME_PATH', 'chrome'],
    ['FIREFOX', 'firefox'],
  ] as const) {
    const path = env[variable];
    if (!path) continue;
    if (exists(path)) binaries[browser] = path;
    else warn(`${variable}=${path} is not a file; opening the ${browser} web-ext finds instead.`);
  }
  return binaries;
}

/**
 * Chromium refuses to start as root unless its sandbox is off ("Running as root without --no-sandbox is not
 * supported", https://crbug.com/638180) — the usual case in a dev container. Everywhere else the sandbox stays.
 */
export function sandboxArgs(uid: number | undefined): string[] {
  return uid === 0 ? ['--no-sandbox'] : [];
}

/** Debian's packages, which CI installs (`.ci/run`): what the end-to-end tests open unless overridden. */
export const DEBIAN_BROWSERS = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' } as const;

export type TestBrowserName = keyof typeof DEBIAN_BROWSERS;

/** The binary the end-to-end tests launch for `name`, or a message saying how to point them at one. */
export function testBrowserBinary(
  name: TestBrowserName,
  env: BrowserOverrides,
  exists: (path: string) => boolean = existsSync,
): string {
  const variable = name === 'chromium' ? 'CHROME_PATH' : 'FIREFOX';
  const path = env[variable] || DEBIAN_BROWSERS[name];
  if (exists(path)) return path;
  const what = name === 'chromium' ? 'Chromium or Chrome' : 'Firefox (ESR or release)';
  throw new Error(
    `${path} not found: install ${what}, or set ${variable} to its binary (README, "Install and run")`,
  );
}
