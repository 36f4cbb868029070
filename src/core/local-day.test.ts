import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayFromNumber,
  dayNumber,
  daysBetween,
  isLocalDay,
  localDay,
  startOfLocalDay,
} from './local-day';

const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/Madrid',
  'Australia/Sydney',
  'America/Santiago',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];

describe('localDay', () => {
  it.each([
    ['2024-03-10T04:59:59Z', 'America/New_York', '2024-03-09'],
    ['2024-03-10T05:00:00Z', 'America/New_York', '2024-03-10'],
    ['2024-03-30T22:59:59Z', 'Europe/Madrid', '2024-03-30'],
    ['2024-03-30T23:00:00Z', 'Europe/Madrid', '2024-03-31'],
    ['2024-04-06T12:59:59Z', 'Australia/Sydney', '2024-04-06'],
    ['2024-04-06T13:00:00Z', 'Australia/Sydney', '2024-04-07'],
    ['2024-12-31T18:29:59Z', 'Asia/Kolkata', '2024-12-31'],
    ['2024-12-31T18:30:00Z', 'Asia/Kolkata', '2025-01-01'],
    ['1970-01-01T00:00:00Z', 'UTC', '1970-01-01'],
  ])('%s in %s is %s', (iso, zone, day) => {
    expect(localDay(Date.parse(iso), zone)).toBe(day);
  });
});

describe('startOfLocalDay', () => {
  it.each([
    // DST forward and back, northern and southern hemisphere: midnight at that day's own offset.
    ['2024-03-10', 'America/New_York', '2024-03-10T05:00:00Z'],
    ['2024-03-11', 'America/New_York', '2024-03-11T04:00:00Z'],
    ['2024-11-03', 'America/New_York', '2024-11-03T04:00:00Z'],
    ['2024-11-04', 'America/New_York', '2024-11-04T05:00:00Z'],
    ['2024-03-31', 'Europe/Madrid', '2024-03-30T23:00:00Z'],
    ['2024-04-01', 'Europe/Madrid', '2024-03-31T22:00:00Z'],
    ['2024-10-27', 'Europe/Madrid', '2024-10-26T22:00:00Z'],
    ['2024-10-28', 'Europe/Madrid', '2024-10-27T23:00:00Z'],
    ['2024-04-07', 'Australia/Sydney', '2024-04-06T13:00:00Z'],
    ['2024-04-08', 'Australia/Sydney', '2024-04-07T14:00:00Z'],
    ['2024-10-06', 'Australia/Sydney', '2024-10-05T14:00:00Z'],
    ['2024-10-07', 'Australia/Sydney', '2024-10-06T13:00:00Z'],
    // Chile starts DST at midnight: 00:00 does not exist, the day begins at 01:00.
    ['2024-09-08', 'America/Santiago', '2024-09-08T04:00:00Z'],
    // Samoa skipped 2011-12-30 entirely: the first instant on or after it is 2011-12-31 00:00.
    ['2011-12-30', 'Pacific/Apia', '2011-12-30T10:00:00Z'],
    ['2024-06-01', 'Asia/Kolkata', '2024-05-31T18:30:00Z'],
    ['2024-06-01', 'UTC', '2024-06-01T00:00:00Z'],
  ])('%s in %s begins at %s', (day, zone, iso) => {
    expect(startOfLocalDay(day, zone)).toBe(Date.parse(iso));
  });

  it('is the first instant of the day, in any zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2040-12-31') }),
        fc.constantFrom(...ZONES),
        (n, zone) => {
          const day = dayFromNumber(n);
          const start = startOfLocalDay(day, zone);
          expect(localDay(start, zone)).toBe(day);
          expect(localDay(start - 1, zone) < day).toBe(true);
        },
      ),
    );
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-03-09', 2, '2024-03-11'],
    ['2024-01-15', 0, '2024-01-15'],
  ])('addDays(%s, %i) is %s', (day, count, expected) => {
    expect(addDays(day, count)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(count);
  });

  it('dayFromNumber inverts dayNumber', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: dayNumber('9999-12-31') }), (n) => {
        expect(dayNumber(dayFromNumber(n))).toBe(n);
        expect(isLocalDay(dayFromNumber(n))).toBe(true);
      }),
    );
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00', false],
    [20240101, false],
    [null, false],
  ])('isLocalDay(%j) is %s', (value, expected) => {
    expect(isLocalDay(value)).toBe(expected);
  });
});
