import {
  bestStreak,
  currentStreak,
  type DayUrges,
  describeProfile,
  foldedTotals,
  type NextMilestone,
  nextMilestone,
  noContactSince,
  type ProfileTarget,
  profileAt,
  type Streak,
  targetKey,
  type UrgeTotals,
  urgeChart,
  urgesToday,
} from '@/src/core';
import type { Person, Snapshot } from '@/src/storage';

/** Days the chart shows. */
export const CHART_DAYS = 14;

/** What the popup shows about her streak and urges, derived from one snapshot. */
export interface PopupView {
  streak: Streak;
  goalDays: number;
  next: NextMilestone;
  today: UrgeTotals;
  /** Oldest first, ending today. */
  chart: DayUrges[];
  /** The longest run so far, the current one included. */
  bestDays: number;
  /** Reminders of him kept out of sight in her feeds: today, and over the last seven days. */
  folded: { today: number; week: number };
}

export function popupView(snapshot: Snapshot, now: number, timeZone: string): PopupView {
  const since = noContactSince(snapshot.events, snapshot.meta.installDay);
  const streak = currentStreak(snapshot.events, now, timeZone, since);
  return {
    streak,
    goalDays: snapshot.plan.goalDays,
    next: nextMilestone(streak.days, snapshot.plan.goalDays),
    today: urgesToday(snapshot.events, now, timeZone),
    chart: urgeChart(snapshot.events, now, timeZone, CHART_DAYS),
    bestDays: bestStreak(snapshot.events, now, timeZone, since).days,
    folded: foldedTotals(snapshot.events, now, timeZone),
  };
}

/** "Instagram · @handle". */
export function targetLabel(target: ProfileTarget): string {
  const d = describeProfile(target);
  return `${d.platformName} · ${d.display}`;
}

/** What "Block this profile" can do for the tab she is looking at. */
export type BlockState =
  /** The tab is still being looked up. */
  | { kind: 'loading' }
  /** Not a profile page the matcher recognises (a post, a home page, another site, no tab). */
  | { kind: 'not-profile' }
  /** A profile not on her list yet. */
  | { kind: 'profile'; target: ProfileTarget; url: string; label: string }
  /** A profile already on her list. */
  | { kind: 'listed'; label: string };

export function blockState(url: string | undefined, people: readonly Person[]): BlockState {
  const target = url === undefined ? undefined : profileAt(url);
  if (!url || !target) return { kind: 'not-profile' };
  const key = targetKey(target);
  const label = targetLabel(target);
  const listed = people.some((p) => p.profiles.some((pr) => targetKey(pr.target) === key));
  return listed ? { kind: 'listed', label } : { kind: 'profile', target, url, label };
}

/** A hole in her protection, each with one step that fixes it. */
export type WarningKind = 'private' | 'host-access' | 'no-profiles';

export function profileCount(people: readonly Person[]): number {
  return people.reduce((n, p) => n + p.profiles.length, 0);
}
