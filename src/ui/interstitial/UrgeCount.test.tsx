import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { UrgeCount } from './UrgeCount';

describe('UrgeCount', () => {
  it('tells her how often she already turned back, today and this week', () => {
    render(<UrgeCount today={2} week={9} />);
    expect(screen.getByText("You've turned back 2 times today.")).toBeTruthy();
    expect(screen.getByText('This week: 9 times.')).toBeTruthy();
  });

  it('uses the singular for once', () => {
    render(<UrgeCount today={1} week={1} />);
    expect(screen.getByText("You've turned back 1 time today.")).toBeTruthy();
    expect(screen.getByText('This week: 1 time.')).toBeTruthy();
  });

  it('leaves today out when there was none today', () => {
    render(<UrgeCount today={0} week={4} />);
    expect(screen.getByTestId('urge-count').textContent).toBe('This week: 4 times.');
  });

  it('shows nothing before the first time', () => {
    const { container } = render(<UrgeCount today={0} week={0} />);
    expect(container.innerHTML).toBe('');
  });
});
