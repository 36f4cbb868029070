import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDay, Millis, NoContactEvent } from './events';
import { localDay } from './local-day';
import { currentStreak } from './streak';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const t = (iso: string): Millis => Date.parse(iso);

const NY = 'America/New_York';
const MADRID = 'Europe/Madrid';
const SYDNEY = 'Australia/Sydney';

describe('currentStreak', () => {
  it.each<{ name: string; events: NoContactEvent[]; now: string; fallback?: LocalDay; want: object }>([
    {
      name: 'counts from the install day when nothing was recorded',
      events: [],
      now: '2024-06-05T15:00:00-04:00',
      fallback: '2024-06-01',
      want: { startDay: '2024-06-01', startAt: t('2024-06-01T00:00:00-04:00'), days: 4, hours: 4 * 24 + 15 },
    },
    {
      name: 'starts today with no fallback',
      events: [],
      now: '2024-06-05T15:00:00-04:00',
      want: { startDay: '2024-06-05', days: 0, hours: 15 },
    },
    {
      name: 'counts from the start day, at its local midnight',
      events: [{ type: 'start', at: t('2024-06-04T09:00:00-04:00'), since: '2024-05-20' }],
      now: '2024-06-05T15:00:00-04:00',
      want: { startDay: '2024-05-20', startAt: t('2024-05-20T00:00:00-04:00'), days: 16 },
    },
    {
      name: 'a contact after the start day restarts the run at the contact time',
      events: [
        { type: 'start', at: t('2024-06-01T09:00:00-04:00'), since: '2024-05-20' },
        { type: 'contact', at: t('2024-06-03T22:30:00-04:00') },
      ],
      now: '2024-06-05T15:00:00-04:00',
      want: { startDay: '2024-06-03', startAt: t('2024-06-03T22:30:00-04:00'), days: 2, hours: 40 },
    },
    {
      name: 'a contact earlier on the start day is covered by the start',
      events: [
        { type: 'contact', at: t('2024-05-31T10:00:00-04:00') },
        { type: 'start', at: t('2024-06-01T09:00:00-04:00'), since: '2024-06-01' },
      ],
      now: '2024-06-05T15:00:00-04:00',
      want: { startDay: '2024-06-01', startAt: t('2024-06-01T00:00:00-04:00'), days: 4 },
    },
    {
      name: 'the latest start by recording time wins, even when it moves the start later',
      events: [
        { type: 'start', at: t('2024-05-01T09:00:00-04:00'), since: '2024-05-01' },
        { type: 'start', at: t('2024-05-20T09:00:00-04:00'), since: '2024-05-19' },
      ],
      now: '2024-06-05T15:00:00-04:00',
      want: { startDay: '2024-05-19', days: 17 },
    },
    {
      name: 'the latest start by recording time wins when it moves the start earlier',
      events: [
        { type: 'start', at: t('2024-05-20T09:00:00-04:00'), since: '2024-05-19' },
        { type: 'start', at: t('2024-05-21T09:00:00-04:00'), since: '2024-05-01' },
      ],
      now: '2024-06-05T15:00:00-04:00',
      want: { startDay: '2024-05-01', days: 35 },
    },
    {
      name: 'moving the start earlier does not erase a later contact',
      events: [
        { type: 'contact', at: t('2024-05-25T20:00:00-04:00') },
        { type: 'start', at: t('2024-06-01T09:00:00-04:00'), since: '2024-05-01' },
      ],
      now: '2024-06-05T15:00:00-04:00',
      want: { startDay: '2024-05-25', startAt: t('2024-05-25T20:00:00-04:00'), days: 11 },
    },
    {
      name: 'a contact without any start counts from the contact, even before the install day',
      events: [{ type: 'contact', at: t('2024-05-25T20:00:00-04:00') }],
      now: '2024-06-05T15:00:00-04:00',
      fallback: '2024-06-01',
      want: { startDay: '2024-05-25', days: 11 },
    },
    {
      name: 'a contact today is day 0',
      events: [{ type: 'contact', at: t('2024-06-05T08:00:00-04:00') }],
      now: '2024-06-05T15:00:00-04:00',
      want: { startDay: '2024-06-05', days: 0, hours: 7 },
    },
    {
      name: 'a contact one minute before midnight is one day the next morning',
      events: [{ type: 'contact', at: t('2024-06-04T23:59:00-04:00') }],
      now: '2024-06-05T00:01:00-04:00',
      want: { days: 1, hours: 0 },
    },
    {
      name: 'a 3-day gap with the browser closed does not reset the run',
      events: [
        { type: 'start', at: t('2024-06-01T09:00:00-04:00'), since: '2024-06-01' },
        {
          type: 'gap',
          at: t('2024-06-05T09:00:00-04:00'),
          from: t('2024-06-02T09:00:00-04:00'),
          to: t('2024-06-05T09:00:00-04:00'),
        },
      ],
      now: '2024-06-05T15:00:00-04:00',
      want: { startDay: '2024-06-01', days: 4 },
    },
  ])('$name', ({ events, now, fallback, want }) => {
    expect(currentStreak(events, t(now), NY, fallback)).toMatchObject(want);
  });

  it('does not depend on event order', () => {
    const events: NoContactEvent[] = [
      { type: 'start', at: t('2024-05-21T09:00:00-04:00'), since: '2024-05-01' },
      { type: 'contact', at: t('2024-05-10T20:00:00-04:00') },
      { type: 'start', at: t('2024-05-20T09:00:00-04:00'), since: '2024-05-19' },
    ];
    const now = t('2024-06-05T15:00:00-04:00');
    expect(currentStreak([...events].reverse(), now, NY)).toEqual(currentStreak(events, now, NY));
    expect(currentStreak(events, now, NY).startDay).toBe('2024-05-10');
  });
});

