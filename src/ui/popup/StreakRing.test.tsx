import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StreakRing } from './StreakRing';

const streak = (days: number, hours: number) => ({ startDay: '2026-03-01', startAt: 0, days, hours });

describe('StreakRing', () => {
  it('shows hours in the first two days', () => {
    render(
      <StreakRing streak={streak(1, 30)} goalDays={14} next={{ days: 3, remaining: 2, isGoal: false }} />,
    );
    expect(screen.getByTestId('streak-days').textContent).toBe('30hours');
    expect(screen.getByRole('region', { name: '30 hours without contact' })).toBeTruthy();
    expect(screen.getByTestId('next-milestone').textContent).toBe('2 days to go until 3 days');
  });

  it('shows days from the second day, with the ring filled toward her goal', () => {
    render(
      <StreakRing streak={streak(7, 170)} goalDays={14} next={{ days: 14, remaining: 7, isGoal: true }} />,
    );
    expect(screen.getByTestId('streak-days').textContent).toBe('7days');
    const ring = screen.getByRole('img', { name: '7 of 14 days toward your goal' });
    expect(ring.getAttribute('data-fraction')).toBe('0.500');
    expect(screen.getByTestId('next-milestone').textContent).toBe('7 days to go until your goal of 14 days');
  });

  it('uses the singular for one day to go', () => {
    render(
      <StreakRing streak={streak(13, 320)} goalDays={14} next={{ days: 14, remaining: 1, isGoal: true }} />,
    );
    expect(screen.getByTestId('next-milestone').textContent).toBe('1 day to go until your goal of 14 days');
  });

  it('celebrates the goal on the day she reaches it, and keeps the ring full after', () => {
    const { rerender } = render(
      <StreakRing streak={streak(14, 340)} goalDays={14} next={{ days: 21, remaining: 7, isGoal: false }} />,
    );
    expect(screen.getByTestId('next-milestone').textContent).toBe('You reached your goal of 14 days.');
    rerender(
      <StreakRing streak={streak(40, 960)} goalDays={14} next={{ days: 60, remaining: 20, isGoal: false }} />,
    );
    expect(screen.getByTestId('progress-ring').getAttribute('data-fraction')).toBe('1.000');
    expect(screen.getByTestId('next-milestone').textContent).toBe('20 days to go until 60 days');
  });
});
