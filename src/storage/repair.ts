import * as v from 'valibot';
import {
  type JournalEntry,
  JournalEntrySchema,
  type Person,
  PersonSchema,
  type Plan,
  PlanSchema,
  type Profile,
  ProfileSchema,
  type Settings,
  SettingsSchema,
} from './schemas';

/**
 * Stored values may be hand-edited, truncated or from a future version. Each reader repairs what it
 * can and drops only what it cannot, so one bad entry never takes the whole blocklist down with it.
 */

function keepValid<T>(schema: v.GenericSchema<unknown, T>, value: unknown, max: number): T[] {
  if (!Array.isArray(value)) return [];
  const out: T[] = [];
  for (const entry of value) {
    const parsed = v.safeParse(schema, entry);
    if (parsed.success) out.push(parsed.output);
    if (out.length >= max) break;
  }
  return out;
}

export function repairPeople(value: unknown): Person[] {
  return keepValid(PersonSchema, value, 200).map((person) => ({
    ...person,
    profiles: keepValid<Profile>(ProfileSchema, person.profiles, 2000),
  }));
}

export function repairPlan(value: unknown): Plan {
  const parsed = v.safeParse(PlanSchema, typeof value === 'object' && value !== null ? value : {});
  return parsed.success ? parsed.output : v.parse(PlanSchema, {});
}

export function repairSettings(value: unknown): Settings {
  const parsed = v.safeParse(SettingsSchema, typeof value === 'object' && value !== null ? value : {});
  return parsed.success ? parsed.output : v.parse(SettingsSchema, {});
}

export function repairJournal(value: unknown): JournalEntry[] {
  return keepValid(JournalEntrySchema, value, 5000);
}
