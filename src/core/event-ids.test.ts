import { describe, expect, it } from 'vitest';
import { EVENT_ID, eventId, isOwn, isSharedId, ownerOf, tallyId, urgeDayId, withIds } from './event-ids';
import type { NoContactEvent } from './events';

const AT = Date.parse('2024-06-01T12:00:00Z'); // lx2v0vqo in base 36
const TAG = 'k3x9a';

describe('event ids', () => {
  it.each<[string, NoContactEvent, string | undefined, string]>([
    ['an urge here', { type: 'urge', at: AT, visit: 'v' }, TAG, `u${AT.toString(36)}.${TAG}`],
    ['a slip', { type: 'slip', at: AT }, TAG, `s${AT.toString(36)}.${TAG}`],
    ['a contact', { type: 'contact', at: AT }, TAG, `c${AT.toString(36)}.${TAG}`],
    ['a start', { type: 'start', at: AT, since: '2024-05-01' }, TAG, `n${AT.toString(36)}.${TAG}`],
    ['a gap', { type: 'gap', at: AT, from: 1, to: 2 }, TAG, `g${AT.toString(36)}.${TAG}`],
    ['a clock-back', { type: 'clock-back', at: AT, from: 1 }, TAG, `b${AT.toString(36)}.${TAG}`],
    [
      'a milestone',
      { type: 'milestone', at: AT, days: 3, streakStart: 1 },
      TAG,
      `m${AT.toString(36)}.${TAG}`,
    ],
    ['a day of urges', { type: 'urge-day', at: AT, day: '2024-06-01', count: 2 }, TAG, `d20240601.${TAG}`],
    [
      'a day of urges on a search',
      { type: 'urge-day', at: AT, day: '2024-06-01', count: 2, moment: 'search' },
      TAG,
      `d20240601s.${TAG}`,
    ],
    ['a tally', { type: 'urge-tally', at: AT, from: '2024-06-01', counts: [1] }, TAG, `t.${TAG}`],
    ['a contact from before ids', { type: 'contact', at: AT }, undefined, `c${AT.toString(36)}`],
  ])('%s', (_, event, owner, id) => {
    expect(eventId(event, owner)).toBe(id);
    expect(EVENT_ID.test(id)).toBe(true);
    expect(ownerOf(id)).toBe(owner);
  });

  it("tells this browser's events, and those from before ids, from another browser's", () => {
    expect(isOwn(`c1.${TAG}`, TAG)).toBe(true);
    expect(isOwn('c1', TAG)).toBe(true);
    expect(isOwn('c1-2', TAG)).toBe(true);
    expect(isOwn('c1.p2m1q', TAG)).toBe(false);
    expect(ownerOf(`c1.${TAG}-3`)).toBe(TAG);
    expect(urgeDayId('2024-06-01', 'contact')).toBe('d20240601c');
    expect(tallyId(TAG)).toBe(`t.${TAG}`);
  });

  it('knows which tombstones her browsers share: those of starts, contacts, slips, milestones and tallies', () => {
    expect(['n1', 'c1', 's1', 'm1', 't.k3x9a'].map(isSharedId)).toEqual([true, true, true, true, true]);
    expect(['u1', 'g1', 'b1', 'd20240601'].map(isSharedId)).toEqual([false, false, false, false]);
  });

  it('gives old events the same ids on every browser, and keeps the ids events have', () => {
    const old: NoContactEvent[] = [
      { type: 'contact', at: AT },
      { type: 'urge', at: AT, visit: 'b' },
      { type: 'urge', at: AT, visit: 'a' },
      { type: 'urge', at: AT, visit: 'a' },
    ];
    const here = withIds(old);
    const there = withIds([...old].reverse());
    const idOf = (list: typeof here, visit?: string) =>
      list.find((e) => (visit === undefined ? e.type === 'contact' : e.type === 'urge' && e.visit === visit))
        ?.id;
    expect(idOf(here, 'a')).toBe(`u${AT.toString(36)}`);
    expect(idOf(here, 'b')).toBe(`u${AT.toString(36)}-2`);
    expect([idOf(there, 'a'), idOf(there, 'b'), idOf(there)]).toEqual([
      idOf(here, 'a'),
      idOf(here, 'b'),
      idOf(here),
    ]);
    // A repeated write is the same event, with the same id.
    expect(here[2]?.id).toBe(here[3]?.id);
    expect(withIds([{ id: 'kept', type: 'contact', at: AT }])).toEqual([
      { id: 'kept', type: 'contact', at: AT },
    ]);
  });
});
