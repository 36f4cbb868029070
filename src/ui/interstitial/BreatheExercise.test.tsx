import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BreatheExercise, breathPhase } from './BreatheExercise';

const phase = () => screen.getByTestId('breathe-phase').textContent;
const tick = (seconds: number) =>
  act(() => {
    vi.advanceTimersByTime(seconds * 1000);
  });

describe('breathPhase', () => {
  it('breathes in for 4 s, holds for 2 s, breathes out for 6 s, and again', () => {
    expect([0, 3, 4, 5, 6, 11, 12].map(breathPhase)).toEqual([
      'in',
      'in',
      'hold',
      'hold',
      'out',
      'out',
      'in',
    ]);
  });
});

describe('BreatheExercise', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('guides her through the breaths and counts down, then offers the way back', () => {
    const onGoBack = vi.fn();
    render(<BreatheExercise seconds={15} reducedMotion={false} onGoBack={onGoBack} />);
    expect(screen.getByTestId('breathe-circle')).toBeTruthy();
    expect(phase()).toBe('Breathe in');
    expect(screen.getByRole('timer').textContent).toBe('15 seconds left');

    tick(4);
    expect(phase()).toBe('Hold');
    tick(2);
    expect(phase()).toBe('Breathe out');
    expect(screen.getByRole('timer').textContent).toBe('9 seconds left');
    tick(8);
    expect(screen.getByRole('timer').textContent).toBe('1 second left');
    tick(1);

    expect(screen.getByRole('status').textContent).toMatch(/Well done/);
    const back = screen.getByRole('button', { name: 'Go back' });
    expect(document.activeElement).toBe(back);
    fireEvent.click(back);
    expect(onGoBack).toHaveBeenCalledOnce();
  });

  it('shows a text countdown and no moving circle when she asked for less motion', () => {
    render(<BreatheExercise seconds={60} reducedMotion={true} onGoBack={vi.fn()} />);
    expect(screen.queryByTestId('breathe-circle')).toBeNull();
    tick(10);
    expect(screen.getByRole('timer').textContent).toBe('50 seconds left');
    expect(phase()).toBe('Breathe out');
  });

  it('can be ended early with "I\'m done", and started again', () => {
    render(<BreatheExercise seconds={60} reducedMotion={false} onGoBack={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: "I'm done" }));
    expect(screen.getByRole('status').textContent).toMatch(/Well done/);

    fireEvent.click(screen.getByRole('button', { name: 'Breathe again' }));
    expect(screen.getByRole('timer').textContent).toBe('60 seconds left');
    tick(5);
    expect(screen.getByRole('timer').textContent).toBe('55 seconds left');
  });

  it('stops its clock when closed', () => {
    const { unmount } = render(<BreatheExercise seconds={60} reducedMotion={false} onGoBack={vi.fn()} />);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
