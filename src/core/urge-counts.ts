import type { LocalDay, Millis, Moment, NoContactEvent } from './events';
import { addDays, localDay } from './local-day';
import { tallyDays } from './urge-tally';

/** Urges on one local day: turned back, and gone through with. */
export interface DayUrges {
  day: LocalDay;
  /** Urges turned back: intercepted, and no `slip` followed for the same visit. */
  resisted: number;
  /** Times she went through to a profile anyway. */
  slips: number;
  /** Of the urges turned back, those that were not on the way to his profile: searches for him, say. */
  resistedBy?: Partial<Record<Exclude<Moment, 'profile'>, number>>;
}

export interface UrgeTotals {
  resisted: number;
  slips: number;
}

/**
 * Urges per local day, keyed by day. Each visit records an `urge` on arrival and, if she goes through, a
 * `slip` with the same `visit`: that urge is then a slip, not a resisted urge. Compacted `urge-day` counts
 * and the tallies of her other browsers are resisted urges.
 */
export function urgesByDay(events: readonly NoContactEvent[], timeZone: string): Map<LocalDay, DayUrges> {
  const slippedVisits = new Set<string>();
  for (const e of events) if (e.type === 'slip' && e.visit !== undefined) slippedVisits.add(e.visit);

  const byDay = new Map<LocalDay, DayUrges>();
  const entry = (day: LocalDay): DayUrges => {
    let d = byDay.get(day);
    if (!d) {
      d = { day, resisted: 0, slips: 0 };
      byDay.set(day, d);
    }
    return d;
  };
  for (const e of events) {
    if (e.type === 'urge') {
      if (e.visit !== undefined && slippedVisits.has(e.visit)) continue;
      const d = entry(localDay(e.at, timeZone));
      d.resisted++;
      if (e.moment) {
        d.resistedBy ??= {};
        d.resistedBy[e.moment] = (d.resistedBy[e.moment] ?? 0) + 1;
      }
    } else if (e.type === 'slip') {
      entry(localDay(e.at, timeZone)).slips++;
    } else if (e.type === 'urge-day') {
      entry(e.day).resisted += e.count;
    } else if (e.type === 'urge-tally') {
      tallyDays(e, (day, count) => {
        entry(day).resisted += count;
      });
    }
  }
  return byDay;
}

/** One entry per local day for the last `dayCount` days, oldest first, ending today (for the chart). */
export function urgeChart(
  events: readonly NoContactEvent[],
  now: Millis,
  timeZone: string,
  dayCount = 14,
): DayUrges[] {
  const byDay = urgesByDay(events, timeZone);
  const today = localDay(now, timeZone);
  const chart: DayUrges[] = [];
  for (let back = dayCount - 1; back >= 0; back--) {
    const day = addDays(today, -back);
    chart.push(byDay.get(day) ?? { day, resisted: 0, slips: 0 });
  }
  return chart;
}

/** Totals over the last `dayCount` local days, today included. */
export function urgesInLastDays(
  events: readonly NoContactEvent[],
  now: Millis,
  timeZone: string,
  dayCount: number,
): UrgeTotals {
  const totals = { resisted: 0, slips: 0 };
  for (const d of urgeChart(events, now, timeZone, dayCount)) {
    totals.resisted += d.resisted;
    totals.slips += d.slips;
  }
  return totals;
}

/** Totals for today, her local calendar day. */
export function urgesToday(events: readonly NoContactEvent[], now: Millis, timeZone: string): UrgeTotals {
  return urgesInLastDays(events, now, timeZone, 1);
}

/** Totals for the last seven local days, today included (a rolling week: no locale-dependent week start). */
export function urgesThisWeek(events: readonly NoContactEvent[], now: Millis, timeZone: string): UrgeTotals {
  return urgesInLastDays(events, now, timeZone, 7);
}
