import { looksLikeEmail, readEmailInput } from './email-input';
import { decodeSegment, hostOf, normalizeSitePath, parseHttpUrl, siteHost } from './normalize';
import { type ParseError, parseError } from './parse-errors';
import { looksLikePhone, readPhoneInput } from './phone-input';
import { PLATFORM_RULES, type PlatformRules, platformOfHost, type Reading } from './platforms';
import { emailsInMailto } from './platforms/addressing';
import { recognizeChannelUrl, recognizeUrl } from './recognize';
import type { ListedTarget } from './target';
import { unwrapEmbeddedUrl } from './unwrap';

export type ParseResult =
  | {
      ok: true;
      target: ListedTarget;
      /** A phone number without a country code was read as a number of this region (ISO 3166): show it. */
      assumedRegion?: string;
    }
  | ParseError;

export interface ParseOptions {
  /** Her browser's region (ISO 3166, `US`): where a phone number written without a country code is read. */
  region?: string;
}

/** Platform names people type after a handle ("@sam_rivers on x", "@sam on insta"), from each platform's file. */
const PLATFORM_WORDS = new Map<string, PlatformRules>(
  Object.values(PLATFORM_RULES).flatMap((rules) => (rules.words ?? []).map((w) => [w, rules] as const)),
);

/**
 * "@sam_rivers on x.com", "sam_rivers on Twitter", "@sam (instagram)", with "on" in each language the
 * interface speaks, as its hints write it: "en" (es), "sur" (fr), "auf"/"bei" (de), "no"/"na"/"em" (pt-BR).
 */
const HANDLE_ON_PLATFORM = /^@?(\S+)\s+(?:on|at|@|en|sur|auf|bei|no|na|em)\s+(\S+)$|^@?(\S+)\s+\((\S+)\)$/i;
/** "@sam@mastodon.social": a fediverse address (a leading `@` tells it from an e-mail address). */
const FEDIVERSE_ADDRESS = /^@[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;
/** "@sam_rivers" alone: a handle, but on which site? */
const BARE_HANDLE = /^@[^\s@/]+$/;
/** A Bluesky handle under bsky.social needs no site name: "@sam-rivers.bsky.social". */
const BSKY_SOCIAL_HANDLE = /^@[^\s@/]+\.bsky\.social$/i;
/** An explicit scheme ("mailto:", "ftp://"); "localhost:3000" is a host and a port, not a scheme. */
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i;

/**
 * Reads what a person pastes into the options page or the popup: a profile link in any of its
 * forms (with or without scheme), `@handle on platform`, a fediverse address, a platform's app link,
 * his phone number or email address (also as `tel:` and `mailto:` links, or a chat or compose link
 * addressed to him), or any other web page.
 */
export function parseTarget(input: string, options: ParseOptions = {}): ParseResult {
  const text = input.trim();
  if (text === '') return parseError('empty');

  const named = HANDLE_ON_PLATFORM.exec(text);
  if (named) return parseNamedHandle(named[1] ?? named[3] ?? '', named[2] ?? named[4] ?? '');
  if (looksLikePhone(text)) return parsePhone(text, options.region);
  if (looksLikeEmail(text)) return parseEmail(text);
  if (FEDIVERSE_ADDRESS.test(text)) return handleOn(PLATFORM_RULES.mastodon, text);
  if (BSKY_SOCIAL_HANDLE.test(text)) return handleOn(PLATFORM_RULES.bluesky, text.slice(1));
  if (BARE_HANDLE.test(text)) return parseError('needs-platform');
  if (/\s/.test(text)) return parseError('not-a-link');

  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === 'tel') return parsePhone(decodeSegment(text.slice('tel:'.length)), options.region);
  if (scheme === 'mailto') {
    const [address] = emailsInMailto(text);
    return address ? parseEmail(address) : parseError('email-no-domain');
  }
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return parseAppLink(text);
  const url = parseHttpUrl(scheme === undefined ? `https://${text}` : text);
  if (!url || !looksLikeWebHost(hostOf(url))) return parseError('not-a-link');
  return parseUrl(unwrapEmbeddedUrl(url) ?? url);
}

