import { addFolded, type Millis } from '@/src/core';
import { deviceTag, updateEvents } from './events';

/** Adds `count` reminders folded away in her feeds to today's count (a per-day event, never one per post). */
export async function recordFolded(count: number, now: Millis, timeZone: string): Promise<void> {
  const tag = await deviceTag();
  await updateEvents((events) => addFolded(events, count, now, timeZone, tag));
}
