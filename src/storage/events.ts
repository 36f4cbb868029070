import { storage } from 'wxt/utils/storage';
import {
  DEVICE_TAG,
  type EventRecord,
  eventId,
  type LocalDay,
  type Millis,
  type NoContactEvent,
  type RecordedEvent,
  recordTime,
} from '@/src/core';
import { deletedEventsItem, deviceItem, eventsItem, metaItem } from './items';
import { changeRecord } from './record-lock';
import { repairRecord } from './repair-events';
import { MetaSchema, readAs } from './schemas';

/** Her record as stored: events (with ids, in time order, without what she deleted) and tombstones. */
export async function readRecord(): Promise<EventRecord> {
  const [events, deleted, meta] = await storage.getItems([eventsItem, deletedEventsItem, metaItem]);
  return repairRecord(events?.value, deleted?.value, readAs(MetaSchema, meta?.value));
}

export async function readEvents(): Promise<RecordedEvent[]> {
  return (await readRecord()).events;
}

/** Replaces her record, events and tombstones in one write. */
export async function writeRecord(record: EventRecord): Promise<void> {
  await storage.setItems([
    { item: eventsItem, value: record.events },
    { item: deletedEventsItem, value: record.deleted },
  ]);
}

/** Reads her events, lets `update` change them, and writes them back when it did, with no other change between. */
export function updateEvents(update: (events: RecordedEvent[]) => RecordedEvent[]): Promise<void> {
  return changeRecord(async () => {
    const events = await readEvents();
    const next = update(events);
    if (next !== events) await eventsItem.setValue(next);
  });
}

function newTag(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** This browser's tag in event ids: drawn the first time it is asked for, then kept (see deviceItem). */
export async function deviceTag(): Promise<string> {
  const stored = await deviceItem.getValue();
  if (typeof stored === 'string' && DEVICE_TAG.test(stored)) return stored;
  await deviceItem.setValue(newTag());
  // Two pages asking at once: both use the one that was written last.
  return (await deviceItem.getValue()) as string;
}

export interface RecordOptions {
  /** The browser the event belongs to, when not this one (a contact answering a slip from another browser). */
  owner?: string;
}

/** Records an event at the time it carries (a contact she dates, a gap this browser's clock measured). */
export function recordEvent(event: NoContactEvent, options: RecordOptions = {}): Promise<RecordedEvent> {
  return changeRecord(async () => {
    const [record, tag] = await Promise.all([readRecord(), options.owner ?? deviceTag()]);
    const recorded = { ...event, id: eventId(event, tag) } as RecordedEvent;
    await eventsItem.setValue([...record.events, recorded]);
    return recorded;
  });
}

/**
 * Records what happens `now`, timed after anything in her record it comes after, even when another browser's
 * clock ran ahead (see recordTime). `make` builds the event for that time.
 */
export function recordNow(make: (at: Millis) => NoContactEvent, now: Millis): Promise<RecordedEvent> {
  return changeRecord(async () => {
    const [record, tag] = await Promise.all([readRecord(), deviceTag()]);
    const event = make(recordTime(record.events, now));
    const recorded = { ...event, id: eventId(event, tag) } as RecordedEvent;
    await eventsItem.setValue([...record.events, recorded]);
    return recorded;
  });
}

export function recordStart(since: LocalDay, now: Millis, install = false): Promise<RecordedEvent> {
  return recordNow(
    (at) => ({ type: 'start', at, since, ...(install ? { install: true as const } : {}) }),
    now,
  );
}

/** Deletes one event here, and (through its tombstone) on every browser that syncs or imports her record. */
export function deleteEvent(id: string, now: Millis): Promise<void> {
  return changeRecord(async () => {
    const record = await readRecord();
    if (!record.events.some((e) => e.id === id)) return;
    await writeRecord({
      events: record.events.filter((e) => e.id !== id),
      deleted: { ...record.deleted, [id]: recordTime(record.events, now) },
    });
  });
}
