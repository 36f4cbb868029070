import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactEvents } from './compact-events';
import { withIds } from './event-ids';
import type { Millis, NoContactEvent, RecordedEvent } from './events';
import { bestStreak, streakHistory } from './streak-history';
import { urgesByDay } from './urge-counts';

const t = (iso: string): Millis => Date.parse(iso);
const NY = 'America/New_York';
const NOW = t('2024-06-30T12:00:00-04:00'); // 90 days back: 2024-04-01 is the first day kept one by one

/** Compacts events recorded before ids existed, and compares them without their ids. */
const compact = (events: NoContactEvent[], now = NOW, zone = NY) =>
  compactEvents(withIds(events), now, zone).map(({ id: _, ...e }) => e);

describe('compactEvents', () => {
  const events: NoContactEvent[] = [
    { type: 'start', at: t('2024-01-05T09:00:00-05:00'), since: '2024-01-01' },
    { type: 'urge', at: t('2024-03-01T09:00:00-05:00'), visit: 'a', key: 'instagram:him' },
    { type: 'urge', at: t('2024-03-01T21:00:00-05:00'), visit: 'b' },
    { type: 'slip', at: t('2024-03-01T21:00:04-05:00'), visit: 'b' },
    { type: 'urge', at: t('2024-03-01T22:00:00-05:00') },
    { type: 'urge-day', at: t('2024-03-01T07:00:00-05:00'), day: '2024-03-01', count: 2 },
    { type: 'urge', at: t('2024-03-31T23:59:00-04:00') },
    { type: 'urge', at: t('2024-04-01T00:00:00-04:00') },
    { type: 'contact', at: t('2024-03-15T12:00:00-04:00') },
    {
      type: 'gap',
      at: t('2024-02-10T12:00:00-05:00'),
      from: t('2024-02-07T12:00:00-05:00'),
      to: t('2024-02-10T12:00:00-05:00'),
    },
  ];

  it('turns urges from days before the retention window into per-day counts', () => {
    expect(compact(events)).toEqual([
      { type: 'start', at: t('2024-01-05T09:00:00-05:00'), since: '2024-01-01' },
      {
        type: 'gap',
        at: t('2024-02-10T12:00:00-05:00'),
        from: t('2024-02-07T12:00:00-05:00'),
        to: t('2024-02-10T12:00:00-05:00'),
      },
      { type: 'urge-day', at: t('2024-03-01T07:00:00-05:00'), day: '2024-03-01', count: 4 },
      { type: 'slip', at: t('2024-03-01T21:00:04-05:00'), visit: 'b' },
      { type: 'contact', at: t('2024-03-15T12:00:00-04:00') },
      { type: 'urge-day', at: t('2024-03-31T23:59:00-04:00'), day: '2024-03-31', count: 1 },
      { type: 'urge', at: t('2024-04-01T00:00:00-04:00') },
    ]);
  });

  it('is idempotent', () => {
    const once = compactEvents(withIds(events), NOW, NY);
    expect(compactEvents(once, NOW, NY)).toEqual(once);
  });

  it('keeps everything within the window', () => {
    const recent: NoContactEvent[] = [
      { type: 'urge', at: t('2024-06-01T09:00:00-04:00') },
      { type: 'urge', at: t('2024-06-02T09:00:00-04:00'), visit: 'x' },
    ];
    expect(compact(recent)).toEqual(recent);
  });

  it('loses nothing a view needs: per-day counts and streak history stay the same', () => {
    const instant = fc.integer({ min: t('2023-06-01T00:00:00Z'), max: t('2024-07-01T00:00:00Z') });
    const visit = fc.constantFrom('v1', 'v2', 'v3', 'v4', 'v5');
    const event: fc.Arbitrary<NoContactEvent> = fc.oneof(
      {
        arbitrary: fc.record(
          { type: fc.constant('urge' as const), at: instant, visit },
          { requiredKeys: ['type', 'at'] },
        ),
        weight: 5,
      },
      {
        arbitrary: fc.record(
          { type: fc.constant('slip' as const), at: instant, visit },
          { requiredKeys: ['type', 'at'] },
        ),
        weight: 2,
      },
      { arbitrary: fc.record({ type: fc.constant('contact' as const), at: instant }), weight: 1 },
    );
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 60 }),
        instant,
        fc.constantFrom(NY, 'Europe/Madrid', 'Australia/Sydney'),
        (list, now, zone) => {
          const compacted = compactEvents(withIds(list), now, zone);
          expect(urgesByDay(compacted, zone)).toEqual(urgesByDay(list, zone));
          expect(streakHistory(compacted, now, zone, '2023-06-01')).toEqual(
            streakHistory(list, now, zone, '2023-06-01'),
          );
          expect(bestStreak(compacted, now, zone, '2023-06-01')).toEqual(
            bestStreak(list, now, zone, '2023-06-01'),
          );
          expect(compacted.length).toBeLessThanOrEqual(list.length);
        },
      ),
    );
  });

  it('counts each day per moment and per browser, under ids every browser gives them alike', () => {
    const day = t('2024-03-01T09:00:00-05:00');
    const list: RecordedEvent[] = [
      { id: 'ua.k3x9a', type: 'urge', at: day },
      { id: 'ub.k3x9a', type: 'urge', at: day + 1, moment: 'search' },
      { id: 'uc.k3x9a', type: 'urge', at: day + 2, moment: 'search' },
      { id: 'ud.p2m1q', type: 'urge', at: day + 3 },
      {
        id: 'd20240301s.k3x9a',
        type: 'urge-day',
        at: day - 5,
        day: '2024-03-01',
        count: 4,
        moment: 'search',
      },
    ];
    expect(compactEvents(list, NOW, NY)).toEqual([
      {
        id: 'd20240301s.k3x9a',
        type: 'urge-day',
        at: day - 5,
        day: '2024-03-01',
        count: 6,
        moment: 'search',
      },
      { id: 'd20240301.k3x9a', type: 'urge-day', at: day, day: '2024-03-01', count: 1 },
      { id: 'd20240301.p2m1q', type: 'urge-day', at: day + 3, day: '2024-03-01', count: 1 },
    ]);
  });
});
