import * as v from 'valibot';
import {
  capEvents,
  type EventRecord,
  type NoContactEvent,
  normalizeRecord,
  type RecordedEvent,
  type Tombstones,
  withIds,
} from '@/src/core';
import { StoredEventSchema } from './event-schema';
import { keepValid } from './repair';
import { IdSchema, type Meta, readAs } from './schemas';

/** Any object's own fields, without keys that would reach a prototype. */
const FieldsSchema = v.record(v.string(), v.unknown());

/**
 * Whatever was read from storage, as her record: malformed entries dropped, the rest kept (repaired to their
 * known fields), each event with its id (events from before ids get theirs; see withIds), one version of each,
 * what she deleted left out, in time order and capped (see capEvents). `meta` tells the extension's own start
 * at install from a day she set, for events recorded before starts said so.
 */
export function repairRecord(
  events: unknown,
  deleted: unknown,
  meta?: Meta | null,
  maxEvents?: number,
): EventRecord {
  const valid = keepValid(StoredEventSchema, events, Number.POSITIVE_INFINITY).map(
    (e): NoContactEvent & { id?: string } =>
      e.type === 'start' &&
      e.id === undefined &&
      meta &&
      e.at === meta.installedAt &&
      e.since === meta.installDay
        ? { ...e, install: true }
        : e,
  );
  const record = normalizeRecord(withIds(valid), repairTombstones(deleted));
  return { events: capEvents(record.events, maxEvents), deleted: record.deleted };
}

/** Tombstones as stored: an id and when it was deleted; any other entry is left out. */
export function repairTombstones(value: unknown): Tombstones {
  const out: Tombstones = {};
  for (const [id, at] of Object.entries(readAs(FieldsSchema, value) ?? {})) {
    if (v.is(IdSchema, id) && typeof at === 'number' && Number.isFinite(at)) out[id] = at;
  }
  return out;
}

/** The events of a stored list (see repairRecord). */
export function repairEvents(value: unknown, maxEvents?: number): RecordedEvent[] {
  return repairRecord(value, {}, null, maxEvents).events;
}
