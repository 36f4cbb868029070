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
import { type Shape, shapeOr } from './shape';

/**
 * Stored values may be hand-edited, truncated or from a future version. Each reader repairs what it
 * can and drops only what it cannot, so one bad entry never takes the whole blocklist down with it.
 */

function keepValid<T>(shape: Shape<T>, value: unknown, max: number): T[] {
  if (!Array.isArray(value)) return [];
  const out: T[] = [];
  for (const entry of value) {
    const parsed = shapeOr(shape, entry, undefined);
    if (parsed !== undefined) out.push(parsed);
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

/** Every field of the plan and the settings falls back on its own, so these never fail. */
const asObject = (value: unknown) => (typeof value === 'object' && value !== null ? value : {});

export function repairPlan(value: unknown): Plan {
  return PlanSchema(asObject(value));
}

export function repairSettings(value: unknown): Settings {
  return SettingsSchema(asObject(value));
}

export function repairJournal(value: unknown): JournalEntry[] {
  return keepValid(JournalEntrySchema, value, 5000);
}
