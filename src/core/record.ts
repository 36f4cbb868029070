import { ownerOf } from './event-ids';
import type { EventId, Millis, RecordedEvent } from './events';

/**
 * Her record as her browsers merge it: events by identity, and the ids of events she deleted (tombstones, with
 * when), so that a deletion on one browser stays a deletion on all (a tally of urges is never deleted: it is
 * rewritten by its own browser). The merge is a join: the same in any order
 * and grouping, and merging what is already there changes nothing, so browsers that exchange records in any
 * way end up with the same one.
 */
export interface EventRecord {
  /** In time order (ties by id). */
  events: RecordedEvent[];
  deleted: Tombstones;
}

export type Tombstones = Record<EventId, Millis>;

/** JSON with keys in order, so that equal values read alike whatever order their fields were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? '';
}

function daysCovered(e: RecordedEvent): number {
  return e.type === 'urge-tally' ? e.counts.length : 0;
}

/**
 * Two versions of one event, joined. A tally is rewritten by its browser: the later one stands (then the one
 * covering more days, then the larger text, so every browser picks the same). Other events never change, but a
 * copy may lack a field it was sent without (a slip's visit): the join keeps every field, and should two copies
 * ever disagree on one, the larger value, the same on every browser.
 */
export function joinVersions(a: RecordedEvent, b: RecordedEvent): RecordedEvent {
  if (a.type !== b.type) return a.type > b.type ? a : b;
  if (a.type === 'urge-tally') {
    const order = a.at - b.at || daysCovered(a) - daysCovered(b) || (canonical(a) >= canonical(b) ? 1 : -1);
    return order >= 0 ? a : b;
  }
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    out[key] = mine === undefined || canonical(value) > canonical(mine) ? value : mine;
  }
  return out as RecordedEvent;
}

/** In time order; the same instant by id, so every browser lists her record alike. */
export function byTime(a: RecordedEvent, b: RecordedEvent): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * A record as it is kept: one version per id, deleted events gone, and the urges of another browser gone
 * where that browser's tally counts them (its urges can reach here one by one through an export of hers).
 */
export function normalizeRecord(events: readonly RecordedEvent[], deleted: Tombstones): EventRecord {
  const byId = new Map<EventId, RecordedEvent>();
  for (const e of events) {
    // A tally is rewritten by its browser, never deleted: it always stands for that browser's urges.
    if (Object.hasOwn(deleted, e.id) && e.type !== 'urge-tally') continue;
    const known = byId.get(e.id);
    byId.set(e.id, known ? joinVersions(known, e) : e);
  }
  const tallied = new Set<string | undefined>();
  for (const e of byId.values()) if (e.type === 'urge-tally') tallied.add(ownerOf(e.id));
  const superseded = (e: RecordedEvent) => {
    const owner = ownerOf(e.id);
    return (e.type === 'urge' || e.type === 'urge-day') && owner !== undefined && tallied.has(owner);
  };
  const kept = [...byId.values()].filter((e) => !superseded(e));
  return { events: kept.sort(byTime), deleted: { ...deleted } };
}

/** Tombstones of both, each at its later time. */
export function mergeTombstones(a: Tombstones, b: Tombstones): Tombstones {
  const out: Tombstones = { ...a };
  for (const [id, at] of Object.entries(b)) out[id] = Math.max(out[id] ?? Number.NEGATIVE_INFINITY, at);
  return out;
}

/** Every event and tombstone of both records, joined (see joinVersions and normalizeRecord). */
export function mergeRecords(a: EventRecord, b: EventRecord): EventRecord {
  return normalizeRecord([...a.events, ...b.events], mergeTombstones(a.deleted, b.deleted));
}
