import { PLATFORM_RULES } from './platforms';
import type { FeedItem, FeedItemKind } from './platforms/types';
import type { Platform } from './target';

/**
 * The containers that hold one item on any site, when a platform's own markup (its file's `feed`) names none
 * around a link: the nearest article, and the nearest list entry. The fallback, kept narrow: a whole
 * feed or page is never one of these.
 */
export const GENERIC_FEED_ITEMS: readonly FeedItem[] = [
  { selector: 'article, [role="article"]', kind: 'post' },
  { selector: 'li', kind: 'card' },
];

/** The platforms whose feeds are folded: those with feed markup in their file. */
export const FEED_PLATFORMS: readonly Platform[] = (Object.keys(PLATFORM_RULES) as Platform[]).filter(
  (p) => (PLATFORM_RULES[p].feed?.length ?? 0) > 0,
);

/** Whether a folded item of this kind leaves the quiet line in its place. */
export const leavesLine = (kind: FeedItemKind): boolean => kind === 'post' || kind === 'comment';
