import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import type { PendingChange } from '@/src/storage';
import { PendingCard } from './PendingCard';

const change = (id: string, effectiveAt: number) =>
  ({ id, effectiveAt, requestedAt: 0, kind: 'remove-profile' }) as unknown as PendingChange;

/** The page's wiring in small: cancelling removes the change from the list. */
function Harness({ initial }: { initial: PendingChange[] }) {
  const [items, setItems] = useState(initial);
  return (
    <PendingCard
      items={items.map((c) => ({ change: c, description: `Remove ${c.id}` }))}
      formatWhen={(at) => `at ${at}`}
      onCancel={(id) => setItems((all) => all.filter((c) => c.id !== id))}
    />
  );
}

describe('PendingCard', () => {
  it('is not there while nothing waits', () => {
    const { container } = render(<Harness initial={[]} />);
    expect(container.textContent).toBe('');
  });

  it('lists what waits, soonest first, and says so when she cancels, keeping focus on the card', () => {
    render(<Harness initial={[change('b', 20), change('a', 10)]} />);
    expect(screen.getAllByTestId('pending-change').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Remove a'),
      expect.stringContaining('Remove b'),
    ]);
    expect(screen.getByTestId('pending-status').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: /Remove a/ }));
    expect(screen.getAllByTestId('pending-change')).toHaveLength(1);
    expect(screen.getByTestId('pending-status').textContent).toBe('Cancelled. Everything stays as it was.');
    expect(document.activeElement?.id).toBe('pending-heading');
    fireEvent.click(screen.getByRole('button', { name: /Remove b/ }));
    expect(screen.queryAllByTestId('pending-change')).toHaveLength(0);
    expect(screen.getByText('Nothing is waiting.')).toBeTruthy();
  });
});
