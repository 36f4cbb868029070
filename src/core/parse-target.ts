import { hostOf, normalizeSitePath, parseHttpUrl, stripWww } from './normalize';
import { type ParseError, parseError } from './parse-errors';
import { PLATFORM_RULES, type PlatformRules, platformOfHost } from './platforms';
import { recognizeUrl } from './recognize';
import type { ListedTarget, Platform } from './target';
import { unwrapEmbeddedUrl } from './unwrap';

export type ParseResult = { ok: true; target: ListedTarget } | ParseError;

/** Platform names people type after a handle: "@sam_rivers on x", "@sam on insta". */
const PLATFORM_WORDS: Readonly<Record<string, Platform>> = {
  instagram: 'instagram',
  insta: 'instagram',
  ig: 'instagram',
  threads: 'threads',
  x: 'x',
  twitter: 'x',
  facebook: 'facebook',
  fb: 'facebook',
  messenger: 'facebook',
  tiktok: 'tiktok',
  linkedin: 'linkedin',
  youtube: 'youtube',
  yt: 'youtube',
  reddit: 'reddit',
  snapchat: 'snapchat',
  snap: 'snapchat',
};

/**
 * "@sam_rivers on x.com", "sam_rivers on Twitter", "@sam (instagram)", with "on" in each language the
 * interface speaks, as its hints write it: "en" (es), "sur" (fr), "auf"/"bei" (de), "no"/"na"/"em" (pt-BR).
 */
const HANDLE_ON_PLATFORM = /^@?(\S+)\s+(?:on|at|@|en|sur|auf|bei|no|na|em)\s+(\S+)$|^@?(\S+)\s+\((\S+)\)$/i;
/** "@sam_rivers" alone: a handle, but on which site? */
const BARE_HANDLE = /^@[^\s@/]+$/;
/** An explicit scheme ("mailto:", "ftp://"); "localhost:3000" is a host and a port, not a scheme. */
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i;

/**
 * Reads what a person pastes into the options page or the popup: a profile link in any of its
 * forms (with or without scheme), `@handle on platform`, or any other web page.
 */
export function parseTarget(input: string): ParseResult {
  const text = input.trim();
  if (text === '') return parseError('empty');

  const named = HANDLE_ON_PLATFORM.exec(text);
  if (named) return parseNamedHandle(named[1] ?? named[3] ?? '', named[2] ?? named[4] ?? '');
  if (BARE_HANDLE.test(text)) return parseError('needs-platform');
  if (/\s/.test(text)) return parseError('not-a-link');

  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return parseError('not-a-web-link');
  const url = parseHttpUrl(scheme === undefined ? `https://${text}` : text);
  if (!url || !looksLikeWebHost(hostOf(url))) return parseError('not-a-link');
  return parseUrl(unwrapEmbeddedUrl(url) ?? url);
}

function parseUrl(url: URL): ParseResult {
  const recognized = recognizeUrl(url);
  if (recognized) {
    const { reading, rules, platform } = recognized;
    switch (reading.kind) {
      case 'profile':
        return { ok: true, target: { kind: 'profile', platform, handle: reading.handle } };
      case 'post':
        return parseError('post', rules.name);
      case 'page':
        return parseError('platform-page', rules.name);
      case 'home':
        return parseError('platform-home', rules.name);
      case 'other':
        break;
    }
  }
  return {
    ok: true,
    target: { kind: 'site', host: stripWww(hostOf(url)), path: normalizeSitePath(url.pathname) },
  };
}

function parseNamedHandle(rawHandle: string, rawPlatform: string): ParseResult {
  const rules = platformNamed(rawPlatform);
  if (!rules) return parseError('unknown-platform');
  const handle = rules.canonicalHandle(rawHandle.replace(/^@/, ''));
  if (handle === undefined) return parseError('invalid-handle', rules.name);
  return { ok: true, target: { kind: 'profile', platform: rules.platform, handle } };
}

/** "x", "Twitter", "x.com", "www.instagram.com" → the platform's rules. */
function platformNamed(raw: string): PlatformRules | undefined {
  const name = raw.toLowerCase().replace(/[.:,;!]+$/, '');
  const byWord = PLATFORM_WORDS[name];
  if (byWord) return PLATFORM_RULES[byWord];
  const url = parseHttpUrl(`https://${name}`);
  return url ? platformOfHost(hostOf(url))?.rules : undefined;
}

/** A host a person could mean: `localhost`, an IP address, or a name with a dot and a plausible TLD. */
function looksLikeWebHost(host: string): boolean {
  if (host === 'localhost' || /^[0-9.]+$/.test(host) || host.startsWith('[')) return true;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return host.includes('.') && /^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/.test(tld);
}
