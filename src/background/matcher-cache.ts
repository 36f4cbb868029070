import {
  accessNeeds,
  compileDnr,
  createMatcher,
  type DnrRule,
  type Matcher,
  type Target,
  targetKey,
} from '@/src/core';
import { hasHostAccess } from '@/src/permissions/host-access';
import { activeTargets, readPeople } from '@/src/storage';
import { interstitialPage } from './interstitial-url';

/**
 * The matcher and the redirect rules for the current blocklist. A cache, not state: rebuilt from
 * storage whenever the worker starts, the blocklist changes or host access changes, so a stopped
 * worker loses nothing.
 */
export interface Blocklist {
  matcher: Matcher;
  targets: Target[];
  /**
   * Chrome's first layer for her list and the host access the extension has: redirects where it may
   * access the host, blocks (which need no access) elsewhere.
   */
  rules: DnrRule[];
  /**
   * Whether a redirect rule sends a full navigation to `url` to the interstitial before any request. False
   * for forms past the rule budget and for hosts without access (blocked, or not covered at all): the
   * navigation layer must move the tab itself.
   */
  redirectsBeforeRequest(url: string): boolean;
}

let cached: Promise<Blocklist> | undefined;

/** Asks the browser once for each set of hosts the list's rules depend on. */
async function grantedAccess(targets: readonly Target[]): Promise<Set<string>> {
  const needs = accessNeeds(targets);
  const answers = await Promise.all(needs.map(hasHostAccess));
  return new Set(needs.filter((_, i) => answers[i]).map((origins) => origins.join(' ')));
}

async function load(): Promise<Blocklist> {
  const targets = activeTargets(await readPeople());
  const granted = await grantedAccess(targets);
  const compiled = compileDnr(targets, interstitialPage(), {
    hasAccess: (origins) => granted.has(origins.join(' ')),
  });
  const rules: DnrRule[] = [...compiled.rules, ...compiled.blocks];
  // Chrome matches regexFilter case-insensitively (isUrlFilterCaseSensitive: false): flag `i` does the same.
  const regexes = (type: DnrRule['action']['type']) =>
    rules.filter((r) => r.action.type === type).map((r) => new RegExp(r.condition.regexFilter, 'i'));
  const redirects = regexes('redirect');
  // A block rule wins over a redirect of the same priority (declarativeNetRequest, "rule priorities").
  const blocks = regexes('block');
  return {
    matcher: createMatcher(targets),
    targets,
    rules,
    redirectsBeforeRequest: (url) =>
      redirects.some((re) => re.test(url)) && !blocks.some((re) => re.test(url)),
  };
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
