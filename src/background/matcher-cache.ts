import {
  accessNeeds,
  compileDnr,
  createMatcher,
  type DnrRule,
  type Matcher,
  type Platform,
  type Target,
  targetKey,
} from '@/src/core';
import { hasHostAccess } from '@/src/permissions/host-access';
import { searchDomainAccess } from '@/src/permissions/search-access';
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
  /**
   * Platforms with a profile on her list whose core URL forms the rules hold only in part (RE2's cap, the rule
   * budget): their pages start covered until the in-page guard has read her list (in-page-scripts.ts).
   */
  platformsPastRules: ReadonlySet<Platform>;
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
  const [granted, searchAccess] = await Promise.all([
    grantedAccess(targets),
    searchDomainAccess().catch(() => () => false),
  ]);
  const compiled = compileDnr(targets, interstitialPage(), {
    hasAccess: (origins) => granted.has(origins.join(' ')),
    searchAccess,
  });
  const rules: DnrRule[] = [...compiled.rules, ...compiled.blocks];
  const redirects = conditions(rules, 'redirect');
  // A block rule wins over a redirect of the same priority (declarativeNetRequest, "rule priorities").
  const blocks = conditions(rules, 'block');
  return {
    matcher: createMatcher(targets),
    targets,
    rules,
    redirectsBeforeRequest: (url) => {
      const host = hostOf(url);
      return redirects.some((c) => c.takes(url, host)) && !blocks.some((c) => c.takes(url, host));
    },
    platformsPastRules: new Set(
      compiled.uncovered.flatMap((t) => (t.kind === 'profile' ? [t.platform] : [])),
    ),
  };
}

/**
 * The rules' conditions as Chrome tests them: the regex (case-insensitive, as isUrlFilterCaseSensitive: false
 * says), and, for searches, the request's domain (`requestDomains` takes subdomains too).
 */
function conditions(rules: readonly DnrRule[], type: DnrRule['action']['type']) {
  return rules
    .filter((r) => r.action.type === type)
    .map(({ condition }) => {
      const regex = new RegExp(condition.regexFilter, 'i');
      const domains = condition.requestDomains;
      return {
        takes: (url: string, host: string) =>
          (!domains || domains.some((d) => host === d || host.endsWith(`.${d}`))) && regex.test(url),
      };
    });
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
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
