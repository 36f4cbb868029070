import type { Platform } from '../target';

/** Why a link on a platform names no profile although it was meant to. */
export type InvalidReason =
  /** The link stops before the id: strava.com/athletes/. */
  | 'missing-id'
  /** The id is not one the platform gives out: a `did:plc:` with the wrong length. */
  | 'invalid-id';

/** What a URL on a platform's host shows. */
export type Reading =
  /**
   * A profile or one of its sub-pages; `handle` is canonical. `chat`: the URL opens a conversation with
   * that profile (a Messenger thread, a chat link), so heading there is heading to write to him.
   * `onlyWhenListed`: a form that shows a profile already on her list but is too generic to make one from
   * (`/users/name` on a server no one names as a fediverse server): a pasted link of this kind becomes a
   * site target.
   */
  | { kind: 'profile'; handle: string; chat?: true; onlyWhenListed?: true }
  /**
   * A way to write to someone named by number or address: a chat link (`wa.me/<number>`), a compose window
   * (`mail.google.com/mail/?view=cm&to=<address>`). `phones` in E.164, `emails` lower-case; either may be empty.
   */
  | { kind: 'channel'; phones: readonly string[]; emails: readonly string[] }
  /** A single post, reel or video whose link does not name the profile. */
  | { kind: 'post' }
  /** One of the platform's own pages: explore, settings, search… */
  | { kind: 'page' }
  /** The platform's front page. */
  | { kind: 'home' }
  /** A profile link that is broken: no id, or an id the platform never gives out. */
  | { kind: 'invalid'; reason: InvalidReason }
  /** Nothing this engine knows; a pasted link of this kind becomes a site target. */
  | { kind: 'other' };

/** A URL already taken apart once, handed to every platform reader. */
export interface UrlView {
  url: URL;
  /** Lower-case host without trailing dot. */
  host: string;
  /** The entry of `PlatformRules.domains` or `mirrorHosts` the host belongs to (the host itself on any-host readers). */
  domain: string;
  /** Percent-decoded, non-empty path segments, case as typed. */
  segments: readonly string[];
}

/**
 * A chat or mail app that is not a platform of profiles: its links name a person by phone number or email
 * address (WhatsApp, Signal, Gmail, Outlook, …). Read into `channel` readings, never into profiles.
 */
export interface ChannelRules {
  /** Brand name as the app writes it. */
  name: string;
  /** Registrable domains or exact hosts; their subdomains belong to the app too. */
  domains: readonly string[];
  /** Who the URL is addressed to: a `channel` reading, or `other` when it names nobody. */
  read(view: UrlView): Reading;
}

/**
 * Conversations inside an app whose address does not name the person (`/direct/t/<thread id>`, WhatsApp Web's one
 * page), as data read by small generic code (src/content/conversation-header.ts): where they are, and where their
 * header is. Only the header is ever read: its links (to the person's profile) and the text of `name` inside it
 * (the person's name or number). When the selectors find nothing, nothing is covered.
 */
export interface ConversationMarkup {
  /** The app's hosts, each with its subdomains. */
  domains: readonly string[];
  /** A conversation's path. Absent: conversations open in place and the address never changes (WhatsApp Web). */
  route?: RegExp;
  /** The header of the conversation on screen (a CSS selector; a list tries each). */
  header: string;
  /** Inside the header: the elements whose text is the person's name or number. */
  name: string;
}

/** Things a target covers besides the address that was pasted, as codes the UI translates. */
export type CoverageFeature =
  | 'subpages'
  | 'stories'
  | 'intents'
  | 'messenger'
  | 'archives'
  | 'viewers'
  /** Front-ends and embed fixers that show the profile under their own address (nitter, fxtwitter…). */
  | 'mirrors'
  /** The platform's sites for other countries and languages (pinterest.fr, open.spotify.com/intl-fr/…). */
  | 'countries'
  /** Older link forms the platform still answers (venmo.com/<name>). */
  | 'old-links'
  /** The same fediverse account seen from other servers (other.server/@name@his.server). */
  | 'other-servers'
  /** A web preview of a channel or profile (t.me/s/<name>). */
  | 'preview'
  /** A phone number: WhatsApp, Telegram and Signal chat links to it. */
  | 'chat-links'
  /** An email address: compose windows of the webmail apps addressed to it. */
  | 'compose-links';

