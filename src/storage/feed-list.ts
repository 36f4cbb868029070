import { listNeedles } from '@/src/core/candidates';
import { PLATFORMS, type Platform, type ProfileTarget } from '@/src/core/target';
import type { StorageAreaLike } from './in-page-list';
import type { Person, Settings } from './schemas';

/**
 * The profiles whose posts are folded away in her feeds, as the feed folder (entrypoints/feed-folder.ts) reads
 * them: platform and handle of each profile of the people she hides from her feeds, under one key of
 * `storage.local`, written by the background whenever her list or her settings change. Like the in-page list it
 * is a cache (rebuilt from `people` and `settings`), read with the browser's own storage call, and checked by
 * the script itself: a bad value reads as an empty list, and nothing is folded (fail open).
 */
export const FEED_LIST_KEY = 'feedList';
/**
 * The same list's key when it comes inside the feed folder's registration (Firefox, core/inline-data.ts), with
 * the quiet line's words in her language, so the page needs neither a read nor an extension call to start.
 */
export const FEED_LIST_DATA = 'feed-list';
/** 2: each profile carries its needle. */
const VERSION = 2;
const MAX_PROFILES = 10_000;

export interface FeedProfile extends Pick<ProfileTarget, 'platform' | 'handle'> {
  /**
   * The handle as her link wrote it, when that differs from the canonical one by dots only (Facebook ignores
   * them: `kai.morgan.77` is `kaimorgan77`), as the site's own links write it: what the feed folder's selector
   * looks for besides the handle (content/link-test.ts).
   */
  spellings?: string[];
  /**
   * The word any URL showing this profile contains (core/candidates.ts), worked out here rather than in every page
   * the feed folder starts in.
   */
  needle: string;
}

const MAX_SPELLINGS = 3;

/** Words of what she pasted that are the handle written with dots. */
function spellingsOf(handle: string, input: string): string[] {
  const plain = handle.replace(/\./g, '');
  const words = input.toLowerCase().split(/[^\p{L}\p{N}._-]+/u);
  const found = words.filter((w) => w !== handle && w.includes('.') && w.replace(/\./g, '') === plain);
  return [...new Set(found)].slice(0, MAX_SPELLINGS);
}

/** One profile as the feed folder gets it: platform, handle, the spellings of her link, and its needle. */
export function feedProfileOf(
  platform: Platform,
  handle: string,
  spellings: readonly string[] = [],
): FeedProfile {
  return {
    platform,
    handle,
    ...(spellings.length > 0 ? { spellings: [...spellings] } : {}),
    needle: listNeedles([{ kind: 'profile', platform, handle }])[0] as string,
  };
}

/** Her profiles to fold away: the active profiles of the people with "Hide from my feeds", while folding is on. */
export function feedProfiles(
  people: readonly Person[],
  settings: Pick<Settings, 'foldFeeds'>,
): FeedProfile[] {
  if (!settings.foldFeeds) return [];
  const seen = new Set<string>();
  const out: FeedProfile[] = [];
  for (const person of people) {
    if (person.paused || !person.hideFromFeeds) continue;
    for (const { target, paused, input } of person.profiles) {
      if (paused || target.kind !== 'profile') continue;
      const key = `${target.platform}:${target.handle}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(feedProfileOf(target.platform, target.handle, spellingsOf(target.handle, input)));
    }
  }
  return out.sort((a, b) => (a.platform + a.handle < b.platform + b.handle ? -1 : 1));
}

const KNOWN = new Set<string>(PLATFORMS);

/** The profiles in a stored value, or `[]` when it is missing or not what the background writes. */
export function parseFeedList(value: unknown): FeedProfile[] {
  if (typeof value !== 'object' || value === null) return [];
  const { version, profiles } = value as { version?: unknown; profiles?: unknown };
  if (version !== VERSION || !Array.isArray(profiles) || profiles.length > MAX_PROFILES) return [];
  const out: FeedProfile[] = [];
  for (const entry of profiles) {
    const { platform, handle, spellings, needle } = (entry ?? {}) as Record<string, unknown>;
    if (typeof platform !== 'string' || !KNOWN.has(platform) || typeof handle !== 'string' || handle === '')
      return [];
    if (typeof needle !== 'string' || needle === '') return [];
    const words = Array.isArray(spellings)
      ? spellings.filter((w): w is string => typeof w === 'string' && w !== '').slice(0, MAX_SPELLINGS)
      : [];
    out.push({
      platform: platform as Platform,
      handle,
      ...(words.length > 0 ? { spellings: words } : {}),
      needle,
    });
  }
  return out;
}

/** What a page gets inside the registration: her list as stored, and the quiet line in her language. */
export function feedListData(profiles: readonly FeedProfile[], line: string): unknown {
  return { ...feedListValue(profiles), line };
}

/** The profiles and the quiet line of a value that came inside the registration; a bad one folds nothing. */
export function parseFeedListData(value: unknown): { profiles: FeedProfile[]; line?: string } {
  const line = (value as { line?: unknown } | null | undefined)?.line;
  return {
    profiles: parseFeedList(value),
    ...(typeof line === 'string' && line !== '' ? { line } : {}),
  };
}

const feedListValue = (profiles: readonly FeedProfile[]) => ({
  version: VERSION,
  profiles: profiles.map((p) => ({ ...p })),
});

export async function readFeedList(area: Pick<StorageAreaLike, 'get'>): Promise<FeedProfile[]> {
  return parseFeedList((await area.get(FEED_LIST_KEY))[FEED_LIST_KEY]);
}

/** Stores `profiles` unless they are stored already (every open platform tab hears each write). */
export async function writeFeedList(area: StorageAreaLike, profiles: readonly FeedProfile[]): Promise<void> {
  const stored = await readFeedList(area).catch(() => []);
  if (JSON.stringify(stored) === JSON.stringify(profiles)) return;
  await area.set({ [FEED_LIST_KEY]: feedListValue(profiles) });
}
