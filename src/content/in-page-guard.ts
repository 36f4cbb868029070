import { couldBeListed } from '@/src/core/candidates';
import { inlineData, onInlineData } from '@/src/core/inline-data';
import {
  IN_PAGE_LIST_DATA,
  IN_PAGE_LIST_KEY,
  parseInPageList,
  readInPageList,
} from '@/src/storage/in-page-list';
import type { ContentApi } from './extension-api';
import { sharedPageCover } from './page-cover';
import { mustCheckBeforePaint } from './request-judged';

/**
 * The in-page guard: the small part of No Contact that starts in every platform page at document_start. It
 * adds nothing to a page the request rules already judged (request-judged.ts says which those are) and acts
 * only where they cannot see:
 * - a page answered by the site's service worker, or spelled past the rules: covered from the start until her
 *   list says it may show (Chrome only: Firefox's webRequest guard judges those requests too);
 * - a page restored from the back/forward cache: covered as it returns (`pageshow`) until her list, which may
 *   have changed while the page was frozen, is read again;
 * - in-page navigations (history.pushState/replaceState): the Navigation API lets it cancel one before the URL
 *   changes (https://developer.mozilla.org/docs/Web/API/Navigation/navigate_event).
 * Her list arrives as needles (core/candidates.ts): a URL without one of them is not on it, decided here in a
 * few set lookups; a URL with one is a candidate, and the background decides it with the full matcher and her
 * allowances, moving the tab to the interstitial if it is blocked. The page stays covered meanwhile.
 * Behind this layer the background's webNavigation listeners (onCommitted, onHistoryStateUpdated) check the
 * same pages again, so a page this script could not judge is still moved; this layer is what keeps it from
 * showing for a frame in the meantime.
 *
 * On a page the rules judged, the extension API is not touched before the page has painted its content: in
 * Firefox that touch builds the content script's API bindings, several milliseconds of main-thread time that
 * would otherwise delay the first paint (bench/paint-cost.ts). Chrome reads her list after the first paint;
 * Firefox gets it inside the registration (core/inline-data.ts) and touches the API only to ask about a
 * candidate. A navigation within the page before her list is known is covered, not cancelled, until decided.
 *
 * Fails open: a page must never stay covered because the extension was updated or removed under it.
 */
export interface GuardOptions {
  /**
   * Firefox: its blocking webRequest guard judges every document's request, a navigation the site's service
   * worker answers included (the listener runs before the worker is asked), with the matcher itself, so every
   * spelling; no document needs covering as it starts. The in-page guard's own test shows it: in
   * e2e/in-page-guard.e2e.ts a listed profile behind the service worker is stopped with 0 requests and 0 frames,
   * and a look-alike the worker answers is never covered. Chrome's redirect rules see neither (request-judged.ts).
   */
  everyRequestJudged?: boolean;
  /**
   * Her list comes inside the registration in this browser (Firefox): a page that must wait for it gives that
   * code a moment to run before it reads storage, and a page that needs no decision reads nothing.
   */
  listInline?: boolean;
  /** The content scripts' global, where inline values arrive. */
  scope?: object;
}

