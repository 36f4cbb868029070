import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CountdownReply, GoThroughReply } from '@/src/messages/replies';
import { GoThroughAnyway } from './GoThroughAnyway';

const T0 = Date.parse('2026-11-25T01:00:00Z');
const open = () => screen.getByRole('button', { name: 'Go to the profile anyway' });
const flush = () => act(async () => {});
const tick = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });
const phraseBox = () => screen.getByLabelText('To go on, type: I choose to go') as HTMLInputElement;

function setup(
  countdown: CountdownReply = { ok: true, readyAt: T0 + 3000, seconds: 3 },
  goThrough: GoThroughReply = { ok: true, minutes: 10 },
) {
  const onStartCountdown = vi.fn().mockResolvedValue(countdown);
  const onGoThrough = vi.fn().mockResolvedValue(goThrough);
  render(<GoThroughAnyway onStartCountdown={onStartCountdown} onGoThrough={onGoThrough} />);
  return { onStartCountdown, onGoThrough };
}

describe('GoThroughAnyway', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());

  it('asks her to take a breath while the countdown runs, then for the typed phrase', async () => {
    const { onStartCountdown, onGoThrough } = setup();
    fireEvent.click(open());
    await flush();
    expect(onStartCountdown).toHaveBeenCalledOnce();
    expect(screen.getByRole('timer').textContent).toBe('Take a breath first. You can go in 3 seconds.');
    expect(screen.queryByLabelText(/To go on/)).toBeNull();

    tick(2000);
    expect(screen.getByRole('timer').textContent).toBe('Take a breath first. You can go in 1 second.');
    tick(1000);
    expect(screen.queryByRole('timer')).toBeNull();
    expect(document.activeElement).toBe(phraseBox());
    expect(onGoThrough).not.toHaveBeenCalled();
  });

  it('goes through once the phrase is typed, whatever the case and spaces', async () => {
    const { onGoThrough } = setup({ ok: true, readyAt: T0, seconds: 0 });
    fireEvent.click(open());
    await flush();
    fireEvent.input(phraseBox(), { target: { value: '  i CHOOSE to go ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Go to the profile' }));
    await flush();
    expect(onGoThrough).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toBe('Opening the profile. You have 10 minutes.');
  });

  it('does not go through on the wrong words', async () => {
    const { onGoThrough } = setup({ ok: true, readyAt: T0, seconds: 0 });
    fireEvent.click(open());
    await flush();
    fireEvent.input(phraseBox(), { target: { value: 'whatever' } });
    fireEvent.submit(phraseBox().form as HTMLFormElement);
    await flush();
    expect(onGoThrough).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Type the words just as shown: I choose to go');
    expect(phraseBox().getAttribute('aria-invalid')).toBe('true');
  });

  it('says "not yet" when the background finds it too soon, and lets her start again', async () => {
    setup({ ok: true, readyAt: T0, seconds: 0 }, { ok: false, reason: 'too-soon' });
    fireEvent.click(open());
    await flush();
    fireEvent.input(phraseBox(), { target: { value: 'I choose to go' } });
    fireEvent.submit(phraseBox().form as HTMLFormElement);
    await flush();
    expect(screen.getByRole('alert').textContent).toMatch(/Not yet/);
    expect(document.activeElement).toBe(open());
  });

  it('explains when strict mode refuses', async () => {
    setup({ ok: false, reason: 'strict' });
    fireEvent.click(open());
    await flush();
    expect(screen.getByRole('status').textContent).toBe('Going through is turned off in your settings.');
    expect(screen.queryByRole('button', { name: 'Go to the profile anyway' })).toBeNull();
  });

  it('"Stay here" closes the panel', async () => {
    const { onGoThrough } = setup();
    fireEvent.click(open());
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Stay here' }));
    expect(screen.queryByRole('timer')).toBeNull();
    expect(document.activeElement).toBe(open());
    expect(onGoThrough).not.toHaveBeenCalled();
  });

  it('says so when the background does not answer', async () => {
    const onStartCountdown = vi.fn().mockRejectedValue(new Error('no receiver'));
    render(<GoThroughAnyway onStartCountdown={onStartCountdown} onGoThrough={vi.fn()} />);
    fireEvent.click(open());
    await flush();
    expect(screen.getByRole('alert').textContent).toMatch(/nothing was opened/);
  });
});
