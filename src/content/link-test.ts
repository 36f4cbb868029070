import { ANY_URL } from '@/src/core/candidates';
import { createMatcher, type Matcher } from '@/src/core/match';
import type { FeedProfile } from '@/src/storage/feed-list';
import type { LinkTest } from './feed-fold';

/** Escapes are undone this many times at most, as the matcher does for wrapped links. */
const MAX_DECODES = 3;

function decoded(raw: string): string {
  let text = raw;
  for (let i = 0; i < MAX_DECODES && text.includes('%'); i++) {
    try {
      text = decodeURIComponent(text);
    } catch {
      break;
    }
  }
  return text;
}

/**
 * The test a link must pass to be his: the matcher (the same one that guards his profiles) on the link's URL, for
 * the few links that hold one of his handles' words at all. The first check looks for a needle (core/candidates.ts)
 * in the link as written, decoded, without case and dots, as the needles are made: a superset of the matcher's
 * words, so it never lets one of his links past, and it spares the matcher the page's other links.
 */
export function linkTest(profiles: readonly FeedProfile[]): LinkTest {
  const targets = profiles.map((p) => ({ kind: 'profile' as const, platform: p.platform, handle: p.handle }));
  // Built for the first link that may be his: most pages have none.
  let matcher: Matcher | undefined;
  const needles = [...new Set(profiles.map((p) => p.needle))];
  const words = candidateWords(profiles);
  const selector = candidateLinks(words);
  return {
    selector,
    xpath: candidateLinksXPath(words),
    selectsNeedles: selector !== ANY_LINK,
    mayBe: needleTest(needles),
    is: (url) => {
      matcher ??= createMatcher(targets);
      return matcher.match(url) !== undefined;
    },
  };
}

/** Every link: the selector when CSS cannot pick his. */
const ANY_LINK = 'a[href]';
/** Characters CSS and XPath compare without case here: ASCII letters only (and none that ends a string). */
const ASCII_WORD = /^[a-z0-9._@~-]+$/;

/**
 * The words that pick the links that may be his, so the browser's own engine passes over the rest of a page's
 * links: each profile's needle (one label of its handle, written the same in any URL of his), and for Facebook,
 * whose links may dot a handle (`kai.morgan.77` is `kaimorgan77`), the spellings of her link and the handle
 * itself; links with an escape in them are all candidates. `any` when a word could not be compared without case
 * (letters beyond ASCII): then every link is a candidate.
 */
function candidateWords(profiles: readonly FeedProfile[]): string[] | 'any' {
  const words = new Set<string>();
  for (const p of profiles) {
    const spelled = p.platform === 'facebook' ? [p.handle, ...(p.spellings ?? [])] : [p.needle];
    for (const word of spelled) words.add(word.toLowerCase());
  }
  return [...words].some((w) => w === ANY_URL || !ASCII_WORD.test(w)) ? 'any' : [...words];
}

/** The candidate links as a CSS selector. */
function candidateLinks(words: readonly string[] | 'any'): string {
  if (words === 'any') return ANY_LINK;
  if (words.length === 0) return 'a[href="#none of them"]';
  return [...words.map((w) => `a[href*="${w}" i]`), 'a[href*="%"]'].join(', ');
}

/**
 * The same links as an XPath predicate on a link, for the one query that reaches a run of inserted siblings
 * (content/feed-fold.ts). XPath 1.0 has no comparison without case: the address is lower-cased with
 * `translate()`, over the letters the words hold.
 */
function candidateLinksXPath(words: readonly string[] | 'any'): string {
  if (words === 'any') return '@href';
  if (words.length === 0) return 'false()';
  const letters = [...new Set(words.join('').replace(/[^a-z]/g, ''))].join('');
  const lower = `translate(@href, '${letters.toUpperCase()}', '${letters}')`;
  return [...words.map((w) => `contains(${lower}, '${w}')`), "contains(@href, '%')"].join(' or ');
}

/**
 * One regular expression for all needles, each letter allowed to be followed by dots (`kai.morgan` holds the
 * needle `kaimorgan`), without case: no string is built for the page's many links that hold none. A link with an
 * escape in it is decoded first, as the matcher would.
 */
function needleTest(needles: readonly string[]): (raw: string) => boolean {
  if (needles.length === 0) return () => false;
  if (needles.includes(ANY_URL)) return () => true;
  const dotted = (needle: string) =>
    [...needle].map((c) => (c === 'σ' ? '[σς]' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))).join('\\.*');
  const re = new RegExp(needles.map(dotted).join('|'), 'iu');
  return (raw) => re.test(raw) || (raw.includes('%') && re.test(decoded(raw)));
}
