import type { Platform } from '../target';
import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { pinterest } from './pinterest';
import { reddit } from './reddit';
import { snapchat } from './snapchat';
import { spotify } from './spotify';
import { strava } from './strava';
import { telegram } from './telegram';
import { threads } from './threads';
import { tiktok } from './tiktok';
import { tumblr } from './tumblr';
import { twitch } from './twitch';
import type { PlatformRules } from './types';
import { venmo } from './venmo';
import { x } from './x';
import { youtube } from './youtube';

export type {
  ChannelRules,
  CoverageFeature,
  DnrShape,
  FeedItem,
  FeedItemKind,
  HostAccess,
  InvalidReason,
  PlatformRules,
  Reading,
  SearchForm,
  UrlView,
} from './types';

/** Every platform's knowledge, one file each; `dnr-shapes.ts` lists their redirect-rule shapes. */
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
  bluesky,
  strava,
  spotify,
  venmo,
  pinterest,
  twitch,
  tumblr,
  mastodon,
  telegram,
};

const ALL_RULES = Object.values(PLATFORM_RULES);

/** Every domain and mirror host, to the platform it belongs to. */
const BY_DOMAIN = new Map<string, PlatformRules>();
for (const rules of ALL_RULES) {
  for (const domain of [...rules.domains, ...(rules.mirrorHosts ?? [])]) BY_DOMAIN.set(domain, rules);
}
const BY_DOMAIN_RULE = ALL_RULES.filter((rules) => rules.domainOf);

/** Platforms that live on any server: asked about hosts no platform claims. */
export const ANY_HOST_RULES: readonly PlatformRules[] = ALL_RULES.filter((rules) => rules.readAnyHost);

/**
 * The platform a host belongs to, by walking up its labels: `uk.linkedin.com` → `linkedin.com`, then by
 * the platforms' own host rules (`pinterest.com.mx`). A host that merely contains a domain
 * (`instagram.com.evil.example`, `notinstagram.com`) finds nothing.
 */
export function platformOfHost(host: string): { rules: PlatformRules; domain: string } | undefined {
  let candidate = host;
  for (;;) {
    const rules = BY_DOMAIN.get(candidate);
    if (rules) return { rules, domain: candidate };
    const dot = candidate.indexOf('.');
    if (dot < 0) break;
    candidate = candidate.slice(dot + 1);
  }
  for (const rules of BY_DOMAIN_RULE) {
    const domain = rules.domainOf?.(host);
    if (domain) return { rules, domain };
  }
  return undefined;
}
