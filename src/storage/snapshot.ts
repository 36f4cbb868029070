import { localDay, type NoContactEvent } from '@/src/core';
import { getValues } from './item';
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
  const [people, plan, settings, events, journal, meta] = await getValues([
    peopleItem,
    planItem,
    settingsItem,
    eventsItem,
    journalItem,
    metaItem,
  ]);
  return {
    people: repairPeople(people),
    plan: repairPlan(plan),
    settings: repairSettings(settings),
    events: repairEvents(events),
    journal: repairJournal(journal),
    meta: repairMeta(meta, now, timeZone),
  };
}

function repairMeta(value: unknown, now: number, timeZone: string): Meta {
  const m = value as Partial<Meta> | null | undefined;
  if (m && typeof m.installedAt === 'number' && typeof m.installDay === 'string') {
    return { installedAt: m.installedAt, installDay: m.installDay };
  }
  return { installedAt: now, installDay: localDay(now, timeZone) };
}
