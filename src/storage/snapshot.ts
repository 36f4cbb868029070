import { storage } from 'wxt/utils/storage';
import { localDay, type NoContactEvent } from '@/src/core';
import { eventsItem, journalItem, type Meta, metaItem, peopleItem, planItem, settingsItem } from './items';
import { repairJournal, repairPeople, repairPlan, repairSettings } from './repair';
import { repairEvents } from './repair-events';
import { type JournalEntry, MetaSchema, type Person, type Plan, readAs, type Settings } from './schemas';

/** Everything a page needs to render, from one storage read. */
export interface Snapshot {
  people: Person[];
  plan: Plan;
  settings: Settings;
  events: NoContactEvent[];
  journal: JournalEntry[];
  meta: Meta;
}

export async function readSnapshot(now: number, timeZone: string): Promise<Snapshot> {
  const [people, plan, settings, events, journal, meta] = await storage.getItems([
    peopleItem,
    planItem,
    settingsItem,
    eventsItem,
    journalItem,
    metaItem,
  ]);
  return {
    people: repairPeople(people?.value),
    plan: repairPlan(plan?.value),
    settings: repairSettings(settings?.value),
    events: repairEvents(events?.value),
    journal: repairJournal(journal?.value),
    meta: repairMeta(meta?.value, now, timeZone),
  };
}

/** The stored install record, or (missing or unreadable) one for a browser installed now. */
function repairMeta(value: unknown, now: number, timeZone: string): Meta {
  return readAs(MetaSchema, value) ?? { installedAt: now, installDay: localDay(now, timeZone) };
}
