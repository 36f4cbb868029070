/**
 * Her list as the in-page script reads it: only the needles of `core/candidates.ts` (words, never names, links
 * or anything else of hers), under one key of `storage.local`, written by the background whenever her list
 * changes. The in-page script runs inside the platforms' pages at document start, so it reads this one small
 * value with the browser's own storage call (no storage layer, no polyfill) and checks it itself: a bad value
 * reads as "unknown", which makes the script ask the background about every page that needs a decision.
 *
 * A cache, not a record: rebuilt from `people` on every change and every start, never exported or synced.
 */
export const IN_PAGE_LIST_KEY = 'inPageList';
/** The same value's key when it comes inside the guard's registration (core/inline-data.ts). */
export const IN_PAGE_LIST_DATA = 'in-page-list';
const VERSION = 1;
const MAX_NEEDLES = 100_000;

/** The slice of `storage.local` this needs, so the content script can pass the browser's own object. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The needles in a stored value, or `undefined` when it is missing or not what the background writes. */
export function parseInPageList(value: unknown): string[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, needles } = value as { version?: unknown; needles?: unknown };
  if (version !== VERSION || !Array.isArray(needles) || needles.length > MAX_NEEDLES) return undefined;
  return needles.every((n) => typeof n === 'string' && n !== '') ? (needles as string[]) : undefined;
}

export async function readInPageList(area: Pick<StorageAreaLike, 'get'>): Promise<string[] | undefined> {
  return parseInPageList((await area.get(IN_PAGE_LIST_KEY))[IN_PAGE_LIST_KEY]);
}

/** The value stored (and handed to pages inline) for `needles`. */
export function inPageListValue(needles: readonly string[]): { version: number; needles: string[] } {
  return { version: VERSION, needles: [...needles] };
}

/** Stores `needles` unless they are stored already (every open platform tab hears each write). */
export async function writeInPageList(area: StorageAreaLike, needles: readonly string[]): Promise<void> {
  const stored = await readInPageList(area).catch(() => undefined);
  if (stored && stored.length === needles.length && stored.every((n, i) => n === needles[i])) return;
  await area.set({ [IN_PAGE_LIST_KEY]: inPageListValue(needles) });
}
