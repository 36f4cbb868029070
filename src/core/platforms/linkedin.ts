import { HOME, OTHER, PAGE, POST, profileReading, word } from './reading';
import {
  AFTER_HANDLE,
  anySubdomainOf,
  handleInUrl,
  segmentsInUrl,
  translatedSubdomainOf,
} from './regex-text';
import { viaTranslate } from './shapes';
import type { ConversationMarkup, DnrShape, PlatformRules, Reading, UrlView } from './types';

const SLUG = /^[\p{L}\p{N}\p{M}_-]{1,100}$/u;
/** An old public profile link: /pub/<name>/<3 short hex parts>, e.g. /pub/sam-rivers/1a/2b3/4c5. */
const PUB = /^pub\/([\p{L}\p{N}\p{M}_-]{1,100})\/([0-9a-f]{1,3})\/([0-9a-f]{1,3})\/([0-9a-f]{1,3})$/u;

/**
 * LinkedIn profile slugs: letters (any script), digits and `-`, case-insensitive. An old `/pub/`
 * link is its own address (`pub/sam-rivers/1a/2b3/4c5`): LinkedIn sends it on to an /in/ page whose
 * slug cannot be worked out from it.
 */
function canonicalLinkedInHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase();
  if (handle.startsWith('pub/')) return PUB.test(handle) ? handle : undefined;
  return SLUG.test(handle) ? handle : undefined;
}

/** Company and school pages are not people; a pasted link to one becomes a site target. */
const NOT_PEOPLE = new Set(['company', 'school', 'showcase']);

function readLinkedIn({ segments }: UrlView): Reading {
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  if (first === 'in') return profileReading(segments[1], canonicalLinkedInHandle);
  if (first === 'pub') {
    // /pub/dir/<first>/<last> is the people directory, not a person.
    const handle = canonicalLinkedInHandle(['pub', ...segments.slice(1, 5)].join('/'));
    return handle === undefined ? PAGE : { kind: 'profile', handle };
  }
  if (first === 'posts' || first === 'pulse') return POST;
  return NOT_PEOPLE.has(first) ? OTHER : PAGE;
}

const isPub = (handle: string) => handle.startsWith('pub/');

/**
 * Messaging: a thread is addressed by its id (`/messaging/thread/<id>/`); its title bar links to his profile
 * (`/in/<name>/`) and shows his name.
 */
export const linkedinConversations: readonly ConversationMarkup[] = [
  {
    domains: ['linkedin.com'],
    route: /^\/messaging\/thread\/[^/]+\/?$/,
    header: '.msg-title-bar, .msg-thread__topcard',
    name: '.msg-entity-lockup__entity-title, h2',
  },
];

export const linkedin: PlatformRules = {
  platform: 'linkedin',
  name: 'LinkedIn',
  // Country sites (uk., de., …) are subdomains, so they belong to the platform as well.
  domains: ['linkedin.com'],
  words: ['linkedin'],
  access: 'install',
  canonicalHandle: canonicalLinkedInHandle,
  read: readLinkedIn,
  profileUrl: (handle) =>
    isPub(handle)
      ? `https://www.linkedin.com/${handle}`
      : `https://www.linkedin.com/in/${encodeURIComponent(handle)}/`,
  display: (handle) => (isPub(handle) ? handle : `in/${handle}`),
  // /search/results/all/?keywords=…, /search/results/people/?keywords=… (and jobs' /jobs/search/?keywords=…).
  search: [{ path: 'any', params: ['keywords'] }],
  // Feed markup (linkedin.com): updates carry an activity urn, comments are comment items, "People you may know"
  // are discover cards.
  feed: [
    { selector: '[data-urn^="urn:li:activity"], .feed-shared-update-v2', kind: 'post' },
    { selector: 'article.comments-comment-item, article.comments-comment-entity', kind: 'comment' },
    { selector: 'li.discover-entity-type-card, .discover-entity-card', kind: 'card' },
  ],
  alsoCovers: () => ({ hosts: ['*.linkedin.com'], features: ['subpages'] }),
};

const slugInUrl = (handle: string) => (isPub(handle) ? undefined : handleInUrl(handle));
const pubInUrl = (handle: string) => (isPub(handle) ? segmentsInUrl(handle) : undefined);

export const linkedinDnr = (): readonly DnrShape[] => [
  {
    tier: 'core',
    prefix: `${anySubdomainOf('linkedin\\.com')}in/+`,
    suffix: AFTER_HANDLE,
    alternative: slugInUrl,
  },
  { tier: 'core', prefix: anySubdomainOf('linkedin\\.com'), suffix: AFTER_HANDLE, alternative: pubInUrl },
  viaTranslate(`${translatedSubdomainOf('linkedin-com')}in/+`, slugInUrl),
];