export function startInPageGuard(
  connectApi: () => ContentApi | undefined,
  win: Window = window,
  { everyRequestJudged = false, listInline = false, scope = globalThis }: GuardOptions = {},
): void {
  const cover = sharedPageCover(win.document);
  // Covered already when cover-until-checked ran first.
  const coveredFromStart = cover.isHidden || (!everyRequestJudged && mustCheckBeforePaint(win));
  if (coveredFromStart) cover.hide();

  /** The needles; `undefined` until known; `'ask'` when no usable list came (the background decides). */
  let needles: ReadonlySet<string> | 'ask' | undefined;
  const know = (list: readonly string[] | undefined) => {
    needles = list ? new Set(list) : 'ask';
  };
  const take = (value: unknown) => know(parseInPageList(value));
  /**
   * Firefox: her list comes inside the registration (core/inline-data.ts), run right after this script at
   * document start, and again whenever it changes; the page then needs no extension call unless a URL could be
   * on it. Chrome reads it from storage after the first paint; a Firefox page that started before the
   * registration, when a navigation first needs it.
   */
  const waiting: (() => void)[] = [];
  const fromPage = (value: unknown) => {
    take(value);
    for (const resume of waiting.splice(0)) resume();
  };
  const present = inlineData(IN_PAGE_LIST_DATA, scope);
  if (present !== undefined) fromPage(present);
  onInlineData(IN_PAGE_LIST_DATA, fromPage, scope);

  /** `null`: the extension is gone from under the page (updated, removed): nothing more to guard. */
  let api: ContentApi | null | undefined;
  let reading: Promise<void> | undefined;

  /** Connects to the extension once: in Firefox the first touch builds the API's bindings, which costs. */
  const link = (): ContentApi | null => {
    if (api !== undefined) return api;
    cover.onNextHide = undefined;
    api = connectApi() ?? null;
    api?.storage.onChanged.addListener((changes, area) => {
      const change = changes[IN_PAGE_LIST_KEY];
      if (area === 'local' && change) take(change.newValue);
    });
    return api;
  };
  /** Reads her list from storage (the background writes it there before it registers it). */
  const read = (): Promise<void> => {
    const connected = link();
    if (!connected) return Promise.resolve();
    reading = readInPageList(connected.storage.local).then(know, () => {
      api = null;
    });
    return reading;
  };
  /**
   * Resolves once her list is known: from the page's registration or from storage, whichever is first. Where
   * the list comes inline, its code runs right after this script at document start, so storage is read only if
   * it has not come by the next task (a page that started before the registration).
   */
  const learn = (): Promise<void> => {
    if (needles !== undefined) return Promise.resolve();
    return new Promise((resolve) => {
      waiting.push(resolve);
      const fallback = () => {
        if (needles === undefined) void (reading ?? read()).then(resolve);
      };
      if (listInline && !reading) setTimeout(fallback, 0);
      else fallback();
    });
  };

  const candidate = (url: string) =>
    needles === 'ask' || (needles !== undefined && couldBeListed(url, needles));

  /** The background's verdict on `url`: true when it is moving the tab to the interstitial. */
  const blocked = (url: string): Promise<boolean> => {
    const connected = link();
    return connected
      ? connected.runtime.sendMessage({ type: 'in-page-navigation', url }).then(
          (reply) => (reply as { redirected?: unknown } | undefined)?.redirected === true,
          () => false,
        )
      : Promise.resolve(false);
  };

  /** Decisions under way; the page is shown only when none is left and none sent the tab away. */
  let deciding = 0;
  let leaving = false;
  /**
   * Settles a covered page at `url` once the list is read: shown unless the background is moving the tab.
   * `replay` re-does a navigation held back for the decision, as a full one (the rules judge that).
   */
  const settle = async (url: string, replay?: () => void) => {
    deciding++;
    await learn();
    const away = api !== null && candidate(url) && (await blocked(url));
    deciding--;
    leaving ||= away;
    if (away) return;
    if (deciding === 0 && !leaving) cover.show();
    replay?.();
  };

  if (coveredFromStart) void settle(win.location.href);
  else {
    cover.onNextHide = () => void settle(win.location.href);
    // Where it comes inline her list is here a moment from now, and a page that started before the registration
    // reads storage when a navigation first needs it. Elsewhere it is read once the page has painted.
    if (!listInline) afterFirstContentfulPaint(() => void learn());
  }

  // Back/forward cache: `pageshow` comes as the page is restored, before it renders again.
  win.addEventListener('pageshow', (e) => {
    if (!e.persisted || api === null) return;
    cover.onNextHide = undefined;
    leaving = false;
    cover.hide();
    void read().then(() => settle(win.location.href));
  });

  const navigation = (win as { navigation?: EventTarget }).navigation;
  // Without the Navigation API the background's onHistoryStateUpdated listener still acts, after the fact.
  navigation?.addEventListener('navigate', (event) => {
    const e = event as Event & {
      destination: { url: string; sameDocument: boolean };
      hashChange: boolean;
      navigationType: string;
    };
    if (!e.destination.sameDocument || e.hashChange || api === null) return;
    const url = e.destination.url;
    // Almost every in-app navigation ends here, synchronously.
    if (needles !== undefined && !candidate(url)) return;
    cover.onNextHide = undefined;
    cover.hide();
    // Her list not read yet (the page navigates within its first moments), or a traversal the page cannot
    // stop: the URL changes, the page stays covered until decided. Never cancelled then: a navigation replayed
    // as a full load could meet the same early navigation again, and again.
    if (needles === undefined || !e.cancelable) {
      void settle(url);
      return;
    }
    // A candidate: held back, URL unchanged, until decided; if it may show after all, as a full navigation.
    e.preventDefault();
    const replay = () =>
      e.navigationType === 'replace' ? win.location.replace(url) : win.location.assign(url);
    void settle(url, replay);
  });
}

/**
 * Runs `then` in a task after the page's first contentful paint. A page that does not paint (a tab in the
 * background) connects when it does, or when a navigation or a back/forward restore needs her list first.
 */
function afterFirstContentfulPaint(then: () => void): void {
  try {
    const observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(then, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing here: connect now rather than never.
    then();
  }
}
