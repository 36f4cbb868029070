import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PlanForm } from './PlanForm';

const initial = { text: 'My plan', goalDays: 14, since: '2026-11-01' };

describe('PlanForm', () => {
  it('refuses a day in the future and saves nothing', async () => {
    const onSave = vi.fn();
    render(<PlanForm initial={initial} today="2026-11-25" onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('No contact since'), { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/hasn't come yet/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves her plan, goal and start day', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<PlanForm initial={initial} today="2026-11-25" onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Your plan'), { target: { value: 'Line one\nLine two' } });
    fireEvent.input(screen.getByLabelText('Goal (days)'), { target: { value: '21' } });
    fireEvent.input(screen.getByLabelText('No contact since'), { target: { value: '2026-11-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({ text: 'Line one\nLine two', goalDays: 21, since: '2026-11-20' }),
    );
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });
});
