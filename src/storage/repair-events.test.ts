import { describe, expect, it } from 'vitest';
import { MAX_EVENTS, type NoContactEvent } from '@/src/core';
import { repairEvents } from './repair-events';

/** The repaired events without their ids (tested on their own below). */
const repaired = (value: unknown) => repairEvents(value).map(({ id: _, ...e }) => e);

const AT = Date.parse('2024-06-01T12:00:00Z');

describe('repairEvents', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['an object', { type: 'urge', at: AT }],
    ['a string', '[]'],
    ['a number', 3],
  ])('gives an empty list for %s', (_, value) => {
    expect(repairEvents(value)).toEqual([]);
  });

  it.each<[string, unknown, NoContactEvent | null]>([
    ['an urge', { type: 'urge', at: AT }, { type: 'urge', at: AT }],
    [
      'an urge with key and visit',
      { type: 'urge', at: AT, key: 'k', visit: 'v' },
      { type: 'urge', at: AT, key: 'k', visit: 'v' },
    ],
    [
      'an urge with a malformed visit (field dropped)',
      { type: 'urge', at: AT, visit: 7 },
      { type: 'urge', at: AT },
    ],
    [
      'an urge caught on a search for him',
      { type: 'urge', at: AT, key: 'name:kai morgan', moment: 'search' },
      { type: 'urge', at: AT, key: 'name:kai morgan', moment: 'search' },
    ],
    [
      'a slip into a chat with him',
      { type: 'slip', at: AT, visit: 'v', moment: 'contact' },
      { type: 'slip', at: AT, visit: 'v', moment: 'contact' },
    ],
    [
      'an urge with an unknown moment (field dropped)',
      { type: 'urge', at: AT, moment: 'profile' },
      { type: 'urge', at: AT },
    ],
    [
      'a slip with unknown fields (dropped)',
      { type: 'slip', at: AT, visit: 'v', extra: 1 },
      { type: 'slip', at: AT, visit: 'v' },
    ],
    ['a contact', { type: 'contact', at: AT }, { type: 'contact', at: AT }],
    [
      'a start',
      { type: 'start', at: AT, since: '2024-05-01' },
      { type: 'start', at: AT, since: '2024-05-01' },
    ],
    ['a start with an impossible day', { type: 'start', at: AT, since: '2024-02-30' }, null],
    ['a start without a day', { type: 'start', at: AT }, null],
    ['a gap', { type: 'gap', at: AT, from: AT - 10, to: AT }, { type: 'gap', at: AT, from: AT - 10, to: AT }],
    ['a gap that ends before it begins', { type: 'gap', at: AT, from: AT, to: AT - 10 }, null],
    [
      'a clock-back',
      { type: 'clock-back', at: AT, from: AT + 10 },
      { type: 'clock-back', at: AT, from: AT + 10 },
    ],
    ['a clock-back without from', { type: 'clock-back', at: AT }, null],
    [
      'a milestone',
      { type: 'milestone', at: AT, days: 7, streakStart: AT - 1 },
      { type: 'milestone', at: AT, days: 7, streakStart: AT - 1 },
    ],
    ['a milestone of 0 days', { type: 'milestone', at: AT, days: 0, streakStart: AT }, null],
    [
      'an urge-day',
      { type: 'urge-day', at: AT, day: '2024-06-01', count: 3 },
      { type: 'urge-day', at: AT, day: '2024-06-01', count: 3 },
    ],
    [
      'an urge-day with a fractional count',
      { type: 'urge-day', at: AT, day: '2024-06-01', count: 1.5 },
      null,
    ],
    ['an unknown type', { type: 'hug', at: AT }, null],
    ['a string time', { type: 'urge', at: '2024-06-01' }, null],
    ['a NaN time', { type: 'urge', at: Number.NaN }, null],
    ['an infinite time', { type: 'contact', at: Number.POSITIVE_INFINITY }, null],
    ['a negative time', { type: 'contact', at: -1 }, null],
    ['null', null, null],
    ['an array', [AT], null],
  ])('%s', (_, entry, want) => {
    expect(repaired([entry])).toEqual(want ? [want] : []);
  });

  it('keeps the good entries, sorted by time, and drops repeated writes', () => {
    const list = [
      { type: 'contact', at: AT + 2 },
      'junk',
      { type: 'urge', at: AT, visit: 'a' },
      { type: 'urge', at: AT, visit: 'a' },
      { type: 'urge', at: AT, visit: 'b' },
      { type: 'start', at: AT + 1, since: '2024-05-01' },
    ];
    expect(repaired(list)).toEqual([
      { type: 'urge', at: AT, visit: 'a' },
      { type: 'urge', at: AT, visit: 'b' },
      { type: 'start', at: AT + 1, since: '2024-05-01' },
      { type: 'contact', at: AT + 2 },
    ]);
  });

  it(`keeps at most ${MAX_EVENTS} by default`, () => {
    const list = Array.from({ length: MAX_EVENTS + 10 }, (_, i) => ({ type: 'urge', at: AT + i }));
    const kept = repairEvents(list);
    expect(kept).toHaveLength(MAX_EVENTS);
    expect(kept[0]?.at).toBe(AT + 10);
  });

  it('returns fresh objects, never the stored ones', () => {
    const stored = { type: 'contact', at: AT };
    expect(repairEvents([stored])[0]).not.toBe(stored);
  });
});
