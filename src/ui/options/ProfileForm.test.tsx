import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ProfileForm } from './ProfileForm';

describe('ProfileForm', () => {
  it('announces an error next to the field and keeps what she typed', async () => {
    const onAdd = vi.fn().mockResolvedValue({ ok: false, error: 'That isn’t a link.' });
    render(<ProfileForm onAdd={onAdd} />);
    const input = screen.getByLabelText('Profile link');
    fireEvent.input(input, { target: { value: 'hello' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'That isn’t a link.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((input as HTMLInputElement).value).toBe('hello');
    expect(onAdd).toHaveBeenCalledWith('hello', undefined);
  });

  it('clears the field and confirms when added', async () => {
    const onAdd = vi.fn().mockResolvedValue({ ok: true, message: 'Added: Instagram · @sam' });
    render(<ProfileForm onAdd={onAdd} />);
    const input = screen.getByLabelText('Profile link') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'instagram.com/sam' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Added: Instagram · @sam'));
    expect(input.value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('ProfileForm recognition', () => {
  it('shows what was recognised before adding', () => {
    render(
      <ProfileForm
        onAdd={vi.fn()}
        recognise={(v) => (v.includes('sam') ? { label: 'Instagram · @sam' } : undefined)}
      />,
    );
    fireEvent.input(screen.getByLabelText('Profile link'), { target: { value: 'instagram.com/sam' } });
    expect(screen.getByTestId('recognised').textContent).toBe('Recognised: Instagram · @sam');
    expect(screen.getByLabelText('Profile link').getAttribute('aria-describedby')).toBe(
      'profile-link-recognised',
    );
  });

  it('says what it assumed about a number, next to what it recognised', () => {
    render(
      <ProfileForm
        onAdd={vi.fn()}
        recognise={() => ({ label: 'Phone · +1 415 555 0134', note: 'Country: United States.' })}
      />,
    );
    fireEvent.input(screen.getByLabelText('Profile link'), { target: { value: '(415) 555-0134' } });
    expect(screen.getByTestId('recognised').textContent).toBe('Recognised: Phone · +1 415 555 0134');
    expect(screen.getByTestId('recognised-note').textContent).toBe('Country: United States.');
    expect(screen.getByLabelText('Profile link').getAttribute('aria-describedby')).toBe(
      'profile-link-recognised profile-link-note',
    );
  });

  it('offers a choice of person when there is more than one, and adds to the chosen one', async () => {
    const onAdd = vi.fn().mockResolvedValue({ ok: true, message: 'ok' });
    render(
      <ProfileForm
        onAdd={onAdd}
        people={[
          { id: 'p1', name: 'Sam' },
          { id: 'p2', name: 'Alex' },
        ]}
      />,
    );
    fireEvent.change(screen.getByLabelText('Add to'), { target: { value: 'p2' } });
    fireEvent.input(screen.getByLabelText('Profile link'), { target: { value: 'x.com/alex' } });
    fireEvent.submit(screen.getByLabelText('Profile link').closest('form') as HTMLFormElement);
    await waitFor(() => expect(onAdd).toHaveBeenCalledWith('x.com/alex', 'p2'));
  });
});
