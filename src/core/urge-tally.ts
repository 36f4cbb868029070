import { isOwn } from './event-ids';
import type { EventOf, LocalDay, Moment, RecordedEvent } from './events';
import { addDays, daysBetween, localDay } from './local-day';

/** A tally's counts, without its time: what a browser shares of its urges. */
export type TallyCounts = Pick<EventOf<'urge-tally'>, 'from' | 'counts' | 'search' | 'contact'>;

const FIELD = { profile: 'counts', search: 'search', contact: 'contact' } as const satisfies Record<
  Moment,
  keyof TallyCounts
>;

/** Calls `visit(day, count)` for each day a tally has urges on (all moments together). */
export function tallyDays(tally: TallyCounts, visit: (day: LocalDay, count: number) => void): void {
  const length = Math.max(tally.counts.length, tally.search?.length ?? 0, tally.contact?.length ?? 0);
  for (let i = 0; i < length; i++) {
    const count = (tally.counts[i] ?? 0) + (tally.search?.[i] ?? 0) + (tally.contact?.[i] ?? 0);
    if (count > 0) visit(addDays(tally.from, i), count);
  }
}

/**
 * The urges this browser turned back, per local day and moment, from its own urges and per-day counts (those
 * it went through with are its slips, shared one by one): its tally, as sync carries it. Undefined when there
 * is nothing to count.
 */
export function ownTally(
  events: readonly RecordedEvent[],
  self: string,
  timeZone: string,
): TallyCounts | undefined {
  const slippedVisits = new Set<string>();
  for (const e of events) if (e.type === 'slip' && e.visit !== undefined) slippedVisits.add(e.visit);
  const perDay = new Map<LocalDay, Record<Moment, number>>();
  const add = (day: LocalDay, moment: Moment, count: number) => {
    const counts = perDay.get(day) ?? { profile: 0, search: 0, contact: 0 };
    counts[moment] += count;
    perDay.set(day, counts);
  };
  for (const e of events) {
    if (!isOwn(e.id, self)) continue;
    if (e.type === 'urge' && (e.visit === undefined || !slippedVisits.has(e.visit))) {
      add(localDay(e.at, timeZone), e.moment ?? 'profile', 1);
    } else if (e.type === 'urge-day') {
      add(e.day, e.moment ?? 'profile', e.count);
    }
  }
  if (perDay.size === 0) return undefined;
  const days = [...perDay.keys()].sort();
  const from = days[0] as LocalDay;
  const length = daysBetween(from, days[days.length - 1] as LocalDay) + 1;
  const tally: TallyCounts = { from, counts: [] };
  for (const moment of ['profile', 'search', 'contact'] as const) {
    const counts = Array.from({ length }, (_, i) => perDay.get(addDays(from, i))?.[moment] ?? 0);
    if (moment === 'profile' || counts.some((n) => n > 0)) tally[FIELD[moment]] = counts;
  }
  return tally;
}

/** Whether two tallies count the same urges on the same days. */
export function sameCounts(a: TallyCounts, b: TallyCounts): boolean {
  const key = (t: TallyCounts) => JSON.stringify([t.from, t.counts, t.search ?? [], t.contact ?? []]);
  return key(a) === key(b);
}
