import type { NoContactEvent } from './events';
import { localDay } from './local-day';
import type { Streak } from './streak';

/** Streak lengths, in days, worth marking. After a year, every further year is one too. */
export const MILESTONES: readonly number[] = [3, 7, 14, 21, 30, 60, 90, 180, 365];

const YEAR_DAYS = 365;

function validGoal(goal: number | null | undefined): number | null {
  return typeof goal === 'number' && Number.isInteger(goal) && goal > 0 ? goal : null;
}

/** Every milestone up to and including `days`, ascending, her goal included. */
export function milestonesReached(days: number, goal?: number | null): number[] {
  const reached = new Set(MILESTONES.filter((m) => m <= days));
  for (let year = 2 * YEAR_DAYS; year <= days; year += YEAR_DAYS) reached.add(year);
  const g = validGoal(goal);
  if (g !== null && g <= days) reached.add(g);
  return [...reached].sort((a, b) => a - b);
}

export interface NextMilestone {
  /** The streak length of the milestone. */
  days: number;
  /** Days still to go (at least 1). */
  remaining: number;
  /** Whether it is her own goal. */
  isGoal: boolean;
}

/** The first milestone beyond `days`; there is always one (yearly after the fixed list). */
export function nextMilestone(days: number, goal?: number | null): NextMilestone {
  const current = Math.max(0, Math.floor(days));
  const yearly = (Math.floor(current / YEAR_DAYS) + 1) * YEAR_DAYS;
  const fixed = MILESTONES.find((m) => m > current) ?? yearly;
  const g = validGoal(goal);
  const next = g !== null && g > current && g <= fixed ? g : fixed;
  return { days: next, remaining: next - current, isGoal: next === g };
}

/**
 * The milestone to notify now, or null: the highest one the current run has reached that no `milestone`
 * event of this run already covers. A recorded milestone covers every lower one, so after a long absence only
 * the highest is shown; record it as `{ type: 'milestone', days, streakStart: streak.startAt }`.
 *
 * A `milestone` event belongs to the run when its `streakStart` is the run's `startAt`, or falls on the run's
 * start day (a start day's first instant moves with the time zone when she travels).
 */
export function dueMilestone(
  events: readonly NoContactEvent[],
  streak: Streak,
  timeZone: string,
  goal?: number | null,
): number | null {
  const reached = milestonesReached(streak.days, goal);
  const highest = reached[reached.length - 1];
  if (highest === undefined) return null;
  let recorded = 0;
  for (const e of events) {
    if (e.type !== 'milestone' || e.days <= recorded) continue;
    if (e.streakStart === streak.startAt || localDay(e.streakStart, timeZone) === streak.startDay) {
      recorded = e.days;
    }
  }
  return highest > recorded ? highest : null;
}
