import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from './events';
import { addFolded, foldedTotals } from './folded-counts';

const TZ = 'Europe/Madrid';
const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-12-01T21:00:00Z');
const day = (d: string, count: number, owner = 'k3x9a'): RecordedEvent => ({
  type: 'folded-day',
  at: at(`${d}T10:00:00Z`),
  day: d,
  count,
  id: `f${d.replaceAll('-', '')}.${owner}`,
});

describe('foldedTotals', () => {
  it.each<[string, RecordedEvent[], { today: number; week: number }]>([
    ['nothing folded yet', [], { today: 0, week: 0 }],
    ['today only', [day('2026-12-01', 4)], { today: 4, week: 4 }],
    ['today and earlier this week', [day('2026-11-25', 3), day('2026-12-01', 4)], { today: 4, week: 7 }],
    ['eight days ago is not this week', [day('2026-11-24', 9), day('2026-11-30', 1)], { today: 0, week: 1 }],
    ['two browsers on one day', [day('2026-12-01', 2), day('2026-12-01', 5, 'other')], { today: 7, week: 7 }],
  ])('%s', (_, events, totals) => {
    expect(foldedTotals(events, NOW, TZ)).toEqual(totals);
  });

  it('counts by her local day (21:00 UTC on the 1st is the 1st in Madrid, the 2nd in Tokyo)', () => {
    expect(foldedTotals([day('2026-12-01', 3)], NOW, 'Asia/Tokyo')).toEqual({ today: 0, week: 3 });
  });
});

describe('addFolded', () => {
  const start: RecordedEvent = {
    type: 'start',
    at: at('2026-11-20T10:00:00Z'),
    since: '2026-11-20',
    id: 'n1',
  };

  it('starts today’s count after the rest of her record', () => {
    const events = addFolded([start], 3, NOW, TZ, 'k3x9a');
    expect(events).toEqual([
      start,
      { type: 'folded-day', at: NOW, day: '2026-12-01', count: 3, id: 'f20261201.k3x9a' },
    ]);
  });

  it('raises today’s count in place, and leaves other days and browsers alone', () => {
    const other = day('2026-12-01', 5, 'other');
    const yesterday = day('2026-11-30', 2);
    const today = day('2026-12-01', 1);
    const events = addFolded([start, yesterday, other, today], 4, NOW, TZ, 'k3x9a');
    expect(events).toEqual([start, yesterday, other, { ...today, count: 5 }]);
  });

  it.each([0, -2, Number.NaN, 0.5])('adds nothing for a count of %s', (count) => {
    const events = [start];
    expect(addFolded(events, count, NOW, TZ, 'k3x9a')).toBe(events);
  });
});
