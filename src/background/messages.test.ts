import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from './messages';

// What the handler may set in motion; each test checks whether it was reached.
vi.mock('./go-through', () => ({
  startCountdown: vi.fn(async () => ({ ok: true, readyAt: 0, seconds: 0 })),
  goThrough: vi.fn(async () => ({ ok: true, minutes: 10 })),
}));
vi.mock('./navigation-guard', () => ({ guardTab: vi.fn(async () => true) }));
vi.mock('@/src/storage', () => ({ recordFolded: vi.fn(async () => undefined) }));
vi.mock('./conversation-guard', () => ({ guardConversation: vi.fn(async () => true) }));

const { startCountdown, goThrough } = await import('./go-through');
const { guardTab } = await import('./navigation-guard');
const { recordFolded } = await import('@/src/storage');
const { guardConversation } = await import('./conversation-guard');

const OWN = 'chrome-extension://test-extension-id';
const PROFILE = 'https://www.instagram.com/exname/';
const INTERSTITIAL = `${OWN}/interstitial.html#${PROFILE}`;

type Sender = Browser.runtime.MessageSender;

/** A message from a tab's top frame, as the browser describes its sender. */
const fromTab = (url: string, extra: Partial<Sender> = {}): Sender => ({
  id: fakeBrowser.runtime.id,
  url,
  frameId: 0,
  tab: { id: 7 } as Browser.tabs.Tab,
  ...extra,
});

const countdown = { type: 'start-countdown', url: PROFILE };
const through = { type: 'go-through', url: PROFILE, visit: 'v1' };
const navigation = { type: 'in-page-navigation', url: PROFILE };
const THREAD = 'https://www.instagram.com/direct/t/340282366841710300949128/';
const header = { links: ['https://www.instagram.com/exname/'], names: ['Ex Name'] };
const conversation = { type: 'conversation', url: THREAD, ...header };

