import type { EventOf, Millis } from './events';

/** Longer than this between heartbeats means the extension was not running. */
export const GAP_THRESHOLD_MS = 3 * 3_600_000;

/** Backward steps up to this are clock corrections (NTP), not a clock set back. */
export const CLOCK_BACK_TOLERANCE_MS = 60_000;

/**
 * What to record on a heartbeat, given the previous one: a `gap` when the extension was not running for
 * longer than `thresholdMs`, a `clock-back` when the clock now reads earlier than the last heartbeat, or
 * nothing. Neither changes a streak; they explain the timeline.
 */
export function heartbeatEvent(
  lastBeat: Millis | null | undefined,
  now: Millis,
  thresholdMs: number = GAP_THRESHOLD_MS,
): EventOf<'gap'> | EventOf<'clock-back'> | null {
  if (lastBeat === null || lastBeat === undefined || !Number.isFinite(lastBeat)) return null;
  if (now < lastBeat - CLOCK_BACK_TOLERANCE_MS) return { type: 'clock-back', at: now, from: lastBeat };
  if (now - lastBeat > thresholdMs) return { type: 'gap', at: now, from: lastBeat, to: now };
  return null;
}
