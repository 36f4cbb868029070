import { browser } from 'wxt/browser';
import { createMatcher, type Matcher } from '@/src/core';
import { activeTargets, peopleItem, readPeople } from '@/src/storage';

/**
 * Second layer for single-page sites: their in-page navigations (history.pushState) never reach
 * the network, so no request rule sees them. The Navigation API lets this document_start script
 * cancel such a navigation before the URL changes, hide the page at once so nothing of his profile
 * stays on screen, and ask the background to show the interstitial. The background checks again:
 * this script can only report a navigation.
 * https://developer.mozilla.org/docs/Web/API/Navigation/navigate_event
 */
export function startInPageGuard(): void {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (!navigation) return; // Older browsers: the background's onHistoryStateUpdated layer still acts.
  let matcher: Matcher | undefined;
  const load = () =>
    readPeople().then((people) => {
      matcher = createMatcher(activeTargets(people));
    });
  void load();
  peopleItem.watch(() => void load());

  navigation.addEventListener('navigate', (event) => {
    const e = event as Event & {
      destination: { url: string; sameDocument: boolean };
      hashChange: boolean;
      cancelable: boolean;
    };
    if (!e.destination.sameDocument || e.hashChange || !matcher?.match(e.destination.url)) return;
    if (e.cancelable) e.preventDefault();
    document.documentElement.style.setProperty('visibility', 'hidden', 'important');
    const url = e.destination.url;
    void browser.runtime.sendMessage({ type: 'in-page-navigation', url }).then((reply) => {
      // Allowed in this tab after all (she chose to go through): let the page load it for real.
      if ((reply as { redirected?: boolean } | undefined)?.redirected === false) {
        document.documentElement.style.removeProperty('visibility');
        location.assign(url);
      }
    });
  });
}
