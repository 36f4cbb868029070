import { inPageGuardPatterns } from '@/src/core';
import { listNeedles } from '@/src/core/candidates';
import { PLATFORM_HOST_PATTERNS } from '@/src/core/platform-hosts';
import { hasHostAccess } from '@/src/permissions/host-access';
import { IN_PAGE_LIST_DATA, inPageListValue } from '@/src/storage/in-page-list';
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

/**
 * Her list for the guard inside its registration (Firefox: core/inline-data.ts), on every page where the guard
 * runs: the guard then knows it from the first moment, with no read and no extension call on a page that is not
 * on her list. The same value as storage's (in-page-list.ts), which stays the guard's fallback.
 */
export async function inPageListData(): Promise<InPageScript> {
  const needles = listNeedles((await currentMatcher()).targets);
  return {
    id: 'in-page-list',
    data: { key: IN_PAGE_LIST_DATA, value: inPageListValue(needles) },
    matches: [...PLATFORM_HOST_PATTERNS, ...(await grantedInPageHosts())],
  };
}
