import * as v from 'valibot';
import { EVENT_ID, type EventRecord, normalizeRecord, type RecordedEvent, type Tombstones } from '@/src/core';
import { DaySchema, MomentSchema, StoredEventSchema } from './event-schema';
import { chunkText, storedBytes } from './sync-bundle';

/**
 * The shared part of her record as it travels through the browser's sync storage: compact JSON text (times in
 * base 36, a tally's counts as one line), cut into items under the per-item quota, apart from the list and plan
 * (sync-bundle.ts) so that either one being unreadable leaves the other working. Pure: sync.ts reads and writes.
 *
 * Keys: `nc.r.meta` = { v, n, h } (format version, slice count, hash of the whole text) and `nc.r.0` … so a
 * browser that reads slices from two different writes (sync delivers items one by one) sees the hash differ and
 * waits for the rest instead of taking a mix.
 */

export const RECORD_FORMAT = 1;
export const RECORD_META_KEY = 'nc.r.meta';
export const recordSliceKey = (i: number) => `nc.r.${i}`;
const isRecordKey = (key: string) => key.startsWith('nc.r.');

export interface RecordMeta {
  v: number;
  n: number;
  h: string;
}

/** FNV-1a over the text's UTF-16 units: enough to tell two writes apart, not a secret. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const b36 = (n: number) => Math.round(n).toString(36);
const fromB36 = (s: string) => Number.parseInt(s, 36);
/** Counts as one line: base 36, an empty place for a day without (`3,1,,2`). */
const line = (counts: readonly number[]) => counts.map((n) => (n ? b36(n) : '')).join(',');
const unline = (text: string) => text.split(',').map((n) => (n ? fromB36(n) : 0));
/** Without empty fields at the end (past the id and the time, which always stay). */
const trimEnd = <T>(tuple: T[]) => {
  while (tuple.length > 2 && (tuple[tuple.length - 1] === '' || tuple[tuple.length - 1] === 0)) tuple.pop();
  return tuple;
};

/** The time an id was made from (see core/event-ids.ts), for the kinds whose ids carry one. */
function idTime(id: string): number | undefined {
  const time = /^[cmns]([0-9a-z]+)(?:[.-]|$)/.exec(id);
  return time ? fromB36(time[1] as string) : undefined;
}

/**
 * One event as a short list, its kind told by its id's first letter; its time left empty when the id already
 * says it, a slip's profile as its place in the record's list of them (`keys`, counted from 1).
 */
function toTuple(e: RecordedEvent, keys: Map<string, number>): (string | number)[] | undefined {
  const head = [e.id, idTime(e.id) === e.at ? '' : b36(e.at)];
  switch (e.type) {
    case 'start':
      return trimEnd([...head, e.since, e.install ? 1 : 0]);
    case 'contact':
      return head;
    case 'slip':
      return trimEnd([...head, e.key === undefined ? 0 : keyNumber(keys, e.key), e.moment ?? '']);
    case 'milestone':
      return [...head, e.days, b36(e.streakStart)];
    case 'urge-tally':
      return trimEnd([...head, e.from, line(e.counts), line(e.search ?? []), line(e.contact ?? [])]);
    default:
      return undefined;
  }
}

function keyNumber(keys: Map<string, number>, key: string): number {
  const known = keys.get(key);
  if (known !== undefined) return known;
  keys.set(key, keys.size + 1);
  return keys.size;
}

const B36 = v.pipe(v.string(), v.regex(/^[0-9a-z]{1,11}$/), v.transform(fromB36));
const Id = v.pipe(v.string(), v.maxLength(64), v.regex(EVENT_ID));
const Line = v.pipe(v.string(), v.regex(/^[0-9a-z,]*$/), v.transform(unline));
const Text = v.pipe(v.string(), v.maxLength(300));

/** Each kind's tuple, read back into an event (then checked as any stored event is). */
const TUPLES: Record<string, v.GenericSchema<unknown, object>> = {
  n: v.pipe(
    v.tuple([Id, B36, DaySchema, v.optional(v.literal(1))]),
    v.transform(([id, at, since, install]) => ({
      id,
      type: 'start',
      at,
      since,
      ...(install ? { install: true } : {}),
    })),
  ),
  c: v.pipe(
    v.tuple([Id, B36]),
    v.transform(([id, at]) => ({ id, type: 'contact', at })),
  ),
  s: v.pipe(
    v.tuple([
      Id,
      B36,
      v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
      v.optional(v.union([MomentSchema, v.literal('')]), ''),
    ]),
    v.transform(([id, at, key, moment]) => ({
      id,
      type: 'slip',
      at,
      ...(key ? { key } : {}),
      ...(moment ? { moment } : {}),
    })),
  ),
  m: v.pipe(
    v.tuple([Id, B36, v.number(), B36]),
    v.transform(([id, at, days, streakStart]) => ({ id, type: 'milestone', at, days, streakStart })),
  ),
  t: v.pipe(
    v.tuple([Id, B36, DaySchema, Line, v.optional(Line, ''), v.optional(Line, '')]),
    v.transform(([id, at, from, counts, search, contact]) => ({
      id,
      type: 'urge-tally',
      at,
      from,
      counts,
      ...(search.length && search.some(Boolean) ? { search } : {}),
      ...(contact.length && contact.some(Boolean) ? { contact } : {}),
    })),
  ),
};

