import { repairRecord } from './repair-events';
import type { Meta } from './schemas';

/**
 * How each stored item moves from an older shape to the current one. Pure functions of the stored value:
 * `items.ts` hands them to @wxt-dev/storage, which runs them once, when it finds an older version in the
 * item's `$` meta key. Anything unexpected is passed through untouched; the readers repair it (repair.ts).
 */

/** Version 1 of `local:people`: profiles could be paused one by one, people could not. */
export interface PersonV1 {
  id: string;
  name: string;
  profiles: unknown[];
}

/** Version 2 adds `paused` to each person (pausing him pauses all his profiles at once). */
export function peopleV1toV2(old: unknown): unknown {
  if (!Array.isArray(old)) return old;
  return old.map((person) =>
    typeof person === 'object' && person !== null && !('paused' in person)
      ? { ...person, paused: false }
      : person,
  );
}

/**
 * Version 2 of `local:events` gives every event its id (see withIds: events from before ids get theirs from
 * their content, the same on every browser that has them) and marks the extension's own start at install.
 * Readers do the same on every read, so a page that reads before the migration ran sees the same record.
 */
export function eventsV1toV2(old: unknown, meta: Meta | null): unknown {
  return Array.isArray(old) ? repairRecord(old, {}, meta).events : old;
}

/** Current version of each item that has ever changed shape, and the steps to reach it. */
export const PEOPLE_VERSION = 2;
export const peopleMigrations: Record<number, (old: unknown) => unknown> = { 2: peopleV1toV2 };
export const EVENTS_VERSION = 2;