function parseUrl(url: URL): ParseResult {
  const recognized = recognizeUrl(url);
  if (recognized) {
    const { reading, rules } = recognized;
    if (reading.kind !== 'other' && !(reading.kind === 'profile' && reading.onlyWhenListed)) {
      return fromReading(reading, rules);
    }
  }
  // A chat or compose link addressed to him: his number or address, which covers every such link.
  const channel = recognizeChannelUrl(url)?.reading;
  if (channel?.kind === 'channel') return channelTarget(channel);
  return {
    ok: true,
    target: { kind: 'site', host: siteHost(hostOf(url)), path: normalizeSitePath(url.pathname) },
  };
}

function fromReading(reading: Exclude<Reading, { kind: 'other' }>, rules: PlatformRules): ParseResult {
  switch (reading.kind) {
    case 'profile':
      return { ok: true, target: { kind: 'profile', platform: rules.platform, handle: reading.handle } };
    case 'post':
      return parseError('post', rules.name);
    case 'page':
      return parseError('platform-page', rules.name);
    case 'home':
      return parseError('platform-home', rules.name);
    case 'invalid':
      return parseError(reading.reason, rules.name);
    case 'channel':
      return channelTarget(reading);
  }
}

function parsePhone(text: string, region: string | undefined): ParseResult {
  const read = readPhoneInput(text, region);
  if (!read.ok) return parseError(read.code);
  const target: ListedTarget = { kind: 'phone', number: read.number };
  return read.assumedRegion ? { ok: true, target, assumedRegion: read.assumedRegion } : { ok: true, target };
}

function parseEmail(text: string): ParseResult {
  const read = readEmailInput(text);
  return read.ok ? { ok: true, target: { kind: 'email', address: read.address } } : parseError(read.code);
}

/** The number a chat link is addressed to, or the first address of a compose link (never empty). */
function channelTarget({ phones, emails }: Extract<Reading, { kind: 'channel' }>): ParseResult {
  const [phone] = phones;
  if (phone) return { ok: true, target: { kind: 'phone', number: phone } };
  return parseEmail(emails[0] ?? '');
}

/** `spotify:user:<id>`, `tg://resolve?domain=<name>`, `did:plc:…`: a platform's own link, or not a web link. */
function parseAppLink(text: string): ParseResult {
  for (const rules of Object.values(PLATFORM_RULES)) {
    const reading = rules.readUri?.(text);
    if (reading && reading.kind !== 'other') return fromReading(reading, rules);
  }
  return parseError('not-a-web-link');
}

function parseNamedHandle(rawHandle: string, rawPlatform: string): ParseResult {
  const rules = platformNamed(rawPlatform);
  if (!rules) return parseError('unknown-platform');
  // "@sam on mastodon" does not say which of thousands of servers.
  if (rules.platform === 'mastodon' && !rawHandle.replace(/^@/, '').includes('@')) {
    return parseError('needs-server', rules.name);
  }
  return handleOn(rules, rawHandle);
}

function handleOn(rules: PlatformRules, rawHandle: string): ParseResult {
  const handle = rules.canonicalHandle(
    rules.platform === 'mastodon' ? rawHandle : rawHandle.replace(/^@/, ''),
  );
  if (handle === undefined) return parseError('invalid-handle', rules.name);
  return { ok: true, target: { kind: 'profile', platform: rules.platform, handle } };
}

/** "x", "Twitter", "x.com", "www.instagram.com" → the platform's rules. */
function platformNamed(raw: string): PlatformRules | undefined {
  const name = raw.toLowerCase().replace(/[.:,;!]+$/, '');
  const byWord = PLATFORM_WORDS.get(name);
  if (byWord) return byWord;
  const url = parseHttpUrl(`https://${name}`);
  return url ? platformOfHost(hostOf(url))?.rules : undefined;
}

/** A host a person could mean: `localhost`, an IP address, or a name with a dot and a plausible TLD. */
function looksLikeWebHost(host: string): boolean {
  if (host === 'localhost' || /^[0-9.]+$/.test(host) || host.startsWith('[')) return true;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return host.includes('.') && /^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/.test(tld);
}
