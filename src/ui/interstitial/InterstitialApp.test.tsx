import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NoContactEvent } from '@/src/core';
import { readEvents, readJournal, readSlipAnswers } from '@/src/storage';
import { InterstitialApp } from './InterstitialApp';

const DAY = 86_400_000;
const BLOCKED = 'https://www.instagram.com/sam.rivers_/';

async function seed(events: NoContactEvent[] = [], settings: object = {}) {
  await fakeBrowser.storage.local.set({
    people: [
      {
        id: 'p1',
        name: 'Sam',
        profiles: [
          {
            id: 'a',
            target: { kind: 'profile', platform: 'instagram', handle: 'sam.rivers_' },
            input: BLOCKED,
            addedAt: 0,
            paused: false,
          },
        ],
      },
    ],
    plan: {
      text: 'Call Ana.\n<script>alert(1)</script>',
      reasons: ['He never listened.'],
      goalDays: 30,
      friend: { name: 'Ana', link: '+34600112233' },
    },
    settings,
    events,
    meta: { installedAt: 0, installDay: '2020-01-01' },
  });
}

function arrive(url = BLOCKED) {
  history.replaceState(null, '', `/interstitial.html#${url}`);
}

/** The label of what caught this loads after the page shows, with the phone metadata: slow on a loaded machine. */
const LABEL = { timeout: 8000 };

/** The background's answers to a countdown with no wait and to going through: yes. */
const backgroundLetsHerThrough = () =>
  vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation(async (m: unknown) =>
      (m as { type: string }).type === 'start-countdown'
        ? { ok: true, readyAt: Date.now(), seconds: 0 }
        : { ok: true, minutes: 10 },
    );

/** The words for a way to write to him, what caught it, and one urge recorded as contact. */
async function showsContactMoment(caught: string, key: string) {
  expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
    'You were about to write to him.',
  );
  expect(await screen.findByText(caught, {}, LABEL)).toBeTruthy();
  await waitFor(async () => expect(await urges()).toHaveLength(1));
  expect((await urges())[0]).toMatchObject({ key, moment: 'contact' });
}

const urges = async () => (await readEvents()).filter((e) => e.type === 'urge');

