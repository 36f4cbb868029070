import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DoneStep } from './DoneStep';

const streak = { startDay: '2026-11-20', startAt: 0, days: 5, hours: 5 * 24 };

describe('DoneStep', () => {
  it('shows her streak and a link to try one of his profiles', () => {
    render(
      <DoneStep
        streak={streak}
        goalDays={14}
        tryIt={{ url: 'https://www.instagram.com/sam.rivers_/', label: 'Instagram · @sam.rivers_' }}
        optionsUrl="chrome-extension://id/options.html"
        onAddProfiles={vi.fn()}
      />,
    );
    expect(screen.getByTestId('streak-days').textContent).toMatch(/^5\s*days without contact/);
    const link = screen.getByRole('link', { name: 'Try it: open Instagram · @sam.rivers_' });
    expect(link.getAttribute('href')).toBe('https://www.instagram.com/sam.rivers_/');
    expect(screen.getByRole('link', { name: 'Open settings' }).getAttribute('href')).toBe(
      'chrome-extension://id/options.html',
    );
  });

  it('with nothing blocked, says so kindly and leads back to adding his profiles', () => {
    const onAddProfiles = vi.fn();
    render(
      <DoneStep
        streak={streak}
        goalDays={14}
        optionsUrl="chrome-extension://id/options.html"
        onAddProfiles={onAddProfiles}
      />,
    );
    expect(screen.getByTestId('welcome-empty').textContent).toMatch(/^Nothing is blocked yet/);
    expect(screen.queryByRole('link', { name: /^Try it/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add his profiles' }));
    expect(onAddProfiles).toHaveBeenCalled();
  });
});
