import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPending, readPeople } from '@/src/storage';
import { OptionsApp } from './OptionsApp';

async function paste(value: string) {
  const input = await screen.findByLabelText('Profile link');
  fireEvent.input(input, { target: { value } });
  fireEvent.submit(input.closest('form') as HTMLFormElement);
  return input;
}

describe('OptionsApp', () => {
  /** The browser's answer to permissions.contains, and the listeners of permissions.onAdded. */
  let granted: boolean;
  const added: (() => void)[] = [];
  const request = vi.fn();

  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.extension.isAllowedIncognitoAccess = vi.fn().mockResolvedValue(true);
    granted = true;
    added.length = 0;
    request.mockReset().mockResolvedValue(false);
    const listeners = (list: (() => void)[]) => ({
      addListener: (fn: () => void) => list.push(fn),
      removeListener: (fn: () => void) => list.splice(list.indexOf(fn), 1),
    });
    Object.assign(fakeBrowser.permissions, {
      contains: vi.fn(async () => granted),
      request,
      onAdded: listeners(added),
      onRemoved: listeners([]),
    });
  });

  it('says where No Contact may not read the pages of a profile, and asks the browser again from her click', async () => {
    granted = false;
    render(<OptionsApp />);
    await paste('https://bsky.app/profile/sam-rivers.bsky.social');
    expect((await screen.findByTestId('access-missing')).textContent).toMatch(
      /^No Contact hasn't been allowed on these pages yet/,
    );
    request.mockClear();
    fireEvent.click(
      screen.getByRole('button', { name: 'Allow No Contact on Bluesky · @sam-rivers.bsky.social' }),
    );
    expect(request).toHaveBeenCalledWith({ origins: ['*://*.bsky.app/*'] });
    // She says yes: the line goes.
    granted = true;
    for (const listener of added) listener();
    await waitFor(() => expect(screen.queryByTestId('access-missing')).toBeNull());
  });

  it('says nothing about access for the first ten platforms, granted at install', async () => {
    render(<OptionsApp />);
    await paste('https://www.instagram.com/sam.rivers_/');
    await screen.findByTestId('blocked-profile');
    expect(screen.queryByTestId('access-missing')).toBeNull();
  });

  it('adds a pasted profile under the default person and says what it covers', async () => {
    render(<OptionsApp />);
    const input = await screen.findByLabelText('Profile link');
    fireEvent.input(input, { target: { value: 'https://www.instagram.com/sam.rivers_/' } });
    expect(screen.getByTestId('recognised').textContent).toMatch(
      /^Recognised: Instagram · @sam.rivers_ — also covers/,
    );
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    await waitFor(() =>
      expect(screen.getByTestId('profile-status').textContent).toMatch(/^Added: Instagram · @sam.rivers_/),
    );
    expect(await screen.findByTestId('blocked-profile')).toBeTruthy();
    expect((await readPeople())[0]?.name).toBe('Him');
  });

  it('shows a specific error for a post, and refuses a duplicate', async () => {
    render(<OptionsApp />);
    await paste('https://www.instagram.com/p/Cabc123/');
    expect((await screen.findByRole('alert')).textContent).toMatch(/post, not a profile/);
    await paste('instagram.com/sam.rivers_');
    await screen.findByTestId('blocked-profile');
    await paste('https://m.instagram.com/sam.rivers_');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Instagram · @sam.rivers_ is already on your list.',
    );
    expect((await readPeople()).flatMap((p) => p.profiles)).toHaveLength(1);
  });

  it('schedules a removal, and cancelling it keeps the profile', async () => {
    render(<OptionsApp />);
    await paste('x.com/samrivers');
    fireEvent.click(await screen.findByRole('button', { name: 'Remove X · @samrivers' }));
    expect((await screen.findByTestId('pending-note')).textContent).toMatch(
      /^Removal pending — takes effect /,
    );
    expect((await readPeople()).flatMap((p) => p.profiles)).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: /^Cancel: Remove X · @samrivers/ }));
    await waitFor(() => expect(screen.queryByTestId('pending-note')).toBeNull());
    expect(await readPending()).toEqual([]);
    expect((await readPeople()).flatMap((p) => p.profiles)).toHaveLength(1);
  });

  it('has one h1, a section nav and h2 for each section', async () => {
    render(<OptionsApp />);
    await screen.findByLabelText('Profile link');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(nav.querySelectorAll('a')).toHaveLength(8);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toContain('Your plan');
  });
});
