import type { EventOf, LocalDay, Millis, NoContactEvent } from './events';
import { localDay, startOfLocalDay } from './local-day';

/** What began a run: a "No contact since" day, a contact, or (with neither recorded) the install day. */
export type RunStartCause = 'start' | 'contact' | 'install';

/** An instant from which a run without contact is counted. */
export interface RunStart {
  /** The instant: a contact's time, or the first instant of the start day in the time zone. */
  at: Millis;
  /** The local day of `at`, as the streak counts it. */
  day: LocalDay;
  cause: RunStartCause;
}

/**
 * Where each run without contact began, oldest first; never empty.
 *
 * Every contact begins a run. Every `start` event begins one at its day, and, being a correction, replaces
 * the `start` days recorded before it that fall on or after that day (moving the start earlier never erases a
 * contact, which is a fact). With no `start` and no contact, the run begins on `fallbackDay`.
 */
export function runStarts(
  events: readonly NoContactEvent[],
  timeZone: string,
  fallbackDay: LocalDay,
): RunStart[] {
  let startDays: LocalDay[] = [];
  for (const e of countingStarts(events)) {
    startDays = startDays.filter((day) => day < e.since);
    startDays.push(e.since);
  }

  const starts: RunStart[] = [];
  for (const e of events) {
    if (e.type === 'contact') starts.push({ at: e.at, day: localDay(e.at, timeZone), cause: 'contact' });
  }
  for (const day of startDays) starts.push({ at: startOfLocalDay(day, timeZone), day, cause: 'start' });
  if (starts.length === 0) {
    starts.push({ at: startOfLocalDay(fallbackDay, timeZone), day: fallbackDay, cause: 'install' });
  }

  // A contact at the very instant a start day begins is one run, not two; the contact is the more specific.
  starts.sort((a, b) => a.at - b.at || Number(b.cause === 'contact') - Number(a.cause === 'contact'));
  return starts.filter((s, i) => i === 0 || s.at !== starts[i - 1]?.at);
}

/**
 * The `start` events that set "No contact since", in the order they were recorded. The extension's own start at
 * install stands in for her day only while nothing came before it: a browser installed later (then synced, or
 * given an export) never moves her start to its install day.
 */
export function countingStarts(events: readonly NoContactEvent[]): EventOf<'start'>[] {
  const starts = events.filter((e): e is EventOf<'start'> => e.type === 'start').sort((a, b) => a.at - b.at);
  return starts.filter((e, i) => i === 0 || !e.install);
}

/** The day "No contact since" shows: the latest day recorded, or `fallbackDay` before any. */
export function noContactSince(events: readonly NoContactEvent[], fallbackDay: LocalDay): LocalDay {
  return countingStarts(events).at(-1)?.since ?? fallbackDay;
}
