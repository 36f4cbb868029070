import type { Moment } from './events';
import { hostOf, parseHttpUrl } from './normalize';
import type { Reading } from './platforms';
import { recognizeChannelUrl, recognizeUrl, rulesOf } from './recognize';
import { NameIndex } from './search/name-index';
import { engineOfHost, searchTexts } from './search/search-query';
import { SiteIndex } from './site-index';
import type { EmailTarget, PhoneTarget, ProfileTarget, Target } from './target';
import { unwrapEmbeddedUrl } from './unwrap';

export type { ParseErrorCode } from './parse-errors';
export { type ParseOptions, type ParseResult, parseTarget } from './parse-target';

/** A URL that is on her list: the target that caught it, and what she was heading for. */
export interface Hit {
  target: Target;
  moment: Moment;
}

export interface Matcher {
  /** The target that `url` shows, or `undefined`. Never throws, whatever the string. */
  match(url: string): Target | undefined;
  /** Like `match`, with what the URL would have opened: his profile, a search for him, a chat with him. */
  hit(url: string): Hit | undefined;
  /** The name target a search text (what she typed into a search box) is for, if any. */
  searchFor(text: string): Target | undefined;
  /** A search sent as a form (`POST`): the URL it goes to and the form's fields. */
  hitPosted(url: string, form: Readonly<Record<string, readonly string[]>>): Hit | undefined;
}

/** Archive of an archive of a profile is still the profile; deeper nesting is not worth following. */
const MAX_UNWRAP = 2;

/**
 * Indexes targets once so that `match()` costs one URL parse and a few hash lookups, however many
 * targets there are: profiles by `platform:handle`, sites by host then path prefix, numbers and addresses
 * as they are stored (E.164, lower case), names by first word (for the query of a search page).
 */
export function createMatcher(targets: readonly Target[]): Matcher {
  const profiles = new Map<string, ProfileTarget>();
  const phones = new Map<string, PhoneTarget>();
  const emails = new Map<string, EmailTarget>();
  const sites = new SiteIndex();
  const names = new NameIndex();
  for (const target of targets) {
    if (target.kind === 'profile') profiles.set(profileKey(target), target);
    else if (target.kind === 'site') sites.add(target);
    else if (target.kind === 'phone') phones.set(target.number, target);
    else if (target.kind === 'email') emails.set(target.address.toLowerCase(), target);
    else names.add(target);
  }
  const readsChannels = phones.size > 0 || emails.size > 0;

  /** The first number or address on her list that a chat or compose link is addressed to. */
  function channelHit(reading: Extract<Reading, { kind: 'channel' }>): Hit | undefined {
    for (const phone of reading.phones) {
      const target = phones.get(phone);
      if (target) return { target, moment: 'contact' };
    }
    for (const email of reading.emails) {
      const target = emails.get(email);
      if (target) return { target, moment: 'contact' };
    }
    return undefined;
  }

  function matchUrl(url: URL, depth: number): Hit | undefined {
    if (profiles.size > 0 || readsChannels) {
      // Whom a chat or mail app's link is addressed to (Gmail's compose window is on a Google host, no search).
      const channel = readsChannels ? recognizeChannelUrl(url)?.reading : undefined;
      // A search engine's page is no platform's: its query is all there is to read (sites and links below).
      const engine = !channel && names.size > 0 ? engineOfHost(hostOf(url)) : undefined;
      const recognized = channel || engine ? undefined : recognizeUrl(url);
      const reading = channel ?? recognized?.reading;
      if (recognized && reading?.kind === 'profile') {
        const target = profiles.get(lookupKey(recognized.platform, reading.handle));
        if (target) return { target, moment: reading.chat ? 'contact' : 'profile' };
      } else if (reading?.kind === 'channel') {
        const found = channelHit(reading);
        if (found) return found;
      }
    }
    const site = sites.size > 0 ? sites.match(url) : undefined;
    if (site) return { target: site, moment: 'profile' };
    if (names.size > 0) {
      for (const text of searchTexts(url)) {
        const name = names.find(text);
        if (name) return { target: name, moment: 'search' };
      }
    }
    const inner = depth < MAX_UNWRAP ? unwrapEmbeddedUrl(url) : undefined;
    return inner ? matchUrl(inner, depth + 1) : undefined;
  }

  const hit = (raw: string) => {
    const url = parseHttpUrl(raw);
    return url ? matchUrl(url, 0) : undefined;
  };
  const hitPosted = (raw: string, form: Readonly<Record<string, readonly string[]>>): Hit | undefined => {
    const url = names.size > 0 ? parseHttpUrl(raw) : undefined;
    if (!url) return undefined;
    for (const text of searchTexts(url, form)) {
      const name = names.find(text);
      if (name) return { target: name, moment: 'search' };
    }
    return undefined;
  };
  return { hit, hitPosted, match: (raw) => hit(raw)?.target, searchFor: (text) => names.find(text) };
}

/** Stored targets are canonical already; re-canonicalising keeps an older or hand-edited list working. */
function profileKey(target: ProfileTarget): string {
  return lookupKey(target.platform, rulesOf(target.platform).canonicalHandle(target.handle) ?? target.handle);
}

/**
 * Handles are compared without case, as the redirect rules compare them (`isUrlFilterCaseSensitive:
 * false`): the only handles that keep their case, YouTube channel ids, then read the same in both layers.
 */
function lookupKey(platform: string, handle: string): string {
  return `${platform}:${handle.toLowerCase()}`;
}
