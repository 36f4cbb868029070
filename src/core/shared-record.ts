import { isSharedId, SHARED_TYPES, tallyId } from './event-ids';
import type { LocalDay, Millis, RecordedEvent } from './events';
import { addDays, daysBetween, localDay, startOfLocalDay } from './local-day';
import { type EventRecord, mergeRecords, normalizeRecord, type Tombstones } from './record';
import { runStarts } from './run-starts';
import { ownTally } from './urge-tally';

type Tally = Extract<RecordedEvent, { type: 'urge-tally' }>;

/**
 * The part of her record her browsers share through sync: "No contact since" starts, contacts, slips and the
 * milestones shown, one by one, and urges as each browser's tally per day (so years of urges stay small), with
 * the tombstones of those she deleted. Gaps, clock jumps and each urge stay on the browser that saw them; the
 * journal and her answers about slips are not in the record at all.
 */

/**
 * What this browser puts in sync: the shared events of its record (slips without the visit that pairs them with
 * an urge here), every other browser's tally as it came, and its own tally, counted now and dated `tallyAt`.
 */
export function sharedPart(local: EventRecord, self: string, timeZone: string, tallyAt: Millis): EventRecord {
  const events: RecordedEvent[] = [];
  for (const e of local.events) {
    if (!SHARED_TYPES.has(e.type) || e.id === tallyId(self)) continue;
    if (e.type === 'slip' && e.visit !== undefined) {
      const { visit: _, ...slip } = e;
      events.push(slip);
    } else events.push(e);
  }
  const tally = ownTally(local.events, self, timeZone);
  if (tally) events.push({ id: tallyId(self), type: 'urge-tally', at: tallyAt, ...tally });
  const deleted: Tombstones = {};
  for (const [id, at] of Object.entries(local.deleted)) if (isSharedId(id)) deleted[id] = at;
  return normalizeRecord(events, deleted);
}

/**
 * The shared record from sync taken into this browser's own: merged by identity (see mergeRecords). Its own
 * tally is left out, since this browser counts its own urges one by one.
 */
export function adopt(local: EventRecord, shared: EventRecord, self: string): EventRecord {
  const own = tallyId(self);
  return mergeRecords(local, { events: shared.events.filter((e) => e.id !== own), deleted: shared.deleted });
}

/** This browser's tally in a shared record, if there is one. */
export function tallyOf(shared: EventRecord, self: string): Tally | undefined {
  const own = tallyId(self);
  return shared.events.find((e): e is Tally => e.type === 'urge-tally' && e.id === own);
}

/** A tally without the days before `day`. */
function tallyFrom(tally: Tally, day: LocalDay): Tally | null {
  const skip = daysBetween(tally.from, day);
  if (skip <= 0) return tally;
  const trimmed = { ...tally, from: day, counts: tally.counts.slice(skip) };
  if (tally.search) trimmed.search = tally.search.slice(skip);
  if (tally.contact) trimmed.contact = tally.contact.slice(skip);
  const length = Math.max(trimmed.counts.length, trimmed.search?.length ?? 0, trimmed.contact?.length ?? 0);
  return length > 0 ? trimmed : null;
}

/**
 * A shared record cut down until `fits` accepts it, oldest detail first, never the current run: first the
 * milestones of past runs, then, from the oldest on, slips, days of urge tallies and tombstones from before the
 * current run began. Starts, contacts and everything since the current run began always stay. Undefined when
 * even that does not fit. Only the copy in sync is cut: each browser keeps its whole record.
 */
export function fitShared(
  shared: EventRecord,
  fits: (record: EventRecord) => boolean,
  timeZone: string,
  fallbackDay: LocalDay,
): EventRecord | undefined {
  if (fits(shared)) return shared;
  const run = runStarts(shared.events, timeZone, fallbackDay).at(-1);
  const runAt = run?.at ?? Number.NEGATIVE_INFINITY;
  const runDay = run?.day ?? fallbackDay;
  const pastMilestone = (e: RecordedEvent) =>
    e.type === 'milestone' && e.streakStart < runAt && localDay(e.streakStart, timeZone) !== runDay;
  const base: EventRecord = {
    events: shared.events.filter((e) => !pastMilestone(e)),
    deleted: shared.deleted,
  };
  if (fits(base)) return base;

  // Cut everything older than a time, the smallest time that fits (found by halving): the oldest detail goes first.
  const times = new Set<Millis>();
  for (const e of base.events) {
    if (e.type === 'slip' && e.at < runAt) times.add(e.at + 1);
    if (e.type === 'urge-tally') {
      for (let i = 1; i <= e.counts.length; i++) {
        const day = addDays(e.from, i);
        if (day <= runDay) times.add(startOfLocalDay(day, timeZone));
      }
    }
  }
  for (const at of Object.values(base.deleted)) if (at < runAt) times.add(at + 1);
  const cutoffs = [...times].sort((a, b) => a - b);
  const cutAt = (cutoff: Millis): EventRecord => {
    const cutDay = localDay(cutoff, timeZone);
    const events = base.events.flatMap((e): RecordedEvent[] => {
      if (e.type === 'slip' && e.at < cutoff) return [];
      if (e.type === 'urge-tally') {
        const tally = tallyFrom(e, cutDay);
        return tally ? [tally] : [];
      }
      return [e];
    });
    const deleted: Tombstones = {};
    for (const [id, at] of Object.entries(base.deleted)) if (at >= cutoff) deleted[id] = at;
    return { events, deleted };
  };
  let low = 0;
  let high = cutoffs.length - 1;
  if (high < 0 || !fits(cutAt(cutoffs[high] as Millis))) return undefined;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (fits(cutAt(cutoffs[mid] as Millis))) high = mid;
    else low = mid + 1;
  }
  return cutAt(cutoffs[low] as Millis);
}
