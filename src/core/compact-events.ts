import type { EventOf, LocalDay, Millis, NoContactEvent } from './events';
import { addDays, localDay } from './local-day';

/** Urges are kept one by one for this many local days; older ones become per-day counts. */
export const URGE_RETENTION_DAYS = 90;

/**
 * Replaces urges from local days more than `retentionDays` before today with one `urge-day` count per day,
 * merging any `urge-day` already there. Per-day resisted and slip counts stay exactly as they were:
 * an urge followed by a `slip` is dropped (the kept slip stands for it), the others are counted.
 * Every other event is kept as is. Whole local days are compacted, so no day is split. Sorted by `at`.
 */
export function compactEvents(
  events: readonly NoContactEvent[],
  now: Millis,
  timeZone: string,
  retentionDays: number = URGE_RETENTION_DAYS,
): NoContactEvent[] {
  const firstKeptDay = addDays(localDay(now, timeZone), -retentionDays);
  const slippedVisits = new Set<string>();
  for (const e of events) if (e.type === 'slip' && e.visit !== undefined) slippedVisits.add(e.visit);

  const kept: NoContactEvent[] = [];
  const counts = new Map<LocalDay, EventOf<'urge-day'>>();
  const addCount = (day: LocalDay, at: Millis, count: number) => {
    const existing = counts.get(day);
    if (existing) {
      existing.count += count;
      existing.at = Math.min(existing.at, at);
    } else {
      counts.set(day, { type: 'urge-day', at, day, count });
    }
  };
  for (const e of events) {
    if (e.type === 'urge-day') {
      addCount(e.day, e.at, e.count);
    } else if (e.type === 'urge' && localDay(e.at, timeZone) < firstKeptDay) {
      if (e.visit === undefined || !slippedVisits.has(e.visit)) addCount(localDay(e.at, timeZone), e.at, 1);
    } else {
      kept.push(e);
    }
  }
  return [...kept, ...counts.values()].sort((a, b) => a.at - b.at);
}
