import type { Platform } from '../target';

/** What a URL on a platform's host shows. */
export type Reading =
  /**
   * A profile or one of its sub-pages; `handle` is canonical. `chat`: the URL opens a conversation with
   * that profile (a Messenger thread, a chat link), so heading there is heading to write to him.
   */
  | { kind: 'profile'; handle: string; chat?: true }
  /** A single post, reel or video whose link does not name the profile. */
  | { kind: 'post' }
  /** One of the platform's own pages: explore, settings, search… */
  | { kind: 'page' }
  /** The platform's front page. */
  | { kind: 'home' }
  /** Nothing this engine knows; a pasted link of this kind becomes a site target. */
  | { kind: 'other' };

/** A URL already taken apart once, handed to every platform reader. */
export interface UrlView {
  url: URL;
  /** Lower-case host without trailing dot. */
  host: string;
  /** The entry of `PlatformRules.domains` or `mirrorHosts` the host belongs to. */
  domain: string;
  /** Percent-decoded, non-empty path segments, case as typed. */
  segments: readonly string[];
}

/** Things a target covers besides the address that was pasted, as codes the UI translates. */
export type CoverageFeature = 'subpages' | 'stories' | 'intents' | 'messenger' | 'archives' | 'viewers';

/**
 * One family of URLs as a declarativeNetRequest regex: `prefix(?:h1|h2|…)suffix`.
 * Handles of one platform are merged into the alternation, as many as RE2's memory cap allows.
 */
export interface DnrShape {
  /** `stretch` shapes (viewer sites, rarer spellings) are emitted only while the rule budget lasts. */
  tier: 'core' | 'stretch';
  prefix: string;
  suffix: string;
  /** The handle as a regex alternative, or `undefined` when this shape does not apply to it. */
  alternative(handle: string): string | undefined;
  /** A shorter alternative that covers the usual spelling, for handles whose full one is too big alone. */
  compactAlternative?(handle: string): string | undefined;
}

/**
 * Where a site's own search puts what she typed: the results pages (`path`) and the query parameters. A few
 * shapes only, so that each has one declarativeNetRequest form (search/name-rules.ts):
 * - `search`: a path with a `/search` segment in it (`/search`, `/search/top/`, `/explore/search/keyword/`);
 * - `any`: any path (the parameter alone says it is a search).
 */
export interface SearchForm {
  path: 'search' | 'any';
  params: readonly string[];
}

export interface PlatformRules {
  platform: Platform;
  /** Brand name as the platform writes it. */
  name: string;
  /** Registrable domains; their subdomains (www., m., mobile., uk., old.…) belong to the platform too. */
  domains: readonly string[];
  /** Third-party sites that show this platform's profiles under their own URLs. */
  mirrorHosts?: readonly string[];
  /** Validates a handle as typed and returns its canonical form. */
  canonicalHandle(raw: string): string | undefined;
  read(view: UrlView): Reading;
  /** The address a person would open to see the profile. */
  profileUrl(handle: string): string;
  /** `@sam.rivers_`, `u/name`, `id 100…`. */
  display(handle: string): string;
  alsoCovers(handle: string): { hosts: string[]; features: CoverageFeature[] };
  /** Its own search pages, where a search for his name is a search for him. */
  search?: readonly SearchForm[];
}
