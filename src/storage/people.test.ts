import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeTargets, addNames, addProfile, personOfTarget, readPeople, removeProfile } from './people';

const sam = { kind: 'profile', platform: 'instagram', handle: 'sam.rivers_' } as const;

describe('people', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds a first profile under a new default person', async () => {
    const result = await addProfile({
      target: sam,
      input: 'instagram.com/sam.rivers_',
      now: 1,
      defaultPersonName: 'Him',
    });
    expect(result.ok).toBe(true);
    const people = await readPeople();
    expect(people).toHaveLength(1);
    expect(people[0]?.name).toBe('Him');
    // His handle reads as a name: searches for "sam rivers" are caught too.
    expect(activeTargets(people)).toEqual([sam, { kind: 'name', name: 'sam rivers' }]);
  });

  it('refuses a duplicate and keeps one entry', async () => {
    await addProfile({ target: sam, input: 'a', now: 1, defaultPersonName: 'Him' });
    const again = await addProfile({ target: { ...sam }, input: 'b', now: 2, defaultPersonName: 'Him' });
    expect(again).toMatchObject({ ok: false, reason: 'duplicate' });
    expect((await readPeople()).flatMap((p) => p.profiles)).toHaveLength(1);
  });

  it('removes a profile by id', async () => {
    const added = await addProfile({ target: sam, input: 'a', now: 1, defaultPersonName: 'Him' });
    if (!added.ok) throw new Error('not added');
    await removeProfile(added.profile.id);
    expect(activeTargets(await readPeople())).toEqual([]);
  });

  it('keeps the valid profiles of a corrupted list and drops the rest', async () => {
    await fakeBrowser.storage.local.set({
      people: [
        {
          id: 'p1',
          name: 'Sam',
          profiles: [
            { id: 'a', target: sam, input: '', addedAt: 0, paused: false },
            { id: 'b', target: 42 },
          ],
        },
        'garbage',
        { name: 'no id' },
      ],
    });
    const people = await readPeople();
    expect(people).toHaveLength(1);
    expect(people[0]?.names).toEqual([]);
    expect(people[0]?.profiles.map((p) => p.target)).toEqual([sam]);
  });

  it('adds her names for him, once each, and makes them targets with his handles', async () => {
    const added = await addProfile({ target: sam, input: 'a', now: 1, defaultPersonName: 'Him' });
    if (!added.ok) throw new Error('not added');
    await addNames(added.person.id, ['Sam Rivers', 'Sammy R']);
    await addNames(added.person.id, ['Sammy R']);
    const people = await readPeople();
    expect(people[0]?.names).toEqual(['Sam Rivers', 'Sammy R']);
    expect(activeTargets(people)).toEqual([
      sam,
      { kind: 'name', name: 'sam rivers' },
      { kind: 'name', name: 'sammy r' },
    ]);
    expect(personOfTarget(people, { kind: 'name', name: 'sammy r' })?.id).toBe(added.person.id);
  });

  it('reads a non-list value as an empty list', async () => {
    await fakeBrowser.storage.local.set({ people: { not: 'a list' } });
    expect(await readPeople()).toEqual([]);
  });
});
