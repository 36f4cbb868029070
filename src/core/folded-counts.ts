import { foldedDayId } from './event-ids';
import type { LocalDay, Millis, NoContactEvent, RecordedEvent } from './events';
import { addDays, localDay } from './local-day';
import { recordTime } from './record-clock';

/**
 * Reminders of him folded away in her feeds, as recorded counts per local day (`folded-day` events, one per day
 * and browser), never one event per post.
 */

/** Reminders folded on each local day. */
export function foldedByDay(events: readonly NoContactEvent[]): Map<LocalDay, number> {
  const byDay = new Map<LocalDay, number>();
  for (const e of events) if (e.type === 'folded-day') byDay.set(e.day, (byDay.get(e.day) ?? 0) + e.count);
  return byDay;
}

/** Reminders folded over the last `dayCount` local days, today included. */
export function foldedInLastDays(
  events: readonly NoContactEvent[],
  now: Millis,
  timeZone: string,
  dayCount: number,
): number {
  const byDay = foldedByDay(events);
  const today = localDay(now, timeZone);
  let total = 0;
  for (let back = 0; back < dayCount; back++) total += byDay.get(addDays(today, -back)) ?? 0;
  return total;
}

/** Today's and this week's (the last seven local days, as for urges) counts. */
export function foldedTotals(
  events: readonly NoContactEvent[],
  now: Millis,
  timeZone: string,
): { today: number; week: number } {
  return {
    today: foldedInLastDays(events, now, timeZone, 1),
    week: foldedInLastDays(events, now, timeZone, 7),
  };
}

/**
 * Her record with `count` more reminders folded today on browser `owner`: today's count raised in place, or a
 * new count for today after the rest. Returns `events` itself when there is nothing to add.
 */
export function addFolded(
  events: RecordedEvent[],
  count: number,
  now: Millis,
  timeZone: string,
  owner: string,
): RecordedEvent[] {
  const n = Math.floor(count);
  if (!(n > 0)) return events;
  const day = localDay(now, timeZone);
  const id = foldedDayId(day, owner);
  const index = events.findIndex((e) => e.id === id);
  const found = events[index];
  if (found?.type === 'folded-day') {
    const next = [...events];
    next[index] = { ...found, count: found.count + n };
    return next;
  }
  // Timed after the rest of her record, which stays in time order.
  return [...events, { type: 'folded-day', at: recordTime(events, now), day, count: n, id }];
}
