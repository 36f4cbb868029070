import type { LocalDay, Millis, NoContactEvent } from './events';
import { daysBetween, localDay } from './local-day';
import { type RunStart, runStarts } from './run-starts';

const HOUR_MS = 3_600_000;

export interface Streak {
  /** The local day the current run began. */
  startDay: LocalDay;
  /**
   * The instant it began: the contact's time, or the first instant of the start day in the time zone
   * (local midnight, computed for that day's own UTC offset).
   */
  startAt: Millis;
  /** Whole local calendar days since the run began (never negative). */
  days: number;
  /** Whole hours actually elapsed since `startAt` (never negative). */
  hours: number;
}

/**
 * The current run without contact: from the later of "No contact since" (the latest `start` event) and the
 * last contact. `fallbackDay` is used when neither was ever recorded (the install day).
 *
 * Only `start` and `contact` events move it. A clock set back before the start gives 0, never less.
 */
export function currentStreak(
  events: readonly NoContactEvent[],
  now: Millis,
  timeZone: string,
  fallbackDay: LocalDay = localDay(now, timeZone),
): Streak {
  const starts = runStarts(events, timeZone, fallbackDay);
  return streakSince(starts[starts.length - 1] as RunStart, now, timeZone);
}

/** The streak of a run that began at `start`, as of `now`. */
export function streakSince(start: RunStart, now: Millis, timeZone: string): Streak {
  // Calendar days, not elapsed/24 h: a 23- or 25-hour DST day still counts as one day.
  const days = Math.max(0, daysBetween(start.day, localDay(now, timeZone)));
  const hours = Math.max(0, Math.floor((now - start.at) / HOUR_MS));
  return { startDay: start.day, startAt: start.at, days, hours };
}
