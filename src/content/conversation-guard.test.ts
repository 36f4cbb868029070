import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listNeedles } from '@/src/core/candidates';
import { IN_PAGE_LIST_KEY } from '@/src/storage/in-page-list';
import { HEADER_WAIT_MS, startConversationGuard } from './conversation-guard';
import type { ContentApi } from './extension-api';
import { sharedPageCover } from './page-cover';

const NEEDLES = listNeedles([
  { kind: 'profile', platform: 'instagram', handle: 'kai.morgan' },
  { kind: 'phone', number: '+34600000000' },
]);
const HIS_HEADER = '<div role="main"><header><a href="/kai.morgan/"><h2>Kai Morgan</h2></a></header></div>';
const OTHER_HEADER =
  '<div role="main"><header><a href="/sam.rivers_/"><h2>Sam Rivers</h2></a></header></div>';

/** The extension as the conversation guard sees it: her list as needles, the background's verdict. */
function fakeApi(redirected = true) {
  const api = {
    runtime: { id: 'no-contact', sendMessage: vi.fn(async (_m: unknown) => ({ redirected })) },
    storage: {
      local: { get: vi.fn(async () => ({ [IN_PAGE_LIST_KEY]: { version: 1, needles: NEEDLES } })) },
      onChanged: { addListener: vi.fn() },
    },
  } satisfies ContentApi;
  return api;
}

/** The parts of `window` the guard touches, around happy-dom's document; `go` changes the address in place. */
function fakeWindow(url: string) {
  const location = new URL(url);
  const navigation = new EventTarget();
  const go = (to: string) => {
    const event = Object.assign(new Event('navigate'), { destination: { url: to, sameDocument: true } });
    navigation.dispatchEvent(event);
    location.href = to;
  };
  return { win: { document, location, navigation } as unknown as Window, go };
}

const covered = () => document.documentElement.style.getPropertyValue('visibility') === 'hidden';
const draw = (html: string) => {
  document.body.innerHTML = html;
};
/** Lets the page's mutation records and the guard's promises run. */
const settled = () => vi.waitFor(() => Promise.resolve());

beforeEach(() => {
  document.body.innerHTML = '';
});

afterEach(() => {
  sharedPageCover(document).release('conversation');
  document.documentElement.style.removeProperty('visibility');
  vi.useRealTimers();
});

describe('the conversation guard', () => {
  it('does nothing on an app without conversations to read', () => {
    const connect = vi.fn(() => fakeApi());
    startConversationGuard(connect, fakeWindow('https://www.tiktok.com/messages/1').win);
    expect([covered(), connect.mock.calls.length]).toEqual([false, 0]);
  });

  it('touches nothing away from a conversation, until one opens', async () => {
    const api = fakeApi();
    const connect = vi.fn(() => api);
    const { win, go } = fakeWindow('https://www.instagram.com/direct/inbox/');
    startConversationGuard(connect, win);
    draw('<div role="main"><h1>Messages</h1></div>');
    await settled();
    expect([covered(), connect.mock.calls.length]).toEqual([false, 0]);

    go('https://www.instagram.com/direct/t/1/');
    expect(covered()).toBe(true);
    draw(HIS_HEADER);
    await vi.waitFor(() => expect(api.runtime.sendMessage).toHaveBeenCalled());
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'conversation',
      url: 'https://www.instagram.com/direct/t/1/',
      links: [new URL('/kai.morgan/', location.href).href],
      names: ['Kai Morgan'],
    });
    expect(covered()).toBe(true);
  });

  it('covers a thread from its start, and shows one whose header is no one on her list without asking', async () => {
    const api = fakeApi();
    startConversationGuard(() => api, fakeWindow('https://www.instagram.com/direct/t/2/').win);
    expect(covered()).toBe(true);
    draw(OTHER_HEADER);
    await vi.waitFor(() => expect(covered()).toBe(false));
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('shows a thread the background does not stop', async () => {
    const api = fakeApi(false);
    startConversationGuard(() => api, fakeWindow('https://www.instagram.com/direct/t/1/').win);
    draw(HIS_HEADER);
    await vi.waitFor(() => expect(api.runtime.sendMessage).toHaveBeenCalled());
    await vi.waitFor(() => expect(covered()).toBe(false));
  });

  it(`shows a thread whose header never comes after ${HEADER_WAIT_MS} ms (markup it does not understand)`, async () => {
    vi.useFakeTimers();
    startConversationGuard(() => fakeApi(), fakeWindow('https://www.instagram.com/direct/t/1/').win);
    draw('<div class="renamed"><h2>Kai Morgan</h2></div>');
    expect(covered()).toBe(true);
    vi.advanceTimersByTime(HEADER_WAIT_MS);
    expect(covered()).toBe(false);
  });

  it('shows the page when the extension is gone', async () => {
    startConversationGuard(() => undefined, fakeWindow('https://www.instagram.com/direct/t/1/').win);
    draw(HIS_HEADER);
    await vi.waitFor(() => expect(covered()).toBe(false));
  });

  it('shows the page as she leaves a conversation', async () => {
    const api = fakeApi();
    const { win, go } = fakeWindow('https://www.instagram.com/direct/t/1/');
    startConversationGuard(() => api, win);
    draw(HIS_HEADER);
    await vi.waitFor(() => expect(api.runtime.sendMessage).toHaveBeenCalled());
    go('https://www.instagram.com/direct/inbox/');
    await vi.waitFor(() => expect(covered()).toBe(false));
  });

  it('covers a WhatsApp Web chat as its header shows his number, and only then', async () => {
    const api = fakeApi();
    startConversationGuard(() => api, fakeWindow('https://web.whatsapp.com/').win);
    await settled();
    expect(covered()).toBe(false);
    draw('<div id="main"><header><span dir="auto">Ana</span></header></div>');
    await settled();
    expect([covered(), api.runtime.sendMessage.mock.calls.length]).toEqual([false, 0]);
    draw('<div id="main"><header><span dir="auto">+34 600 00 00 00</span></header></div>');
    await vi.waitFor(() => expect(api.runtime.sendMessage).toHaveBeenCalled());
    expect(covered()).toBe(true);
    expect(api.runtime.sendMessage.mock.calls[0]?.[0]).toMatchObject({ names: ['+34 600 00 00 00'] });
  });
});
