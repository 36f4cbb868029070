import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NoContactEvent } from '@/src/core';
import { readEvents } from './events';
import {
  answerSlip,
  pendingSlip,
  readSlipAnswers,
  SLIP_QUESTION_MAX_AGE_MS,
  type SlipEvent,
  slipId,
} from './slip-answers';

const slip = (at: number, visit?: string): SlipEvent => ({ type: 'slip', at, key: 'instagram:sam', visit });
const NOW = 10_000_000;

describe('pendingSlip', () => {
  it('asks about the latest slip she has not answered', () => {
    const events: NoContactEvent[] = [slip(NOW - 5000, 'v1'), slip(NOW - 1000, 'v2')];
    expect(pendingSlip(events, [], NOW)).toEqual(slip(NOW - 1000, 'v2'));
  });

  it('asks nothing once she answered the latest slip', () => {
    const events: NoContactEvent[] = [slip(NOW - 5000, 'v1'), slip(NOW - 1000, 'v2')];
    expect(pendingSlip(events, [{ slip: 'v2', contacted: false, at: NOW }], NOW)).toBeNull();
  });

  it('asks nothing without a slip, after a recorded contact, or a week later', () => {
    expect(pendingSlip([{ type: 'urge', at: NOW - 1 }], [], NOW)).toBeNull();
    expect(pendingSlip([slip(NOW - 100, 'v'), { type: 'contact', at: NOW - 50 }], [], NOW)).toBeNull();
    expect(pendingSlip([slip(NOW - SLIP_QUESTION_MAX_AGE_MS - 1, 'v')], [], NOW)).toBeNull();
    expect(pendingSlip([slip(NOW - SLIP_QUESTION_MAX_AGE_MS, 'v')], [], NOW)).not.toBeNull();
  });

  it('knows a slip without a visit by its time', () => {
    const s = slip(NOW - 10);
    expect(slipId(s)).toBe(`at:${NOW - 10}`);
    expect(pendingSlip([s], [{ slip: slipId(s), contacted: false, at: NOW }], NOW)).toBeNull();
  });
});

describe('answerSlip', () => {
  it('"yes" records contact at the time of the slip and remembers the answer', async () => {
    const s = slip(NOW - 1000, 'v1');
    await answerSlip(s, true, NOW);
    expect(await readEvents()).toEqual([{ id: expect.any(String), type: 'contact', at: NOW - 1000 }]);
    expect(await readSlipAnswers()).toEqual([{ slip: 'v1', contacted: true, at: NOW }]);
  });

  it('"no" records no event and remembers the answer', async () => {
    await answerSlip(slip(NOW - 1000, 'v1'), false, NOW);
    expect(await readEvents()).toEqual([]);
    expect(await readSlipAnswers()).toEqual([{ slip: 'v1', contacted: false, at: NOW }]);
  });

  it('keeps one answer per slip', async () => {
    await answerSlip(slip(1, 'v1'), false, 2);
    await answerSlip(slip(1, 'v1'), false, 3);
    expect(await readSlipAnswers()).toEqual([{ slip: 'v1', contacted: false, at: 3 }]);
  });

  it('repairs damaged answers on read', async () => {
    await fakeBrowser.storage.local.set({
      slipAnswers: [{ slip: 'v1', contacted: true, at: 1 }, { slip: 2 }, null, 'x'],
    });
    expect(await readSlipAnswers()).toEqual([{ slip: 'v1', contacted: true, at: 1 }]);
  });
});
