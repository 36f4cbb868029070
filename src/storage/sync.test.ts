import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { targetKey } from '@/src/core';
import { activeTargets, addProfile, readPeople } from './people';
import { setSyncEnabled, syncNow } from './sync';
import { decodeBundle, encodeBundle } from './sync-bundle';

const target = (handle: string) => ({ kind: 'profile', platform: 'instagram', handle }) as const;

describe('sync', () => {
  beforeEach(() => fakeBrowser.reset());

  it('does nothing until she turns it on', async () => {
    await addProfile({ target: target('sam'), input: '', now: 1, defaultPersonName: 'Him' });
    expect(await syncNow(2, 'UTC')).toBe('off');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it.each(['false', 1, {}, 'true'])('stays off when the stored switch is %j, not her true', async (value) => {
    await addProfile({ target: target('sam'), input: '', now: 1, defaultPersonName: 'Him' });
    await fakeBrowser.storage.local.set({ syncEnabled: value });
    expect(await syncNow(2, 'UTC')).toBe('off');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('writes people to sync, and merges in a profile another device added', async () => {
    await addProfile({ target: target('sam'), input: '', now: 1, defaultPersonName: 'Him' });
    expect(await setSyncEnabled(true, 10, 'UTC')).toBe('ok');
    const first = decodeBundle(await fakeBrowser.storage.sync.get(null));
    if (first.kind !== 'ok') throw new Error('nothing synced');
    expect(first.bundle.people[0]?.profiles.map((p) => targetKey(p.target))).toEqual(['instagram:sam']);

    // Another device, later, added a profile to the same person.
    const other = structuredClone(first.bundle);
    other.people[0]?.profiles.push({
      id: 'other',
      target: target('sam.alt'),
      input: '',
      addedAt: 20,
      paused: false,
    });
    const encoded = encodeBundle(other, 30);
    if (!encoded.ok) throw new Error('too big');
    await fakeBrowser.storage.sync.set(encoded.items);

    expect(await syncNow(40, 'UTC')).toBe('ok');
    expect(activeTargets(await readPeople()).map(targetKey)).toEqual(['instagram:sam', 'instagram:sam.alt']);
  });
});
