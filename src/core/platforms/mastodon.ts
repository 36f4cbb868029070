import { HOME, PAGE, word } from './reading';
import {
  AFTER_HANDLE,
  escapeRegex,
  handleInUrl,
  TRANSLATE_PROXY_PATTERNS,
  translatedSubdomainOf,
} from './regex-text';
import type { DnrShape, PlatformRules, Reading, UrlView } from './types';

/**
 * Mastodon and the rest of the fediverse: an account lives on one server among thousands, so the
 * handle carries it, `name@server.host` (canonical: lower-case, no `www.`). On his server his profile is
 * /@name or /users/name; any other server shows it as /@name@his.server.
 */
const NAME = /^[a-z0-9_][a-z0-9_.-]{0,63}$/;
const SERVER = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export function canonicalMastodonHandle(raw: string): string | undefined {
  const found = /^@?([^@\s/]+)@([^@\s/]+)$/.exec(raw.toLowerCase());
  if (!found) return undefined;
  const [, name = '', host = ''] = found;
  const server = host.replace(/\.$/, '').replace(/^www\./, '');
  return NAME.test(name) && SERVER.test(server) ? `${name}@${server}` : undefined;
}

const serverOf = (handle: string) => handle.slice(handle.indexOf('@') + 1);
const nameOf = (handle: string) => handle.slice(0, handle.indexOf('@'));

/**
 * Well-known servers, where /users/<name> is read as a profile too (elsewhere only /@name is taken
 * for the fediverse: /users/ is too common a path). Any server works; these are the ones she is most
 * likely to paste.
 */
const KNOWN_SERVERS = [
  'mastodon.social',
  'mastodon.online',
  'mastodon.world',
  'mstdn.social',
  'mas.to',
  'fosstodon.org',
  'hachyderm.io',
  'infosec.exchange',
  'techhub.social',
  'mastodon.art',
  'mstdn.jp',
  'pawoo.net',
  'universeodon.com',
  'ioc.exchange',
  'social.vivaldi.net',
  'toot.community',
  'chaos.social',
  'mastodon.green',
  'masto.ai',
  'mstdn.ca',
  'aus.social',
  'mastodon.nz',
  'mastodon.scot',
  'mastodon.ie',
  'mastodon.nl',
  'mastodon.uno',
  'piaille.fr',
  'mamot.fr',
  'troet.cafe',
  'det.social',
  'misskey.io',
];

/** Sites that use /@name for accounts of their own, not fediverse servers: a link there stays a site. */
const NOT_FEDIVERSE = new Set([
  'medium.com',
  'substack.com',
  'replit.com',
  'producthunt.com',
  'figma.com',
  'glitch.com',
  'hashnode.com',
  'vimeo.com',
  'soundcloud.com',
]);

/** The web app's own views of a profile: /web/@name (older versions), /deck/@name (advanced view). */
const APP_VIEWS = new Set(['web', 'deck']);

function profileAt(raw: string | undefined, server: string, onlyWhenListed: boolean): Reading | undefined {
  if (raw === undefined) return undefined;
  // /@name on his server; /@name@his.server on any other.
  const handle = canonicalMastodonHandle(raw.includes('@') ? raw : `${raw}@${server}`);
  if (handle === undefined) return undefined;
  return onlyWhenListed ? { kind: 'profile', handle, onlyWhenListed } : { kind: 'profile', handle };
}

/** A profile path on `server`, or `undefined`. */
function readProfilePath(segments: readonly string[], server: string, known: boolean): Reading | undefined {
  let i = 0;
  if (APP_VIEWS.has(word(segments, 0) ?? '')) i = 1;
  const first = segments[i];
  if (first?.startsWith('@')) return profileAt(first.slice(1), server, false);
  if (word(segments, i) === 'users') return profileAt(segments[i + 1], server, !known);
  return undefined;
}

function readMastodon({ domain, segments }: UrlView): Reading {
  if (segments.length === 0) return HOME;
  return readProfilePath(segments, domain, true) ?? PAGE;
}

function readAnyServer({ domain, segments }: UrlView): Reading | undefined {
  if (NOT_FEDIVERSE.has(domain)) return undefined;
  return readProfilePath(segments, domain, false);
}

export const mastodon: PlatformRules = {
  platform: 'mastodon',
  name: 'Mastodon',
  domains: KNOWN_SERVERS,
  readAnyHost: readAnyServer,
  words: ['mastodon', 'fediverse', 'fedi'],
  access: 'optional',
  hostPatterns: (handle) => [`*://${serverOf(handle)}/*`, `*://www.${serverOf(handle)}/*`],
  changesPagesInPlace: true,
  canonicalHandle: canonicalMastodonHandle,
  read: readMastodon,
  profileUrl: (handle) => `https://${serverOf(handle)}/@${nameOf(handle)}`,
  display: (handle) => `@${handle}`,
  alsoCovers: () => ({ hosts: [], features: ['subpages', 'other-servers'] }),
};

export const mastodonDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: '',
    prefixFor: (handle) =>
      `^https?://(?:www\\.)?${escapeRegex(serverOf(handle))}\\.?/+(?:(?:web|deck)/+)?(?:@|users/+)`,
    suffix: AFTER_HANDLE,
    alternative: (handle) => handleInUrl(nameOf(handle)),
  },
  // Other servers show him at /@name@his.server. No one gives an extension access to every server,
  // so this is a block rule (which needs none) and the navigation layer shows her plan (README).
  {
    tier: 'stretch',
    prefix: '^https?://[^/]*/+(?:(?:web|deck)/+)?@',
    suffix: AFTER_HANDLE,
    alternative: handleInUrl,
    access: () => ['<all_urls>'],
  },
  // His server through Google Translate's proxy.
  {
    tier: 'stretch',
    prefix: '',
    prefixFor: (handle) =>
      `${translatedSubdomainOf(escapeRegex(serverOf(handle).replace(/-/g, '--').replace(/\./g, '-')))}(?:(?:web|deck)/+)?(?:@|users/+)`,
    suffix: AFTER_HANDLE,
    alternative: (handle) => handleInUrl(nameOf(handle)),
    access: () => TRANSLATE_PROXY_PATTERNS,
  },
];
