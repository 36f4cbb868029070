import { compileDnr, createMatcher, type Matcher, type SiteTarget, type Target, targetKey } from '@/src/core';
import { hasSiteAccess } from '@/src/permissions/site-access';
import { activeTargets, readPeople } from '@/src/storage';

/**
 * The matcher for the current blocklist. A cache, not state: rebuilt from storage whenever the
 * worker starts or the blocklist changes, so a stopped worker loses nothing.
 */
export interface Blocklist {
  matcher: Matcher;
  targets: Target[];
  /** Sites she added whose host the extension may not access (she declined, or never was asked). */
  sitesWithoutAccess: SiteTarget[];
  /**
   * Keys of targets that the first layer (redirect rules, Firefox's webRequest) does not redirect on
   * every full navigation: URL forms past the rule budget, sites without host access.
   */
  firstLayerMisses: ReadonlySet<string>;
}

let cached: Promise<Blocklist> | undefined;

async function load(): Promise<Blocklist> {
  const targets = activeTargets(await readPeople());
  const sites = targets.filter((t): t is SiteTarget => t.kind === 'site');
  const access = await Promise.all(sites.map((s) => hasSiteAccess(s.host).catch(() => false)));
  const sitesWithoutAccess = sites.filter((_, i) => !access[i]);
  // Only the `uncovered` list matters here; the page URL is irrelevant to it.
  const { uncovered } = compileDnr(targets, 'about:blank');
  const firstLayerMisses = new Set([...uncovered, ...sitesWithoutAccess].map(targetKey));
  return { matcher: createMatcher(targets), targets, sitesWithoutAccess, firstLayerMisses };
}

export function currentMatcher(): Promise<Blocklist> {
  cached ??= load().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

export function invalidateMatcher(): void {
  cached = undefined;
}

/** The key of the blocked target this URL leads to, if any. */
export async function blockedKey(url: string): Promise<string | undefined> {
  const target = (await currentMatcher()).matcher.match(url);
  return target && targetKey(target);
}
