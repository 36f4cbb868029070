import type { NoContactEvent } from '@/src/core';
import { id, type JournalEntry, type Person, type Plan, type Settings, TargetSchema } from './schemas';
import { bool, fields, finite, list, nullable, num, oneOf, optional, text, variant } from './shape';

/**
 * The export file, checked strictly on import: unlike the stored-value schemas (which repair), a wrong
 * type or an unknown field here is an error she is told about, and nothing is changed.
 */

export const EXPORT_FORMAT = 'no-contact';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 1024 * 1024;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: number;
  people: Person[];
  plan: Plan;
  settings: Settings;
  events: NoContactEvent[];
  journal: JournalEntry[];
}

const day = text(10, 0, /^\d{4}-\d{2}-\d{2}$/);
const integer = num(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, true);
const strict = true;

const StrictProfile = fields<Person['profiles'][number]>(
  { id, target: TargetSchema, input: text(2000), addedAt: finite, paused: bool },
  strict,
);

const StrictPerson = fields<Person>(
  { id, name: text(80), paused: bool, profiles: list(StrictProfile, 2000) },
  strict,
);

const StrictPlan = fields<Plan>(
  {
    text: nullable(text(20_000)),
    reasons: list(text(500), 50),
    goalDays: num(1, 3650, true),
    friend: fields({ name: text(80), link: text(500) }, strict),
  },
  strict,
);

const StrictSettings = fields<Settings>(
  {
    countdownSeconds: num(0, 600, true),
    allowanceMinutes: num(1, 120, true),
    strict: bool,
    delayHours: num(0, 24 * 14),
  },
  strict,
);

const key = optional(text(300));
const visit = optional(text(64));
const type = <T extends NoContactEvent['type']>(name: T) => oneOf([name] as const);

const StrictEvent = variant<NoContactEvent>('type', {
  urge: fields({ type: type('urge'), at: finite, key, visit }, strict),
  slip: fields({ type: type('slip'), at: finite, key, visit }, strict),
  contact: fields({ type: type('contact'), at: finite }, strict),
  start: fields({ type: type('start'), at: finite, since: day }, strict),
  gap: fields({ type: type('gap'), at: finite, from: finite, to: finite }, strict),
  'clock-back': fields({ type: type('clock-back'), at: finite, from: finite }, strict),
  milestone: fields({ type: type('milestone'), at: finite, days: num(), streakStart: finite }, strict),
  'urge-day': fields({ type: type('urge-day'), at: finite, day, count: integer }, strict),
});

const StrictJournal = fields<JournalEntry>({ id, at: finite, text: text(20_000) }, strict);

export const ExportFileSchema = fields<ExportFile>(
  {
    format: oneOf([EXPORT_FORMAT] as const),
    version: oneOf([EXPORT_VERSION] as const),
    exportedAt: finite,
    people: list(StrictPerson, 200),
    plan: StrictPlan,
    settings: StrictSettings,
    events: list(StrictEvent, 50_000),
    journal: list(StrictJournal, 5000),
  },
  strict,
);
