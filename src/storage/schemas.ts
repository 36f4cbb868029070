import * as v from 'valibot';
import { type ListedTarget, MAX_NAME_LENGTH, MAX_NAMES, PLATFORMS } from '@/src/core';

/**
 * Shapes of what is stored, checked on every read: a field that is wrong falls back to its default on its own,
 * the rest of the entry is kept. The types are the schemas' outputs. New fields get a fallback, so values
 * written before them read as the default (no version bump needed).
 */

export const MAX_TEXT = 20_000;
export const MAX_NAME = 80;

/** A string of `min` to `max` UTF-16 units. */
export const text = (max: number, min = 0) => v.pipe(v.string(), v.minLength(min), v.maxLength(max));

/** An integer within [min, max]. */
export const whole = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const IdSchema = text(64, 1);

/**
 * Every shape a profile's target can have; a new kind of target adds its variant here. (Names are the person's,
 * not a profile's: see `names`.)
 */
export const TargetSchema = v.variant('kind', [
  v.object({ kind: v.literal('profile'), platform: v.picklist(PLATFORMS), handle: text(200, 1) }),
  v.object({ kind: v.literal('site'), host: text(253, 1), path: v.pipe(text(2000), v.startsWith('/')) }),
  // As the options page stores them: E.164, and a lower-case address.
  v.object({ kind: v.literal('phone'), number: v.pipe(v.string(), v.regex(/^\+[1-9]\d{1,14}$/)) }),
  v.object({ kind: v.literal('email'), address: v.pipe(text(254, 3), v.regex(/^[^\sA-Z@]+@[^\sA-Z@]+$/)) }),
]);

export const ProfileSchema = v.object({
  id: IdSchema,
  target: TargetSchema,
  /** What she typed or pasted. */
  input: v.fallback(text(2000), ''),
  addedAt: v.fallback(v.number(), 0),
  paused: v.fallback(v.boolean(), false),
});

/** One of her names for him, as she typed it. */
export const NameSchema = v.pipe(
  text(MAX_NAME_LENGTH, 1),
  v.check((name) => name.trim() !== ''),
);

/**
 * Her names for him, each checked on its own: one that is not text, or too long, is left behind, the others
 * kept. Absent in values written before names existed: none.
 */
export const NamesSchema = v.fallback(
  v.pipe(
    v.array(v.unknown()),
    v.transform((names) =>
      names.filter((name): name is string => v.is(NameSchema, name)).slice(0, MAX_NAMES),
    ),
  ),
  () => [],
);

/** A person's profiles are checked one by one (repair.ts), so one bad profile costs only itself. */
export const PersonSchema = v.object({
  id: IdSchema,
  name: v.fallback(text(MAX_NAME), ''),
  /** Since version 2 of `local:people`: the whole person paused at once. */
  paused: v.fallback(v.boolean(), false),
  profiles: v.fallback(v.array(v.unknown()), () => []),
  /** "Names he goes by" (full name, nickname, spellings): a search for one is a search for him. */
  names: NamesSchema,
  /** "Hide from my feeds": his posts, stories and mentions folded away in her feeds. On unless she turns it off. */
  hideFromFeeds: v.fallback(v.boolean(), true),
});

export const FriendSchema = v.object({
  name: v.fallback(text(MAX_NAME), ''),
  link: v.fallback(text(500), ''),
});

export const PlanSchema = v.object({
  /** null: the default plan, shown in her language. */
  text: v.fallback(v.nullable(text(MAX_TEXT)), null),
  reasons: v.fallback(v.pipe(v.array(text(500)), v.maxLength(50)), () => []),
  goalDays: v.fallback(whole(1, 3650), 14),
  // A function, so each read gets its own copy of the default to change.
  friend: v.fallback(FriendSchema, () => ({ name: '', link: '' })),
});

export const SettingsSchema = v.object({
  countdownSeconds: v.fallback(whole(0, 600), 30),
  allowanceMinutes: v.fallback(whole(1, 120), 10),
  strict: v.fallback(v.boolean(), false),
  delayHours: v.fallback(v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 14)), 24),
  /** Reminders of the people she hides from her feeds are folded away (per person: `hideFromFeeds`). */
  foldFeeds: v.fallback(v.boolean(), true),
});

export const JournalEntrySchema = v.object({
  id: IdSchema,
  at: v.number(),
  text: text(MAX_TEXT),
});

export const MetaSchema = v.object({
  installedAt: v.number(),
  /** The local day of installation: "No contact since" until she sets it. */
  installDay: v.string(),
});

export type Profile = v.InferOutput<typeof ProfileSchema>;
export type Person = Omit<v.InferOutput<typeof PersonSchema>, 'profiles'> & { profiles: Profile[] };
export type Plan = v.InferOutput<typeof PlanSchema>;
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type JournalEntry = v.InferOutput<typeof JournalEntrySchema>;
export type Meta = v.InferOutput<typeof MetaSchema>;

/** `true` when A and B are the same type: `Expect<SameAs<…>>` fails to compile otherwise. */
export type SameAs<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type Expect<T extends true> = T;

/** The target schema gives exactly core's `ListedTarget` (a new kind of target is added to both). */
export type TargetSchemaIsTarget = Expect<SameAs<v.InferOutput<typeof TargetSchema>, ListedTarget>>;

/** The value, or undefined when it cannot be read as the schema (the first problem ends the check). */
export function readAs<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, value, { abortEarly: true });
  return result.success ? result.output : undefined;
}
