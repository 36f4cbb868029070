import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SupportForm } from './SupportForm';

const initial = { reasons: [], friend: { name: '', link: '' } };

describe('SupportForm', () => {
  it('saves reasons one per line and a friend with a phone number', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<SupportForm initial={initial} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Reasons'), {
      target: { value: 'I deserve calm\n\n He never asked ' },
    });
    fireEvent.input(screen.getByLabelText("Friend's name"), { target: { value: 'Ana' } });
    fireEvent.input(screen.getByLabelText("Friend's phone or link"), {
      target: { value: '+34 600 000 000' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save reasons and friend' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        reasons: ['I deserve calm', 'He never asked'],
        friend: { name: 'Ana', link: '+34 600 000 000' },
      }),
    );
  });

  it.each(['javascript:alert(1)', 'http://example.org', 'call her'])('refuses %s as a link', async (link) => {
    const onSave = vi.fn();
    render(<SupportForm initial={initial} onSave={onSave} />);
    const field = screen.getByLabelText("Friend's phone or link");
    fireEvent.input(field, { target: { value: link } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reasons and friend' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/tel:, sms: or https/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it.each(['tel:+34600000000', 'sms:+34600000000', 'https://wa.me/34600000000'])(
    'accepts %s',
    async (link) => {
      const onSave = vi.fn().mockResolvedValue(undefined);
      render(<SupportForm initial={initial} onSave={onSave} />);
      fireEvent.input(screen.getByLabelText("Friend's phone or link"), { target: { value: link } });
      fireEvent.click(screen.getByRole('button', { name: 'Save reasons and friend' }));
      await waitFor(() => expect(onSave).toHaveBeenCalledWith({ reasons: [], friend: { name: '', link } }));
    },
  );
});
