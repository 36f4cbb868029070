import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ContactForm, fromLocalInput, toLocalInput } from './ContactForm';

const NOW = new Date(2026, 2, 20, 15, 42, 30).getTime();

function open(onContacted = vi.fn().mockResolvedValue(23)) {
  render(<ContactForm now={NOW} onContacted={onContacted} />);
  fireEvent.click(screen.getByRole('button', { name: 'I contacted him' }));
  return onContacted;
}

describe('ContactForm', () => {
  it('round-trips local date-times', () => {
    expect(toLocalInput(NOW)).toBe('2026-03-20T15:42');
    expect(fromLocalInput('2026-03-20T15:42')).toBe(new Date(2026, 2, 20, 15, 42).getTime());
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('yesterday')).toBeNull();
  });

  it('asks when, defaulting to now and allowing nothing later', () => {
    open();
    const when = screen.getByLabelText('When?') as HTMLInputElement;
    expect(when.value).toBe('2026-03-20T15:42');
    expect(when.max).toBe('2026-03-20T15:42');
    expect(document.activeElement).toBe(when);
    expect(screen.getByText(/It happens, and it doesn't undo what you've done/)).toBeTruthy();
  });

  it('records now, then reminds her of her best', async () => {
    const onContacted = open();
    fireEvent.click(screen.getByRole('button', { name: 'Start again from then' }));
    await waitFor(() => expect(onContacted).toHaveBeenCalledWith(NOW));
    expect((await screen.findByRole('status')).textContent).toBe(
      "Your best was 23 days. Day 1 again — you've done it before.",
    );
  });

  it('records an earlier time she gives', async () => {
    const onContacted = open(vi.fn().mockResolvedValue(1));
    fireEvent.input(screen.getByLabelText('When?'), { target: { value: '2026-03-19T22:10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start again from then' }));
    await waitFor(() => expect(onContacted).toHaveBeenCalledWith(new Date(2026, 2, 19, 22, 10).getTime()));
    expect((await screen.findByRole('status')).textContent).toBe(
      "Your best was 1 day. Day 1 again — you've done it before.",
    );
  });

  it('has kind words even with no best to recall', async () => {
    open(vi.fn().mockResolvedValue(0));
    fireEvent.click(screen.getByRole('button', { name: 'Start again from then' }));
    expect((await screen.findByRole('status')).textContent).toBe('Day 1 again. Every day from here counts.');
  });

  it('refuses a time in the future, and an empty one, and records nothing', () => {
    const onContacted = open();
    const when = screen.getByLabelText('When?');
    fireEvent.input(when, { target: { value: '2026-03-20T15:43' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start again from then' }));
    expect(screen.getByRole('alert').textContent).toBe("That time hasn't come yet — pick now or earlier.");
    expect(when.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(when, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start again from then' }));
    expect(screen.getByRole('alert').textContent).toBe('Pick a date and time.');
    expect(onContacted).not.toHaveBeenCalled();
  });

  it('can be closed without recording', () => {
    const onContacted = open();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'I contacted him' })).toBeTruthy();
    expect(onContacted).not.toHaveBeenCalled();
  });
});
