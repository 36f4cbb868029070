import { browser } from 'wxt/browser';
import { compactEvents, heartbeatEvent } from '@/src/core';
import { heartbeatItem, recordEvent, updateEvents } from '@/src/storage';

/**
 * A periodic beat records that protection was running. A long silence between beats (browser
 * closed, extension disabled) or a clock that went backward becomes an event in her history:
 * it never resets the streak, but it isn't hidden either.
 */
export const HEARTBEAT_ALARM = 'heartbeat';
const PERIOD_MINUTES = 30;

/** Alarms may not survive a browser restart in older Chromium: create it at every worker start. */
export async function ensureHeartbeatAlarm(): Promise<void> {
  if (!(await browser.alarms.get(HEARTBEAT_ALARM))) {
    await browser.alarms.create(HEARTBEAT_ALARM, {
      periodInMinutes: PERIOD_MINUTES,
      delayInMinutes: PERIOD_MINUTES,
    });
  }
}

export async function beat(now: number, timeZone: string): Promise<void> {
  const event = heartbeatEvent(await heartbeatItem.getValue(), now);
  if (event) await recordEvent(event);
  await heartbeatItem.setValue(now);
  await updateEvents((events) => {
    const compacted = compactEvents(events, now, timeZone);
    return compacted.length !== events.length ? compacted : events;
  });
}
