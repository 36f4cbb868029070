import type { Platform } from '../target';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { reddit } from './reddit';
import { snapchat } from './snapchat';
import { threads } from './threads';
import { tiktok } from './tiktok';
import type { PlatformRules } from './types';
import { x } from './x';
import { youtube } from './youtube';

export type { CoverageFeature, DnrShape, PlatformRules, Reading, SearchForm, UrlView } from './types';

export const PLATFORM_RULES: Readonly<Record<Platform, PlatformRules>> = {
  instagram,
  threads,
  x,
  facebook,
  tiktok,
  linkedin,
  youtube,
  reddit,
  snapchat,
};

/** Every domain and mirror host, to the platform it belongs to. */
const BY_DOMAIN = new Map<string, PlatformRules>();
for (const rules of Object.values(PLATFORM_RULES)) {
  for (const domain of [...rules.domains, ...(rules.mirrorHosts ?? [])]) BY_DOMAIN.set(domain, rules);
}

/**
 * The platform a host belongs to, by walking up its labels: `uk.linkedin.com` → `linkedin.com`.
 * A host that merely contains a domain (`instagram.com.evil.example`, `notinstagram.com`) finds nothing.
 */
export function platformOfHost(host: string): { rules: PlatformRules; domain: string } | undefined {
  let candidate = host;
  for (;;) {
    const rules = BY_DOMAIN.get(candidate);
    if (rules) return { rules, domain: candidate };
    const dot = candidate.indexOf('.');
    if (dot < 0) return undefined;
    candidate = candidate.slice(dot + 1);
  }
}
