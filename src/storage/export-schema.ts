import * as v from 'valibot';
import { TargetSchema } from './schemas';

/**
 * The export file, checked strictly on import: unlike the stored-value schemas (which repair), a wrong
 * type here is an error she is told about, and nothing is changed.
 */

export const EXPORT_FORMAT = 'no-contact';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 1024 * 1024;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const time = v.pipe(v.number(), v.finite());
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

const StrictProfile = v.strictObject({
  id,
  target: TargetSchema,
  input: v.pipe(v.string(), v.maxLength(2000)),
  addedAt: time,
  paused: v.boolean(),
});

const StrictPerson = v.strictObject({
  id,
  name: v.pipe(v.string(), v.maxLength(80)),
  paused: v.boolean(),
  profiles: v.pipe(v.array(StrictProfile), v.maxLength(2000)),
});

const StrictPlan = v.strictObject({
  text: v.nullable(v.pipe(v.string(), v.maxLength(20_000))),
  reasons: v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(50)),
  goalDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
  friend: v.strictObject({
    name: v.pipe(v.string(), v.maxLength(80)),
    link: v.pipe(v.string(), v.maxLength(500)),
  }),
});

const StrictSettings = v.strictObject({
  countdownSeconds: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600)),
  allowanceMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)),
  strict: v.boolean(),
  delayHours: v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 14)),
});

const key = v.optional(v.pipe(v.string(), v.maxLength(300)));
const visit = v.optional(v.pipe(v.string(), v.maxLength(64)));

const StrictEvent = v.variant('type', [
  v.strictObject({ type: v.literal('urge'), at: time, key, visit }),
  v.strictObject({ type: v.literal('slip'), at: time, key, visit }),
  v.strictObject({ type: v.literal('contact'), at: time }),
  v.strictObject({ type: v.literal('start'), at: time, since: day }),
  v.strictObject({ type: v.literal('gap'), at: time, from: time, to: time }),
  v.strictObject({ type: v.literal('clock-back'), at: time, from: time }),
  v.strictObject({ type: v.literal('milestone'), at: time, days: v.number(), streakStart: time }),
  v.strictObject({ type: v.literal('urge-day'), at: time, day, count: v.pipe(v.number(), v.integer()) }),
]);

const StrictJournal = v.strictObject({ id, at: time, text: v.pipe(v.string(), v.maxLength(20_000)) });

export const ExportFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: time,
  people: v.pipe(v.array(StrictPerson), v.maxLength(200)),
  plan: StrictPlan,
  settings: StrictSettings,
  events: v.pipe(v.array(StrictEvent), v.maxLength(50_000)),
  journal: v.pipe(v.array(StrictJournal), v.maxLength(5000)),
});

export type ExportFile = v.InferOutput<typeof ExportFileSchema>;
