import { describe, expect, it } from 'vitest';
import {
  applyChange,
  applyDue,
  cancel,
  dropSettings,
  HOUR_MS,
  isWeakening,
  nextDueAt,
  partitionDue,
  schedule,
  splitSettings,
} from './pending-rules';
import type { Person, Settings } from './schemas';

const settings: Settings = {
  countdownSeconds: 30,
  allowanceMinutes: 10,
  strict: false,
  delayHours: 24,
  foldFeeds: true,
};
const target = { kind: 'profile', platform: 'instagram', handle: 'sam' } as const;

function people(): Person[] {
  return [
    {
      id: 'sam',
      name: 'Sam',
      paused: false,
      names: [],
      hideFromFeeds: true,
      profiles: [
        { id: 'a', target, input: '', addedAt: 0, paused: false },
        { id: 'b', target: { ...target, handle: 'sam2' }, input: '', addedAt: 0, paused: true },
      ],
    },
    {
      id: 'jo',
      name: 'Jo',
      paused: true,
      names: [],
      hideFromFeeds: true,
      profiles: [{ id: 'c', target: { ...target, handle: 'jo' }, input: '', addedAt: 0, paused: false }],
    },
  ];
}

describe('what weakens her protection', () => {
  it('treats fewer seconds, more minutes, strict off and a shorter delay as weaker', () => {
    expect(
      splitSettings(
        { ...settings, strict: true },
        { countdownSeconds: 10, allowanceMinutes: 20, strict: false, delayHours: 1 },
      ),
    ).toEqual({
      immediate: {},
      delayed: { countdownSeconds: 10, allowanceMinutes: 20, strict: false, delayHours: 1 },
    });
  });

  it('treats the opposite as stronger, and ignores what did not change', () => {
    expect(
      splitSettings(settings, { countdownSeconds: 60, allowanceMinutes: 5, strict: true, delayHours: 48 }),
    ).toEqual({
      immediate: { countdownSeconds: 60, allowanceMinutes: 5, strict: true, delayHours: 48 },
      delayed: {},
    });
    expect(splitSettings(settings, { ...settings })).toEqual({ immediate: {}, delayed: {} });
  });

  it.each<[string, boolean, boolean, 'immediate' | 'delayed' | 'none']>([
    ['folding in feeds off', true, false, 'delayed'],
    ['folding in feeds on again', false, true, 'immediate'],
    ['folding in feeds unchanged', true, true, 'none'],
  ])('treats %s as it should', (_, from, to, where) => {
    const split = splitSettings({ ...settings, foldFeeds: from }, { foldFeeds: to });
    expect(split).toEqual({
      immediate: where === 'immediate' ? { foldFeeds: to } : {},
      delayed: where === 'delayed' ? { foldFeeds: to } : {},
    });
  });

  it('delays showing a person in her feeds again, while his posts are folded there', () => {
    const list = people();
    const show = { kind: 'show-in-feeds', payload: { personId: 'sam' } } as const;
    expect(isWeakening(show, list, settings)).toBe(true);
    // Already shown, or folding is off altogether: nothing weakens.
    expect(isWeakening(show, [{ ...list[0], hideFromFeeds: false } as Person], settings)).toBe(false);
    expect(isWeakening(show, list, { ...settings, foldFeeds: false })).toBe(false);
    expect(isWeakening({ kind: 'show-in-feeds', payload: { personId: 'nobody' } }, list, settings)).toBe(
      false,
    );
    const applied = applyChange({ people: list, settings }, show);
    expect(applied.people.map((p) => [p.id, p.hideFromFeeds])).toEqual([
      ['sam', false],
      ['jo', true],
    ]);
    // The list she had is left as it was.
    expect(list[0]?.hideFromFeeds).toBe(true);
  });

  it('splits a mixed edit', () => {
    expect(splitSettings(settings, { countdownSeconds: 5, strict: true })).toEqual({
      immediate: { strict: true },
      delayed: { countdownSeconds: 5 },
    });
  });

  it('delays removing or pausing an active profile or person, not one already paused', () => {
    const list = people();
    expect(isWeakening({ kind: 'remove-profile', payload: { profileId: 'a' } }, list, settings)).toBe(true);
    expect(isWeakening({ kind: 'pause-profile', payload: { profileId: 'a' } }, list, settings)).toBe(true);
    expect(isWeakening({ kind: 'remove-profile', payload: { profileId: 'b' } }, list, settings)).toBe(false);
    expect(isWeakening({ kind: 'remove-profile', payload: { profileId: 'c' } }, list, settings)).toBe(false);
    expect(isWeakening({ kind: 'remove-person', payload: { personId: 'sam' } }, list, settings)).toBe(true);
    expect(isWeakening({ kind: 'pause-person', payload: { personId: 'jo' } }, list, settings)).toBe(false);
    expect(isWeakening({ kind: 'reset', payload: {} }, list, settings)).toBe(true);
  });
});

