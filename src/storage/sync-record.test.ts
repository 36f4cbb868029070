import { describe, expect, it } from 'vitest';
import {
  addDays,
  adopt,
  type EventRecord,
  normalizeRecord,
  type RecordedEvent,
  sharedPart,
  startOfLocalDay,
} from '@/src/core';
import { encodeBundle, ITEM_QUOTA, TOTAL_BUDGET } from './sync-bundle';
import { decodeRecord, encodeRecord, RECORD_META_KEY, readRecordText, recordSliceKey } from './sync-record';

const TZ = 'Europe/Madrid';
const HERE = 'aaaaa';
const THERE = 'bbbbb';
const DAY = 86_400_000;
const TODAY = '2026-03-01';
const stored = (k: string, v: unknown) => k.length + new TextEncoder().encode(JSON.stringify(v)).length;

/**
 * Years of heavy use on one browser, as it keeps them: urges every day (1 to 4, some on searches for him or
 * on a chat), per day beyond 90 days and one by one within them; a slip every week; a contact twice a year with
 * "No contact since" set after it; every milestone of every run shown.
 */
function years(count: number, tag: string, keyLength = 21): RecordedEvent[] {
  const first = addDays(TODAY, -Math.round(count * 365.25));
  const events: RecordedEvent[] = [];
  const key = `instagram:${'s'.repeat(keyLength - 10)}`;
  for (let d = 0; addDays(first, d) <= TODAY; d++) {
    const day = addDays(first, d);
    const noon = startOfLocalDay(day, TZ) + DAY / 2;
    const urges = 1 + (d % 4);
    if (addDays(day, 90) < TODAY) {
      events.push({
        id: `d${day.replaceAll('-', '')}.${tag}`,
        type: 'urge-day',
        at: noon,
        day,
        count: urges,
      });
      if (d % 9 === 0) {
        events.push({
          id: `d${day.replaceAll('-', '')}s.${tag}`,
          type: 'urge-day',
          at: noon,
          day,
          count: 1,
          moment: 'search',
        });
      }
    } else {
      for (let u = 0; u < urges; u++) {
        const at = noon + u * 3_600_000;
        events.push({ id: `u${at.toString(36)}.${tag}`, type: 'urge', at, key, visit: `visit-${d}-${u}` });
      }
    }
    if (d % 7 === 3) {
      const at = noon + 7_200_000;
      events.push({
        id: `s${at.toString(36)}.${tag}`,
        type: 'slip',
        at,
        key,
        visit: `slip-${d}`,
        ...(d % 21 === 3 ? { moment: 'contact' as const } : {}),
      });
    }
    if (d % 182 === 100) {
      events.push({ id: `c${(noon + 1).toString(36)}.${tag}`, type: 'contact', at: noon + 1 });
      events.push({ id: `n${(noon + 2).toString(36)}.${tag}`, type: 'start', at: noon + 2, since: day });
      for (const m of [3, 7, 14, 21, 30, 60, 90]) {
        const at = noon + m * DAY;
        events.push({
          id: `m${at.toString(36)}.${tag}`,
          type: 'milestone',
          at,
          days: m,
          streakStart: noon + 1,
        });
      }
    }
  }
  return events;
}

/** Her list: two people, a dozen profiles, her plan in her words: what sync holds beside the record. */
const LIST_BYTES = (() => {
  const profile = (i: number) => ({
    id: crypto.randomUUID(),
    target: { kind: 'profile', platform: 'instagram', handle: `someone.${i}` } as const,
    input: `https://www.instagram.com/someone.${i}/`,
    addedAt: 1_700_000_000_000 + i,
    paused: false,
  });
  const people = [0, 1].map((p) => ({
    id: crypto.randomUUID(),
    name: `Person ${p}`,
    names: ['Sam Rivers', 'Sammy'],
    hideFromFeeds: true,
    paused: false,
    profiles: Array.from({ length: 6 }, (_, i) => profile(p * 6 + i)),
  }));
  const plan = { text: 'x'.repeat(600), reasons: ['I deserve calm', 'He never asked'], goalDays: 30 };
  const encoded = encodeBundle({ people, plan, settings: {}, removed: {} }, 1);
  if (!encoded.ok) throw new Error('list too big');
  return encoded.bytes;
})();

