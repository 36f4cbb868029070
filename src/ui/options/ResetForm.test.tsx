import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ResetForm } from './ResetForm';

describe('ResetForm', () => {
  it('asks for the typed word and schedules the reset', async () => {
    const onReset = vi.fn().mockResolvedValue({ pendingAt: 9 });
    render(<ResetForm pending={false} onReset={onReset} formatWhen={() => 'Tue 21:40'} />);
    const field = screen.getByLabelText('Type “reset” to confirm');
    fireEvent.input(field, { target: { value: 'yes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reset everything' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Type “reset” exactly, to be sure.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onReset).not.toHaveBeenCalled();
    fireEvent.input(field, { target: { value: 'Reset' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reset everything' }));
    await waitFor(() => expect(onReset).toHaveBeenCalled());
    expect((await screen.findByRole('status')).textContent).toMatch(/take effect Tue 21:40/);
  });
});
