import { hostOf, pathSegments } from './normalize';
import { PLATFORM_RULES, type PlatformRules, platformOfHost, type Reading } from './platforms';
import type { Platform } from './target';

export interface Recognized {
  platform: Platform;
  rules: PlatformRules;
  reading: Reading;
}

/** What a URL shows on a known platform, or `undefined` for any other host. */
export function recognizeUrl(url: URL): Recognized | undefined {
  const host = hostOf(url);
  const found = platformOfHost(host);
  if (!found) return undefined;
  const reading = found.rules.read({ url, host, domain: found.domain, segments: pathSegments(url) });
  return { platform: found.rules.platform, rules: found.rules, reading };
}

export function rulesOf(platform: Platform): PlatformRules {
  return PLATFORM_RULES[platform];
}
