import { fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import type { Streak } from '@/src/core';
import { InterstitialPage, type InterstitialPageProps } from './InterstitialPage';

const streak: Streak = { startDay: '2026-11-14', startAt: 0, days: 11, hours: 11 * 24 + 3 };

function props(overrides: Partial<InterstitialPageProps> = {}): InterstitialPageProps {
  return {
    planText: 'Call Ana.\nGo for a walk.',
    streak,
    goalDays: 30,
    urges: { today: 2, week: 9 },
    changingLine: 'He never listened.',
    caughtLabel: 'Sam — Instagram · @sam.rivers_',
    friend: { name: 'Ana', link: '+34600112233' },
    askAboutSlip: false,
    strict: false,
    reducedMotion: false,
    journalMaxChars: 20000,
    optionsUrl: 'chrome-extension://id/options.html',
    onOpenOptions: vi.fn(),
    onGoBack: vi.fn(),
    onSaveJournal: vi.fn().mockResolvedValue(undefined),
    onAnswerSlip: vi.fn().mockResolvedValue(undefined),
    onStartCountdown: vi.fn().mockResolvedValue({ ok: true, readyAt: 0, seconds: 0 }),
    onGoThrough: vi.fn().mockResolvedValue({ ok: true, minutes: 10 }),
    ...overrides,
  };
}

describe('InterstitialPage', () => {
  it('shows her plan, her streak, the next milestone, her urges, her line and what caught this', () => {
    render(<InterstitialPage {...props()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("You're doing this for you.");
    expect(screen.getByTestId('plan-text').textContent).toBe('Call Ana.\nGo for a walk.');
    expect(screen.getByTestId('streak-days').textContent).toBe('11 days without contact');
    expect(screen.getByTestId('next-milestone').textContent).toBe('3 more days to two weeks');
    expect(screen.getByText("You've turned back 2 times today.")).toBeTruthy();
    expect(screen.getByTestId('changing-line').textContent).toBe('He never listened.');
    expect(screen.getByText('This page is on your list: Sam — Instagram · @sam.rivers_')).toBeTruthy();
  });

  it('renders her plan as text, never as markup', () => {
    const { container } = render(
      <InterstitialPage {...props({ planText: '<img src=x onerror="alert(1)">\n<b>bold</b>' })} />,
    );
    expect(screen.getByTestId('plan-text').textContent).toBe('<img src=x onerror="alert(1)">\n<b>bold</b>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('has "Go back" as the one primary action, focused for the Enter key', () => {
    const onGoBack = vi.fn();
    render(<InterstitialPage {...props({ onGoBack })} />);
    const back = screen.getByRole('button', { name: 'Go back' });
    expect(document.activeElement).toBe(back);
    expect(document.querySelectorAll('.primary')).toHaveLength(1);
    fireEvent.click(back);
    expect(onGoBack).toHaveBeenCalledOnce();
  });

  it('offers to call her friend, to breathe, and to write', () => {
    render(<InterstitialPage {...props()} />);
    expect(screen.getByRole('link', { name: 'Call Ana' })).toBeTruthy();
    const breathe = screen.getByRole('button', { name: 'Breathe for a minute' });
    fireEvent.click(breathe);
    expect(breathe.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('breathe')).toBeTruthy();

    const write = screen.getByRole('button', { name: 'Write it instead' });
    fireEvent.click(write);
    expect(screen.queryByTestId('breathe')).toBeNull();
    expect(screen.getByLabelText('What you want to say to him')).toBeTruthy();
    fireEvent.click(write);
    expect(screen.queryByTestId('write')).toBeNull();
  });

  it('offers going through only as the quiet last option, and not at all in strict mode', () => {
    const { unmount } = render(<InterstitialPage {...props()} />);
    expect(screen.getByRole('button', { name: 'Go to the profile anyway' }).className).toBe('quiet');
    unmount();
    render(<InterstitialPage {...props({ strict: true })} />);
    expect(screen.queryByRole('button', { name: 'Go to the profile anyway' })).toBeNull();
  });

  it('asks about last time when asked to, and keeps the card to show the answer', async () => {
    const onAnswerSlip = vi.fn().mockResolvedValue(undefined);
    const { rerender } = render(<InterstitialPage {...props({ askAboutSlip: true, onAnswerSlip })} />);
    fireEvent.click(screen.getByRole('button', { name: "No, I didn't" }));
    rerender(<InterstitialPage {...props({ askAboutSlip: false, onAnswerSlip })} />);
    expect((await screen.findByRole('status')).textContent).toBe('Good. Your streak keeps going.');
    expect(onAnswerSlip).toHaveBeenCalledWith(false);
  });

  it('does not ask about last time otherwise', () => {
    render(<InterstitialPage {...props()} />);
    expect(screen.queryByTestId('slip-question')).toBeNull();
  });

  it('has words for the moment she was about to write to him, and puts her friend first', () => {
    render(
      <InterstitialPage {...props({ moment: 'contact', caughtLabel: 'Kai — Phone · +34 600 00 00 00' })} />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('You were about to write to him.');
    expect(
      screen.getByText('This would open a conversation with: Kai — Phone · +34 600 00 00 00'),
    ).toBeTruthy();
    const actions = [...document.querySelectorAll('.actions > a, .actions > button')].map(
      (el) => el.textContent,
    );
    expect(actions.slice(0, 3)).toEqual(['Call Ana', 'Message Ana', 'Go back']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Go back' }));
    expect(screen.getByRole('button', { name: 'Open the conversation anyway' }).className).toBe('quiet');
  });

  it('asks about last time in words for what she went through to', () => {
    render(<InterstitialPage {...props({ askAboutSlip: true, slipMoment: 'contact' })} />);
    expect(
      screen.getByText('Last time, you opened a conversation with him. Did you contact him?'),
    ).toBeTruthy();
  });

  it('shows the hint to add a friend when none is set', () => {
    render(<InterstitialPage {...props({ friend: { name: '', link: '' } })} />);
    expect(screen.queryByRole('link', { name: /^Call/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Open settings' })).toBeTruthy();
  });

  it.each([
    ['the whole page', {}, []],
    ['with the question about last time', { askAboutSlip: true }, []],
    ['about to write to him', { moment: 'contact' }, []],
    ['breathing', {}, ['Breathe for a minute']],
    ['writing', {}, ['Write it instead']],
  ] as const)('has no accessibility violations: %s', async (_name, overrides, clicks) => {
    render(<InterstitialPage {...props(overrides)} />);
    for (const name of clicks) fireEvent.click(screen.getByRole('button', { name }));
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
