import type { LocalDay, NoContactEvent } from '@/src/core';
import { eventsItem } from './items';
import { repairEvents } from './repair-events';

export async function readEvents(): Promise<NoContactEvent[]> {
  return repairEvents(await eventsItem.getValue());
}

export async function recordEvent(event: NoContactEvent): Promise<void> {
  const events = await readEvents();
  events.push(event);
  await eventsItem.setValue(events);
}

export function recordStart(since: LocalDay, now: number): Promise<void> {
  return recordEvent({ type: 'start', at: now, since });
}

/** Replaces the whole log, e.g. after compaction. */
export async function writeEvents(events: NoContactEvent[]): Promise<void> {
  await eventsItem.setValue(events);
}
