import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type RecordedEvent, withIds } from '@/src/core';
import { HistoryView } from './HistoryView';

const events: RecordedEvent[] = withIds([
  { type: 'start', at: 1, since: '2026-11-01' },
  { type: 'urge', at: 2 },
  { type: 'milestone', at: 3, days: 3, streakStart: 1 },
  { type: 'gap', at: 5, from: 3, to: 4 },
  { type: 'contact', at: 6 },
]);
// Urges another browser counted: two on 3 January 1970, none the day after, one on the 5th.
const tally: RecordedEvent = {
  id: 't.k3x9a',
  type: 'urge-tally',
  at: 7,
  from: '1970-01-03',
  counts: [2, 0, 1],
};

function setup() {
  const onDelete = vi.fn();
  render(
    <HistoryView events={events} formatMoment={(at) => `t${at}`} formatDay={(d) => d} onDelete={onDelete} />,
  );
  return onDelete;
}

describe('HistoryView', () => {
  it('lists what happened newest first, gaps included, bookkeeping left out', () => {
    setup();
    expect(screen.getAllByTestId('history-entry').map((li) => li.dataset.type)).toEqual([
      'contact',
      'gap',
      'urge',
      'start',
    ]);
    expect(screen.getByText('Not protected from t3 to t4')).toBeTruthy();
  });

  it('deletes an urge at once', () => {
    const onDelete = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete the entry from t2' }));
    expect(onDelete).toHaveBeenCalledWith(events[1]);
  });

  it('says that deleting a contact changes the streak, and deletes only when she confirms', () => {
    const onDelete = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete the entry from t6' }));
    expect(screen.getByText(/changes your streak/)).toBeTruthy();
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete it' }));
    expect(onDelete).toHaveBeenCalledWith(events[4]);
  });

  it("shows another browser's urges as a count per day among the rest, deletable only there", () => {
    render(
      <HistoryView
        events={[...events, tally]}
        formatMoment={(at) => `t${at}`}
        formatDay={(d) => d}
        onDelete={() => undefined}
      />,
    );
    const entries = screen.getAllByTestId('history-entry');
    expect(entries.map((li) => li.dataset.type)).toEqual([
      'urge-tally',
      'urge-tally',
      'contact',
      'gap',
      'urge',
      'start',
    ]);
    expect(entries[0]?.textContent).toMatch(/1 urge turned back on 1970-01-05.*another of your browsers/);
    expect(entries[1]?.textContent).toMatch(/2 urges turned back on 1970-01-03/);
    expect(entries[0]?.querySelector('button')).toBeNull();
  });
});
