// Issue 16: a conversation inside an app whose address does not name him. An Instagram Direct thread is addressed
// by its id; when its header links to his profile, the thread is covered before it shows and the tab goes to the
// interstitial as contact, whether she types the thread's address or opens it from the inbox. A thread with
// someone else and the inbox are left alone, and going through anyway opens the thread. WhatsApp Web never changes
// its address: a chat whose header shows his number goes the same way, a chat with a friend stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instagram, peopleWith, waitForRules } from './harness/blocklist';
import { BROWSERS, type TestBrowser } from './harness/browsers';
import { coverSeen, watchCover } from './harness/cover-watch';
import { directThreadOf } from './harness/direct-pages';
import type { FakeSite } from './harness/fake-site';
import { countProfileFrames, profileFrames } from './harness/frame-counter';
import { isInterstitial } from './harness/interstitial';
import { endSession, startSession } from './harness/session';
import { button, shownText, typeInto, WAIT, waitForText } from './harness/ui';
import { WHATSAPP_CHATS } from './harness/whatsapp-web-page';

const HOST = 'www.instagram.com';
const INBOX = `https://${HOST}/direct/inbox/`;
const HIS_THREAD = directThreadOf('kai.morgan');
const OTHER_THREAD = directThreadOf('sam.rivers_');
const REPS = 3;
const WHATSAPP = 'https://web.whatsapp.com/';
/** WhatsApp's hosts, which she is asked for when she adds his number (Chromium's prompt cannot be answered here). */
const WHATSAPP_HOSTS = ['*://*.whatsapp.com/*', '*://*.wa.me/*'];

