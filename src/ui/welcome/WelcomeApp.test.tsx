import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localDay } from '@/src/core';
import { readEvents, readPeople, readPlan } from '@/src/storage';
import { WelcomeApp } from './WelcomeApp';

const heading = () => screen.getByRole('heading', { level: 2 }).textContent;

async function next(title: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Next' }));
  await waitFor(() => expect(heading()).toBe(title));
}

async function paste(value: string) {
  const input = screen.getByLabelText('Profile link');
  fireEvent.input(input, { target: { value } });
  fireEvent.submit(input.closest('form') as HTMLFormElement);
}

async function axeViolations(): Promise<string[]> {
  // Colour contrast needs layout, which happy-dom has not; the E2E run checks it in real browsers.
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

function daysAgo(days: number): string {
  return localDay(Date.now() - days * 86_400_000, Intl.DateTimeFormat().resolvedOptions().timeZone);
}

describe('WelcomeApp', () => {
  beforeEach(() => {
    location.hash = '';
    fakeBrowser.extension.isAllowedIncognitoAccess = vi.fn().mockResolvedValue(false);
  });

  it('saves every step as she goes, and ends with her streak and a profile to try', async () => {
    render(<WelcomeApp />);
    await waitFor(() => expect(heading()).toBe('Whose profiles should we keep you from?'));
    expect(screen.getByText('Step 1 of 6')).toBeTruthy();
    expect(await axeViolations()).toEqual([]);

    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Sam' } });
    fireEvent.blur(screen.getByLabelText('Name'));
    await paste('https://www.instagram.com/sam.rivers_/');
    await waitFor(() => expect(screen.getAllByTestId('welcome-profile')).toHaveLength(1));
    await paste('https://x.com/samrivers');
    await waitFor(() => expect(screen.getAllByTestId('welcome-profile')).toHaveLength(2));
    const people = await readPeople();
    expect(people.map((p) => [p.name, p.profiles.map((pr) => pr.target)])).toEqual([
      [
        'Sam',
        [
          { kind: 'profile', platform: 'instagram', handle: 'sam.rivers_' },
          { kind: 'profile', platform: 'x', handle: 'samrivers' },
        ],
      ],
    ]);

    await next('When did you last have contact?');
    expect(location.hash).toBe('#step-2');
    fireEvent.input(screen.getByLabelText('No contact since'), { target: { value: daysAgo(5) } });
    await next('Your plan');
    expect((await readEvents()).filter((e) => e.type === 'start').map((e) => e.since)).toContain(daysAgo(5));
    expect((screen.getByRole('textbox', { name: 'Your plan' }) as HTMLTextAreaElement).value).toMatch(
      /^Patience and a plan/,
    );
    expect(await axeViolations()).toEqual([]);

    fireEvent.input(screen.getByRole('textbox', { name: 'Your plan' }), {
      target: { value: 'Call Ana.\nWalk.' },
    });
    fireEvent.input(screen.getByLabelText('Goal (days)'), { target: { value: '30' } });
    await next('Your person');
    expect(await readPlan()).toMatchObject({ text: 'Call Ana.\nWalk.', goalDays: 30 });

    fireEvent.input(screen.getByLabelText("Friend's name"), { target: { value: 'Ana' } });
    fireEvent.input(screen.getByLabelText("Friend's phone or link"), {
      target: { value: '+34 600 000 000' },
    });
    await next('Close the back door');
    expect((await readPlan()).friend).toEqual({ name: 'Ana', link: '+34 600 000 000' });
    expect(screen.getByTestId('status-private').textContent).toMatch(/Allow in Incognito/);
    expect(await axeViolations()).toEqual([]);

    await next('All set for now');
    expect(screen.getByTestId('streak-days').getAttribute('data-days')).toBe('5');
    expect(
      screen.getByRole('link', { name: 'Try it: open Instagram · @sam.rivers_' }).getAttribute('href'),
    ).toBe('https://www.instagram.com/sam.rivers_/');
    expect(await axeViolations()).toEqual([]);
  });

  it('keeps "Him" and today as they are when she just goes through', async () => {
    render(<WelcomeApp />);
    await waitFor(() => expect(heading()).toBe('Whose profiles should we keep you from?'));
    await paste('tiktok.com/@samrivers');
    await waitFor(() => expect(screen.getAllByTestId('welcome-profile')).toHaveLength(1));
    await next('When did you last have contact?');
    await next('Your plan');
    await next('Your person');
    expect((await readPeople())[0]?.name).toBe('Him');
    // The default plan stays the default (in her language), not a stored copy of it.
    expect((await readPlan()).text).toBeNull();
    expect((await readEvents()).filter((e) => e.type === 'start')).toHaveLength(0);
  });

  it('keeps what she typed when she leaves half-way, and picks up where she was', async () => {
    location.hash = '#step-3';
    const { unmount } = render(<WelcomeApp />);
    await waitFor(() => expect(heading()).toBe('Your plan'));
    const plan = screen.getByRole('textbox', { name: 'Your plan' });
    fireEvent.input(plan, { target: { value: 'Breathe.' } });
    fireEvent.blur(plan);
    await waitFor(async () => expect((await readPlan()).text).toBe('Breathe.'));
    unmount();
    render(<WelcomeApp />);
    await waitFor(() => expect(heading()).toBe('Your plan'));
    expect((screen.getByRole('textbox', { name: 'Your plan' }) as HTMLTextAreaElement).value).toBe(
      'Breathe.',
    );
  });

  it('skips to the end with nothing set, and says nothing is blocked yet', async () => {
    render(<WelcomeApp />);
    await waitFor(() => expect(heading()).toBe('Whose profiles should we keep you from?'));
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    await waitFor(() => expect(heading()).toBe('All set for now'));
    expect(screen.getByTestId('welcome-empty')).toBeTruthy();
    expect(await readPeople()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Add his profiles' }));
    await waitFor(() => expect(heading()).toBe('Whose profiles should we keep you from?'));
  });
});