/**
 * One family of URLs as a declarativeNetRequest regex: `prefix(?:h1|h2|…)suffix`.
 * Handles of one platform are merged into the alternation, as many as RE2's memory cap allows.
 */
export interface DnrShape {
  /** `stretch` shapes (viewer sites, mirrors, rarer spellings) are emitted only while the rule budget lasts. */
  tier: 'core' | 'stretch';
  prefix: string;
  suffix: string;
  /**
   * A prefix of the handle's own (a fediverse account's server): handles are merged only with others of
   * the same prefix. Returns `undefined` when this shape does not apply to the handle.
   */
  prefixFor?(handle: string): string | undefined;
  /** The handle as a regex alternative, or `undefined` when this shape does not apply to it. */
  alternative(handle: string): string | undefined;
  /** A shorter alternative that covers the usual spelling, for handles whose full one is too big alone. */
  compactAlternative?(handle: string): string | undefined;
  /**
   * Match patterns of the hosts this shape's URLs live on, when they are not the platform's own (a
   * mirror or a proxy). A redirect needs host access to them; without it the rule becomes a block rule.
   */
  access?(handle: string): readonly string[];
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

/**
 * What an item in a feed is, for folding: posts and comments leave a quiet line where they were (a gap in a
 * thread would confuse); stories, cards and list entries simply go.
 */
export type FeedItemKind = 'post' | 'comment' | 'story' | 'card';

/**
 * One kind of container a platform's pages show content in: a post, a story in the tray, a comment, a
 * "suggested for you" card. `selector` is a CSS selector matched against a link's ancestors (Element.closest),
 * so it names the container itself, never what it contains (no `:has()`): it then holds while the site
 * builds the item, before any of it paints.
 */
export interface FeedItem {
  selector: string;
  kind: FeedItemKind;
}

/**
 * How the extension may reach a platform's pages. `install`: the first ten, whose hosts are part of the
 * manifest's host access. `optional`: asked for with the browser's prompt when she adds a profile there,
 * so the install-time warning does not grow for platforms she does not use.
 */
export type HostAccess = 'install' | 'optional';

export interface PlatformRules {
  platform: Platform;
  /** Brand name as the platform writes it. */
  name: string;
  /** Registrable domains; their subdomains (www., m., mobile., uk., old.…) belong to the platform too. */
  domains: readonly string[];
  /**
   * A host rule for platforms with too many domains to list for recognition (every country's
   * pinterest.*): the registrable domain the host belongs to, or `undefined`.
   */
  domainOf?(host: string): string | undefined;
  /** Third-party sites that show this platform's profiles under their own URLs. */
  mirrorHosts?: readonly string[];
  /**
   * A reader for hosts no platform claims, for platforms that live on any server (the fediverse).
   * Returns `undefined` for URLs it does not recognise.
   */
  readAnyHost?(view: UrlView): Reading | undefined;
  /** Words people type after a handle ("@sam on insta"), lower-case, besides the domains. */
  words?: readonly string[];
  access: HostAccess;
  /**
   * Match patterns to ask for when she adds `handle` (optional platforms only). Default: every domain
   * and its subdomains; a fediverse account needs only his server.
   */
  hostPatterns?(handle: string): string[];
  /**
   * The site is an app that changes pages in place (history.pushState): the in-page guard runs there
   * once she has given access (install platforms declare it in the manifest instead).
   */
  changesPagesInPlace?: boolean;
  /** Validates a handle as typed and returns its canonical form. */
  canonicalHandle(raw: string): string | undefined;
  read(view: UrlView): Reading;
  /** The platform's own app links (`spotify:user:<id>`, `tg://resolve?domain=<name>`, a bare `did:`), or `undefined`. */
  readUri?(text: string): Reading | undefined;
  /** The address a person would open to see the profile. */
  profileUrl(handle: string): string;
  /** `@sam.rivers_`, `u/name`, `id 100…`. */
  display(handle: string): string;
  alsoCovers(handle: string): { hosts: string[]; features: CoverageFeature[] };
  /** Its own search pages, where a search for his name is a search for him. */
  search?: readonly SearchForm[];
  /**
   * Its feed markup: the containers of posts, stories, comments and cards. An item with a link to one of his
   * profiles is folded away in her feeds (content/feed-fold.ts); without markup here, only the generic
   * containers (core/feed-items.ts) are.
   */
  feed?: readonly FeedItem[];
}
