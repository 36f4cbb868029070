import { describe, expect, it } from 'vitest';
import { capEvents } from './cap-events';
import type { NoContactEvent } from './events';

const AT = Date.parse('2024-06-01T12:00:00Z');

describe('capEvents', () => {
  it('caps the size by dropping the oldest urges, slips, gaps and clock-backs first', () => {
    const list: NoContactEvent[] = [
      { type: 'start', at: AT, since: '2024-05-01' },
      { type: 'urge', at: AT + 1 },
      { type: 'contact', at: AT + 2 },
      { type: 'slip', at: AT + 3 },
      { type: 'milestone', at: AT + 4, days: 3, streakStart: AT },
      { type: 'urge', at: AT + 5 },
    ];
    expect(capEvents(list, 4).map((e) => e.at)).toEqual([AT, AT + 2, AT + 4, AT + 5]);
    expect(capEvents(list, 2).map((e) => e.at)).toEqual([AT + 2, AT + 4]);
    expect(capEvents(list, 0)).toEqual([]);
    expect(capEvents(list, 6)).toEqual(list);
  });
});
