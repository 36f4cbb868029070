import { ownerOf, urgeDayId } from './event-ids';
import type { EventId, EventOf, LocalDay, Millis, RecordedEvent } from './events';
import { addDays, localDay } from './local-day';

/** Urges are kept one by one for this many local days; older ones become per-day counts. */
export const URGE_RETENTION_DAYS = 90;

type UrgeDay = EventOf<'urge-day'> & { id: EventId };

/**
 * Replaces urges from local days more than `retentionDays` before today with one `urge-day` count per day,
 * moment and browser, merging any `urge-day` already there. Per-day resisted and slip counts stay exactly as
 * they were: an urge followed by a `slip` is dropped (the kept slip stands for it), the others are counted.
 * Every other event is kept as is. Whole local days are compacted, so no day is split. Sorted by `at`.
 */
export function compactEvents(
  events: readonly RecordedEvent[],
  now: Millis,
  timeZone: string,
  retentionDays: number = URGE_RETENTION_DAYS,
): RecordedEvent[] {
  const firstKeptDay = addDays(localDay(now, timeZone), -retentionDays);
  const slippedVisits = new Set<string>();
  for (const e of events) if (e.type === 'slip' && e.visit !== undefined) slippedVisits.add(e.visit);

  const kept: RecordedEvent[] = [];
  const counts = new Map<EventId, UrgeDay>();
  const addCount = (from: RecordedEvent & { moment?: UrgeDay['moment'] }, day: LocalDay, count: number) => {
    const id = urgeDayId(day, from.moment, ownerOf(from.id));
    const existing = counts.get(id);
    if (existing) {
      existing.count += count;
      existing.at = Math.min(existing.at, from.at);
    } else {
      counts.set(id, {
        id,
        type: 'urge-day',
        at: from.at,
        day,
        count,
        ...(from.moment ? { moment: from.moment } : {}),
      });
    }
  };
  for (const e of events) {
    if (e.type === 'urge-day') {
      addCount(e, e.day, e.count);
    } else if (e.type === 'urge' && localDay(e.at, timeZone) < firstKeptDay) {
      if (e.visit === undefined || !slippedVisits.has(e.visit)) addCount(e, localDay(e.at, timeZone), 1);
    } else {
      kept.push(e);
    }
  }
  return [...kept, ...counts.values()].sort((a, b) => a.at - b.at);
}
