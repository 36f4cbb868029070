import { inPageGuardPatterns } from '@/src/core';
import { hasHostAccess } from '@/src/permissions/host-access';
import type { InPageScript } from './in-page-scripts';
import { currentMatcher } from './matcher-cache';

/**
 * The in-page guard (entrypoints/in-page-guard.ts) on the app-like platforms beyond the first ten, where she
 * gave access when she added a profile: declared in the manifest, their hosts would join the install-time
 * warning. Registered at run time instead (in-page-scripts.ts), for the granted hosts only, and again after
 * every change of her list or of host access.
 */
export const IN_PAGE_GUARD_FILE = 'in-page-guard.js';
const SCRIPT_ID = 'in-page-guard-granted-hosts';

/** The match patterns of her targets' app-like hosts that the extension may access, sorted, each once. */
export async function grantedInPageHosts(): Promise<string[]> {
  const groups = inPageGuardPatterns((await currentMatcher()).targets);
  const granted = await Promise.all(groups.map(hasHostAccess));
  return [...new Set(groups.filter((_, i) => granted[i]).flat())].sort();
}

export async function guardOnGrantedHosts(): Promise<InPageScript> {
  return { id: SCRIPT_ID, file: IN_PAGE_GUARD_FILE, matches: await grantedInPageHosts() };
}