describe('InterstitialApp', () => {
  beforeEach(() => arrive());

  it('renders her plan and what caught this from storage, and records one urge for the visit', async () => {
    await seed([{ type: 'start', at: Date.now() - 5 * DAY, since: '2020-01-01' }]);
    render(<InterstitialApp />);
    expect((await screen.findByTestId('plan-text')).textContent).toBe('Call Ana.\n<script>alert(1)</script>');
    expect(
      await screen.findByText('This page is on your list: Sam — Instagram · @sam.rivers_', {}, LABEL),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call Ana' })).toBeTruthy();

    await waitFor(async () => expect(await urges()).toHaveLength(1));
    const [urge] = await urges();
    expect(urge).toMatchObject({ type: 'urge', key: 'instagram:sam.rivers_' });
    expect((history.state as { noContactVisit?: string }).noContactVisit).toBe(
      (urge as { visit: string }).visit,
    );
  }, 15_000);

  it('records an urge on the way to a chat with him as a contact urge', async () => {
    await seed();
    const people = [
      {
        id: 'p1',
        name: 'Sam',
        profiles: [
          {
            id: 'b',
            target: { kind: 'profile', platform: 'facebook', handle: '100012345678901' },
            input: 'https://www.facebook.com/profile.php?id=100012345678901',
            addedAt: 0,
            paused: false,
          },
        ],
      },
    ];
    await fakeBrowser.storage.local.set({ people });
    arrive('https://www.messenger.com/t/100012345678901');
    render(<InterstitialApp />);
    await waitFor(async () => expect(await urges()).toHaveLength(1));
    expect((await urges())[0]).toMatchObject({ key: 'facebook:100012345678901', moment: 'contact' });
  });

  it('on a chat link to his number, says she was about to write to him, and records a contact urge', async () => {
    await seed();
    const people = [
      {
        id: 'p1',
        name: 'Kai',
        profiles: [
          {
            id: 'n',
            target: { kind: 'phone', number: '+34600000000' },
            input: '+34 600 000 000',
            addedAt: 0,
            paused: false,
          },
        ],
      },
    ];
    await fakeBrowser.storage.local.set({ people });
    arrive('https://api.whatsapp.com/send?phone=34600000000&text=hi');
    render(<InterstitialApp />);
    await showsContactMoment(
      'This would open a conversation with: Kai — Phone · +34 600 00 00 00',
      'phone:+34600000000',
    );
  }, 15_000);

  it('stands in front of a conversation whose header showed him, and takes him along to go through', async () => {
    await seed([], { countdownSeconds: 0 });
    const thread = 'https://www.instagram.com/direct/t/340282366841710300949128/';
    history.replaceState(
      null,
      '',
      `/interstitial.html?arrival=after-page&with=instagram%3Asam.rivers_#${thread}`,
    );
    const sendMessage = backgroundLetsHerThrough();
    render(<InterstitialApp />);
    await showsContactMoment(
      'This would open a conversation with: Sam — Instagram · @sam.rivers_',
      'instagram:sam.rivers_',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Open the conversation anyway' }));
    fireEvent.input(await screen.findByLabelText('To go on, type: I choose to go'), {
      target: { value: 'I choose to go' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Open the conversation' }));
    await screen.findByText(/^Opening the conversation/);
    expect(sendMessage.mock.calls.map(([m]) => m)).toMatchObject([
      { type: 'start-countdown', url: thread, with: 'instagram:sam.rivers_' },
      { type: 'go-through', url: thread, with: 'instagram:sam.rivers_' },
    ]);
    sendMessage.mockRestore();
  }, 15_000);

  it('names him, not a search, when a conversation showed a name he goes by', async () => {
    await seed();
    const people = [{ id: 'p1', name: 'Sam', names: ['Sam Rivers'], profiles: [] }];
    await fakeBrowser.storage.local.set({ people });
    history.replaceState(
      null,
      '',
      '/interstitial.html?arrival=after-page&with=name%3Asam%20rivers#https://web.whatsapp.com/',
    );
    render(<InterstitialApp />);
    expect(await screen.findByText('This would open a conversation with: Sam', {}, LABEL)).toBeTruthy();
  });

  it('stands in front of no one when the target a conversation showed has left her list', async () => {
    await seed();
    history.replaceState(
      null,
      '',
      '/interstitial.html?arrival=after-page&with=instagram%3Aother#https://www.instagram.com/direct/t/1/',
    );
    render(<InterstitialApp />);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).not.toBe(
      'You were about to write to him.',
    );
    await waitFor(async () => expect(await urges()).toHaveLength(1));
    expect((await urges())[0]?.key).toBeUndefined();
  });

  it('asks about a slip into a conversation in its own words; "yes" records contact', async () => {
    const slipAt = Date.now() - DAY;
    await seed([{ type: 'slip', at: slipAt, key: 'phone:+34600000000', visit: 'old', moment: 'contact' }]);
    render(<InterstitialApp />);
    await screen.findByText('Last time, you opened a conversation with him. Did you contact him?');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, I did' }));
    await waitFor(async () =>
      expect((await readEvents()).filter((e) => e.type === 'contact')).toEqual([
        { id: expect.any(String), type: 'contact', at: slipAt },
      ]),
    );
  });

  it('records no second urge when the same history entry is shown again', async () => {
    await seed();
    history.replaceState({ noContactVisit: 'earlier' }, '', `/interstitial.html#${BLOCKED}`);
    render(<InterstitialApp />);
    await screen.findByTestId('plan-text');
    expect(await urges()).toEqual([]);
  });

  it('counts the urges turned back before this visit', async () => {
    const now = Date.now();
    await seed([
      { type: 'urge', at: now - 1000, visit: 'v1' },
      { type: 'urge', at: now - 500, visit: 'v2' },
      { type: 'slip', at: now - 400, visit: 'v2' },
    ]);
    render(<InterstitialApp />);
    expect((await screen.findByTestId('urge-count')).textContent).toContain(
      "You've turned back 1 time today.",
    );
  });

  it('sends the countdown and going through to the background, with this visit', async () => {
    await seed([], { countdownSeconds: 0 });
    const sendMessage = backgroundLetsHerThrough();
    render(<InterstitialApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Go to the profile anyway' }));
    fireEvent.input(await screen.findByLabelText('To go on, type: I choose to go'), {
      target: { value: 'I choose to go' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Go to the profile' }));
    await screen.findByText('Opening the profile. You have 10 minutes.');

    const visit = (history.state as { noContactVisit: string }).noContactVisit;
    expect(sendMessage.mock.calls.map(([m]) => m)).toEqual([
      { type: 'start-countdown', url: BLOCKED },
      { type: 'go-through', url: BLOCKED, visit },
    ]);
  });

  it('treats no answer from the background as a failure, never as permission', async () => {
    await seed();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<InterstitialApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Go to the profile anyway' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/nothing was opened/);
  });

  it('has no way through in strict mode', async () => {
    await seed([], { strict: true });
    render(<InterstitialApp />);
    await screen.findByTestId('plan-text');
    expect(screen.queryByRole('button', { name: 'Go to the profile anyway' })).toBeNull();
  });

  it('keeps what she writes in her journal', async () => {
    await seed();
    render(<InterstitialApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it instead' }));
    fireEvent.input(screen.getByLabelText('What you want to say to him'), {
      target: { value: 'Not tonight.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Keep it in my journal' }));
    await screen.findByText("Kept in your journal. It wasn't sent to anyone.");
    expect((await readJournal()).map((e) => e.text)).toEqual(['Not tonight.']);
  });

  it('asks about the last slip; "yes" restarts the streak from it, kindly', async () => {
    const slipAt = Date.now() - 2 * DAY;
    await seed([
      { type: 'start', at: 0, since: '2020-01-01' },
      { type: 'slip', at: slipAt, key: 'instagram:sam.rivers_', visit: 'old' },
    ]);
    render(<InterstitialApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, I did' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Thank you for being honest/);
    expect((await readEvents()).filter((e) => e.type === 'contact')).toEqual([
      { id: expect.any(String), type: 'contact', at: slipAt },
    ]);
    expect(await readSlipAnswers()).toMatchObject([{ slip: 'old', contacted: true }]);
    await waitFor(() =>
      expect(Number(screen.getByTestId('streak-days').dataset.days)).toBeLessThanOrEqual(2),
    );
  });

  it('does not ask again about a slip she answered', async () => {
    await seed([{ type: 'slip', at: Date.now() - DAY, visit: 'old' }]);
    await fakeBrowser.storage.local.set({ slipAnswers: [{ slip: 'old', contacted: false, at: Date.now() }] });
    render(<InterstitialApp />);
    await screen.findByTestId('plan-text');
    expect(screen.queryByTestId('slip-question')).toBeNull();
  });
});

describe('"Go back"', () => {
  beforeEach(() => arrive());

  /** Clicks "Go back" on a page with entries behind it, where the step back does not leave (a slow or a dropped one). */
  async function goBackThatStays(statuses: string[]) {
    await seed();
    vi.spyOn(history, 'length', 'get').mockReturnValue(3);
    const go = vi.spyOn(history, 'go').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockImplementation(
      async () => ({ status: statuses.shift() ?? 'complete' }) as never,
    );
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    render(<InterstitialApp />);
    const back = await screen.findByRole('button', { name: 'Go back' });
    vi.useFakeTimers();
    fireEvent.click(back);
    expect(go).toHaveBeenCalledWith(-1);
    return update;
  }

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('takes her to a new tab when the step back never started', async () => {
    const update = await goBackThatStays([]);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(update).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('leaves a slow step back alone while the tab loads it', async () => {
    const update = await goBackThatStays(['loading', 'loading']);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(update).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('does nothing once the page has left', async () => {
    const update = await goBackThatStays(['loading']);
    dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(12_000);
    expect(update).not.toHaveBeenCalled();
  });

  it('stops waiting for a step back that loads for ten seconds', async () => {
    const update = await goBackThatStays(Array(10).fill('loading'));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(update).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(update).toHaveBeenCalledTimes(1);
  });
});
