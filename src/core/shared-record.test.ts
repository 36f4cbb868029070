import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from './events';
import { type EventRecord, normalizeRecord } from './record';
import { adopt, fitShared, sharedPart, tallyOf } from './shared-record';
import { urgesByDay } from './urge-counts';

const TZ = 'UTC';
const HERE = 'aaaaa';
const THERE = 'bbbbb';
const at = (day: string, hour = 12) => Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

const local: EventRecord = normalizeRecord(
  [
    { id: `n1.${HERE}`, type: 'start', at: at('2026-02-01'), since: '2026-02-01' },
    { id: `u1.${HERE}`, type: 'urge', at: at('2026-03-01', 9), visit: 'v1' },
    { id: `u2.${HERE}`, type: 'urge', at: at('2026-03-01', 10), visit: 'v2', moment: 'search' },
    {
      id: `s1.${HERE}`,
      type: 'slip',
      at: at('2026-03-01', 10) + 5,
      visit: 'v2',
      key: 'x:sam',
      moment: 'search',
    },
    { id: 'u3', type: 'urge', at: at('2026-03-03') },
    { id: `d20260220.${HERE}`, type: 'urge-day', at: at('2026-02-20'), day: '2026-02-20', count: 4 },
    { id: `g1.${HERE}`, type: 'gap', at: at('2026-03-02'), from: at('2026-03-01', 20), to: at('2026-03-02') },
    { id: `u9.${THERE}`, type: 'urge', at: at('2026-03-02') },
    { id: `t.${THERE}`, type: 'urge-tally', at: at('2026-03-02', 20), from: '2026-03-02', counts: [2] },
  ],
  { [`c1.${HERE}`]: at('2026-03-01'), [`u7.${HERE}`]: at('2026-03-01') },
);

describe('sharedPart', () => {
  const shared = sharedPart(local, HERE, TZ, at('2026-03-04'));

  it('carries starts, slips (without the visit) and other browsers’ tallies, and this one’s urges as its tally', () => {
    expect(shared.events.map((e) => e.id)).toEqual([`n1.${HERE}`, `s1.${HERE}`, `t.${THERE}`, `t.${HERE}`]);
    expect(shared.events.find((e) => e.type === 'slip')).toEqual({
      id: `s1.${HERE}`,
      type: 'slip',
      at: at('2026-03-01', 10) + 5,
      key: 'x:sam',
      moment: 'search',
    });
    // The urge she went through with is her slip; the other one that day, its old per-day count, and an urge
    // recorded before ids (this browser's too) are counted by day.
    expect(tallyOf(shared, HERE)).toEqual({
      id: `t.${HERE}`,
      type: 'urge-tally',
      at: at('2026-03-04'),
      from: '2026-02-20',
      counts: [4, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1],
    });
  });

  it('carries the tombstones of shared events only', () => {
    expect(shared.deleted).toEqual({ [`c1.${HERE}`]: at('2026-03-01') });
  });

  it('counts, once taken by another browser, the same urges per day as here', () => {
    const there = adopt({ events: [], deleted: {} }, shared, THERE);
    const counts = (events: readonly RecordedEvent[]) => Object.fromEntries(urgesByDay(events, TZ));
    const mine = counts(local.events.filter((e) => !e.id.endsWith(THERE)));
    expect(counts(there.events)).toEqual(mine);
  });
});

describe('adopt', () => {
  it('takes what other browsers shared, never its own tally (it counts its own urges one by one)', () => {
    const shared = sharedPart(local, HERE, TZ, at('2026-03-04'));
    const back = adopt(local, shared, HERE);
    expect(back.events.some((e) => e.id === `t.${HERE}`)).toBe(false);
    expect(back.events.find((e) => e.id === `s1.${HERE}`)).toMatchObject({ visit: 'v2' });
    expect(back).toEqual(local);
  });
});

describe('fitShared', () => {
  const run = '2026-06-01';
  const big: EventRecord = normalizeRecord(
    [
      { id: `n1.${HERE}`, type: 'start', at: at('2026-01-01'), since: '2026-01-01' },
      {
        id: `m1.${HERE}`,
        type: 'milestone',
        at: at('2026-01-08'),
        days: 7,
        streakStart: at('2026-01-01', 0),
      },
      ...[1, 2, 3, 4, 5].map(
        (d): RecordedEvent => ({ id: `s${d}.${HERE}`, type: 'slip', at: at(`2026-0${d}-15`), key: 'x:sam' }),
      ),
      { id: `c1.${HERE}`, type: 'contact', at: at(run, 8) },
      { id: `m2.${HERE}`, type: 'milestone', at: at('2026-06-04'), days: 3, streakStart: at(run, 8) },
      { id: `s9.${HERE}`, type: 'slip', at: at('2026-06-05'), key: 'x:sam' },
      {
        id: `t.${THERE}`,
        type: 'urge-tally',
        at: at('2026-06-06'),
        from: '2026-05-30',
        counts: [1, 2, 3, 4],
      },
    ],
    { [`c0.${HERE}`]: at('2026-02-01'), [`c8.${HERE}`]: at('2026-06-02') },
  );
  const ids = (record: EventRecord | undefined) => record?.events.map((e) => e.id);

  it('changes nothing that fits', () => {
    expect(fitShared(big, () => true, TZ, '2026-01-01')).toBe(big);
  });

  it('leaves out the milestones of past runs first', () => {
    const fitted = fitShared(big, (r) => !r.events.some((e) => e.id === `m1.${HERE}`), TZ, '2026-01-01');
    expect(ids(fitted)).toEqual(ids(big)?.filter((id) => id !== `m1.${HERE}`));
  });

  it('then the oldest detail, as little as it takes, and never the current run', () => {
    const fitted = fitShared(
      big,
      (r) => r.events.filter((e) => e.type === 'slip').length <= 3,
      TZ,
      '2026-01-01',
    );
    expect(ids(fitted)).toEqual([
      `n1.${HERE}`,
      `s4.${HERE}`,
      `s5.${HERE}`,
      `c1.${HERE}`,
      `m2.${HERE}`,
      `s9.${HERE}`,
      `t.${THERE}`,
    ]);
    // The tally's days before the run began go with the slips older than them; the tombstone too.
    expect(fitted?.events.at(-1)).toMatchObject({ from: '2026-05-30', counts: [1, 2, 3, 4] });
    expect(fitted?.deleted).toEqual({ [`c8.${HERE}`]: at('2026-06-02') });
    const leanest = fitShared(big, (r) => (tallyOf(r, THERE)?.counts.length ?? 0) <= 2, TZ, '2026-01-01');
    expect(ids(leanest)).toEqual([`n1.${HERE}`, `c1.${HERE}`, `m2.${HERE}`, `s9.${HERE}`, `t.${THERE}`]);
    expect(leanest?.events.at(-1)).toMatchObject({ from: run, counts: [3, 4] });
  });

  it('gives up, rather than cut the current run or a start or contact', () => {
    expect(fitShared(big, (r) => r.events.length <= 3, TZ, '2026-01-01')).toBeUndefined();
  });
});
