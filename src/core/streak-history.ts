import type { LocalDay, Millis, NoContactEvent } from './events';
import { addDays, daysBetween, localDay } from './local-day';
import { runStarts } from './run-starts';
import { streakSince } from './streak';

/** One run without contact. */
export interface StreakRun {
  startDay: LocalDay;
  startAt: Millis;
  /** When it ended: the next contact's time or the first instant of a later start day; null while current. */
  endAt: Millis | null;
  /** The local day it ended on; today for the current run. */
  endDay: LocalDay;
  /** Whole local calendar days from `startDay` to `endDay` (never negative). */
  days: number;
  /** What ended it; null for the current run. */
  endedBy: 'contact' | 'start' | null;
}

/**
 * Every run without contact, oldest first; the last one is the current run (its `days` equal
 * `currentStreak(...).days`). Runs are separated by contacts and by `start` events that move the start later.
 */
export function streakHistory(
  events: readonly NoContactEvent[],
  now: Millis,
  timeZone: string,
  fallbackDay: LocalDay = localDay(now, timeZone),
): StreakRun[] {
  const starts = runStarts(events, timeZone, fallbackDay);
  return starts.map((start, i): StreakRun => {
    const next = starts[i + 1];
    if (!next) {
      const streak = streakSince(start, now, timeZone);
      // Today, or the start day itself while the clock reads earlier than it.
      const endDay = addDays(start.day, streak.days);
      return {
        startDay: start.day,
        startAt: start.at,
        endAt: null,
        endDay,
        days: streak.days,
        endedBy: null,
      };
    }
    return {
      startDay: start.day,
      startAt: start.at,
      endAt: next.at,
      endDay: next.day,
      days: Math.max(0, daysBetween(start.day, next.day)),
      endedBy: next.cause === 'contact' ? 'contact' : 'start',
    };
  });
}

/** The longest run, the current one included; on a tie, the later run (so a streak equalling the best is it). */
export function bestStreak(
  events: readonly NoContactEvent[],
  now: Millis,
  timeZone: string,
  fallbackDay: LocalDay = localDay(now, timeZone),
): StreakRun {
  const runs = streakHistory(events, now, timeZone, fallbackDay);
  return runs.reduce((best, run) => (run.days >= best.days ? run : best));
}