const WireSchema = v.strictObject({
  e: v.array(v.array(v.union([v.string(), v.number()]))),
  x: v.array(v.tuple([Id, B36])),
  k: v.optional(v.array(Text), []),
});

export function recordText(record: EventRecord): string {
  const keys = new Map<string, number>();
  const e = record.events.flatMap((event) => {
    const tuple = toTuple(event, keys);
    return tuple ? [tuple] : [];
  });
  const x = Object.entries(record.deleted).map(([id, at]) => [id, b36(at)]);
  return JSON.stringify(keys.size > 0 ? { e, x, k: [...keys.keys()] } : { e, x });
}

function readTuple(tuple: (string | number)[], keys: readonly string[]): RecordedEvent | undefined {
  const [id, at] = tuple;
  const schema = typeof id === 'string' ? TUPLES[id[0] ?? ''] : undefined;
  const time = at === '' && typeof id === 'string' ? idTime(id) : undefined;
  const full = time === undefined ? tuple : [id as string, b36(time), ...tuple.slice(2)];
  const parsed = schema && v.safeParse(schema, full);
  if (!parsed?.success) return undefined;
  const event = parsed.output as { type: string; key?: number | string };
  if (event.type === 'slip' && event.key !== undefined) {
    event.key = keys[(event.key as number) - 1];
    if (event.key === undefined) return undefined;
  }
  const stored = v.safeParse(StoredEventSchema, event);
  return stored.success && stored.output.id !== undefined ? (stored.output as RecordedEvent) : undefined;
}

/** The record in a text written by recordText, or undefined if any of it cannot be read. */
export function readRecordText(text: string): EventRecord | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const wire = v.safeParse(WireSchema, json);
  if (!wire.success) return undefined;
  const events: RecordedEvent[] = [];
  for (const tuple of wire.output.e) {
    const event = readTuple(tuple, wire.output.k);
    if (!event) return undefined;
    events.push(event);
  }
  const deleted: Tombstones = {};
  for (const [id, at] of wire.output.x) deleted[id] = at;
  return normalizeRecord(events, deleted);
}

export interface EncodedRecord {
  items: Record<string, unknown>;
  meta: RecordMeta;
  /** Bytes it takes in sync storage, as the quota counts them (key + JSON of the value). */
  bytes: number;
}

export function encodeRecord(record: EventRecord): EncodedRecord {
  const text = recordText(record);
  const slices = chunkText(text);
  const items: Record<string, unknown> = {};
  slices.forEach((slice, i) => {
    items[recordSliceKey(i)] = slice;
  });
  const meta: RecordMeta = { v: RECORD_FORMAT, n: slices.length, h: textHash(text) };
  items[RECORD_META_KEY] = meta;
  return { items, meta, bytes: storedBytes(items) };
}

export type DecodedRecord =
  | { kind: 'absent' }
  | { kind: 'ok'; record: EventRecord; meta: RecordMeta }
  /** Written by a newer version of No Contact: left for it to read. */
  | { kind: 'newer' }
  /** Slices missing or from two writes, or text that is not a record: another browser may be mid-write. */
  | { kind: 'unreadable' };

const MetaSchema = v.object({
  v: v.pipe(v.number(), v.integer(), v.minValue(1)),
  n: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(512)),
  h: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
});

export function decodeRecord(items: Record<string, unknown>): DecodedRecord {
  const raw = items[RECORD_META_KEY];
  if (raw === undefined) {
    return Object.keys(items).some(isRecordKey) ? { kind: 'unreadable' } : { kind: 'absent' };
  }
  const meta = v.safeParse(MetaSchema, raw);
  if (!meta.success) return { kind: 'unreadable' };
  if (meta.output.v > RECORD_FORMAT) return { kind: 'newer' };
  let text = '';
  for (let i = 0; i < meta.output.n; i++) {
    const slice = items[recordSliceKey(i)];
    if (typeof slice !== 'string') return { kind: 'unreadable' };
    text += slice;
  }
  if (textHash(text) !== meta.output.h) return { kind: 'unreadable' };
  const record = readRecordText(text);
  return record ? { kind: 'ok', record, meta: meta.output } : { kind: 'unreadable' };
}
