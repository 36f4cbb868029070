import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { eventsItem, pendingItem, removedItem, settingsItem } from './items';
import {
  applyDuePending,
  cancelPending,
  hideInFeeds,
  readPending,
  requestChange,
  saveSettings,
} from './pending';
import { HOUR_MS } from './pending-rules';
import { activeTargets, addProfile, readPeople } from './people';
import { readSettings } from './plan';

const sam = { kind: 'profile', platform: 'instagram', handle: 'sam.rivers_' } as const;
/** His handle reads as a name: searches for it are blocked while the profile is. */
const samSearches = { kind: 'name', name: 'sam rivers' } as const;
const T0 = Date.UTC(2026, 10, 24, 20, 0);

async function addSam() {
  const added = await addProfile({ target: sam, input: 'a', now: 1, defaultPersonName: 'Him' });
  if (!added.ok) throw new Error('not added');
  return added;
}

describe('commitment delay in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('schedules a removal, keeps blocking until it is due, then applies it', async () => {
    const { profile } = await addSam();
    const outcome = await requestChange({ kind: 'remove-profile', payload: { profileId: profile.id } }, T0);
    expect(outcome).toMatchObject({ applied: false, change: { effectiveAt: T0 + 24 * HOUR_MS } });
    expect(activeTargets(await readPeople())).toEqual([sam, samSearches]);

    expect(await applyDuePending(T0 + 23 * HOUR_MS, 'UTC')).toEqual([]);
    expect(activeTargets(await readPeople())).toEqual([sam, samSearches]);

    const applied = await applyDuePending(T0 + 24 * HOUR_MS, 'UTC');
    expect(applied.map((c) => c.kind)).toEqual(['remove-profile']);
    expect(activeTargets(await readPeople())).toEqual([]);
    expect(await readPending()).toEqual([]);
    expect(await removedItem.getValue()).toEqual({ 'instagram:sam.rivers_': T0 + 24 * HOUR_MS });
  });

  it('shows him in her feeds again only after the delay; hiding him again calls that off', async () => {
    const { person } = await addSam();
    const show = { kind: 'show-in-feeds', payload: { personId: person.id } } as const;
    expect(await requestChange(show, T0)).toMatchObject({ applied: false });
    expect((await readPeople())[0]?.hideFromFeeds).toBe(true);
    await hideInFeeds(person.id);
    expect(await readPending()).toEqual([]);
    expect(await applyDuePending(T0 + 25 * HOUR_MS, 'UTC')).toEqual([]);
    expect((await readPeople())[0]?.hideFromFeeds).toBe(true);
    // With no delay, at once.
    await settingsItem.setValue({ delayHours: 0 });
    expect(await requestChange(show, T0)).toEqual({ applied: true });
    expect((await readPeople())[0]?.hideFromFeeds).toBe(false);
  });

  it('cancels a pending change: nothing happens when its time comes', async () => {
    const { profile } = await addSam();
    const outcome = await requestChange({ kind: 'pause-profile', payload: { profileId: profile.id } }, T0);
    if (outcome.applied) throw new Error('applied at once');
    await cancelPending(outcome.change.id);
    expect(await applyDuePending(T0 + 48 * HOUR_MS, 'UTC')).toEqual([]);
    expect(activeTargets(await readPeople())).toEqual([sam, samSearches]);
  });

  it('applies stronger settings at once and weaker ones after the delay', async () => {
    await settingsItem.setValue({ strict: true });
    const outcome = await saveSettings({ countdownSeconds: 90, strict: false }, T0);
    expect(outcome.immediate).toEqual({ countdownSeconds: 90 });
    expect(outcome.pending?.payload).toEqual({ strict: false });
    expect(await readSettings()).toMatchObject({ countdownSeconds: 90, strict: true });
    await applyDuePending(T0 + 24 * HOUR_MS, 'UTC');
    expect(await readSettings()).toMatchObject({ countdownSeconds: 90, strict: false });
  });

  it('shortens the delay itself only after the delay in force', async () => {
    const outcome = await saveSettings({ delayHours: 1 }, T0);
    expect(outcome.pending?.effectiveAt).toBe(T0 + 24 * HOUR_MS);
    expect((await readSettings()).delayHours).toBe(24);
    await saveSettings({ delayHours: 48 }, T0 + 1);
    expect((await readSettings()).delayHours).toBe(48);
    expect(await readPending()).toEqual([]);
  });

  it('resets everything only when the reset falls due', async () => {
    await addSam();
    await eventsItem.setValue([{ type: 'urge', at: 5 }]);
    await requestChange({ kind: 'reset', payload: {} }, T0);
    expect(await readPeople()).toHaveLength(1);
    await applyDuePending(T0 + 24 * HOUR_MS, 'UTC');
    expect(await readPeople()).toEqual([]);
    expect(await eventsItem.getValue()).toEqual([
      { id: expect.any(String), type: 'start', at: T0 + 24 * HOUR_MS, since: '2026-11-25', install: true },
    ]);
    expect(await pendingItem.getValue()).toEqual([]);
  });

  it('drops malformed pending entries on read', async () => {
    await fakeBrowser.storage.local.set({
      pending: [
        { id: 'x', kind: 'remove-profile', payload: {}, requestedAt: 0, effectiveAt: 0 },
        'junk',
        { kind: 'reset' },
      ],
    });
    expect(await readPending()).toEqual([]);
  });

  it('copies a waiting change without payload keys that would reach a prototype', async () => {
    await fakeBrowser.storage.local.set({
      pending: [
        JSON.parse(
          '{"id":"s","kind":"settings","payload":{"strict":false,"__proto__":{"polluted":true},"constructor":1},"requestedAt":0,"effectiveAt":5,"extra":1}',
        ),
      ],
    });
    const [change] = await readPending();
    expect(change).toEqual({
      id: 's',
      kind: 'settings',
      payload: { strict: false },
      requestedAt: 0,
      effectiveAt: 5,
    });
    expect(Object.getPrototypeOf(change?.payload)).toBe(Object.prototype);
  });
});
