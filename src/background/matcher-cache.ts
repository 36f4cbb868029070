import { createMatcher, type Matcher, type Target, targetKey } from '@/src/core';
import { activeTargets, readPeople } from '@/src/storage';

/**
 * The matcher for the current blocklist. A cache, not state: rebuilt from storage whenever the
 * worker starts or the blocklist changes, so a stopped worker loses nothing.
 */
let cached: Promise<{ matcher: Matcher; targets: Target[] }> | undefined;

export function currentMatcher(): Promise<{ matcher: Matcher; targets: Target[] }> {
  cached ??= readPeople().then((people) => {
    const targets = activeTargets(people);
    return { matcher: createMatcher(targets), targets };
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
