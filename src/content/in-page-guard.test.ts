import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inlineDataCode } from '@/src/core/inline-data';
import { IN_PAGE_LIST_DATA, IN_PAGE_LIST_KEY } from '@/src/storage/in-page-list';
import type { ContentApi, StorageChange } from './extension-api';
import { startInPageGuard } from './in-page-guard';
import { sharedPageCover } from './page-cover';

const PAGE = 'https://www.instagram.com/';
const HIS = 'https://www.instagram.com/exname/';
const LOOK_ALIKE = 'https://www.instagram.com/exnamesake/';

type Listener = (changes: Record<string, StorageChange>, area: string) => void;

/** The extension as the guard sees it: a stored list, the background's verdicts, storage change events. */
function fakeApi(stored: unknown, blocked: (url: string) => boolean = (url) => url === HIS) {
  const listeners: Listener[] = [];
  let value = stored;
  const api = {
    runtime: {
      id: 'no-contact',
      sendMessage: vi.fn(async (m: { url: string }) => ({ redirected: blocked(m.url) })),
    },
    storage: {
      local: { get: vi.fn(async () => (value === undefined ? {} : { [IN_PAGE_LIST_KEY]: value })) },
      onChanged: { addListener: (l: Listener) => listeners.push(l) },
    },
  } satisfies ContentApi;
  const change = (next: unknown) => {
    value = next;
    for (const l of listeners) l({ [IN_PAGE_LIST_KEY]: { newValue: next } }, 'local');
  };
  return { api, change };
}

const list = (...needles: string[]) => ({ version: 1, needles });

interface FakeWindowOptions {
  href?: string;
  serviceWorker?: boolean;
}

/** The parts of `window` the guard touches, around happy-dom's document. */
function fakeWindow({ href = PAGE, serviceWorker = false }: FakeWindowOptions = {}) {
  const events = new EventTarget();
  const navigation = new EventTarget();
  const location = { href, assign: vi.fn(), replace: vi.fn() };
  const win = {
    document,
    location,
    navigation,
    navigator: { serviceWorker: { controller: serviceWorker ? {} : null } },
    performance: { getEntriesByType: () => [{ workerStart: 0 }] },
    addEventListener: events.addEventListener.bind(events),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  };
  return { win: win as unknown as Window, events, navigation, location };
}

const hidden = () => document.documentElement.style.getPropertyValue('visibility') === 'hidden';

/** A `navigate` event as the Navigation API dispatches it for history.pushState. */
function navigate(target: EventTarget, url: string, { cancelable = true, type = 'push' } = {}) {
  const event = Object.assign(new Event('navigate', { cancelable }), {
    destination: { url, sameDocument: true },
    hashChange: false,
    navigationType: type,
  });
  target.dispatchEvent(event);
  return event;
}

const pageshow = (persisted: boolean) => Object.assign(new Event('pageshow'), { persisted });

/** PerformanceObserver for paint timing, which happy-dom does not report: `paint()` is the first contentful paint. */
const observers: ((list: { getEntriesByName(name: string): unknown[] }) => void)[] = [];
class FakePerformanceObserver {
  constructor(private readonly callback: (list: { getEntriesByName(name: string): unknown[] }) => void) {}
  observe() {
    observers.push(this.callback);
  }
  disconnect() {
    observers.splice(observers.indexOf(this.callback), 1);
  }
}
const paint = () => {
  for (const notify of [...observers])
    notify({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) });
};

