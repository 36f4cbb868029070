import * as v from 'valibot';
import { MAX_NAMES, type NoContactEvent } from '@/src/core';
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
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 1024 * 1024;

const time = v.pipe(v.number(), v.finite());
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const list = <S extends v.GenericSchema>(item: S, max: number) => v.pipe(v.array(item), v.maxLength(max));

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
});

const visitFields = {
  at: time,
  key: v.optional(text(300)),
  visit: v.optional(text(64)),
  moment: v.optional(MomentSchema),
};

const StrictEvent = v.variant('type', [
  v.strictObject({ type: v.literal('urge'), ...visitFields }),
  v.strictObject({ type: v.literal('slip'), ...visitFields }),
  v.strictObject({ type: v.literal('contact'), at: time }),
  v.strictObject({ type: v.literal('start'), at: time, since: day }),
  v.strictObject({ type: v.literal('gap'), at: time, from: time, to: time }),
  v.strictObject({ type: v.literal('clock-back'), at: time, from: time }),
  v.strictObject({ type: v.literal('milestone'), at: time, days: v.number(), streakStart: time }),
  v.strictObject({ type: v.literal('urge-day'), at: time, day, count: v.pipe(v.number(), v.integer()) }),
]);

const StrictJournal = v.strictObject({ id: IdSchema, at: time, text: text(MAX_TEXT) });

export const ExportFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: time,
  people: list(StrictPerson, 200),
  plan: StrictPlan,
  settings: StrictSettings,
  events: list(StrictEvent, 50_000),
  journal: list(StrictJournal, 5000),
});

export type ExportFile = v.InferOutput<typeof ExportFileSchema>;

/** What an import hands on is what the stored schemas hold. */
export type ExportMatchesStore = Expect<
  SameAs<
    Omit<ExportFile, 'format' | 'version' | 'exportedAt'>,
    { people: Person[]; plan: Plan; settings: Settings; events: NoContactEvent[]; journal: JournalEntry[] }
  >
>;
