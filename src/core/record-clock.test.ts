import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventId } from './event-ids';
import type { EventId, Millis, NoContactEvent, RecordedEvent } from './events';
import { addDays, localDay } from './local-day';
import { byTime, type EventRecord, mergeRecords, normalizeRecord } from './record';
import { recordTime, TRUSTED_AHEAD_MS } from './record-clock';
import { currentStreak } from './streak';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-03-01T09:00:00Z');
const TZ = 'Europe/Madrid';

describe('recordTime', () => {
  const start = (at: Millis): NoContactEvent => ({ type: 'start', at, since: '2026-02-01' });
  it.each<[string, NoContactEvent[], Millis, Millis]>([
    ['now, with nothing later in her record', [start(T0 - HOUR)], T0, T0],
    ['just after an event another clock put an hour ahead', [start(T0 + HOUR)], T0, T0 + HOUR + 1],
    [
      'now, when that clock is further ahead than a browser is believed',
      [start(T0 + TRUSTED_AHEAD_MS + 1)],
      T0,
      T0,
    ],
    [
      'now, whatever gaps and clock jumps say (this clock measured them)',
      [{ type: 'gap', at: T0 + HOUR, from: 0, to: 1 }],
      T0,
      T0,
    ],
    ['now, in an empty record', [], T0, T0],
  ])('is %s', (_, events, now, want) => {
    expect(recordTime(events, now)).toBe(want);
  });
});

/** One of her browsers: its clock `offset` from the true time, and its record. */
class Browser {
  record: EventRecord = { events: [], deleted: {} };
  /** For each event recorded here: the events this browser had when it recorded it. */
  readonly knew = new Map<EventId, EventId[]>();
  constructor(
    readonly tag: string,
    readonly offset: Millis,
  ) {}

  clock(trueNow: Millis): Millis {
    return trueNow + this.offset;
  }

  recordNow(trueNow: Millis, make: (at: Millis, today: string) => NoContactEvent): RecordedEvent {
    const at = recordTime(this.record.events, this.clock(trueNow));
    const event = make(at, localDay(this.clock(trueNow), TZ));
    const recorded = { ...event, id: eventId(event, this.tag) } as RecordedEvent;
    this.knew.set(
      recorded.id,
      this.record.events.map((e) => e.id),
    );
    this.record = normalizeRecord([...this.record.events, recorded], this.record.deleted);
    return recorded;
  }

  syncWith(other: Browser): void {
    const merged = mergeRecords(this.record, other.record);
    this.record = merged;
    other.record = merged;
  }
}

type Step =
  | { kind: 'wait'; ms: number }
  | { kind: 'contact' | 'urge'; on: number }
  | { kind: 'start'; on: number; daysBack: number }
  | { kind: 'sync'; a: number; b: number };

const OFFSETS = { 'on time': 0, 'an hour ahead': HOUR, 'an hour behind': -HOUR, 'set back a day': -DAY };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 2 * DAY }) }),
  fc.record({ kind: fc.constantFrom('contact' as const, 'urge' as const), on: fc.nat(2) }),
  fc.record({ kind: fc.constant('start' as const), on: fc.nat(2), daysBack: fc.nat(20) }),
  fc.record({ kind: fc.constant('sync' as const), a: fc.nat(2), b: fc.nat(2) }),
);

/** Three browsers, clocks off as given, living `steps`; then everything synced. */
function live(offsets: Millis[], steps: Step[]) {
  const browsers = offsets.map((offset, i) => new Browser(`b${i}aaa`, offset));
  let now = T0;
  const at = (i: number) => browsers[i % browsers.length] as Browser;
  // The day she set before any of this, on the first browser, synced to all.
  at(0).recordNow(now, (stamp) => ({ type: 'start', at: stamp, since: '2026-01-01' }));
  for (const b of browsers.slice(1)) at(0).syncWith(b);
  const runStartsSeen: Millis[][] = browsers.map(() => []);
  for (const s of steps) {
    if (s.kind === 'wait') now += s.ms;
    else if (s.kind === 'sync') at(s.a).syncWith(at(s.b));
    else if (s.kind === 'start') {
      at(s.on).recordNow(now, (stamp, today) => ({
        type: 'start',
        at: stamp,
        since: addDays(today, -s.daysBack),
      }));
    } else at(s.on).recordNow(now, (stamp) => ({ type: s.kind, at: stamp }) as NoContactEvent);
    browsers.forEach((b, i) => {
      runStartsSeen[i]?.push(currentStreak(b.record.events, b.clock(now), TZ, '2026-01-01').startAt);
    });
  }
  for (const a of browsers) for (const b of browsers) a.syncWith(b);
  return { browsers, now, runStartsSeen };
}

