import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { FriendStep } from './FriendStep';
import { PlanStep } from './PlanStep';
import { SinceStep } from './SinceStep';
import type { Commit, CommitRef } from './step-commit';

/** Calls the step's commit, as the stepper does on Next. */
function runCommit(ref: CommitRef | undefined): Promise<boolean> {
  const commit = ref?.current;
  if (!commit) throw new Error('the step set no commit');
  return commit();
}

/** Renders a step with a commit ref the test can call, like the stepper does on Next. */
function withCommit(step: (commitRef: CommitRef) => ComponentChildren) {
  let ref: CommitRef | undefined;
  function Host() {
    const commitRef = useRef<Commit>();
    ref = commitRef;
    return <>{step(commitRef)}</>;
  }
  render(<Host />);
  return () => runCommit(ref);
}

describe('SinceStep', () => {
  it('defaults to the day given, and saves a day she picks when she leaves the field', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    withCommit((c) => <SinceStep since="2026-11-25" today="2026-11-25" onSave={onSave} commitRef={c} />);
    const date = screen.getByLabelText('No contact since') as HTMLInputElement;
    expect(date.value).toBe('2026-11-25');
    expect(date.max).toBe('2026-11-25');
    fireEvent.input(date, { target: { value: '2026-11-20' } });
    fireEvent.blur(date);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('2026-11-20'));
  });

  it('refuses a day in the future, says why, and keeps her on the step', async () => {
    const onSave = vi.fn();
    const commit = withCommit((c) => (
      <SinceStep since="2026-11-25" today="2026-11-25" onSave={onSave} commitRef={c} />
    ));
    const date = screen.getByLabelText('No contact since');
    fireEvent.input(date, { target: { value: '2026-12-01' } });
    expect(await commit()).toBe(false);
    expect((await screen.findByRole('alert')).textContent).toMatch(/hasn't come yet/);
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(date);
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('PlanStep', () => {
  it('shows the plan to start from and her goal, and saves her edits', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const commit = withCommit((c) => (
      <PlanStep text="Patience and a plan." goalDays={14} today="2026-11-25" onSave={onSave} commitRef={c} />
    ));
    expect((screen.getByLabelText('Your plan') as HTMLTextAreaElement).value).toBe('Patience and a plan.');
    expect((screen.getByLabelText('Goal (days)') as HTMLInputElement).value).toBe('14');
    fireEvent.input(screen.getByLabelText('Your plan'), { target: { value: 'Call Ana.' } });
    fireEvent.input(screen.getByLabelText('Goal (days)'), { target: { value: '30' } });
    expect(await commit()).toBe(true);
    expect(onSave).toHaveBeenLastCalledWith({ text: 'Call Ana.', goalDays: 30 });
  });

  it('refuses a goal that is not a whole number of days', async () => {
    const onSave = vi.fn();
    const commit = withCommit((c) => (
      <PlanStep text="Plan" goalDays={14} today="2026-11-25" onSave={onSave} commitRef={c} />
    ));
    fireEvent.input(screen.getByLabelText('Goal (days)'), { target: { value: '2.5' } });
    expect(await commit()).toBe(false);
    expect((await screen.findByRole('alert')).textContent).toMatch(/whole number of days/);
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('FriendStep', () => {
  it('saves a friend with a phone number, the same fields as in settings', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const commit = withCommit((c) => (
      <FriendStep friend={{ name: '', link: '' }} onSave={onSave} commitRef={c} />
    ));
    fireEvent.input(screen.getByLabelText("Friend's name"), { target: { value: ' Ana ' } });
    fireEvent.input(screen.getByLabelText("Friend's phone or link"), {
      target: { value: '+34 600 000 000' },
    });
    expect(await commit()).toBe(true);
    expect(onSave).toHaveBeenCalledWith({ name: 'Ana', link: '+34 600 000 000' });
  });

  it('is optional: nothing typed goes on', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const commit = withCommit((c) => (
      <FriendStep friend={{ name: '', link: '' }} onSave={onSave} commitRef={c} />
    ));
    expect(await commit()).toBe(true);
    expect(onSave).toHaveBeenCalledWith({ name: '', link: '' });
  });

  it('refuses a link it cannot open', async () => {
    const onSave = vi.fn();
    const commit = withCommit((c) => (
      <FriendStep friend={{ name: '', link: '' }} onSave={onSave} commitRef={c} />
    ));
    fireEvent.input(screen.getByLabelText("Friend's phone or link"), {
      target: { value: 'javascript:alert(1)' },
    });
    expect(await commit()).toBe(false);
    expect((await screen.findByRole('alert')).textContent).toMatch(/phone number, or a link/);
    expect(onSave).not.toHaveBeenCalled();
  });
});
