import { hostOf, pathSegments, stripWww } from './normalize';
import {
  ANY_HOST_RULES,
  type ChannelRules,
  PLATFORM_RULES,
  type PlatformRules,
  platformOfHost,
  type Reading,
} from './platforms';
import { channelOfHost } from './platforms/channels';
import type { Platform } from './target';

export interface Recognized {
  platform: Platform;
  rules: PlatformRules;
  reading: Reading;
}

/**
 * What a URL shows on a known platform, or `undefined` for any other page. Hosts no platform claims
 * are read by the platforms that live on any server (the fediverse), which recognise only their own
 * path forms.
 */
export function recognizeUrl(url: URL): Recognized | undefined {
  const host = hostOf(url);
  const segments = pathSegments(url);
  const found = platformOfHost(host);
  if (found) {
    const reading = found.rules.read({ url, host, domain: found.domain, segments });
    return { platform: found.rules.platform, rules: found.rules, reading };
  }
  const view = { url, host, domain: stripWww(host), segments };
  for (const rules of ANY_HOST_RULES) {
    const reading = rules.readAnyHost?.(view);
    if (reading) return { platform: rules.platform, rules, reading };
  }
  return undefined;
}

/** Who a link on a chat or mail app (WhatsApp, Gmail, …) is addressed to, or `undefined` for any other host. */
export function recognizeChannelUrl(url: URL): { rules: ChannelRules; reading: Reading } | undefined {
  const host = hostOf(url);
  const found = channelOfHost(host);
  if (!found) return undefined;
  return {
    rules: found.rules,
    reading: found.rules.read({ url, host, domain: found.domain, segments: pathSegments(url) }),
  };
}

export function rulesOf(platform: Platform): PlatformRules {
  return PLATFORM_RULES[platform];
}
