import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useRef } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { recognise } from '../common/profile-input';
import type { Commit, CommitRef } from './step-commit';

/** Calls the step's commit, as the stepper does on Next. */
function runCommit(ref: CommitRef | undefined): Promise<boolean> {
  const commit = ref?.current;
  if (!commit) throw new Error('the step set no commit');
  return commit();
}

import { type ListedProfile, WhoStep, type WhoStepProps } from './WhoStep';

function setup(overrides: Partial<WhoStepProps> = {}) {
  let ref: CommitRef | undefined;
  const onAdd = vi.fn().mockResolvedValue({ ok: true, message: 'Added: X · @sam' });
  const onSaveName = vi.fn().mockResolvedValue(undefined);
  const onSaveNames = vi.fn().mockResolvedValue(undefined);
  function Host() {
    const commitRef = useRef<Commit>();
    ref = commitRef;
    return (
      <WhoStep
        name=""
        profiles={[]}
        recognise={recognise}
        onAdd={onAdd}
        onSaveName={onSaveName}
        names={[]}
        onSaveNames={onSaveNames}
        commitRef={commitRef}
        {...overrides}
      />
    );
  }
  render(<Host />);
  return { onAdd, onSaveName, onSaveNames, commit: () => runCommit(ref) };
}

describe('WhoStep', () => {
  it('asks for a name (optional) and suggests the usual places as hints, not forms', () => {
    setup();
    expect(screen.getByLabelText('Name')).toBeTruthy();
    expect(screen.getByText(/we'll call him “Him”/)).toBeTruthy();
    const places = screen.getByRole('list', { name: /The usual places/ });
    expect([...places.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Instagram',
      'Facebook',
      'X',
      'TikTok',
      'Snapchat',
      'LinkedIn',
    ]);
    expect(places.querySelectorAll('input, button, a')).toHaveLength(0);
    // His name, the names he goes by, and the link.
    expect(screen.getAllByRole('textbox')).toHaveLength(3);
    expect(screen.getByLabelText('Names he goes by').tagName).toBe('TEXTAREA');
  });

  it('recognises a pasted link, and adds it with Enter under the name she typed', async () => {
    const { onAdd } = setup();
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Sam' } });
    const link = screen.getByLabelText('Profile link');
    fireEvent.input(link, { target: { value: 'https://www.instagram.com/sam.rivers_/' } });
    expect(screen.getByTestId('recognised').textContent).toMatch(/^Recognised: Instagram · @sam\.rivers_/);
    fireEvent.submit(link.closest('form') as HTMLFormElement);
    await waitFor(() => expect(onAdd).toHaveBeenCalledWith('https://www.instagram.com/sam.rivers_/', 'Sam'));
  });

  it('ticks what is already blocked, in the list and in the hints', () => {
    const profiles: ListedProfile[] = [
      { id: 'a', label: 'Instagram · @sam.rivers_', platform: 'instagram' },
      { id: 'b', label: 'X · @samrivers', platform: 'x' },
    ];
    setup({ profiles });
    expect(screen.getAllByTestId('welcome-profile').map((li) => li.textContent)).toEqual([
      'Instagram · @sam.rivers_ ✓',
      'X · @samrivers ✓',
    ]);
    const places = screen.getByRole('list', { name: /The usual places/ });
    expect(places.querySelectorAll('.is-listed')).toHaveLength(2);
    expect(places.textContent).toContain('Instagram ✓ (added)');
  });

  it('on leaving, saves the name and adds a link still in the field', async () => {
    const { onAdd, onSaveName, commit } = setup();
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Sam' } });
    fireEvent.input(screen.getByLabelText('Profile link'), { target: { value: 'x.com/samrivers' } });
    expect(await commit()).toBe(true);
    expect(onSaveName).toHaveBeenCalledWith('Sam');
    expect(onAdd).toHaveBeenCalledWith('x.com/samrivers', 'Sam');
  });

  it('stays, with the error shown, when the link in the field cannot be added', async () => {
    const onAdd = vi.fn().mockResolvedValue({ ok: false, error: 'That isn’t a link.' });
    const { commit } = setup({ onAdd });
    const link = screen.getByLabelText('Profile link');
    fireEvent.input(link, { target: { value: 'hello' } });
    expect(await commit()).toBe(false);
    expect((await screen.findByRole('alert')).textContent).toBe('That isn’t a link.');
    expect(document.activeElement).toBe(link);
  });

  it('goes on with nothing in the field, adding nothing', async () => {
    const { onAdd, commit } = setup();
    expect(await commit()).toBe(true);
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('Enter after the name leads to the link field', () => {
    setup();
    fireEvent.keyDown(screen.getByLabelText('Name'), { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByLabelText('Profile link'));
  });

  it('saves the names he goes by when she leaves the step, one per line', async () => {
    const { onSaveNames, commit } = setup();
    fireEvent.input(screen.getByLabelText('Names he goes by'), {
      target: { value: 'Kai Morgan\n  kaimo \n\n' },
    });
    expect(await commit()).toBe(true);
    expect(onSaveNames).toHaveBeenCalledWith(['Kai Morgan', 'kaimo']);
  });

  it.each([
    ['K', /too short/],
    ['x'.repeat(500), /longer than 80 characters/],
    ['!!!', /no letters/],
    ['Happy', /everyday word/],
  ])('keeps her on the step with an announced message for %j, and saves nothing', async (typed, message) => {
    const { onSaveNames, onSaveName, commit } = setup();
    const field = screen.getByLabelText('Names he goes by');
    fireEvent.input(field, { target: { value: typed } });
    expect(await commit()).toBe(false);
    expect(screen.getByRole('alert').textContent).toMatch(message);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onSaveNames).not.toHaveBeenCalled();
    expect(onSaveName).not.toHaveBeenCalled();
  });
});