describe('her record in sync storage', () => {
  const fiveYears = normalizeRecord(years(5, HERE), {});
  const shared = sharedPart(fiveYears, HERE, TZ, Date.parse('2026-03-01T20:00:00Z'));
  const encoded = encodeRecord(shared);

  it('fits five years of daily urges, weekly slips and a few contacts, with room to spare beside her list', () => {
    const room = TOTAL_BUDGET - LIST_BYTES;
    expect(encoded.bytes).toBeLessThan(room * 0.25);
    // Two browsers used that way for five years fit too.
    const there = sharedPart(normalizeRecord(years(5, THERE), {}), THERE, TZ, 1);
    const both = sharedPart(adopt(fiveYears, there, HERE), HERE, TZ, 2);
    expect(both.events.filter((e) => e.type === 'urge-tally')).toHaveLength(2);
    expect(encodeRecord(both).bytes).toBeLessThan(room * 0.45);
  });

  it('keeps every item within the per-item quota and the count of items far below the limit', () => {
    for (const [key, value] of Object.entries(encoded.items))
      expect(stored(key, value)).toBeLessThanOrEqual(ITEM_QUOTA);
    expect(Object.keys(encoded.items).length).toBeLessThan(512 / 10);
  });

  it('reads back the same shared record', () => {
    expect(decodeRecord(encoded.items)).toEqual({ kind: 'ok', record: shared, meta: encoded.meta });
  });

  it.each<[string, (items: Record<string, unknown>) => Record<string, unknown>, string]>([
    ['nothing there', () => ({}), 'absent'],
    ['a newer format', (items) => ({ ...items, [RECORD_META_KEY]: { ...encoded.meta, v: 2 } }), 'newer'],
    [
      'a missing slice',
      (items) => Object.fromEntries(Object.entries(items).filter(([k]) => k !== recordSliceKey(1))),
      'unreadable',
    ],
    [
      'slices from two writes',
      (items) => ({ ...items, [recordSliceKey(0)]: `${items[recordSliceKey(0)]} ` }),
      'unreadable',
    ],
    [
      'slices without their meta',
      (items) => ({ [recordSliceKey(0)]: items[recordSliceKey(0)] }),
      'unreadable',
    ],
    ['a meta that is not one', (items) => ({ ...items, [RECORD_META_KEY]: 'v1' }), 'unreadable'],
  ])('tells %s', (_, change, kind) => {
    expect(decodeRecord(change(encoded.items)).kind).toBe(kind);
  });

  it.each([
    ['not JSON', '{"e":['],
    ['an unknown kind of event', '{"e":[["q1.aaaaa","1"]],"x":[]}'],
    ['a start without its day', '{"e":[["n1.aaaaa","1"]],"x":[]}'],
    ['a day that does not exist', '{"e":[["n1.aaaaa","1","2026-02-30"]],"x":[]}'],
    ['a time that is not base 36', '{"e":[["c1.aaaaa","1.5"]],"x":[]}'],
    ['an id that is not one', '{"e":[["c 1","1"]],"x":[]}'],
    ['a negative count', '{"e":[["t.aaaaa","1","2026-03-01","-1"]],"x":[]}'],
    ['a field it does not know', '{"e":[],"x":[],"y":1}'],
  ])('refuses a record text with %s', (_, text) => {
    expect(readRecordText(text)).toBeUndefined();
  });

  it('reads each kind of event it writes', () => {
    const record: EventRecord = normalizeRecord(
      [
        { id: 'n1.aaaaa', type: 'start', at: 1, since: '2026-01-01', install: true },
        { id: 'c2.aaaaa', type: 'contact', at: 2 },
        { id: 's3.aaaaa', type: 'slip', at: 3 },
        { id: 's4.aaaaa', type: 'slip', at: 4, moment: 'search' },
        { id: 'm5.aaaaa', type: 'milestone', at: 5, days: 3, streakStart: 1 },
        { id: 't.bbbbb', type: 'urge-tally', at: 6, from: '2026-01-01', counts: [0, 2], contact: [1, 0] },
      ],
      { 'c0.bbbbb': 7 },
    );
    expect(decodeRecord(encodeRecord(record).items)).toMatchObject({ kind: 'ok', record });
  });
});