describe.each(BROWSERS)('conversations in %s', (name) => {
  let site: FakeSite;
  let tb: TestBrowser;

  /** Whether the thread's messages are on screen (drawn and not covered). */
  const conversationShows = () =>
    tb.page.waitForFunction(() => document.getElementById('conversation')?.checkVisibility() === true, WAIT);

  const lastEvent = async (type: string) => {
    const events = ((await tb.readStorage()).events ?? []) as { type: string }[];
    return events.filter((e) => e.type === type).at(-1);
  };

  /** Requests, frames of the thread, and where it ended: for one way of opening his thread. */
  async function open(act: () => Promise<void>) {
    site.clearRequests();
    const since = Date.now();
    await act();
    await tb.waitForUrl(tb.page, isInterstitial);
    return {
      frames: profileFrames(site, since),
      thread: site.requestsTo(HOST, HIS_THREAD.replace(/\/$/, '')).length,
      profile: site.requestsTo(HOST, '/kai.morgan').length,
    };
  }

  beforeAll(async () => {
    ({ site, tb } = await startSession(name, { grantHosts: WHATSAPP_HOSTS }));
    await countProfileFrames(tb.page);
    await watchCover(tb.page);
    const [kai] = peopleWith([instagram('kai.morgan')]) as Record<string, unknown>[];
    await tb.seedStorage({ people: [{ ...kai, name: 'Kai' }], settings: { countdownSeconds: 0 } });
    await waitForRules(tb, ['kai.morgan']);
    // The conversation guard is registered once her list is applied; from then on a thread's page is covered
    // while its header is read, which is how this waits for it.
    const deadline = Date.now() + WAIT.timeout;
    do await tb.navigate(tb.page, `https://${HOST}${OTHER_THREAD}`);
    while (!(await coverSeen(tb.page)) && Date.now() < deadline);
    expect(await coverSeen(tb.page)).toBe(true);
  });

  afterAll(() => endSession({ site, tb }));

  it('stops his thread typed by its address, with no frame of it', async () => {
    const outcomes = [];
    for (let i = 0; i < REPS; i++) {
      await tb.navigate(tb.page, INBOX);
      outcomes.push(await open(() => tb.navigate(tb.page, `https://${HOST}${HIS_THREAD}`)));
    }
    // The thread's own page is asked for (its address names no one); his profile never is.
    expect(outcomes).toEqual(Array(REPS).fill({ frames: 0, thread: 1, profile: 0 }));
    expect((await tb.page.$eval('h1', (h) => h.textContent))?.trim()).toBe('You were about to write to him.');
    expect(await waitForText(tb.page, '.caught')).toBe(
      'This would open a conversation with: Kai — Instagram · @kai.morgan',
    );
    await tb.screenshot(tb.page, 'conversation-interstitial');
    expect(await lastEvent('urge')).toMatchObject({
      key: 'instagram:kai.morgan',
      moment: 'contact',
    });
  });

  it('stops his thread opened from the Direct inbox, inside the app, with no frame of it', async () => {
    const outcomes = [];
    for (let i = 0; i < REPS; i++) {
      await tb.navigate(tb.page, INBOX);
      await tb.page.waitForSelector('a.thread[data-handle="kai.morgan"]', WAIT);
      outcomes.push(await open(() => tb.page.click('a.thread[data-handle="kai.morgan"]')));
    }
    // No request at all: the app changes its address in place.
    expect(outcomes).toEqual(Array(REPS).fill({ frames: 0, thread: 0, profile: 0 }));
  });

  it('leaves the inbox and a thread with someone else alone, typed or opened in the app', async () => {
    await tb.navigate(tb.page, INBOX);
    await tb.page.waitForFunction(() => document.getElementById('inbox')?.checkVisibility() === true, WAIT);
    expect(await coverSeen(tb.page)).toBe(false);
    await tb.page.click('a.thread[data-handle="sam.rivers_"]');
    await conversationShows();
    expect(await tb.currentUrl(tb.page)).toBe(`https://${HOST}${OTHER_THREAD}`);

    await tb.navigate(tb.page, `https://${HOST}${OTHER_THREAD}`);
    await conversationShows();
    expect(await shownText(tb.page, '[role="main"] header h2')).toBe('Sam Rivers');
    expect(await tb.currentUrl(tb.page)).toBe(`https://${HOST}${OTHER_THREAD}`);
  });

  it('opens his thread after the countdown and the typed words, and leaves it open', async () => {
    await tb.navigate(tb.page, `https://${HOST}${HIS_THREAD}`);
    await tb.waitForUrl(tb.page, isInterstitial);
    await (await button(tb.page, 'Open the conversation anyway')).click();
    await typeInto(tb.page, 'To go on, type: I choose to go', 'I choose to go');
    await (await button(tb.page, 'Open the conversation')).click();
    await tb.waitForUrl(tb.page, (href) => href === `https://${HOST}${HIS_THREAD}`);
    await conversationShows();
    expect(await lastEvent('slip')).toMatchObject({
      key: 'instagram:kai.morgan',
      moment: 'contact',
    });
  });

  it('stops a WhatsApp Web chat whose header shows his number, with no frame of it, and leaves a friend’s chat', async () => {
    await tb.openExtensionPage('options.html');
    await typeInto(tb.page, 'Profile link', '+34 600 000 000');
    await tb.page.keyboard.press('Enter');
    await waitForText(tb.page, '[data-testid="profile-status"]', /Phone/);
    // Chromium tells which pages the script is registered on; Firefox registers it as it writes her list's words.
    if (name === 'chromium') await registeredOn(tb, 'web.whatsapp.com');
    else await listHas(tb, '34600000000');

    await tb.navigate(tb.page, WHATSAPP);
    await tb.page.click(`button.chat[data-chat="${WHATSAPP_CHATS.indexOf('Ana')}"]`);
    await conversationShows();
    expect(await tb.currentUrl(tb.page)).toBe(WHATSAPP);

    // From the chat list again: the frames counted are his chat's only.
    await tb.navigate(tb.page, WHATSAPP);
    const outcome = await open(() =>
      tb.page.click(`button.chat[data-chat="${WHATSAPP_CHATS.indexOf('+34 600 00 00 00')}"]`),
    );
    expect(outcome.frames).toBe(0);
    expect((await tb.page.$eval('h1', (h) => h.textContent))?.trim()).toBe('You were about to write to him.');
    expect(await lastEvent('urge')).toMatchObject({ key: 'phone:+34600000000', moment: 'contact' });
  });
});

/** Resolves once her list's words for the in-page scripts include `needle`. */
async function listHas(tb: TestBrowser, needle: string): Promise<void> {
  const deadline = Date.now() + WAIT.timeout;
  for (;;) {
    const stored = await tb.evalInExtension(
      async (api) => (await api.storage.local.get('inPageList')).inPageList,
    );
    if ((stored as { needles?: string[] } | undefined)?.needles?.includes(needle)) return;
    if (Date.now() > deadline) throw new Error(`her list's words never held ${needle}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves once Chromium has the conversation guard registered on `host`'s pages. */
async function registeredOn(tb: TestBrowser, host: string): Promise<void> {
  const deadline = Date.now() + WAIT.timeout;
  for (;;) {
    const matches = await tb.evalInExtension(async (api) => {
      const scripting = (
        api as unknown as {
          scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
        }
      ).scripting;
      return (await scripting.getRegisteredContentScripts()).flatMap((s) =>
        s.id === 'conversation-guard' ? (s.matches ?? []) : [],
      );
    });
    if (matches.some((m) => m.includes(host))) return;
    if (Date.now() > deadline) throw new Error(`the conversation guard was never registered on ${host}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
