import { afterEach, describe, expect, it, vi } from 'vitest';
import { inlineDataCode } from '@/src/core/inline-data';
import { FEED_LIST_DATA, FEED_LIST_KEY, feedListData } from '@/src/storage/feed-list';
import type { StorageChange } from './extension-api';
import { FOLDED_ATTR, LINE_ATTR } from './feed-fold';
import { type FeedApi, READING_ATTR, startFeedFolder } from './feed-folder';

const HIM = { platform: 'instagram', handle: 'exname', needle: 'exname' } as const;
const FEED = `<main role="feed"><article id="his"><a href="/exname/">exname</a></article>
  <article id="alike"><a href="/exnamesake/">exnamesake</a></article></main>`;

type Listener = (changes: Record<string, StorageChange>, area: string) => void;

/** The extension as the feed folder sees it: her list in storage, the background's ear, the quiet line. */
function fakeApi(profiles: readonly (typeof HIM)[]) {
  const listeners: Listener[] = [];
  let answer: (() => void) | undefined;
  const api = {
    runtime: { id: 'no-contact', sendMessage: vi.fn(async () => undefined) },
    storage: {
      local: {
        get: vi.fn(
          () =>
            new Promise<Record<string, unknown>>((resolve) => {
              answer = () => resolve({ [FEED_LIST_KEY]: { version: 2, profiles } });
            }),
        ),
      },
      onChanged: { addListener: (l: Listener) => listeners.push(l) },
    },
    i18n: { getMessage: () => 'Oculto: alguien de tu lista' },
  } satisfies FeedApi;
  return { api, answerRead: () => answer?.() };
}

/** The page, as a platform's feed (happy-dom's document at an Instagram address). */
function feedWindow(): Window {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://www.instagram.com/',
  );
  document.body.innerHTML = FEED;
  return window;
}

const state = (id: string) => document.getElementById(id)?.getAttribute(FOLDED_ATTR) ?? 'shown';
/** Runs the registration's inline code, as Firefox does before the feed folder's file. */
const registration = (
  scope: object,
  profiles: readonly (typeof HIM)[],
  line = 'Hidden: someone on your list',
) => new Function('globalThis', inlineDataCode(FEED_LIST_DATA, feedListData(profiles, line)))(scope);
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
  document.documentElement.removeAttribute(READING_ATTR);
});

describe('startFeedFolder', () => {
  it('with her list inside the registration: folds at once, holds nothing, touches the API only to count', () => {
    vi.useFakeTimers();
    const scope = {};
    registration(scope, [HIM], 'Oculto: alguien de tu lista');
    const { api } = fakeApi([]);
    const connect = vi.fn(() => api);
    stop = startFeedFolder(connect, feedWindow(), scope);
    expect([state('his'), state('alike')]).toEqual(['line', 'shown']);
    expect(document.getElementById('his')?.getAttribute(LINE_ATTR)).toBe('Oculto: alguien de tu lista');
    expect(document.documentElement.hasAttribute(READING_ATTR)).toBe(false);
    expect(connect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(connect).toHaveBeenCalledTimes(1);
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'folded', count: 1 });
    expect(api.storage.local.get).not.toHaveBeenCalled();
  });

  it('follows her list as the background pushes it to the open page', () => {
    const scope = {};
    registration(scope, [HIM]);
    stop = startFeedFolder(() => fakeApi([]).api, feedWindow(), scope);
    expect(state('his')).toBe('line');
    registration(scope, []);
    expect(state('his')).toBe('shown');
    registration(scope, [HIM]);
    expect(state('his')).toBe('line');
  });

  it.each<[string, unknown]>([
    ['a value it cannot read', { version: 2, profiles: 'exname' }],
    ['an earlier version', { version: 1, profiles: [{ platform: 'instagram', handle: 'exname' }] }],
  ])('folds nothing with %s inside the registration', (_, value) => {
    const scope = {};
    new Function('globalThis', inlineDataCode(FEED_LIST_DATA, value))(scope);
    stop = startFeedFolder(() => fakeApi([HIM]).api, feedWindow(), scope);
    expect(state('his')).toBe('shown');
  });

  it('without it (Chrome, or a page older than the registration): holds the page while it reads storage', async () => {
    const { api, answerRead } = fakeApi([HIM]);
    stop = startFeedFolder(() => api, feedWindow(), {});
    expect(document.documentElement.hasAttribute(READING_ATTR)).toBe(true);
    expect(state('his')).toBe('shown');
    answerRead();
    await settled();
    expect(document.documentElement.hasAttribute(READING_ATTR)).toBe(false);
    expect([state('his'), state('alike')]).toEqual(['line', 'shown']);
    expect(document.getElementById('his')?.getAttribute(LINE_ATTR)).toBe('Oculto: alguien de tu lista');
  });

  it('does nothing when the extension is gone from under the page', () => {
    stop = startFeedFolder(() => undefined, feedWindow(), {});
    expect(document.documentElement.hasAttribute(READING_ATTR)).toBe(false);
    expect(state('his')).toBe('shown');
  });
});
