import { GENERIC_FEED_ITEMS, leavesLine } from '@/src/core/feed-items';
import { platformOfHost } from '@/src/core/platforms';
import type { FeedItem } from '@/src/core/platforms/types';
import { FEED_LIST_KEY, type FeedProfile, parseFeedList, readFeedList } from '@/src/storage/feed-list';
import type { ContentApi } from './extension-api';
import { type FeedFolder, type FoldItem, startFeedFolding } from './feed-fold';
import { linkTest } from './link-test';

/** The extension calls the feed folder makes: the in-page script's, and the quiet line in her language. */
export interface FeedApi extends ContentApi {
  i18n?: { getMessage(name: string): string };
}

/**
 * Set on the root while her list is read, and hidden by the feed folder's style sheet: the page paints only once
 * the items already in it are judged. A read takes a few milliseconds, usually less than the page's own start.
 */
export const READING_ATTR = 'data-nc-feed-reading';
/** Never longer than this, whatever happens to the read: a page is never left covered. */
const MAX_COVER_MS = 3000;
const FALLBACK_LINE = 'Hidden: someone on your list';

const foldItems = (items: readonly FeedItem[]): FoldItem[] =>
  items.map((i) => ({ selector: i.selector, line: leavesLine(i.kind) }));

/**
 * The feed folder: registered at run time (background/feed-folding.ts) on the platforms' pages, only while she
 * hides someone from her feeds, so nothing of it runs anywhere else. It reads the profiles to fold (storage's
 * `feedList`: platform and handle, nothing else), folds his items as the page builds them, follows changes of her
 * list, and tells the background how many reminders it kept out of sight. It reads only the page's links.
 */
export function startFeedFolder(connectApi: () => FeedApi | undefined, win: Window = window): void {
  const api = connectApi();
  if (!api) return;
  const doc = win.document;
  const platform = platformOfHost(win.location.hostname.replace(/\.$/, '').toLowerCase())?.rules;
  const line = api.i18n?.getMessage('foldedLine') || FALLBACK_LINE;

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

  let folder: FeedFolder | undefined;
  const apply = (profiles: readonly FeedProfile[]) => {
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
      onFolded: (count) => {
        api.runtime.sendMessage({ type: 'folded', count }).catch(() => undefined);
      },
    });
  };

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
