import * as v from 'valibot';
import { PLATFORMS } from '@/src/core';

/** Shapes of what is stored, checked on every read and on import: bad fields fall back, the rest is kept. */

const MAX_TEXT = 20_000;
const MAX_NAME = 80;

export const TargetSchema = v.variant('kind', [
  v.object({
    kind: v.literal('profile'),
    platform: v.picklist(PLATFORMS),
    handle: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  }),
  v.object({
    kind: v.literal('site'),
    host: v.pipe(v.string(), v.minLength(1), v.maxLength(253)),
    path: v.pipe(v.string(), v.startsWith('/'), v.maxLength(2000)),
  }),
]);

export const ProfileSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  target: TargetSchema,
  input: v.fallback(v.pipe(v.string(), v.maxLength(2000)), ''),
  addedAt: v.fallback(v.number(), 0),
  paused: v.fallback(v.boolean(), false),
});

export const PersonSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  name: v.fallback(v.pipe(v.string(), v.maxLength(MAX_NAME)), ''),
  /** Since version 2 of `local:people`: the whole person paused at once. */
  paused: v.fallback(v.boolean(), false),
  profiles: v.fallback(v.array(v.unknown()), []),
});

export const FriendSchema = v.object({
  name: v.fallback(v.pipe(v.string(), v.maxLength(MAX_NAME)), ''),
  link: v.fallback(v.pipe(v.string(), v.maxLength(500)), ''),
});

export const PlanSchema = v.object({
  /** null: the default plan, shown in her language. */
  text: v.fallback(v.nullable(v.pipe(v.string(), v.maxLength(MAX_TEXT))), null),
  reasons: v.fallback(v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(50)), []),
  goalDays: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)), 14),
  friend: v.fallback(FriendSchema, { name: '', link: '' }),
});

export const SettingsSchema = v.object({
  countdownSeconds: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600)), 30),
  allowanceMinutes: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)), 10),
  strict: v.fallback(v.boolean(), false),
  delayHours: v.fallback(v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 14)), 24),
});

export const JournalEntrySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  at: v.number(),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
});

export type Profile = v.InferOutput<typeof ProfileSchema>;
export type Person = Omit<v.InferOutput<typeof PersonSchema>, 'profiles'> & { profiles: Profile[] };
export type Plan = v.InferOutput<typeof PlanSchema>;
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type JournalEntry = v.InferOutput<typeof JournalEntrySchema>;
