import { parseHttpUrl } from './normalize';
import { recognizeUrl, rulesOf } from './recognize';
import { SiteIndex } from './site-index';
import type { ProfileTarget, Target } from './target';
import { unwrapEmbeddedUrl } from './unwrap';

export type { ParseErrorCode } from './parse-errors';
export { type ParseResult, parseTarget } from './parse-target';

export interface Matcher {
  /** The target that `url` shows, or `undefined`. Never throws, whatever the string. */
  match(url: string): Target | undefined;
}

/** Archive of an archive of a profile is still the profile; deeper nesting is not worth following. */
const MAX_UNWRAP = 2;

/**
 * Indexes targets once so that `match()` costs one URL parse and a few hash lookups, however many
 * targets there are: profiles by `platform:handle`, sites by host then path prefix.
 */
export function createMatcher(targets: readonly Target[]): Matcher {
  const profiles = new Map<string, ProfileTarget>();
  const sites = new SiteIndex();
  for (const target of targets) {
    if (target.kind === 'profile') profiles.set(profileKey(target), target);
    else sites.add(target);
  }

  function matchUrl(url: URL, depth: number): Target | undefined {
    if (profiles.size > 0) {
      const recognized = recognizeUrl(url);
      if (recognized?.reading.kind === 'profile') {
        const hit = profiles.get(`${recognized.platform}:${recognized.reading.handle}`);
        if (hit) return hit;
      }
    }
    const site = sites.size > 0 ? sites.match(url) : undefined;
    if (site) return site;
    const inner = depth < MAX_UNWRAP ? unwrapEmbeddedUrl(url) : undefined;
    return inner ? matchUrl(inner, depth + 1) : undefined;
  }

  return {
    match(raw: string) {
      const url = parseHttpUrl(raw);
      return url ? matchUrl(url, 0) : undefined;
    },
  };
}

/** Stored targets are canonical already; re-canonicalising keeps an older or hand-edited list working. */
function profileKey(target: ProfileTarget): string {
  const handle = rulesOf(target.platform).canonicalHandle(target.handle) ?? target.handle;
  return `${target.platform}:${handle}`;
}
