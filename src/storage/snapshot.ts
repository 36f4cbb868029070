import { storage } from 'wxt/utils/storage';
import { localDay, type NoContactEvent } from '@/src/core';
import { eventsItem, journalItem, type Meta, metaItem, peopleItem, planItem, settingsItem } from './items';
import { repairJournal, repairPeople, repairPlan, repairSettings } from './repair';
import { repairEvents } from './repair-events';
import type { JournalEntry, Person, Plan, Settings } from './schemas';

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

function repairMeta(value: unknown, now: number, timeZone: string): Meta {
  const m = value as Partial<Meta> | null | undefined;
  if (m && typeof m.installedAt === 'number' && typeof m.installDay === 'string') {
    return { installedAt: m.installedAt, installDay: m.installDay };
  }
  return { installedAt: now, installDay: localDay(now, timeZone) };
}