describe('handleMessage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.clearAllMocks();
  });

  it('lets the interstitial start the countdown and go through, for its own tab', async () => {
    expect(await handleMessage(countdown, fromTab(INTERSTITIAL), true)).toMatchObject({ ok: true });
    expect(startCountdown).toHaveBeenCalledWith(7, PROFILE, expect.any(Number), undefined);
    expect(await handleMessage(through, fromTab(INTERSTITIAL), true)).toMatchObject({ ok: true });
    expect(goThrough).toHaveBeenCalledWith(7, PROFILE, 'v1', expect.any(Number), true, undefined);
  });

  it('lets a page of a listed site report an in-page navigation, and nothing more', async () => {
    const page = fromTab('https://www.instagram.com/explore/');
    expect(await handleMessage(navigation, page, true)).toEqual({ redirected: true });
    expect(guardTab).toHaveBeenCalledWith(7, PROFILE, expect.any(Number));
  });

  it('lets the feed folder in a page report reminders it kept out of sight', async () => {
    await handleMessage({ type: 'folded', count: 3 }, fromTab('https://www.instagram.com/'), true);
    expect(recordFolded).toHaveBeenCalledWith(3, expect.any(Number), expect.any(String));
  });

  it.each<[string, unknown, Sender]>([
    ['no count', { type: 'folded' }, fromTab('https://www.instagram.com/')],
    ['a count of nothing', { type: 'folded', count: 0 }, fromTab('https://www.instagram.com/')],
    ['a fraction', { type: 'folded', count: 1.5 }, fromTab('https://www.instagram.com/')],
    ['more than a page holds', { type: 'folded', count: 1e9 }, fromTab('https://www.instagram.com/')],
    ['a text', { type: 'folded', count: '3' }, fromTab('https://www.instagram.com/')],
    [
      'a frame, not the page',
      { type: 'folded', count: 3 },
      fromTab('https://www.instagram.com/', { frameId: 2 }),
    ],
    ['an extension page', { type: 'folded', count: 3 }, fromTab(`${OWN}/options.html`)],
  ])('ignores a folded count with %s', async (_, message, sender) => {
    expect(await handleMessage(message, sender, true)).toBeUndefined();
    expect(recordFolded).not.toHaveBeenCalled();
  });

  it('lets a page report the header of the conversation it shows, and nothing more', async () => {
    const page = fromTab(THREAD);
    expect(await handleMessage(conversation, page, true)).toEqual({ redirected: true });
    expect(guardConversation).toHaveBeenCalledWith(
      7,
      THREAD,
      expect.objectContaining(header),
      expect.any(Number),
    );
    expect(await handleMessage(conversation, fromTab(INTERSTITIAL), true)).toBeUndefined();
    expect(guardConversation).toHaveBeenCalledTimes(1);
  });

  it('passes on the target a conversation showed with the countdown and going through', async () => {
    const withKey = 'instagram:exname';
    await handleMessage({ ...countdown, url: THREAD, with: withKey }, fromTab(INTERSTITIAL), true);
    expect(startCountdown).toHaveBeenCalledWith(7, THREAD, expect.any(Number), withKey);
    await handleMessage({ ...through, url: THREAD, with: withKey }, fromTab(INTERSTITIAL), true);
    expect(goThrough).toHaveBeenCalledWith(7, THREAD, 'v1', expect.any(Number), true, withKey);
  });

  // A page's content script (or a compromised page speaking through it) asks for an allowance.
  it.each([
    ['a content script', 'https://www.instagram.com/exname/'],
    ['a look-alike page on a site', 'https://evil.example/interstitial.html'],
    ['another extension page of ours', `${OWN}/options.html`],
    ['a page with our path on another extension', 'chrome-extension://other-extension/interstitial.html'],
    ['a page with our id in its path', `https://evil.example/${OWN}/interstitial.html`],
    ['a sender without a URL', ''],
  ])('ignores countdown and going through from %s', async (_label, url) => {
    const sender = fromTab(url);
    expect(await handleMessage(countdown, sender, true)).toBeUndefined();
    expect(await handleMessage(through, sender, true)).toBeUndefined();
    expect(startCountdown).not.toHaveBeenCalled();
    expect(goThrough).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', { id: 'other-extension' }],
    ['a subframe of the interstitial', { frameId: 3 }],
    ['no tab (a background or popup context)', { tab: undefined }],
  ])('ignores the interstitial’s messages when they come from %s', async (_label, extra) => {
    const sender = fromTab(INTERSTITIAL, extra as Partial<Sender>);
    for (const message of [countdown, through, navigation]) {
      expect(await handleMessage(message, sender, true)).toBeUndefined();
    }
    expect(startCountdown).not.toHaveBeenCalled();
    expect(goThrough).not.toHaveBeenCalled();
    expect(guardTab).not.toHaveBeenCalled();
  });

  it('ignores an in-page navigation reported by an extension page', async () => {
    for (const url of [INTERSTITIAL, `${OWN}/options.html`, `${OWN}/popup.html`]) {
      expect(await handleMessage(navigation, fromTab(url), true)).toBeUndefined();
    }
    expect(guardTab).not.toHaveBeenCalled();
  });

  it.each([
    ['null', null],
    ['a string', 'go-through'],
    ['an array', [through]],
    ['an unknown type', { type: 'grant-allowance', url: PROFILE }],
    ['a type from the prototype', { type: 'toString', url: PROFILE }],
    ['a missing URL', { type: 'go-through' }],
    ['a URL that is not a string', { type: 'go-through', url: { href: PROFILE } }],
    ['a huge URL', { type: 'go-through', url: `${PROFILE}?${'a'.repeat(1_000_000)}` }],
    ['a visit that is not a string', { type: 'go-through', url: PROFILE, visit: 42 }],
    ['a huge visit', { type: 'go-through', url: PROFILE, visit: 'v'.repeat(65) }],
    ['a target key that is not a string', { type: 'go-through', url: PROFILE, with: ['instagram:exname'] }],
    ['a header without links', { type: 'conversation', url: THREAD, names: [] }],
    ['a header whose names are not strings', { ...conversation, names: [{ toString: (): string => 'Ex' }] }],
    ['a header of a thousand links', { ...conversation, links: Array(1000).fill(PROFILE) }],
    ['a header with a whole page of text', { ...conversation, names: ['x'.repeat(10_000)] }],
  ])('ignores a malformed payload: %s', async (_label, message) => {
    expect(await handleMessage(message, fromTab(INTERSTITIAL), true)).toBeUndefined();
    expect(await handleMessage(message, fromTab('https://www.instagram.com/'), true)).toBeUndefined();
    expect(goThrough).not.toHaveBeenCalled();
    expect(startCountdown).not.toHaveBeenCalled();
    expect(guardTab).not.toHaveBeenCalled();
    expect(guardConversation).not.toHaveBeenCalled();
  });

  it('knows the interstitial by its fixed origin when getURL hands out Chrome’s per-session URL', async () => {
    // With use_dynamic_url, getURL('/interstitial.html') is chrome-extension://<session id>/…, while the
    // loaded page (the sender) reports chrome-extension://<extension id>/… (e2e/security.e2e.ts).
    const getURL = fakeBrowser.runtime.getURL;
    const spy = vi
      .spyOn(fakeBrowser.runtime, 'getURL')
      .mockImplementation((path: string) =>
        path.replace(/^\//, '') === 'interstitial.html'
          ? 'chrome-extension://5f1c2b9e-0d7a-4c53-9a41-6d2f0e7b8c11/interstitial.html'
          : getURL(path),
      );
    try {
      expect(await handleMessage(through, fromTab(INTERSTITIAL), true)).toMatchObject({ ok: true });
      expect(
        await handleMessage(
          through,
          fromTab(`chrome-extension://5f1c2b9e-0d7a-4c53-9a41-6d2f0e7b8c11/interstitial.html#${PROFILE}`),
          true,
        ),
      ).toMatchObject({ ok: true });
      expect(goThrough).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});
