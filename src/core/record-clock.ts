import type { Millis, NoContactEvent } from './events';

/**
 * Another browser's clock may run ahead of this one by up to this much and still be believed. Within it, an
 * event recorded here after one recorded there is stamped after it, whichever clock is right (one an hour off,
 * a time zone set wrong, this one set back); a clock further ahead cannot drag this browser's record into its
 * future.
 */
export const TRUSTED_AHEAD_MS = 48 * 3_600_000;

/** Kinds recorded as they happen, whose times say in which order she did things. */
const STAMPED = new Set<NoContactEvent['type']>([
  'urge',
  'slip',
  'contact',
  'start',
  'milestone',
  'urge-tally',
]);

/**
 * The time to record an event that happens `now`: `now`, or just after the latest event in her record when
 * that one reads later (within `TRUSTED_AHEAD_MS`). So what she does after seeing a record comes after it, the
 * record stays in the order she lived it, and "the later one wins" (a second "No contact since", a contact after
 * a start) holds between browsers whose clocks disagree, as a hybrid logical clock would.
 */
export function recordTime(events: readonly NoContactEvent[], now: Millis): Millis {
  let latest = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    if (STAMPED.has(e.type) && e.at > latest && e.at <= now + TRUSTED_AHEAD_MS) latest = e.at;
  }
  return Math.max(now, latest + 1);
}
