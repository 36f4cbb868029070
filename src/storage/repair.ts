import * as v from 'valibot';
import {
  type JournalEntry,
  JournalEntrySchema,
  type Person,
  PersonSchema,
  type Plan,
  PlanSchema,
  ProfileSchema,
  readAs,
  type Settings,
  SettingsSchema,
} from './schemas';

/**
 * Stored values may be hand-edited, truncated or from a future version. Each reader repairs what it
 * can and drops only what it cannot, so one bad entry never takes the whole blocklist down with it.
 */

/** The entries of `value` that read as `schema`, at most `max` of them. */
export function keepValid<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  max: number,
): v.InferOutput<S>[] {
  if (!Array.isArray(value)) return [];
  const out: v.InferOutput<S>[] = [];
  for (const entry of value) {
    const parsed = readAs(schema, entry);
    if (parsed !== undefined) out.push(parsed);
    if (out.length >= max) break;
  }
  return out;
}

export function repairPeople(value: unknown): Person[] {
  return keepValid(PersonSchema, value, 200).map((person) => ({
    ...person,
    profiles: keepValid(ProfileSchema, person.profiles, 2000),
  }));
}

/** Every field of the plan and the settings falls back on its own, so these never fail. */
const asObject = (value: unknown) => (typeof value === 'object' && value !== null ? value : {});

export function repairPlan(value: unknown): Plan {
  return v.parse(PlanSchema, asObject(value));
}

export function repairSettings(value: unknown): Settings {
  return v.parse(SettingsSchema, asObject(value));
}

export function repairJournal(value: unknown): JournalEntry[] {
  return keepValid(JournalEntrySchema, value, 5000);
}
