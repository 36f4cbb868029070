import type { NoContactEvent, NoContactEventType } from './events';

/** At most this many events are kept: bounded storage, bounded work per view. */
export const MAX_EVENTS = 20_000;

/**
 * Kinds that may be dropped, oldest first, when over the cap. The rest (`start`, `contact`, `milestone`,
 * `urge-day`, `urge-tally`) are few and carry the streak, its history and its notifications.
 */
const DROPPABLE = new Set<NoContactEventType>(['urge', 'slip', 'gap', 'clock-back']);

/**
 * At most `maxEvents` of a record in time order: the oldest urges, slips, gaps and clock-backs go first, then
 * (only if still over) the oldest of any kind.
 */
export function capEvents<E extends NoContactEvent>(
  sorted: readonly E[],
  maxEvents: number = MAX_EVENTS,
): E[] {
  const max = Math.max(0, Math.floor(maxEvents));
  let excess = sorted.length - max;
  if (excess <= 0) return [...sorted];
  const capped = sorted.filter((e) => {
    if (excess > 0 && DROPPABLE.has(e.type)) {
      excess--;
      return false;
    }
    return true;
  });
  return capped.slice(capped.length - max);
}
