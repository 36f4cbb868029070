import { describe, expect, it } from 'vitest';
import { GAP_THRESHOLD_MS, heartbeatEvent } from './heartbeat';

const MIN = 60_000;
const HOUR = 60 * MIN;
const LAST = Date.parse('2024-06-01T12:00:00Z');

describe('heartbeatEvent', () => {
  it.each([
    ['no earlier heartbeat', null, LAST, null],
    ['no earlier heartbeat (undefined)', undefined, LAST, null],
    ['a regular beat', LAST, LAST + MIN, null],
    ['exactly the threshold', LAST, LAST + GAP_THRESHOLD_MS, null],
    ['a small backward correction', LAST, LAST - 30_000, null],
    [
      'just over the threshold',
      LAST,
      LAST + GAP_THRESHOLD_MS + 1,
      { type: 'gap', at: LAST + GAP_THRESHOLD_MS + 1, from: LAST, to: LAST + GAP_THRESHOLD_MS + 1 },
    ],
    [
      'a 3-day gap',
      LAST,
      LAST + 72 * HOUR,
      { type: 'gap', at: LAST + 72 * HOUR, from: LAST, to: LAST + 72 * HOUR },
    ],
    ['a clock set back an hour', LAST, LAST - HOUR, { type: 'clock-back', at: LAST - HOUR, from: LAST }],
  ])('%s', (_, last, now, want) => {
    expect(heartbeatEvent(last, now)).toEqual(want);
  });

  it('takes another threshold', () => {
    expect(heartbeatEvent(LAST, LAST + 2 * HOUR, HOUR)).toMatchObject({ type: 'gap' });
    expect(heartbeatEvent(LAST, LAST + 2 * HOUR, 6 * HOUR)).toBeNull();
  });
});
