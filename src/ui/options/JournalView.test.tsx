import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { JournalView } from './JournalView';

describe('JournalView', () => {
  it('shows entries newest first, each deletable', () => {
    const onDelete = vi.fn();
    render(
      <JournalView
        entries={[
          { id: 'a', at: 1, text: 'first' },
          { id: 'b', at: 2, text: 'second\nline' },
        ]}
        formatMoment={(at) => `t${at}`}
        onDelete={onDelete}
      />,
    );
    expect(screen.getAllByTestId('journal-entry').map((li) => li.textContent)).toEqual([
      't2second\nlineDelete',
      't1firstDelete',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete the entry from t1' }));
    expect(onDelete).toHaveBeenCalledWith('a');
  });

  it('says kindly when there is nothing yet', () => {
    render(<JournalView entries={[]} formatMoment={String} onDelete={vi.fn()} />);
    expect(screen.getByText(/write here instead/)).toBeTruthy();
  });
});
