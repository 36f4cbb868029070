import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupPage, type PopupPageProps } from './PopupPage';
import type { PopupView } from './popup-view';

const view: PopupView = {
  streak: { startDay: '2026-03-01', startAt: 0, days: 5, hours: 130 },
  goalDays: 14,
  next: { days: 7, remaining: 2, isGoal: false },
  today: { resisted: 1, slips: 0 },
  chart: Array.from({ length: 14 }, (_, i) => ({
    day: `2026-03-${String(i + 1).padStart(2, '0')}`,
    resisted: i % 3,
    slips: 0,
  })),
  bestDays: 5,
  folded: { today: 2, week: 9 },
};

function props(overrides: Partial<PopupPageProps> = {}): PopupPageProps {
  return {
    view,
    block: { kind: 'not-profile' },
    people: [],
    warnings: [],
    privateFixInWords: false,
    now: 0,
    optionsUrl: 'chrome-extension://id/options.html',
    onOpenOptions: vi.fn(),
    onBlock: vi.fn(),
    onContacted: vi.fn(),
    onFixWarning: vi.fn(),
    ...overrides,
  };
}

/** The element tree without text or the drawing inside fixed-size SVGs: what decides the layout. */
const shape = (el: Element): string => {
  const inside = el.tagName.toLowerCase() === 'svg' ? [] : [...el.children].map(shape);
  return `${el.tagName}.${[...el.classList].filter((c) => c !== 'is-pending').join('.')}(${inside.join(',')})`;
};

describe('PopupPage', () => {
  it('draws the whole layout before the data arrives, hidden, so nothing moves when it does', () => {
    const { container, rerender } = render(
      <PopupPage {...props({ view: null, block: { kind: 'loading' } })} />,
    );
    const stats = screen.getByTestId('popup-stats');
    expect(stats.classList.contains('is-pending')).toBe(true);
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    const before = shape(container.firstElementChild as Element);
    rerender(<PopupPage {...props()} />);
    expect(stats.classList.contains('is-pending')).toBe(false);
    expect(shape(container.firstElementChild as Element)).toBe(before);
  });

  it('offers the secondary "I contacted him" and the way to the settings', () => {
    const onOpenOptions = vi.fn();
    render(<PopupPage {...props({ onOpenOptions })} />);
    expect(screen.getByRole('button', { name: 'I contacted him' })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Settings and profiles' });
    expect(link.getAttribute('href')).toBe('chrome-extension://id/options.html');
    link.click();
    expect(onOpenOptions).toHaveBeenCalled();
  });

  it('recalls her best run when it was longer than this one, and says nothing while this one is her best', () => {
    const { rerender } = render(<PopupPage {...props()} />);
    expect(screen.getByTestId('best-streak').textContent).toBe('');
    rerender(
      <PopupPage
        {...props({ view: { ...view, streak: { ...view.streak, days: 0, hours: 2 }, bestDays: 10 } })}
      />,
    );
    expect(screen.getByTestId('best-streak').textContent).toBe('Your best so far: 10 days');
  });
});