describe('scheduling', () => {
  it('takes effect after the delay in force when she asked', () => {
    const list = schedule([], { kind: 'remove-profile', payload: { profileId: 'a' } }, 1000, settings, 'x');
    expect(list).toEqual([
      {
        id: 'x',
        kind: 'remove-profile',
        payload: { profileId: 'a' },
        requestedAt: 1000,
        effectiveAt: 1000 + 24 * HOUR_MS,
      },
    ]);
  });

  it('keeps the first request when she asks again', () => {
    const first = schedule([], { kind: 'remove-profile', payload: { profileId: 'a' } }, 1000, settings, 'x');
    const again = schedule(
      first,
      { kind: 'remove-profile', payload: { profileId: 'a' } },
      5000,
      settings,
      'y',
    );
    expect(again).toEqual(first);
  });

  it('lets a newer settings choice replace the pending one for the same setting', () => {
    let list = schedule(
      [],
      { kind: 'settings', payload: { countdownSeconds: 5, strict: false } },
      0,
      settings,
      's1',
    );
    list = schedule(list, { kind: 'settings', payload: { countdownSeconds: 10 } }, 10, settings, 's2');
    expect(list.map((c) => [c.id, c.payload])).toEqual([
      ['s1', { strict: false }],
      ['s2', { countdownSeconds: 10 }],
    ]);
    expect(dropSettings(list, ['strict']).map((c) => c.id)).toEqual(['s2']);
  });

  it('cancels by id', () => {
    const list = schedule([], { kind: 'reset', payload: {} }, 0, settings, 'r');
    expect(cancel(list, 'r')).toEqual([]);
  });
});

describe('applying what is due', () => {
  it('applies only changes whose time has come, oldest first', () => {
    let list = schedule([], { kind: 'remove-profile', payload: { profileId: 'a' } }, 0, settings, 'p1');
    list = schedule(list, { kind: 'settings', payload: { countdownSeconds: 5 } }, HOUR_MS, settings, 'p2');
    const at = 24 * HOUR_MS;
    expect(partitionDue(list, at).due.map((c) => c.id)).toEqual(['p1']);
    expect(nextDueAt(list)).toBe(at);
    const result = applyDue({ people: people(), settings }, list, at);
    expect(result.state.people[0]?.profiles.map((p) => p.id)).toEqual(['b']);
    expect(result.state.settings.countdownSeconds).toBe(30);
    expect(result.pending.map((c) => c.id)).toEqual(['p2']);
    expect(result.reset).toBe(false);
    const later = applyDue(result.state, result.pending, 25 * HOUR_MS);
    expect(later.state.settings.countdownSeconds).toBe(5);
    expect(later.pending).toEqual([]);
  });

  it('pauses and removes people, and ignores changes to something already gone', () => {
    const list = [
      ...schedule([], { kind: 'pause-person', payload: { personId: 'sam' } }, 0, settings, 'p1'),
      ...schedule([], { kind: 'remove-person', payload: { personId: 'jo' } }, 0, settings, 'p2'),
      ...schedule([], { kind: 'pause-profile', payload: { profileId: 'gone' } }, 0, settings, 'p3'),
    ];
    const result = applyDue({ people: people(), settings }, list, 24 * HOUR_MS);
    expect(result.state.people.map((p) => [p.id, p.paused])).toEqual([['sam', true]]);
  });

  it('reports a due reset for storage to carry out', () => {
    const list = schedule([], { kind: 'reset', payload: {} }, 0, settings, 'r');
    expect(applyDue({ people: people(), settings }, list, 24 * HOUR_MS).reset).toBe(true);
    expect(applyDue({ people: people(), settings }, list, 24 * HOUR_MS - 1).reset).toBe(false);
  });
});
