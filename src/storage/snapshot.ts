import { storage } from 'wxt/utils/storage';
import { DEVICE_TAG, localDay, type RecordedEvent } from '@/src/core';
import {
  deletedEventsItem,
  deviceItem,
  eventsItem,
  journalItem,
  type Meta,
  metaItem,
  peopleItem,
  planItem,
  settingsItem,
} from './items';
import { repairJournal, repairPeople, repairPlan, repairSettings } from './repair';
import { repairRecord } from './repair-events';
import { type JournalEntry, MetaSchema, type Person, type Plan, readAs, type Settings } from './schemas';

/** Everything a page needs to render, from one storage read. */
export interface Snapshot {
  people: Person[];
  plan: Plan;
  settings: Settings;
  /** Her record, merged from all her browsers when sync is on (see core/record.ts). */
  events: RecordedEvent[];
  journal: JournalEntry[];
  meta: Meta;
  /** This browser's tag in event ids, once it has one. */
  device: string | null;
}

export async function readSnapshot(now: number, timeZone: string): Promise<Snapshot> {
  const [people, plan, settings, events, deleted, journal, meta, device] = await storage.getItems([
    peopleItem,
    planItem,
    settingsItem,
    eventsItem,
    deletedEventsItem,
    journalItem,
    metaItem,
    deviceItem,
  ]);
  const storedMeta = readAs(MetaSchema, meta?.value);
  return {
    people: repairPeople(people?.value),
    plan: repairPlan(plan?.value),
    settings: repairSettings(settings?.value),
    events: repairRecord(events?.value, deleted?.value, storedMeta).events,
    journal: repairJournal(journal?.value),
    // Missing or unreadable: a browser installed now.
    meta: storedMeta ?? { installedAt: now, installDay: localDay(now, timeZone) },
    device: typeof device?.value === 'string' && DEVICE_TAG.test(device.value) ? device.value : null,
  };
}
