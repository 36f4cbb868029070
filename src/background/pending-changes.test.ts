import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addProfile, readPeople, requestChange } from '@/src/storage';
import { applyPendingChanges, PENDING_ALARM } from './pending-changes';

describe('pending changes in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useRealTimers();
  });

  it('sets an alarm for the next due change, and applies it once due', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 24, 20));
    const added = await addProfile({
      target: { kind: 'profile', platform: 'x', handle: 'sam' },
      input: 'x.com/sam',
      now: Date.now(),
      defaultPersonName: 'Him',
    });
    if (!added.ok) throw new Error('not added');
    const outcome = await requestChange(
      { kind: 'remove-profile', payload: { profileId: added.profile.id } },
      Date.now(),
    );
    if (outcome.applied) throw new Error('applied at once');

    await applyPendingChanges();
    expect((await fakeBrowser.alarms.get(PENDING_ALARM))?.scheduledTime).toBe(outcome.change.effectiveAt);
    expect((await readPeople())[0]?.profiles).toHaveLength(1);

    vi.setSystemTime(outcome.change.effectiveAt);
    await applyPendingChanges();
    expect((await readPeople())[0]?.profiles).toHaveLength(0);
    expect(await fakeBrowser.alarms.get(PENDING_ALARM)).toBeUndefined();
    vi.useRealTimers();
  });
});