describe('startInPageGuard', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('PerformanceObserver', FakePerformanceObserver);
    observers.length = 0;
    document.documentElement.style.removeProperty('visibility');
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('no-contact.page-cover')];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** Runs the guard's timers and promise chains (storage read, verdict) to the end. */
  const flush = async () => {
    await vi.runAllTimersAsync();
    await vi.runAllTimersAsync();
  };

  it('leaves a page from the network alone: no cover, no extension call before it painted', async () => {
    const { api } = fakeApi(list('exname'));
    const { win } = fakeWindow({ href: LOOK_ALIKE });
    startInPageGuard(() => api, win);
    expect(hidden()).toBe(false);
    await flush();
    expect(api.storage.local.get).not.toHaveBeenCalled();
    paint();
    await flush();
    // Connected once the page painted, never covered.
    expect(api.storage.local.get).toHaveBeenCalledTimes(1);
    expect(hidden()).toBe(false);
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it.each([
    ['a page answered by the service worker, not on her list', LOOK_ALIKE, true, false],
    ['a page answered by the service worker, on her list', HIS, true, true],
    ['a spelling the rules cannot read, on her list', 'https://www.instagram.com/ex%6Eame/', false, true],
  ])('%s: covered from the start, shown unless blocked', async (_, href, serviceWorker, staysCovered) => {
    const blocked = (url: string) => url === href && staysCovered;
    const { api } = fakeApi(list('exname'), blocked);
    const { win } = fakeWindow({ href, serviceWorker });
    startInPageGuard(() => api, win);
    expect(hidden()).toBe(true);
    await flush();
    expect(hidden()).toBe(staysCovered);
  });

  describe.each([
    ['before the guard', true],
    ['after the guard', false],
  ])('a page covered until checked (cover-until-checked.ts ran %s)', (_, first) => {
    it.each([
      [LOOK_ALIKE, false],
      [HIS, true],
    ])('%s: decided at once, without waiting for a paint; stays covered: %s', async (href, staysCovered) => {
      const { api } = fakeApi(list('exname'));
      const { win } = fakeWindow({ href });
      if (first) sharedPageCover(document).hide();
      startInPageGuard(() => api, win);
      if (!first) sharedPageCover(document).hide();
      await flush();
      expect(hidden()).toBe(staysCovered);
    });
  });

  it('asks the background about a candidate only: the look-alike is shown without asking', async () => {
    const { api } = fakeApi(list('exname'));
    startInPageGuard(() => api, fakeWindow({ href: LOOK_ALIKE, serviceWorker: true }).win);
    await flush();
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('asks the background about every page when no usable list is stored', async () => {
    const { api } = fakeApi('corrupted', () => false);
    startInPageGuard(() => api, fakeWindow({ href: LOOK_ALIKE, serviceWorker: true }).win);
    await flush();
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'in-page-navigation', url: LOOK_ALIKE });
    expect(hidden()).toBe(false);
  });

  it('shows the page when the extension is gone from under it', async () => {
    startInPageGuard(() => undefined, fakeWindow({ href: HIS, serviceWorker: true }).win);
    expect(hidden()).toBe(true);
    await flush();
    expect(hidden()).toBe(false);
  });

  it('shows the page when the background does not answer', async () => {
    const { api } = fakeApi(list('exname'));
    api.runtime.sendMessage.mockRejectedValue(new Error('Receiving end does not exist'));
    startInPageGuard(() => api, fakeWindow({ href: HIS, serviceWorker: true }).win);
    await flush();
    expect(hidden()).toBe(false);
  });

  describe('in-page navigations', () => {
    it.each([
      ['to his profile: cancelled, covered, left to the background', HIS, true, true],
      ['to a look-alike: left alone', LOOK_ALIKE, false, false],
      [
        'to a hashtag with his handle as a word: held, then replayed as a full load',
        'https://www.instagram.com/explore/tags/exname/',
        true,
        false,
      ],
    ])('%s', async (_, url, cancelled, staysCovered) => {
      const { api } = fakeApi(list('exname'));
      const { win, navigation, location } = fakeWindow();
      startInPageGuard(() => api, win);
      paint();
      await flush();
      const event = navigate(navigation, url);
      expect(event.defaultPrevented).toBe(cancelled);
      await flush();
      expect(hidden()).toBe(staysCovered);
      expect(location.assign).toHaveBeenCalledTimes(cancelled && !staysCovered ? 1 : 0);
    });

    it('replays a held replaceState as a replace', async () => {
      const { api } = fakeApi(list('exname'));
      const { win, navigation, location } = fakeWindow();
      startInPageGuard(() => api, win);
      paint();
      await flush();
      navigate(navigation, 'https://www.instagram.com/explore/tags/exname/', { type: 'replace' });
      await flush();
      expect(location.replace).toHaveBeenCalledWith('https://www.instagram.com/explore/tags/exname/');
    });

    it('before her list is read: covers, never cancels, then decides', async () => {
      const { api } = fakeApi(list('exname'));
      const { win, navigation } = fakeWindow();
      startInPageGuard(() => api, win);
      const early = navigate(navigation, LOOK_ALIKE);
      expect(early.defaultPrevented).toBe(false);
      expect(hidden()).toBe(true);
      await flush();
      expect(hidden()).toBe(false);
    });

    it('a page covered from the start stays covered while a navigation it held is being decided', async () => {
      let answer: (reply: { redirected: boolean }) => void = () => undefined;
      const { api } = fakeApi(list('exname'));
      api.runtime.sendMessage.mockImplementation(
        () => new Promise<{ redirected: boolean }>((resolve) => (answer = resolve)),
      );
      const { win, navigation } = fakeWindow({ href: LOOK_ALIKE, serviceWorker: true });
      startInPageGuard(() => api, win);
      // The page navigates to his profile before her list is read.
      navigate(navigation, HIS);
      await flush();
      // The page's own address is cleared, his is still with the background: still covered.
      expect(hidden()).toBe(true);
      answer({ redirected: true });
      await flush();
      expect(hidden()).toBe(true);
    });

    it('a traversal it cannot cancel: covered until the background decides', async () => {
      const { api } = fakeApi(list('exname'));
      const { win, navigation } = fakeWindow();
      startInPageGuard(() => api, win);
      paint();
      await flush();
      navigate(navigation, HIS, { cancelable: false });
      expect(hidden()).toBe(true);
      await flush();
      expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'in-page-navigation', url: HIS });
      expect(hidden()).toBe(true);
    });

    it('hears her list change while the page is open', async () => {
      const { api, change } = fakeApi(list());
      const { win, navigation } = fakeWindow();
      startInPageGuard(() => api, win);
      paint();
      await flush();
      expect(navigate(navigation, HIS).defaultPrevented).toBe(false);
      change(list('exname'));
      expect(navigate(navigation, HIS).defaultPrevented).toBe(true);
    });
  });

  describe('back/forward cache', () => {
    it('covers a restored page and reads her list again before showing it', async () => {
      const { api, change } = fakeApi(list());
      const { win, events } = fakeWindow({ href: HIS });
      startInPageGuard(() => api, win);
      paint();
      await flush();
      // Added while the page was frozen; the change event never reached it.
      change(list('exname'));
      api.storage.local.get.mockClear();
      events.dispatchEvent(pageshow(true));
      expect(hidden()).toBe(true);
      await flush();
      expect(api.storage.local.get).toHaveBeenCalledTimes(1);
      expect(hidden()).toBe(true);
    });

    it('shows a restored page that is not on her list', async () => {
      const { api } = fakeApi(list('exname'));
      const { win, events } = fakeWindow({ href: LOOK_ALIKE });
      startInPageGuard(() => api, win);
      paint();
      await flush();
      events.dispatchEvent(pageshow(true));
      await flush();
      expect(hidden()).toBe(false);
    });

    it('does nothing on a first show', async () => {
      const { api } = fakeApi(list('exname'));
      const { win, events } = fakeWindow({ href: HIS });
      startInPageGuard(() => api, win);
      events.dispatchEvent(pageshow(false));
      expect(hidden()).toBe(false);
    });
  });

  describe('her list inside the registration (Firefox)', () => {
    /** Runs the registration's code (or a push to an open tab) in `scope`, the content scripts' global. */
    const arrive = (scope: object, value: unknown) =>
      new Function('globalThis', inlineDataCode(IN_PAGE_LIST_DATA, value))(scope);

    it('decides every page and navigation not on her list without a single extension call', async () => {
      const scope = {};
      arrive(scope, list('exname'));
      const connect = vi.fn(() => fakeApi(list('exname')).api);
      const { win, navigation } = fakeWindow({ href: LOOK_ALIKE });
      startInPageGuard(connect, win, { listInline: true, scope });
      paint();
      await flush();
      const event = navigate(navigation, 'https://www.instagram.com/exnamesake/reels/');
      await flush();
      expect(event.defaultPrevented).toBe(false);
      expect(hidden()).toBe(false);
      expect(connect).not.toHaveBeenCalled();
    });

    it('connects only to ask about a candidate, and hears a new list pushed into the open page', async () => {
      const scope = {};
      arrive(scope, list('someoneelse'));
      const { api } = fakeApi(list('someoneelse'), (url) => url === HIS);
      const { win, navigation } = fakeWindow();
      startInPageGuard(() => api, win, { listInline: true, scope });
      paint();
      await flush();
      expect(navigate(navigation, HIS).defaultPrevented).toBe(false);
      // She lists him; the background pushes the new list into the open tab.
      arrive(scope, list('exname'));
      const event = navigate(navigation, HIS);
      expect(event.defaultPrevented).toBe(true);
      expect(hidden()).toBe(true);
      await flush();
      expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'in-page-navigation', url: HIS });
      expect(api.storage.local.get).not.toHaveBeenCalled();
      expect(hidden()).toBe(true);
    });

    it('a covered page is decided by the list that comes right after the guard, without reading storage', async () => {
      const scope = {};
      const { api } = fakeApi(list('exname'));
      startInPageGuard(() => api, fakeWindow({ href: LOOK_ALIKE, serviceWorker: true }).win, {
        listInline: true,
        scope,
      });
      expect(hidden()).toBe(true);
      arrive(scope, list('exname'));
      await flush();
      expect(hidden()).toBe(false);
      expect(api.storage.local.get).not.toHaveBeenCalled();
    });

    it('a page that started before the registration reads storage, covered until then', async () => {
      const scope = {};
      const { api } = fakeApi(list('exname'));
      startInPageGuard(() => api, fakeWindow({ href: HIS, serviceWorker: true }).win, {
        listInline: true,
        scope,
      });
      expect(hidden()).toBe(true);
      await flush();
      expect(api.storage.local.get).toHaveBeenCalledTimes(1);
      expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'in-page-navigation', url: HIS });
      expect(hidden()).toBe(true);
    });

    it('where every request was judged (Firefox), a page the service worker answered shows at once', async () => {
      const scope = {};
      const connect = vi.fn(() => fakeApi(list('exname')).api);
      startInPageGuard(connect, fakeWindow({ href: LOOK_ALIKE, serviceWorker: true }).win, {
        everyRequestJudged: true,
        listInline: true,
        scope,
      });
      expect(hidden()).toBe(false);
      arrive(scope, list('exname'));
      paint();
      await flush();
      expect(hidden()).toBe(false);
      expect(connect).not.toHaveBeenCalled();
    });

    it('a page back from the back/forward cache reads her list again: it may have changed while frozen', async () => {
      const scope = {};
      arrive(scope, list('someoneelse'));
      const { api } = fakeApi(list('exname'));
      const { win, events } = fakeWindow({ href: HIS });
      startInPageGuard(() => api, win, { listInline: true, scope });
      paint();
      await flush();
      events.dispatchEvent(pageshow(true));
      expect(hidden()).toBe(true);
      await flush();
      expect(api.storage.local.get).toHaveBeenCalledTimes(1);
      expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'in-page-navigation', url: HIS });
    });
  });
});
