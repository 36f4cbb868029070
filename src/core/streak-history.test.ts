import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Millis, NoContactEvent } from './events';
import { localDay } from './local-day';
import { currentStreak } from './streak';
import { bestStreak, streakHistory } from './streak-history';

const t = (iso: string): Millis => Date.parse(iso);
const NY = 'America/New_York';
const NOW = t('2024-06-30T12:00:00-04:00');

describe('streakHistory', () => {
  it('is one current run from the install day when nothing was recorded', () => {
    expect(streakHistory([], NOW, NY, '2024-06-20')).toEqual([
      {
        startDay: '2024-06-20',
        startAt: t('2024-06-20T00:00:00-04:00'),
        endAt: null,
        endDay: '2024-06-30',
        days: 10,
        endedBy: null,
      },
    ]);
  });

  it('splits runs at contacts', () => {
    const events: NoContactEvent[] = [
      { type: 'start', at: t('2024-05-01T09:00:00-04:00'), since: '2024-05-01' },
      { type: 'contact', at: t('2024-05-11T21:00:00-04:00') },
      { type: 'urge', at: t('2024-05-12T21:00:00-04:00') },
      { type: 'contact', at: t('2024-06-02T08:00:00-04:00') },
    ];
    expect(streakHistory(events, NOW, NY).map((r) => [r.startDay, r.endDay, r.days, r.endedBy])).toEqual([
      ['2024-05-01', '2024-05-11', 10, 'contact'],
      ['2024-05-11', '2024-06-02', 22, 'contact'],
      ['2024-06-02', '2024-06-30', 28, null],
    ]);
    expect(streakHistory(events, NOW, NY)[1]).toMatchObject({
      startAt: t('2024-05-11T21:00:00-04:00'),
      endAt: t('2024-06-02T08:00:00-04:00'),
    });
  });

  it('splits runs at a start moved later, and ends the earlier run there', () => {
    const events: NoContactEvent[] = [
      { type: 'start', at: t('2024-05-01T09:00:00-04:00'), since: '2024-05-01' },
      { type: 'start', at: t('2024-06-20T09:00:00-04:00'), since: '2024-06-15' },
    ];
    expect(streakHistory(events, NOW, NY).map((r) => [r.startDay, r.endDay, r.days, r.endedBy])).toEqual([
      ['2024-05-01', '2024-06-15', 45, 'start'],
      ['2024-06-15', '2024-06-30', 15, null],
    ]);
  });

  it('a start moved earlier replaces the later start, but keeps the contacts', () => {
    const events: NoContactEvent[] = [
      { type: 'start', at: t('2024-05-01T09:00:00-04:00'), since: '2024-05-01' },
      { type: 'start', at: t('2024-06-20T09:00:00-04:00'), since: '2024-06-15' },
      { type: 'contact', at: t('2024-06-25T09:00:00-04:00') },
      { type: 'start', at: t('2024-06-28T09:00:00-04:00'), since: '2024-06-10' },
    ];
    expect(streakHistory(events, NOW, NY).map((r) => [r.startDay, r.endDay, r.days, r.endedBy])).toEqual([
      ['2024-05-01', '2024-06-10', 40, 'start'],
      ['2024-06-10', '2024-06-25', 15, 'contact'],
      ['2024-06-25', '2024-06-30', 5, null],
    ]);
  });

  it('a contact at the very start of the start day is one run start, not two', () => {
    const events: NoContactEvent[] = [
      { type: 'start', at: t('2024-06-01T09:00:00-04:00'), since: '2024-06-01' },
      { type: 'contact', at: t('2024-06-01T00:00:00-04:00') },
    ];
    expect(streakHistory(events, NOW, NY)).toHaveLength(1);
  });

  it('keeps the current run at 0 days when the clock is set back before it', () => {
    const events: NoContactEvent[] = [{ type: 'contact', at: t('2024-07-02T09:00:00-04:00') }];
    expect(streakHistory(events, NOW, NY).at(-1)).toMatchObject({ endDay: '2024-07-02', days: 0 });
  });
});

describe('bestStreak', () => {
  it.each<{ name: string; events: NoContactEvent[]; want: object }>([
    {
      name: 'an earlier, longer run',
      events: [
        { type: 'start', at: t('2024-04-01T09:00:00-04:00'), since: '2024-04-01' },
        { type: 'contact', at: t('2024-05-21T21:00:00-04:00') },
      ],
      want: { startDay: '2024-04-01', days: 50, endedBy: 'contact' },
    },
    {
      name: 'the current run when it is longest',
      events: [
        { type: 'contact', at: t('2024-05-01T21:00:00-04:00') },
        { type: 'contact', at: t('2024-05-03T21:00:00-04:00') },
      ],
      want: { startDay: '2024-05-03', days: 58, endedBy: null },
    },
    {
      name: 'the current run on a tie',
      events: [
        { type: 'contact', at: t('2024-06-05T21:00:00-04:00') },
        { type: 'contact', at: t('2024-06-15T21:00:00-04:00') },
      ],
      want: { startDay: '2024-06-15', days: 15, endedBy: null },
    },
  ])('is $name', ({ events, want }) => {
    expect(bestStreak(events, NOW, NY)).toMatchObject(want);
  });
});

describe('streakHistory properties', () => {
  const instant = fc.integer({ min: t('2024-01-01T00:00:00Z'), max: t('2024-12-31T00:00:00Z') });
  const event: fc.Arbitrary<NoContactEvent> = fc.oneof(
    fc.record({ type: fc.constant('contact' as const), at: instant }),
    fc.record({
      type: fc.constant('start' as const),
      at: instant,
      since: instant.map((at) => localDay(at, NY)),
    }),
    fc.record({ type: fc.constant('urge' as const), at: instant }),
  );

  it('is ordered, contiguous, non-negative, and ends with the current streak', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), instant, (events, now) => {
        const runs = streakHistory(events, now, NY, '2024-01-01');
        const current = currentStreak(events, now, NY, '2024-01-01');
        expect(runs.at(-1)).toMatchObject({ startAt: current.startAt, days: current.days, endAt: null });
        runs.forEach((run, i) => {
          expect(run.days).toBeGreaterThanOrEqual(0);
          const next = runs[i + 1];
          if (next) {
            expect(run.endAt).toBe(next.startAt);
            expect(next.startAt).toBeGreaterThan(run.startAt);
          }
        });
        expect(bestStreak(events, now, NY, '2024-01-01').days).toBe(Math.max(...runs.map((r) => r.days)));
      }),
    );
  });

  it('every contact begins a run', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), instant, (events, now) => {
        const starts = new Set(streakHistory(events, now, NY, '2024-01-01').map((r) => r.startAt));
        for (const e of events) if (e.type === 'contact') expect(starts.has(e.at)).toBe(true);
      }),
    );
  });
});