describe('her record across browsers whose clocks disagree', () => {
  const offsets = fc.array(fc.constantFrom(...Object.values(OFFSETS)), { minLength: 3, maxLength: 3 });

  it('ends the same on every browser, in time order, the streak never negative', () => {
    fc.assert(
      fc.property(offsets, fc.array(step, { maxLength: 30 }), (clocks, steps) => {
        const { browsers, now } = live(clocks, steps);
        const [first] = browsers;
        for (const b of browsers) {
          expect(b.record).toEqual(first?.record);
          expect([...b.record.events].sort(byTime)).toEqual(b.record.events);
          for (const later of [0, HOUR, DAY, 3 * DAY]) {
            const streak = currentStreak(b.record.events, b.clock(now + later), TZ, '2026-01-01');
            expect(streak.days).toBeGreaterThanOrEqual(0);
            expect(streak.hours).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps what she did after seeing her record after it, so the later "No contact since" and a later contact win', () => {
    fc.assert(
      fc.property(offsets, fc.array(step, { maxLength: 30 }), (clocks, steps) => {
        const { browsers } = live(clocks, steps);
        const record = browsers[0]?.record as EventRecord;
        const atOf = new Map(record.events.map((e) => [e.id, e.at]));
        for (const b of browsers) {
          for (const [id, knew] of b.knew) {
            for (const earlier of knew) {
              const before = atOf.get(earlier);
              if (before !== undefined) expect(atOf.get(id) as Millis).toBeGreaterThan(before);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never moves a streak back to an earlier start when only contacts and urges happen', () => {
    const noStarts = step.filter((s) => s.kind !== 'start');
    fc.assert(
      fc.property(offsets, fc.array(noStarts, { maxLength: 30 }), (clocks, steps) => {
        const { runStartsSeen } = live(clocks, steps);
        for (const seen of runStartsSeen) {
          for (let i = 1; i < seen.length; i++)
            expect(seen[i] as Millis).toBeGreaterThanOrEqual(seen[i - 1] as Millis);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(Object.entries(OFFSETS))(
    'restarts the count on every browser after a contact on the one %s',
    (_, offset) => {
      const { browsers, now } = live(
        [0, offset, 0],
        [
          { kind: 'wait', ms: 10 * DAY },
          { kind: 'urge', on: 0 },
          { kind: 'sync', a: 0, b: 1 },
          { kind: 'wait', ms: 5 * 60_000 },
          { kind: 'contact', on: 1 },
          { kind: 'wait', ms: 60_000 },
        ],
      );
      for (const b of browsers) {
        const streak = currentStreak(b.record.events, b.clock(now), TZ, '2026-01-01');
        expect(streak.days).toBe(0);
        expect(streak.hours).toBe(0);
      }
    },
  );

  it('lets the later "No contact since" win when the first was set on a clock an hour ahead', () => {
    const { browsers } = live(
      [HOUR, 0, 0],
      [
        { kind: 'start', on: 0, daysBack: 3 },
        { kind: 'sync', a: 0, b: 1 },
        { kind: 'wait', ms: 10 * 60_000 },
        { kind: 'start', on: 1, daysBack: 10 },
      ],
    );
    const starts = (browsers[2] as Browser).record.events.filter((e) => e.type === 'start');
    expect(starts.at(-1)?.id.endsWith('.b1aaa')).toBe(true);
    expect(currentStreak((browsers[2] as Browser).record.events, T0 + 11 * 60_000, TZ).days).toBe(10);
  });
});
