import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Warnings } from './Warnings';

describe('Warnings', () => {
  it('shows nothing when protection is whole', () => {
    const { container } = render(<Warnings warnings={[]} privateFixInWords={false} onFix={vi.fn()} />);
    expect(container.innerHTML).toBe('');
  });

  it('names each hole with the one step that fixes it', () => {
    const onFix = vi.fn();
    render(
      <Warnings
        warnings={['no-profiles', 'host-access', 'private']}
        privateFixInWords={false}
        onFix={onFix}
      />,
    );
    expect(screen.getByText('No profiles yet — add one.')).toBeTruthy();
    expect(screen.getByText(/can't reach the social sites/)).toBeTruthy();
    expect(screen.getByText(/Not on in private windows/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a profile' }));
    fireEvent.click(screen.getByRole('button', { name: 'Allow access' }));
    fireEvent.click(screen.getByRole('button', { name: 'Allow in private windows' }));
    expect(onFix.mock.calls).toEqual([['no-profiles'], ['host-access'], ['private']]);
  });

  it('in Firefox, says the private-window step in words', () => {
    render(<Warnings warnings={['private']} privateFixInWords onFix={vi.fn()} />);
    expect(screen.getByText(/Run in Private Windows → Allow/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
