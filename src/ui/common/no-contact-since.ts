import type { LocalDay, NoContactEvent } from '@/src/core';

/** The day she last set as "No contact since" (the install day until she sets one). */
export function noContactSince(events: readonly NoContactEvent[], installDay: LocalDay): LocalDay {
  let latest: { at: number; since: LocalDay } | undefined;
  for (const e of events) if (e.type === 'start' && (!latest || e.at >= latest.at)) latest = e;
  return latest?.since ?? installDay;
}
