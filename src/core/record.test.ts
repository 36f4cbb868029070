import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from './events';
import { byTime, type EventRecord, joinVersions, mergeRecords, normalizeRecord } from './record';

const T = Date.parse('2026-03-01T12:00:00Z');
const A = 'aaaaa';
const B = 'bbbbb';

describe('joinVersions', () => {
  it('keeps the later tally of a browser, then the one covering more days', () => {
    const old: RecordedEvent = { id: `t.${A}`, type: 'urge-tally', at: T, from: '2026-03-01', counts: [3] };
    const later = { ...old, at: T + 1, counts: [1] };
    const longer = { ...old, counts: [3, 1] };
    expect(joinVersions(old, later)).toBe(later);
    expect(joinVersions(later, old)).toBe(later);
    expect(joinVersions(old, longer)).toBe(longer);
  });

  it('gives a slip back the fields one copy was sent without', () => {
    const here: RecordedEvent = { id: `s1.${A}`, type: 'slip', at: T, key: 'instagram:sam', visit: 'v1' };
    const synced: RecordedEvent = { id: `s1.${A}`, type: 'slip', at: T, key: 'instagram:sam' };
    expect(joinVersions(synced, here)).toEqual(here);
    expect(joinVersions(here, synced)).toEqual(here);
  });
});

describe('normalizeRecord', () => {
  it('keeps one version per id, leaves out what she deleted, and lists the rest in time order', () => {
    const events: RecordedEvent[] = [
      { id: `c2.${A}`, type: 'contact', at: T + 2 },
      { id: `n1.${B}`, type: 'start', at: T + 1, since: '2026-02-01' },
      { id: `c2.${A}`, type: 'contact', at: T + 2 },
      { id: `c0.${B}`, type: 'contact', at: T + 1 },
    ];
    const record = normalizeRecord(events, { [`c2.${A}`]: T + 9 });
    expect(record.events.map((e) => e.id)).toEqual([`c0.${B}`, `n1.${B}`]);
    expect(record.deleted).toEqual({ [`c2.${A}`]: T + 9 });
  });

  it("leaves out another browser's urges where its tally counts them, never this browser's or older ones", () => {
    const events: RecordedEvent[] = [
      { id: `u1.${B}`, type: 'urge', at: T },
      { id: `d20260301.${B}`, type: 'urge-day', at: T, day: '2026-03-01', count: 2 },
      { id: `u2.${A}`, type: 'urge', at: T + 1 },
      { id: 'u3', type: 'urge', at: T + 2 },
      { id: `t.${B}`, type: 'urge-tally', at: T + 5, from: '2026-03-01', counts: [3] },
    ];
    expect(normalizeRecord(events, {}).events.map((e) => e.id)).toEqual([`u2.${A}`, 'u3', `t.${B}`]);
  });
});

// Records as her browsers could hold them: a few events of each kind, some as a copy lacking a field, some
// deleted, tallies rewritten at different times, on three browsers whose times overlap.
const tag = fc.constantFrom(A, B, 'ccccc');
const instant = fc.integer({ min: T, max: T + 40 });
const slip = fc.tuple(instant, tag, fc.constantFrom('instagram:sam', 'x:sam'), fc.boolean()).map(
  ([at, owner, key, withVisit]): RecordedEvent => ({
    id: `s${at.toString(36)}.${owner}`,
    type: 'slip',
    at,
    key,
    ...(withVisit ? { visit: `v${at}` } : {}),
  }),
);
const event: fc.Arbitrary<RecordedEvent> = fc.oneof(
  fc
    .tuple(instant, tag)
    .map(([at, owner]): RecordedEvent => ({ id: `c${at.toString(36)}.${owner}`, type: 'contact', at })),
  fc.tuple(instant, tag, fc.constantFrom('2026-02-01', '2026-02-20', '2026-03-01')).map(
    ([at, owner, since]): RecordedEvent => ({
      id: `n${at.toString(36)}.${owner}`,
      type: 'start',
      at,
      since,
    }),
  ),
  slip,
  fc.tuple(instant, tag, fc.array(fc.nat(4), { minLength: 1, maxLength: 4 })).map(
    ([at, owner, counts]): RecordedEvent => ({
      id: `t.${owner}`,
      type: 'urge-tally',
      at,
      from: '2026-02-27',
      counts,
    }),
  ),
  fc
    .tuple(instant, tag)
    .map(([at, owner]): RecordedEvent => ({ id: `u${at.toString(36)}.${owner}`, type: 'urge', at })),
);
const record: fc.Arbitrary<EventRecord> = fc
  .tuple(
    fc.array(event, { maxLength: 12 }),
    fc.array(event, { maxLength: 3 }),
    fc.array(instant, { maxLength: 3 }),
  )
  .map(([events, gone, times]) =>
    normalizeRecord(events, Object.fromEntries(gone.map((e, i) => [e.id, times[i] ?? T + 50]))),
  );

describe('mergeRecords', () => {
  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(record, record, record, (a, b, c) => {
        expect(mergeRecords(a, b)).toEqual(mergeRecords(b, a));
        expect(mergeRecords(mergeRecords(a, b), c)).toEqual(mergeRecords(a, mergeRecords(b, c)));
        expect(mergeRecords(a, a)).toEqual(a);
        expect(mergeRecords(mergeRecords(a, b), b)).toEqual(mergeRecords(a, b));
      }),
      { numRuns: 300 },
    );
  });

  it('loses nothing, repeats nothing, keeps deletions deleted, and keeps time order', () => {
    fc.assert(
      fc.property(record, record, (a, b) => {
        const merged = mergeRecords(a, b);
        const ids = merged.events.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect([...merged.events].sort(byTime)).toEqual(merged.events);
        for (const id of [...Object.keys(a.deleted), ...Object.keys(b.deleted)]) {
          if (!id.startsWith('t.')) expect(ids).not.toContain(id);
          expect(merged.deleted[id]).toBe(Math.max(a.deleted[id] ?? 0, b.deleted[id] ?? 0));
        }
        const tallied = new Set(
          merged.events.filter((e) => e.type === 'urge-tally').map((e) => e.id.slice(2)),
        );
        for (const e of [...a.events, ...b.events]) {
          const superseded = e.type === 'urge' && tallied.has(e.id.split('.')[1] ?? '');
          if ((e.type === 'urge-tally' || !(e.id in merged.deleted)) && !superseded)
            expect(ids).toContain(e.id);
        }
      }),
      { numRuns: 300 },
    );
  });
});
