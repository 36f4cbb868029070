import * as v from 'valibot';
import { EVENT_ID, type EventId, MAX_NAMES, type NoContactEvent, type Tombstones } from '@/src/core';
import { MomentSchema } from './event-schema';
import {
  type Expect,
  IdSchema,
  type JournalEntry,
  MAX_NAME,
  MAX_TEXT,
  NameSchema,
  type Person,
  type Plan,
  type SameAs,
  type Settings,
  TargetSchema,
  text,
  whole,
} from './schemas';

/**
 * The export file, checked strictly on import: unlike the stored-value schemas (which repair), a wrong
 * type or an unknown field here is an error she is told about, and nothing is changed.
 */

export const EXPORT_FORMAT = 'no-contact';
/** 2: events carry their ids, and the file carries the ids of events she deleted. Version 1 files still import. */
export const EXPORT_VERSION = 2;
export const MAX_IMPORT_BYTES = 1024 * 1024;

const time = v.pipe(v.number(), v.finite());
const list = <S extends v.GenericSchema>(item: S, max: number) => v.pipe(v.array(item), v.maxLength(max));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const id = v.pipe(v.string(), v.maxLength(64), v.regex(EVENT_ID));
const counts = list(v.pipe(v.number(), v.integer(), v.minValue(0)), 40_000);

const StrictProfile = v.strictObject({
  id: IdSchema,
  target: TargetSchema,
  input: text(2000),
  addedAt: time,
  paused: v.boolean(),
});

const StrictPerson = v.strictObject({
  id: IdSchema,
  name: text(MAX_NAME),
  paused: v.boolean(),
  profiles: list(StrictProfile, 2000),
  // Files exported before names existed have none.
  names: v.optional(list(NameSchema, MAX_NAMES), () => []),
  // Files exported before feeds were folded: hidden from her feeds, as a new person is.
  hideFromFeeds: v.optional(v.boolean(), true),
});

const StrictPlan = v.strictObject({
  text: v.nullable(text(MAX_TEXT)),
  reasons: list(text(500), 50),
  goalDays: whole(1, 3650),
  friend: v.strictObject({ name: text(MAX_NAME), link: text(500) }),
});

const StrictSettings = v.strictObject({
  countdownSeconds: whole(0, 600),
  allowanceMinutes: whole(1, 120),
  strict: v.boolean(),
  delayHours: v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 14)),
  foldFeeds: v.optional(v.boolean(), true),
});

/** Every event has its id from version 2 on; in a version 1 file none has. */
const idField = { id: v.optional(id) };

const visitFields = {
  ...idField,
  at: time,
  key: v.optional(text(300)),
  visit: v.optional(text(64)),
  moment: v.optional(MomentSchema),
};

const StrictEvent = v.variant('type', [
  v.strictObject({ type: v.literal('urge'), ...visitFields }),
  v.strictObject({ type: v.literal('slip'), ...visitFields }),
  v.strictObject({ type: v.literal('contact'), ...idField, at: time }),
  v.strictObject({
    type: v.literal('start'),
    ...idField,
    at: time,
    since: day,
    install: v.optional(v.literal(true)),
  }),
  v.strictObject({ type: v.literal('gap'), ...idField, at: time, from: time, to: time }),
  v.strictObject({ type: v.literal('clock-back'), ...idField, at: time, from: time }),
  v.strictObject({ type: v.literal('milestone'), ...idField, at: time, days: v.number(), streakStart: time }),
  v.strictObject({
    type: v.literal('urge-day'),
    ...idField,
    at: time,
    day,
    count: v.pipe(v.number(), v.integer()),
    moment: v.optional(MomentSchema),
  }),
  v.strictObject({
    type: v.literal('folded-day'),
    ...idField,
    at: time,
    day,
    count: v.pipe(v.number(), v.integer()),
  }),
  v.strictObject({
    type: v.literal('urge-tally'),
    ...idField,
    at: time,
    from: day,
    counts,
    search: v.optional(counts),
    contact: v.optional(counts),
  }),
]);

const StrictJournal = v.strictObject({ id: IdSchema, at: time, text: text(MAX_TEXT) });

export const ExportFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.picklist([1, EXPORT_VERSION]),
  exportedAt: time,
  people: list(StrictPerson, 200),
  plan: StrictPlan,
  settings: StrictSettings,
  events: list(StrictEvent, 50_000),
  journal: list(StrictJournal, 5000),
  /** Since version 2: events she deleted, by id, with when. */
  deleted: v.optional(v.record(id, time)),
});

export type ExportFile = v.InferOutput<typeof ExportFileSchema>;

/** What an import hands on is what the stored schemas hold. */
export type ExportMatchesStore = Expect<
  SameAs<
    Omit<ExportFile, 'format' | 'version' | 'exportedAt'>,
    {
      people: Person[];
      plan: Plan;
      settings: Settings;
      events: (NoContactEvent & { id?: EventId })[];
      journal: JournalEntry[];
      deleted?: Tombstones;
    }
  >
>;
