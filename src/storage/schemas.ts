import { PLATFORMS, type Target } from '@/src/core';
import { bool, fields, list, nullable, num, oneOf, orElse, type Shape, text, variant } from './shape';

/** Shapes of what is stored, checked on every read and on import: bad fields fall back, the rest is kept. */

const MAX_TEXT = 20_000;
const MAX_NAME = 80;

export interface Profile {
  id: string;
  target: Target;
  /** What she typed or pasted. */
  input: string;
  addedAt: number;
  paused: boolean;
}

export interface Person {
  id: string;
  name: string;
  /** Since version 2 of `local:people`: the whole person paused at once. */
  paused: boolean;
  profiles: Profile[];
}

export interface Plan {
  /** null: the default plan, shown in her language. */
  text: string | null;
  reasons: string[];
  goalDays: number;
  friend: { name: string; link: string };
}

export interface Settings {
  countdownSeconds: number;
  allowanceMinutes: number;
  strict: boolean;
  delayHours: number;
}

export interface JournalEntry {
  id: string;
  at: number;
  text: string;
}

export const id = text(64, 1);

export const TargetSchema = variant<Target>('kind', {
  profile: fields({ kind: oneOf(['profile'] as const), platform: oneOf(PLATFORMS), handle: text(200, 1) }),
  site: fields({ kind: oneOf(['site'] as const), host: text(253, 1), path: text(2000, 0, /^\//) }),
});

export const ProfileSchema = fields<Profile>({
  id,
  target: TargetSchema,
  input: orElse(text(2000), ''),
  addedAt: orElse(num(), 0),
  paused: orElse(bool, false),
});

/** A person's profiles are checked one by one (repair.ts), so one bad profile costs only itself. */
export const PersonSchema = fields<Omit<Person, 'profiles'> & { profiles: unknown[] }>({
  id,
  name: orElse(text(MAX_NAME), ''),
  paused: orElse(bool, false),
  profiles: orElse(
    list((entry) => entry),
    [],
  ),
});

export const FriendSchema = fields<Plan['friend']>({
  name: orElse(text(MAX_NAME), ''),
  link: orElse(text(500), ''),
});

export const PlanSchema = fields<Plan>({
  text: orElse(nullable(text(MAX_TEXT)), null),
  reasons: orElse(list(text(500), 50), []),
  goalDays: orElse(num(1, 3650, true), 14),
  friend: orElse(FriendSchema, { name: '', link: '' }),
});

export const SettingsSchema = fields<Settings>({
  countdownSeconds: orElse(num(0, 600, true), 30),
  allowanceMinutes: orElse(num(1, 120, true), 10),
  strict: orElse(bool, false),
  delayHours: orElse(num(0, 24 * 14), 24),
});

export const JournalEntrySchema: Shape<JournalEntry> = fields<JournalEntry>({
  id,
  at: num(),
  text: text(MAX_TEXT),
});
