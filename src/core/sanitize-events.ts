import type { Millis, NoContactEvent, NoContactEventType } from './events';
import { isLocalDay } from './local-day';

/** At most this many events are kept: bounded storage, bounded work per view. */
export const MAX_EVENTS = 20_000;

/** 1970-01-01 to the end of 9999: instants whose local day is a valid `YYYY-MM-DD`. */
const LATEST_MILLIS = Date.UTC(9999, 11, 30);

/**
 * Kinds that may be dropped, oldest first, when over the cap. The rest (`start`, `contact`, `milestone`,
 * `urge-day`) are few and carry the streak, its history and its notifications.
 */
const DROPPABLE = new Set<NoContactEventType>(['urge', 'slip', 'gap', 'clock-back']);

type Fields = Record<string, unknown>;

function isMillis(value: unknown): value is Millis {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= LATEST_MILLIS;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** A fresh, well-formed copy of one stored entry (unknown fields left behind), or null if it cannot be one. */
function repairEvent(value: unknown): NoContactEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const e = value as Fields;
  const at = e.at;
  if (!isMillis(at)) return null;
  switch (e.type) {
    case 'urge':
    case 'slip':
      // A malformed optional field loses the field, not the urge.
      return {
        type: e.type,
        at,
        ...(nonEmptyString(e.key) ? { key: e.key } : {}),
        ...(nonEmptyString(e.visit) ? { visit: e.visit } : {}),
        ...(e.moment === 'search' || e.moment === 'contact' ? { moment: e.moment } : {}),
      };
    case 'contact':
      return { type: 'contact', at };
    case 'start':
      return isLocalDay(e.since) ? { type: 'start', at, since: e.since } : null;
    case 'gap':
      return isMillis(e.from) && isMillis(e.to) && e.from <= e.to
        ? { type: 'gap', at, from: e.from, to: e.to }
        : null;
    case 'clock-back':
      return isMillis(e.from) ? { type: 'clock-back', at, from: e.from } : null;
    case 'milestone':
      return isCount(e.days) && isMillis(e.streakStart)
        ? { type: 'milestone', at, days: e.days, streakStart: e.streakStart }
        : null;
    case 'urge-day':
      return isLocalDay(e.day) && isCount(e.count)
        ? { type: 'urge-day', at, day: e.day, count: e.count }
        : null;
    default:
      return null;
  }
}

/**
 * Whatever was read from storage, as a valid event list: malformed entries dropped, the rest kept (repaired
 * to their known fields), exact duplicates (a write repeated) kept once, sorted by `at`, and at most
 * `maxEvents` long, the oldest urges, slips, gaps and clock-backs going first.
 */
export function sanitizeEvents(value: unknown, maxEvents: number = MAX_EVENTS): NoContactEvent[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const events: NoContactEvent[] = [];
  for (const entry of value) {
    const event = repairEvent(entry);
    if (!event) continue;
    const identity = JSON.stringify(event);
    if (seen.has(identity)) continue;
    seen.add(identity);
    events.push(event);
  }
  events.sort((a, b) => a.at - b.at);
  return capEvents(events, Math.max(0, Math.floor(maxEvents)));
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
