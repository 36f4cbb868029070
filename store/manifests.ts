import type { ConfigEnv, UserManifest, UserManifestFn } from 'wxt';
import config from '../wxt.config';

/** The manifest wxt.config.ts gives a production build for `browser` (what the stores review). */
export async function manifest(env: Pick<ConfigEnv, 'browser' | 'manifestVersion'>): Promise<UserManifest> {
  const fn = config.manifest as UserManifestFn;
  return fn({ ...env, mode: 'production', command: 'build' });
}

/** Every API permission the Chrome and Firefox builds ask for (match patterns are host access, apart). */
export async function apiPermissions(): Promise<string[]> {
  const builds = await Promise.all([
    manifest({ browser: 'chrome', manifestVersion: 3 }),
    manifest({ browser: 'firefox', manifestVersion: 2 }),
  ]);
  const all = builds.flatMap((m) => [...(m.permissions ?? []), ...(m.optional_permissions ?? [])]);
  return [...new Set(all.filter((p) => !p.includes('://')))].sort();
}
