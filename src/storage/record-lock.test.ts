import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteEvent, readEvents, recordEvent, recordNow, updateEvents } from './events';
import { changeRecord } from './record-lock';

const T0 = Date.parse('2026-03-10T10:00:00Z');

describe('changes to her record, one at a time', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps every event recorded at once (each change reads what the one before wrote)', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => recordNow((at) => ({ type: 'urge', at }), T0 + i)),
    );
    expect((await readEvents()).filter((e) => e.type === 'urge')).toHaveLength(12);
  });

  it('keeps an urge recorded while the events are being compacted, and a deletion made meanwhile', async () => {
    const first = await recordNow((at) => ({ type: 'urge', at }), T0);
    await Promise.all([
      updateEvents((events) => [...events]),
      recordEvent({ type: 'contact', at: T0 + 5 }),
      deleteEvent(first.id, T0 + 6),
      recordNow((at) => ({ type: 'urge', at }), T0 + 7),
    ]);
    const events = await readEvents();
    expect(events.map((e) => e.type)).toEqual(['contact', 'urge']);
    expect(events.some((e) => e.id === first.id)).toBe(false);
  });

  it('goes on after a change that failed', async () => {
    await expect(changeRecord(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    await recordNow((at) => ({ type: 'urge', at }), T0);
    expect(await readEvents()).toHaveLength(1);
  });
});
