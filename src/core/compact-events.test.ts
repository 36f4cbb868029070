import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactEvents } from './compact-events';
import type { Millis, NoContactEvent } from './events';
import { bestStreak, streakHistory } from './streak-history';
import { urgesByDay } from './urge-counts';

const t = (iso: string): Millis => Date.parse(iso);
const NY = 'America/New_York';
const NOW = t('2024-06-30T12:00:00-04:00'); // 90 days back: 2024-04-01 is the first day kept one by one

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
    expect(compactEvents(events, NOW, NY)).toEqual([
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
    const once = compactEvents(events, NOW, NY);
    expect(compactEvents(once, NOW, NY)).toEqual(once);
  });

  it('keeps everything within the window', () => {
    const recent: NoContactEvent[] = [
      { type: 'urge', at: t('2024-06-01T09:00:00-04:00') },
      { type: 'urge', at: t('2024-06-02T09:00:00-04:00'), visit: 'x' },
    ];
    expect(compactEvents(recent, NOW, NY)).toEqual(recent);
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
          const compacted = compactEvents(list, now, zone);
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
});
