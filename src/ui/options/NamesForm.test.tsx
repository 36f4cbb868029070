import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { PendingChange, Person } from '@/src/storage';
import { NamesForm } from './NamesForm';

const kai: Person = {
  id: 'kai',
  name: 'Him',
  paused: false,
  names: ['Kai Morgan', 'Kaimo'],
  hideFromFeeds: true,
  profiles: [
    {
      id: 'ig',
      target: { kind: 'profile', platform: 'instagram', handle: 'kai.morgan' },
      input: '',
      addedAt: 0,
      paused: false,
    },
    {
      id: 'x',
      target: { kind: 'profile', platform: 'x', handle: 'music' },
      input: '',
      addedAt: 0,
      paused: false,
    },
  ],
};

function setup(pending: PendingChange[] = []) {
  const onSave = vi.fn(async () => {});
  const onCancelPending = vi.fn();
  render(
    <NamesForm
      person={kai}
      pending={pending}
      formatWhen={() => 'Tue 21:40'}
      onSave={onSave}
      onCancelPending={onCancelPending}
    />,
  );
  return { onSave, onCancelPending, field: screen.getByLabelText('Names he goes by') as HTMLTextAreaElement };
}

describe('NamesForm', () => {
  it('shows his names one per line and saves what she writes', async () => {
    const { onSave, field } = setup();
    expect(field.value).toBe('Kai Morgan\nKaimo');
    fireEvent.input(field, { target: { value: 'Kai Morgan\nKái M.\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save names' }));
    expect(onSave).toHaveBeenCalledWith(['Kai Morgan', 'Kái M.']);
    await waitFor(() => expect(screen.getByTestId('names-status').textContent).toMatch(/^Saved\./));
  });

  it('says a one-word name also catches other people called that', async () => {
    const { field } = setup();
    fireEvent.input(field, { target: { value: 'Kaimo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save names' }));
    await waitFor(() =>
      expect(screen.getByTestId('names-status').textContent).toMatch(/anyone else called Kaimo/),
    );
  });

  it.each([
    ['K', /“K” is too short/],
    ['x'.repeat(500), /longer than 80 characters/],
    ['.,;!', /has no letters/],
    ['Kai Morgan\nAmor', /“Amor” on its own is an everyday word/],
  ])('refuses %j with an announced message, and saves nothing', (typed, message) => {
    const { onSave, field } = setup();
    fireEvent.input(field, { target: { value: typed } });
    fireEvent.click(screen.getByRole('button', { name: 'Save names' }));
    expect(screen.getByRole('alert').textContent).toMatch(message);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('names-kai-error');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says which of his handles count as names, and why the others don’t', () => {
    setup();
    const lines = [...screen.getByTestId('handle-names').querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual([
      'Instagram · @kai.morgan — searches for “kai morgan” are caught',
      'X · @music — not counted: it’s made of everyday words, and searching for them isn’t searching for him',
    ]);
  });

  it('shows a name waiting to be removed apart from the field, with a way to keep it', () => {
    const { onCancelPending, field } = setup([
      {
        id: 'c1',
        kind: 'remove-name',
        payload: { personId: 'kai', name: 'Kaimo' },
        requestedAt: 0,
        effectiveAt: 1,
      },
    ]);
    expect(field.value).toBe('Kai Morgan');
    expect(screen.getByTestId('pending-note').textContent).toContain(
      'Removing “Kaimo” — takes effect Tue 21:40',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel: Remove the name “Kaimo” (Him)' }));
    expect(onCancelPending).toHaveBeenCalledWith('c1');
  });
});
