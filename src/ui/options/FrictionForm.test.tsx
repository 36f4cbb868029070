import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FrictionForm } from './FrictionForm';

const initial = { countdownSeconds: 30, allowanceMinutes: 10, strict: true, delayHours: 24, foldFeeds: true };

describe('FrictionForm', () => {
  it('says when a loosening will take effect', async () => {
    const onSave = vi.fn().mockResolvedValue({ pendingAt: 5 });
    render(<FrictionForm initial={initial} onSave={onSave} formatWhen={() => 'Tue 21:40'} />);
    fireEvent.input(screen.getByLabelText('Countdown (seconds)'), { target: { value: '5' } });
    fireEvent.click(screen.getByLabelText('Strict mode'));
    fireEvent.click(screen.getByRole('button', { name: 'Save protection settings' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        countdownSeconds: 5,
        allowanceMinutes: 10,
        strict: false,
        delayHours: 24,
        foldFeeds: true,
      }),
    );
    expect((await screen.findByRole('status')).textContent).toMatch(/take effect Tue 21:40/);
  });

  it('turns folding in her feeds off as a setting like the others (the delay decides when)', async () => {
    const onSave = vi.fn().mockResolvedValue({ pendingAt: 5 });
    render(<FrictionForm initial={initial} onSave={onSave} formatWhen={() => 'Tue 21:40'} />);
    fireEvent.click(screen.getByLabelText('Fold their posts away in my feeds'));
    fireEvent.click(screen.getByRole('button', { name: 'Save protection settings' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ foldFeeds: false })));
    expect((await screen.findByRole('status')).textContent).toMatch(/take effect Tue 21:40/);
  });

  it('refuses numbers out of range next to the field', async () => {
    const onSave = vi.fn();
    render(<FrictionForm initial={initial} onSave={onSave} formatWhen={() => ''} />);
    const delay = screen.getByLabelText('Waiting time for changes (hours)');
    fireEvent.input(delay, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save protection settings' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A number of hours, from 1 to 336.');
    expect(delay.getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });
});