describe('currentStreak across DST', () => {
  it.each<{ zone: string; since: LocalDay; now: string; days: number; hours: number }>([
    // New York springs forward 2024-03-10 (the day has 23 hours) and falls back 2024-11-03 (25 hours).
    { zone: NY, since: '2024-03-09', now: '2024-03-11T00:30:00-04:00', days: 2, hours: 47 },
    { zone: NY, since: '2024-03-10', now: '2024-03-10T23:59:00-04:00', days: 0, hours: 22 },
    { zone: NY, since: '2024-03-10', now: '2024-03-11T00:00:00-04:00', days: 1, hours: 23 },
    { zone: NY, since: '2024-11-03', now: '2024-11-03T23:59:00-05:00', days: 0, hours: 24 },
    { zone: NY, since: '2024-11-03', now: '2024-11-04T00:00:00-05:00', days: 1, hours: 25 },
    // Madrid: forward 2024-03-31, back 2024-10-27.
    { zone: MADRID, since: '2024-03-31', now: '2024-04-01T00:00:00+02:00', days: 1, hours: 23 },
    { zone: MADRID, since: '2024-03-30', now: '2024-04-01T12:00:00+02:00', days: 2, hours: 59 },
    { zone: MADRID, since: '2024-10-27', now: '2024-10-28T00:00:00+01:00', days: 1, hours: 25 },
    { zone: MADRID, since: '2024-10-26', now: '2024-10-28T12:00:00+01:00', days: 2, hours: 61 },
    // Sydney (southern hemisphere): back 2024-04-07, forward 2024-10-06.
    { zone: SYDNEY, since: '2024-04-07', now: '2024-04-08T00:00:00+10:00', days: 1, hours: 25 },
    { zone: SYDNEY, since: '2024-10-06', now: '2024-10-07T00:00:00+11:00', days: 1, hours: 23 },
    { zone: SYDNEY, since: '2024-10-05', now: '2024-10-06T01:59:00+10:00', days: 1, hours: 25 },
    { zone: SYDNEY, since: '2024-10-05', now: '2024-10-06T03:00:00+11:00', days: 1, hours: 26 },
  ])('$zone since $since at $now: $days days, $hours hours', ({ zone, since, now, days, hours }) => {
    const events: NoContactEvent[] = [{ type: 'start', at: t('2024-01-01T00:00:00Z'), since }];
    expect(currentStreak(events, t(now), zone)).toMatchObject({ startDay: since, days, hours });
  });

  it('counts each local day once through a fall-back night, hour by hour', () => {
    const events: NoContactEvent[] = [{ type: 'start', at: t('2024-10-01T00:00:00Z'), since: '2024-11-01' }];
    let previous = 0;
    for (let now = t('2024-11-01T00:00:00-04:00'); now < t('2024-11-06T00:00:00-05:00'); now += HOUR / 4) {
      const { days } = currentStreak(events, now, NY);
      expect(days === previous || days === previous + 1).toBe(true);
      previous = days;
    }
    expect(previous).toBe(4);
  });
});

describe('currentStreak with the clock set back', () => {
  const events: NoContactEvent[] = [
    { type: 'start', at: t('2024-06-01T09:00:00-04:00'), since: '2024-06-01' },
    { type: 'contact', at: t('2024-06-10T12:00:00-04:00') },
  ];

  it.each([
    ['an hour before the contact', '2024-06-10T11:00:00-04:00'],
    ['a day before the contact', '2024-06-09T12:00:00-04:00'],
    ['a year back', '2023-06-10T12:00:00-04:00'],
  ])('never goes negative: %s', (_, now) => {
    expect(currentStreak(events, t(now), NY)).toMatchObject({ startDay: '2024-06-10', days: 0, hours: 0 });
  });

  it('a start day in the clock-future gives 0', () => {
    const start: NoContactEvent[] = [
      { type: 'start', at: t('2024-06-05T09:00:00-04:00'), since: '2024-06-05' },
    ];
    expect(currentStreak(start, t('2024-06-01T09:00:00-04:00'), NY)).toMatchObject({ days: 0, hours: 0 });
  });
});

