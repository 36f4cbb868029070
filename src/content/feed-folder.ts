import { GENERIC_FEED_ITEMS, leavesLine } from '@/src/core/feed-items';
import { inlineData, onInlineData } from '@/src/core/inline-data';
import { platformOfHost } from '@/src/core/platforms';
import type { FeedItem } from '@/src/core/platforms/types';
import {
  FEED_LIST_DATA,
  FEED_LIST_KEY,
  type FeedProfile,
  parseFeedList,
  parseFeedListData,
  readFeedList,
} from '@/src/storage/feed-list';
import type { ContentApi } from './extension-api';
import { type FeedFolder, type FoldItem, type FoldOptions, startFeedFolding } from './feed-fold';
import { linkTest } from './link-test';

/** The extension calls the feed folder makes: the in-page script's, and the quiet line in her language. */
export interface FeedApi extends ContentApi {
  i18n?: { getMessage(name: string): string };
}

/**
 * Set on the root while her list is read from storage, and hidden by the feed folder's style sheet: the page
 * paints only once the items already in it are judged. Not needed where the list comes inside the registration.
 */
export const READING_ATTR = 'data-nc-feed-reading';
/** Never longer than this, whatever happens to the read: a page is never left covered. */
const MAX_COVER_MS = 3000;
const FALLBACK_LINE = 'Hidden: someone on your list';

const foldItems = (items: readonly FeedItem[]): FoldItem[] =>
  items.map((i) => ({ selector: i.selector, line: leavesLine(i.kind) }));

/**
 * The feed folder: registered at run time (background/feed-folding.ts) on the platforms' pages, only while she
 * hides someone from her feeds, so nothing of it runs anywhere else. It learns the profiles to fold (platform and
 * handle, nothing else), folds his items as the page builds them, follows changes of her list, and tells the
 * background how many reminders it kept out of sight. It reads only the page's links.
 *
 * Her list comes inside the registration where the browser allows it (Firefox, core/inline-data.ts): the folder
 * then starts folding at once, holds nothing, and touches the extension API only to count what it folded (in
 * Firefox the first touch builds the API's bindings, milliseconds before the first paint otherwise). Elsewhere
 * (Chrome, or a Firefox page that started before the registration) it reads storage's copy, and the page waits
 * to paint until it has (at most MAX_COVER_MS). Returns what stops it (tests).
 */
export function startFeedFolder(
  connectApi: () => FeedApi | undefined,
  win: Window = window,
  scope: object = globalThis,
  { queryRuns = false }: Pick<FoldOptions, 'queryRuns'> = {},
): () => void {
  const doc = win.document;
  const platform = platformOfHost(win.location.hostname.replace(/\.$/, '').toLowerCase())?.rules;

  /** `null`: the extension is gone from under the page (updated, removed). */
  let api: FeedApi | null | undefined;
  const connect = (): FeedApi | null => {
    if (api === undefined) api = connectApi() ?? null;
    return api;
  };

  let line = FALLBACK_LINE;
  let folder: FeedFolder | undefined;
  const apply = (profiles: readonly FeedProfile[]) => {
    if (profiles.length === 0) {
      folder?.stop();
      folder = undefined;
      return;
    }
    const test = linkTest(profiles);
    if (folder) {
      folder.refold(test);
      return;
    }
    folder = startFeedFolding(doc, {
      platformItems: foldItems(platform?.feed ?? []),
      genericItems: foldItems(GENERIC_FEED_ITEMS),
      test,
      line,
      queryRuns,
      onFolded: (count) => {
        connect()
          ?.runtime.sendMessage({ type: 'folded', count })
          .catch(() => undefined);
      },
    });
  };

  let stopped = false;
  const stop = () => {
    stopped = true;
    apply([]);
  };
  const follow = (profiles: readonly FeedProfile[]) => {
    if (!stopped) apply(profiles);
  };

  const inline = inlineData(FEED_LIST_DATA, scope);
  if (inline !== undefined) {
    const data = parseFeedListData(inline);
    line = data.line ?? FALLBACK_LINE;
    follow(data.profiles);
    onInlineData(FEED_LIST_DATA, (value) => follow(parseFeedListData(value).profiles), scope);
    return stop;
  }

  const connected = connect();
  if (!connected) return stop;
  line = connected.i18n?.getMessage('foldedLine') || FALLBACK_LINE;
  readFromStorage(doc, connected, follow);
  return stop;
}

/** Her list from storage, the page held until it is read; then its changes. */
function readFromStorage(
  doc: Document,
  api: FeedApi,
  apply: (profiles: readonly FeedProfile[]) => void,
): void {
  let reading = true;
  const cover = () => {
    if (!reading) return;
    if (doc.documentElement) {
      doc.documentElement.setAttribute(READING_ATTR, '');
      return;
    }
    // At document start the root may not exist yet: cover it the moment it does.
    const waiting = new MutationObserver(() => {
      if (!doc.documentElement) return;
      waiting.disconnect();
      cover();
    });
    waiting.observe(doc, { childList: true });
  };
  const uncover = () => {
    reading = false;
    doc.documentElement?.removeAttribute(READING_ATTR);
  };
  cover();
  const failOpen = setTimeout(uncover, MAX_COVER_MS);

  api.storage.onChanged.addListener((changes, area) => {
    const change = changes[FEED_LIST_KEY];
    if (area === 'local' && change) apply(parseFeedList(change.newValue));
  });
  readFeedList(api.storage.local)
    .then(apply)
    .catch(() => undefined)
    .finally(() => {
      clearTimeout(failOpen);
      uncover();
    });
}
