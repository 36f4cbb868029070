// Where the end-to-end harness finds the built extension, its certificate and where it writes artifacts.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

export const ROOT = resolve(HERE, '../..');
export const CERTS_DIR = join(HERE, 'certs');
export const ARTIFACTS_DIR = join(ROOT, 'e2e/.artifacts');

/**
 * Production builds (`npm run build`): E2E always runs against them, never `wxt dev`.
 * `E2E_EXTENSION_ROOT` points the specs at another folder with the same layout (e.g. unpacked release zips).
 */
const EXTENSION_ROOT = resolve(ROOT, process.env.E2E_EXTENSION_ROOT ?? '.output');

export const EXTENSION_DIRS = {
  chromium: join(EXTENSION_ROOT, 'chrome-mv3'),
  firefox: join(EXTENSION_ROOT, 'firefox-mv2'),
} as const;

/**
 * The loopback address the fake site listens on. Firefox can only be pointed at port 443, so runs side by
 * side (separate checkouts) each take their own address: `E2E_LOOPBACK=127.0.0.2`.
 */
export const LOOPBACK = process.env.E2E_LOOPBACK ?? '127.0.0.1';
