import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { PendingChange, Person } from '@/src/storage';
import { PersonCard } from './PersonCard';

const sam: Person = {
  id: 'sam',
  name: 'Sam',
  paused: false,
  names: [],
  hideFromFeeds: true,
  profiles: [
    {
      id: 'ig',
      target: { kind: 'profile', platform: 'instagram', handle: 'sam.rivers_' },
      input: '',
      addedAt: 0,
      paused: false,
    },
    {
      id: 'x',
      target: { kind: 'profile', platform: 'x', handle: 'samr' },
      input: '',
      addedAt: 0,
      paused: true,
    },
  ],
};

function setup(pending: PendingChange[] = []) {
  const actions = {
    onRemoveProfile: vi.fn(),
    onPauseProfile: vi.fn(),
    onResumeProfile: vi.fn(),
    onRenamePerson: vi.fn(),
    onRemovePerson: vi.fn(),
    onPausePerson: vi.fn(),
    onResumePerson: vi.fn(),
    onHideFromFeeds: vi.fn(),
    onCancelPending: vi.fn(),
    onSaveNames: vi.fn(async () => {}),
    onAllowAccess: vi.fn(),
  };
  render(
    <PersonCard
      person={sam}
      pending={pending}
      formatWhen={() => 'Tue 21:40'}
      missingAccess={new Set()}
      {...actions}
    />,
  );
  return actions;
}

describe('PersonCard', () => {
  it('lists profiles by what they block, with pause, resume and remove for each', () => {
    const actions = setup();
    expect(screen.getByRole('heading', { name: 'Sam' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pause Instagram · @sam.rivers_' }));
    expect(actions.onPauseProfile).toHaveBeenCalledWith('ig');
    fireEvent.click(screen.getByRole('button', { name: 'Resume X · @samr' }));
    expect(actions.onResumeProfile).toHaveBeenCalledWith('x');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Instagram · @sam.rivers_' }));
    expect(actions.onRemoveProfile).toHaveBeenCalledWith('ig');
    expect(screen.getByText('Paused')).toBeTruthy();
  });

  it('renames and removes the person', () => {
    const actions = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Rename Sam' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: '  Samuel ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(actions.onRenamePerson).toHaveBeenCalledWith('sam', 'Samuel');
    fireEvent.click(screen.getByRole('button', { name: 'Remove person: Sam, with all their profiles' }));
    expect(actions.onRemovePerson).toHaveBeenCalledWith('sam');
  });

  it('shows a pending removal with when it takes effect and a way to cancel it', () => {
    const actions = setup([
      { id: 'c1', kind: 'remove-profile', payload: { profileId: 'ig' }, requestedAt: 0, effectiveAt: 1 },
    ]);
    expect(screen.getByTestId('pending-note').textContent).toContain(
      'Removal pending — takes effect Tue 21:40',
    );
    expect(screen.queryByRole('button', { name: 'Remove Instagram · @sam.rivers_' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel: Remove Instagram · @sam.rivers_' }));
    expect(actions.onCancelPending).toHaveBeenCalledWith('c1');
  });

  it('hides him from her feeds, and shows a request to show him again as waiting', () => {
    const actions = setup();
    const box = screen.getByLabelText('Hide from my feeds') as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(actions.onHideFromFeeds).toHaveBeenCalledWith('sam', false);
  });

  it('keeps "Hide from my feeds" unchecked while showing him again waits, with a way to cancel', () => {
    const actions = setup([
      { id: 'f1', kind: 'show-in-feeds', payload: { personId: 'sam' }, requestedAt: 0, effectiveAt: 1 },
    ]);
    expect((screen.getByLabelText('Hide from my feeds') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByTestId('pending-note').textContent).toContain(
      'Showing in your feeds again — takes effect Tue 21:40',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel: Show Sam in my feeds again' }));
    expect(actions.onCancelPending).toHaveBeenCalledWith('f1');
  });
});
