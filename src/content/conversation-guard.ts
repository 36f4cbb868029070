import { couldBeListed } from '@/src/core/candidates';
import type { ConversationHeader } from '@/src/core/conversation';
import { conversationMarkupOn, onConversationRoute } from '@/src/core/platforms/conversations';
import type { ConversationMarkup } from '@/src/core/platforms/types';
import { IN_PAGE_LIST_KEY, parseInPageList, readInPageList } from '@/src/storage/in-page-list';
import { readConversationHeader } from './conversation-header';
import type { ContentApi } from './extension-api';
import { sharedPageCover } from './page-cover';

/** How long a conversation's page stays covered waiting for its header before it shows anyway (fail open). */
export const HEADER_WAIT_MS = 4000;
const HOLDER = 'conversation';
const WATCH: MutationObserverInit = { childList: true, subtree: true, characterData: true };

type Needles = ReadonlySet<string> | 'ask';

/**
 * The conversation guard, registered at run time (src/background/conversation-guard-hosts.ts) only on the apps
 * whose conversations could be with someone on her list (core/platforms/conversations.ts). Why it costs the
 * app's other pages nothing to speak of, and shows no frame of a conversation with him:
 * - away from a conversation's page (its route in the app's platform file) it reads nothing and touches no
 *   extension API; where the browser has the Navigation API it does not even watch the page, only the route of
 *   each navigation (https://developer.mozilla.org/docs/Web/API/Navigation/navigate_event);
 * - on a conversation's page (`/direct/t/<thread>`; every page of WhatsApp Web, whose chats open in place) it
 *   reads the conversation's header only, with the selectors of the platform file, each time the page changes;
 * - a header that holds none of her list's needles (core/candidates.ts) is decided there and then. One that does
 *   is covered in the same task: a MutationObserver's callback runs before the browser renders the change
 *   (https://html.spec.whatwg.org/multipage/webappapis.html#perform-a-microtask-checkpoint), so the page is
 *   covered before the conversation paints; the background then decides it with her full list and moves the tab;
 * - a conversation's page she opens, by address or in the app, stays covered until its header has been read, for
 *   at most HEADER_WAIT_MS.
 * Fails open: an app whose markup changed shows its conversations (her profile and link rules still hold), and a
 * page is never left covered by an extension that was updated or removed.
 */
export function startConversationGuard(connectApi: () => ContentApi | undefined, win: Window = window): void {
  const found = conversationMarkupOn(win.location.hostname.toLowerCase());
  if (!found) return;
  const markup: ConversationMarkup = found;
  const doc = win.document;
  const cover = sharedPageCover(doc);
  let api: ContentApi | null | undefined;
  let needles: Needles | undefined;
  /** The header last decided, with the path it was on: the same header is not decided twice. */
  let decided = '';
  /** The decision under way; an older one's answer is ignored. */
  let asking = 0;
  let held = false;
  /** Set while a conversation's page waits for its header. */
  let waiting: ReturnType<typeof setTimeout> | undefined;

  const hold = () => {
    held = true;
    cover.hold(HOLDER);
  };
  const release = () => {
    clearTimeout(waiting);
    waiting = undefined;
    if (!held) return;
    held = false;
    cover.release(HOLDER);
  };
  const onRoute = () => onConversationRoute(markup, win.location.pathname);

  const connect = () => {
    if (api !== undefined) return;
    api = connectApi() ?? null;
    if (!api) return;
    api.storage.onChanged.addListener((changes, area) => {
      const change = changes[IN_PAGE_LIST_KEY];
      if (area !== 'local' || !change) return;
      needles = needlesOf(parseInPageList(change.newValue));
      decided = '';
      check();
    });
    readInPageList(api.storage.local).then(
      (list) => {
        needles = needlesOf(list);
        check();
      },
      () => {
        api = null;
        release();
      },
    );
  };

  const decide = (header: ConversationHeader) => {
    const n = ++asking;
    if (!api || !needles) {
      // Her list is not read yet (check() runs again once it is), or the extension is gone.
      if (api === null) release();
      else hold();
      return;
    }
    if (!isCandidate(header, needles)) {
      release();
      return;
    }
    hold();
    api.runtime.sendMessage({ type: 'conversation', url: win.location.href, ...header }).then(
      (reply) => {
        if (n === asking && (reply as { redirected?: unknown } | undefined)?.redirected !== true) release();
      },
      () => {
        if (n === asking) release();
      },
    );
  };

  function check(): void {
    if (!onRoute()) {
      decided = '';
      asking++;
      release();
      return;
    }
    connect();
    const header = readConversationHeader(doc, markup);
    if (!header) return;
    const seen = `${win.location.pathname}\n${JSON.stringify(header)}`;
    if (seen === decided) return;
    if (needles) decided = seen;
    decide(header);
  }

  /** A conversation's page opening: covered until its header is read, or shown after HEADER_WAIT_MS. */
  const awaitHeader = () => {
    if (!markup.route) return;
    hold();
    clearTimeout(waiting);
    waiting = setTimeout(release, HEADER_WAIT_MS);
  };

  const observer = new MutationObserver(check);
  const navigation = (win as { navigation?: EventTarget }).navigation;
  if (!navigation || onRoute()) observer.observe(doc, WATCH);
  if (onRoute()) {
    awaitHeader();
    check();
  }
  navigation?.addEventListener('navigate', (event) => {
    const e = event as Event & { destination: { url: string; sameDocument: boolean } };
    if (!e.destination.sameDocument) return;
    let path: string;
    try {
      path = new URL(e.destination.url).pathname;
    } catch {
      return;
    }
    if (!onConversationRoute(markup, path)) {
      // Leaving: shown at once; the page is no longer watched once the address has changed.
      queueMicrotask(() => {
        check();
        if (!onRoute()) observer.disconnect();
      });
      return;
    }
    // Into a conversation: covered before the address changes, read as the app draws it.
    observer.observe(doc, WATCH);
    decided = '';
    awaitHeader();
  });
}

function needlesOf(list: readonly string[] | undefined): Needles {
  return list ? new Set(list) : 'ask';
}

/** Whether the header could show someone on her list: a word of a link or a name, or a number's digits. */
function isCandidate(header: ConversationHeader, needles: Needles): boolean {
  if (needles === 'ask') return true;
  return (
    header.links.some((link) => couldBeListed(link, needles)) ||
    header.names.some((name) => couldBeListed(name, needles) || needles.has(name.replace(/\D/g, '')))
  );
}
