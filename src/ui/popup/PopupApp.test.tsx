import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localDay } from '@/src/core';
import { eventsItem, metaItem, peopleItem, readEvents, readPeople } from '@/src/storage';
import { PopupApp } from './PopupApp';

const tz = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function stubBrowser({ incognito = true, hosts = true } = {}) {
  fakeBrowser.i18n.getUILanguage = () => 'en';
  fakeBrowser.extension.isAllowedIncognitoAccess = vi.fn().mockResolvedValue(incognito);
  fakeBrowser.permissions.contains = vi.fn().mockResolvedValue(hosts);
  fakeBrowser.permissions.request = vi.fn().mockResolvedValue(true);
  fakeBrowser.runtime.openOptionsPage = vi.fn().mockResolvedValue(undefined);
}

async function seed(daysAgo: number, withProfile = true) {
  const now = Date.now();
  const since = localDay(now - daysAgo * 86_400_000 - 3 * 3_600_000, tz());
  await metaItem.setValue({ installedAt: now, installDay: since });
  await eventsItem.setValue([
    { type: 'start', at: now - 1000, since },
    { type: 'urge', at: now - 1000, visit: 'a' },
    { type: 'urge', at: now - 500, visit: 'b' },
  ]);
  await peopleItem.setValue(
    withProfile
      ? [
          {
            id: 'p1',
            name: 'Him',
            paused: false,
            names: [],
            hideFromFeeds: true,
            profiles: [
              {
                id: 'x1',
                target: { kind: 'profile', platform: 'x', handle: 'sam_rivers' },
                input: 'x.com/sam_rivers',
                addedAt: 0,
                paused: false,
              },
            ],
          },
        ]
      : [],
  );
}

describe('PopupApp', () => {
  beforeEach(() => {
    stubBrowser();
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
  });

  it('shows the streak, today and the chart from storage', async () => {
    await seed(12);
    render(<PopupApp />);
    await waitFor(() => expect(screen.getByTestId('streak-days').getAttribute('data-days')).toBe('12'));
    expect(screen.getByTestId('urges-today').textContent).toBe('2 urges resisted today');
    expect(screen.getByRole('img', { name: '2 urges resisted in the last 14 days.' })).toBeTruthy();
    expect(screen.getByTestId('popup-stats').classList.contains('is-pending')).toBe(false);
  });

  it('blocks the profile of the active tab in one click', async () => {
    await seed(3);
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'https://www.instagram.com/sam.rivers_/', active: true });
    render(<PopupApp />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Block this profile Instagram · @sam.rivers_' }),
    );
    await waitFor(async () =>
      expect((await readPeople())[0]?.profiles.map((p) => p.target)).toContainEqual({
        kind: 'profile',
        platform: 'instagram',
        handle: 'sam.rivers_',
      }),
    );
    expect((await screen.findByRole('status')).textContent).toBe('Blocked: Instagram · @sam.rivers_');
  });

  it('asks the browser for a later platform’s hosts in the same click, and adds the profile', async () => {
    await seed(3);
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'https://bsky.app/profile/sam-rivers.bsky.social', active: true });
    render(<PopupApp />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Block this profile Bluesky · @sam-rivers.bsky.social' }),
    );
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['*://*.bsky.app/*'] });
    await waitFor(async () =>
      expect((await readPeople())[0]?.profiles.map((p) => p.target)).toContainEqual({
        kind: 'profile',
        platform: 'bluesky',
        handle: 'sam-rivers.bsky.social',
      }),
    );
  });

  it('has no live button when the active tab is not a profile', async () => {
    await seed(3);
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'https://www.instagram.com/p/Cabc/', active: true });
    render(<PopupApp />);
    await waitFor(() =>
      expect(screen.getByTestId('block-profile').getAttribute('data-state')).toBe('not-profile'),
    );
    expect((screen.getByRole('button', { name: 'Block this profile' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('records a contact and keeps the history', async () => {
    await seed(23);
    render(<PopupApp />);
    await waitFor(() => expect(screen.getByTestId('streak-days').getAttribute('data-days')).toBe('23'));
    fireEvent.click(screen.getByRole('button', { name: 'I contacted him' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start again from then' }));
    expect((await screen.findByTestId('contact-after')).textContent).toBe(
      "Your best was 23 days. Day 1 again — you've done it before.",
    );
    const events = await readEvents();
    expect(events.filter((e) => e.type === 'contact')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'urge')).toHaveLength(2);
    await waitFor(() => expect(screen.getByTestId('streak-days').getAttribute('data-days')).toBe('0'));
  });

  it('warns about each hole in her protection', async () => {
    stubBrowser({ incognito: false, hosts: false });
    await seed(3, false);
    render(<PopupApp />);
    expect(await screen.findByText('No profiles yet — add one.')).toBeTruthy();
    expect(await screen.findByText(/can't reach the social sites/)).toBeTruthy();
    expect(await screen.findByText(/Not on in private windows/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a profile' }));
    await waitFor(() => expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalled());
    fireEvent.click(screen.getByRole('button', { name: 'Allow access' }));
    await waitFor(() => expect(fakeBrowser.permissions.request).toHaveBeenCalled());
  });
});