describe('currentStreak when she travels', () => {
  const contact: NoContactEvent[] = [{ type: 'contact', at: t('2024-06-01T22:00:00-04:00') }];
  const start: NoContactEvent[] = [
    { type: 'start', at: t('2024-06-01T09:00:00-04:00'), since: '2024-06-01' },
  ];

  it.each([
    ['Asia/Tokyo', contact, '2024-06-05T10:00:00+09:00', { startDay: '2024-06-02', days: 3 }],
    ['America/Los_Angeles', contact, '2024-06-05T10:00:00-07:00', { startDay: '2024-06-01', days: 4 }],
    ['Asia/Tokyo', start, '2024-06-05T10:00:00+09:00', { startDay: '2024-06-01', days: 4 }],
    ['America/Los_Angeles', start, '2024-06-05T10:00:00-07:00', { startDay: '2024-06-01', days: 4 }],
  ] as const)('in %s', (zone, events, now, want) => {
    expect(currentStreak(events, t(now), zone)).toMatchObject(want);
  });

  it('differs from home by at most one day, in any zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London', SYDNEY),
        fc.integer({ min: 0, max: 60 * DAY }),
        (zone, elapsed) => {
          const now = t('2024-06-01T22:00:00-04:00') + elapsed;
          for (const events of [contact, start]) {
            const away = currentStreak(events, now, zone).days;
            expect(away).toBeGreaterThanOrEqual(0);
            expect(Math.abs(away - currentStreak(events, now, NY).days)).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });
});

const ZONES = [NY, MADRID, SYDNEY, 'UTC', 'Asia/Kolkata', 'America/Santiago'];
const FROM = t('2023-01-01T00:00:00Z');
const TO = t('2025-12-31T00:00:00Z');
const instant = fc.integer({ min: FROM, max: TO });
const day = instant.map((at) => localDay(at, 'UTC'));
const visit = fc.constantFrom('v1', 'v2', 'v3', 'v4');

/** Events that must never move a streak. */
const bystander: fc.Arbitrary<NoContactEvent> = fc.oneof(
  fc.record({ type: fc.constant('urge' as const), at: instant, visit }, { requiredKeys: ['type', 'at'] }),
  fc.record({ type: fc.constant('slip' as const), at: instant, visit }, { requiredKeys: ['type', 'at'] }),
  fc.record({ type: fc.constant('gap' as const), at: instant, from: instant, to: instant }),
  fc.record({ type: fc.constant('clock-back' as const), at: instant, from: instant }),
  fc.record({
    type: fc.constant('milestone' as const),
    at: instant,
    days: fc.integer({ min: 1, max: 400 }),
    streakStart: instant,
  }),
  fc.record({
    type: fc.constant('urge-day' as const),
    at: instant,
    day,
    count: fc.integer({ min: 1, max: 50 }),
  }),
);
const mover: fc.Arbitrary<NoContactEvent> = fc.oneof(
  fc.record({ type: fc.constant('contact' as const), at: instant }),
  fc.record({ type: fc.constant('start' as const), at: instant, since: day }),
);
const anyEvents = fc.array(fc.oneof(mover, bystander), { maxLength: 30 });

describe('currentStreak properties', () => {
  it('only contact and start events move it', () => {
    fc.assert(
      fc.property(anyEvents, bystander, instant, fc.constantFrom(...ZONES), (events, extra, now, zone) => {
        expect(currentStreak([...events, extra], now, zone, '2023-01-01')).toEqual(
          currentStreak(events, now, zone, '2023-01-01'),
        );
      }),
    );
  });

  it('is never negative and never exceeds the real elapsed days + 1', () => {
    fc.assert(
      fc.property(anyEvents, instant, fc.constantFrom(...ZONES), (events, now, zone) => {
        const s = currentStreak(events, now, zone, '2023-01-01');
        expect(s.days).toBeGreaterThanOrEqual(0);
        expect(s.hours).toBeGreaterThanOrEqual(0);
        const elapsedDays = Math.max(0, now - s.startAt) / DAY;
        expect(s.days).toBeLessThanOrEqual(Math.ceil(elapsedDays) + 1);
        expect(s.hours).toBeLessThanOrEqual(elapsedDays * 24);
      }),
    );
  });

  it('as time passes, never goes down and never jumps ahead of the clock', () => {
    fc.assert(
      fc.property(
        anyEvents,
        instant,
        fc.integer({ min: 0, max: 40 * DAY }),
        fc.constantFrom(...ZONES),
        (events, now, later, zone) => {
          const before = currentStreak(events, now, zone, '2023-01-01').days;
          const after = currentStreak(events, now + later, zone, '2023-01-01').days;
          expect(after).toBeGreaterThanOrEqual(before);
          // One day per 24 h, plus the midnight that may fall inside, plus an hour of DST shift.
          expect(after - before).toBeLessThanOrEqual(Math.floor((later + HOUR) / DAY) + 1);
        },
      ),
    );
  });
});
