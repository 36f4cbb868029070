import { describe, expect, it } from 'vitest';
import type { NoContactEvent } from './events';
import { tidyEvents } from './tidy-events';

const AT = Date.parse('2024-06-01T12:00:00Z');

describe('tidyEvents', () => {
  it('keeps a repeated write once and sorts by time', () => {
    const list: NoContactEvent[] = [
      { type: 'contact', at: AT + 2 },
      { type: 'urge', at: AT, visit: 'a' },
      { type: 'urge', at: AT, visit: 'a' },
      { type: 'urge', at: AT, visit: 'b' },
    ];
    expect(tidyEvents(list)).toEqual([
      { type: 'urge', at: AT, visit: 'a' },
      { type: 'urge', at: AT, visit: 'b' },
      { type: 'contact', at: AT + 2 },
    ]);
  });

  it('caps the size by dropping the oldest urges, slips, gaps and clock-backs first', () => {
    const list: NoContactEvent[] = [
      { type: 'start', at: AT, since: '2024-05-01' },
      { type: 'urge', at: AT + 1 },
      { type: 'contact', at: AT + 2 },
      { type: 'slip', at: AT + 3 },
      { type: 'milestone', at: AT + 4, days: 3, streakStart: AT },
      { type: 'urge', at: AT + 5 },
    ];
    expect(tidyEvents(list, 4).map((e) => e.at)).toEqual([AT, AT + 2, AT + 4, AT + 5]);
    expect(tidyEvents(list, 2).map((e) => e.at)).toEqual([AT + 2, AT + 4]);
    expect(tidyEvents(list, 0)).toEqual([]);
  });
});
