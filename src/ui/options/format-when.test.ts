import { describe, expect, it } from 'vitest';
import { formatDay, formatWhen } from './format-when';

const now = Date.UTC(2026, 10, 23, 12);

describe('formatWhen', () => {
  it('gives weekday and time within the week', () => {
    expect(formatWhen(Date.UTC(2026, 10, 24, 21, 40), now, 'en-GB', 'UTC')).toBe('Tue 21:40');
  });

  it('adds the date further out', () => {
    expect(formatWhen(Date.UTC(2026, 11, 8, 9, 5), now, 'en-GB', 'UTC')).toBe('Tue 8 Dec, 09:05');
  });

  it('writes a local day in words', () => {
    expect(formatDay('2026-11-01', 'en-GB')).toBe('1 Nov 2026');
  });
});
