import { browser } from 'wxt/browser';
import { currentTimeZone, now } from '@/src/env/clock';
import { applyDuePending, nextPendingAt, pendingItem } from '@/src/storage';

/**
 * The commitment delay's clock: applies pending changes when they fall due. An alarm wakes the background
 * at the next due time; every start of the background (browser startup, worker wake-up) also applies
 * whatever fell due while the browser was closed.
 */

export const PENDING_ALARM = 'pending-changes';

export async function schedulePendingAlarm(): Promise<void> {
  const at = await nextPendingAt();
  if (at === undefined) await browser.alarms.clear(PENDING_ALARM);
  else await browser.alarms.create(PENDING_ALARM, { when: Math.max(at, now() + 1000) });
}

export async function applyPendingChanges(): Promise<void> {
  await applyDuePending(now(), currentTimeZone());
  await schedulePendingAlarm();
}

/** Call once, synchronously, from the background's start. */
export function registerPendingChanges(): void {
  browser.alarms.onAlarm.addListener(({ name }) => {
    if (name === PENDING_ALARM) void applyPendingChanges();
  });
  browser.runtime.onStartup.addListener(() => void applyPendingChanges());
  pendingItem.watch(() => void schedulePendingAlarm());
  void applyPendingChanges();
}
