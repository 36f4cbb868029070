import type { NoContactEvent, NoContactEventType } from './events';

/** At most this many events are kept: bounded storage, bounded work per view. */
export const MAX_EVENTS = 20_000;

/**
 * Kinds that may be dropped, oldest first, when over the cap. The rest (`start`, `contact`, `milestone`,
 * `urge-day`) are few and carry the streak, its history and its notifications.
 */
const DROPPABLE = new Set<NoContactEventType>(['urge', 'slip', 'gap', 'clock-back']);

/**
 * Well-formed events as the record keeps them: exact duplicates (a write repeated) kept once, sorted by `at`,
 * and at most `maxEvents` long, the oldest urges, slips, gaps and clock-backs going first.
 */
export function tidyEvents(
  events: readonly NoContactEvent[],
  maxEvents: number = MAX_EVENTS,
): NoContactEvent[] {
  const seen = new Set<string>();
  const kept: NoContactEvent[] = [];
  for (const event of events) {
    const identity = JSON.stringify(event);
    if (seen.has(identity)) continue;
    seen.add(identity);
    kept.push(event);
  }
  kept.sort((a, b) => a.at - b.at);
  return capEvents(kept, Math.max(0, Math.floor(maxEvents)));
}

/** Drops the oldest droppable events, then (only if still over) the oldest of any kind. */
function capEvents(sorted: NoContactEvent[], maxEvents: number): NoContactEvent[] {
  let excess = sorted.length - maxEvents;
  if (excess <= 0) return sorted;
  const capped = sorted.filter((e) => {
    if (excess > 0 && DROPPABLE.has(e.type)) {
      excess--;
      return false;
    }
    return true;
  });
  return capped.slice(capped.length - maxEvents);
}
