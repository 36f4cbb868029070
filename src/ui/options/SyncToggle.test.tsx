import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { SyncToggle } from './SyncToggle';

const LABEL = "Keep people, profiles, plan, settings and your streak in this browser's sync";

/** The page's wiring in small: the switch follows what was saved. */
function Harness({ problem, onChange }: { problem?: string; onChange: (on: boolean) => void }) {
  const [enabled, setEnabled] = useState(false);
  return (
    <SyncToggle
      enabled={enabled}
      problem={problem}
      onChange={(on) => {
        setEnabled(on);
        onChange(on);
      }}
    />
  );
}

describe('SyncToggle', () => {
  it('says nothing on arrival, then confirms each change she makes', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    expect(screen.getByTestId('sync-status').textContent).toBe('');
    fireEvent.click(screen.getByLabelText(LABEL));
    expect(onChange).toHaveBeenLastCalledWith(true);
    expect(screen.getByTestId('sync-status').textContent).toBe('Sync is on.');
    fireEvent.click(screen.getByLabelText(LABEL));
    expect(onChange).toHaveBeenLastCalledWith(false);
    expect(screen.getByTestId('sync-status').textContent).toMatch(/^Sync is off\./);
  });

  it('waits for the saved state before confirming it', () => {
    const { rerender } = render(<SyncToggle enabled={false} onChange={() => undefined} />);
    fireEvent.click(screen.getByLabelText(LABEL));
    // Not saved yet: nothing said, rather than the old state.
    expect(screen.getByTestId('sync-status').textContent).toBe('');
    rerender(<SyncToggle enabled={true} onChange={() => undefined} />);
    expect(screen.getByTestId('sync-status').textContent).toBe('Sync is on.');
  });

  it('shows a problem as an alert tied to the switch, instead of the confirmation', () => {
    render(<Harness problem="Your list is too big for the browser's sync." onChange={() => undefined} />);
    fireEvent.click(screen.getByLabelText(LABEL));
    expect(screen.getByRole('alert').textContent).toMatch(/too big/);
    expect(screen.getByLabelText(LABEL).getAttribute('aria-describedby')).toBe('sync-error');
    expect(screen.getByTestId('sync-status').textContent).toBe('');
  });

  it("tells her when another browser's sync data was left alone, while sync is on, without marking the switch wrong", () => {
    const notice = "Some sync data from your other browsers couldn't be read.";
    const { rerender } = render(<SyncToggle enabled={false} notice={notice} onChange={() => undefined} />);
    expect(screen.getByTestId('sync-notice').textContent).toBe('');
    rerender(<SyncToggle enabled={true} notice={notice} onChange={() => undefined} />);
    expect(screen.getByTestId('sync-notice').textContent).toBe(notice);
    expect(screen.getByLabelText(LABEL).getAttribute('aria-invalid')).toBe('false');
  });
});
