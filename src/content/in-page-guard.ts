import { browser } from 'wxt/browser';
import { createMatcher, type Matcher } from '@/src/core';
import { activeTargets, peopleItem, readPeople } from '@/src/storage';
import { PageCover } from './page-cover';

/**
 * Second layer inside the platforms' pages, for what no request rule sees:
 * - in-page navigations (history.pushState/replaceState) of single-page sites: the Navigation API
 *   lets this document_start script cancel one before the URL changes
 *   (https://developer.mozilla.org/docs/Web/API/Navigation/navigate_event);
 * - a page answered by the site's own service worker, or restored from the back/forward cache: no
 *   request at all, so the page is covered from document_start (and on pageshow) until the list says
 *   it may show.
 * The page stays covered while the background moves the tab to the interstitial. The background
 * checks again: this script can only report a URL.
 */
export function startInPageGuard(): void {
  const cover = new PageCover(document);
  // Covered until the list is read (a storage read, a few ms, before the first paint as a rule).
  cover.hide();
  let matcher: Matcher | undefined;

  const report = (url: string, sameDocument: boolean) => {
    cover.hide();
    void browser.runtime.sendMessage({ type: 'in-page-navigation', url }).then(
      (reply) => {
        // Allowed in this tab after all (she chose to go through): show it.
        if ((reply as { redirected?: boolean } | undefined)?.redirected !== false) return;
        cover.show();
        if (sameDocument) location.assign(url);
      },
      () => cover.show(),
    );
  };
  const checkDocument = () => {
    if (matcher?.match(location.href)) report(location.href, false);
    else cover.show();
  };
  const load = () =>
    readPeople().then((people) => {
      matcher = createMatcher(activeTargets(people));
    });

  // Fails open: a page must never stay hidden because the extension was updated or removed under it.
  load().then(checkDocument, () => cover.show());
  peopleItem.watch(() => void load().then(() => matcher?.match(location.href) && checkDocument()));
  // Back/forward cache: the page leaves covered and, on its return, stays covered until the list
  // (which may have changed while the page was frozen) is read again.
  addEventListener('pagehide', (e) => {
    if (e.persisted) cover.hide();
  });
  addEventListener('pageshow', (e) => {
    if (e.persisted) load().then(checkDocument, () => cover.show());
  });

  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  // Without the Navigation API the background's onHistoryStateUpdated listener still acts.
  navigation?.addEventListener('navigate', (event) => {
    const e = event as Event & {
      destination: { url: string; sameDocument: boolean };
      hashChange: boolean;
      cancelable: boolean;
    };
    if (!e.destination.sameDocument || e.hashChange || !matcher?.match(e.destination.url)) return;
    if (e.cancelable) e.preventDefault();
    report(e.destination.url, true);
  });
}
