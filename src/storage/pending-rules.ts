import type { Person, Settings } from './schemas';

/**
 * The commitment delay, as pure decisions. Anything that weakens her protection waits for the delay that
 * was in force when she asked; anything that strengthens it applies at once. No browser here: pending.ts
 * reads and writes, this decides.
 */

export type PendingChange =
  | PendingBase<'remove-profile', { profileId: string }>
  | PendingBase<'pause-profile', { profileId: string }>
  | PendingBase<'remove-person', { personId: string }>
  | PendingBase<'pause-person', { personId: string }>
  /** One of her names for him, as she typed it: searches for it are no longer caught. */
  | PendingBase<'remove-name', { personId: string; name: string }>
  /** His posts shown in her feeds again (his "Hide from my feeds" turned off). */
  | PendingBase<'show-in-feeds', { personId: string }>
  | PendingBase<'settings', Partial<Settings>>
  | PendingBase<'reset', Record<string, never>>;

interface PendingBase<K extends string, P> {
  id: string;
  kind: K;
  payload: P;
  requestedAt: number;
  effectiveAt: number;
}

export type PendingKind = PendingChange['kind'];

/** A change she asks for, before it is given an id and a time. */
export type ChangeRequest = {
  [K in PendingKind]: Pick<Extract<PendingChange, { kind: K }>, 'kind' | 'payload'>;
}[PendingKind];

export const HOUR_MS = 3_600_000;

export function delayMs(settings: Pick<Settings, 'delayHours'>): number {
  return Math.max(0, settings.delayHours) * HOUR_MS;
}

type SettingKey = keyof Settings;

/** For each setting: does going from `from` to `to` weaken her protection? */
const WEAKENS: { [K in SettingKey]: (from: Settings[K], to: Settings[K]) => boolean } = {
  countdownSeconds: (from, to) => to < from,
  allowanceMinutes: (from, to) => to > from,
  strict: (from, to) => from && !to,
  delayHours: (from, to) => to < from,
  foldFeeds: (from, to) => from && !to,
};

/** Splits a settings edit into what applies now (stronger or equal) and what must wait (weaker). */
export function splitSettings(
  current: Settings,
  next: Partial<Settings>,
): { immediate: Partial<Settings>; delayed: Partial<Settings> } {
  const immediate: Record<string, unknown> = {};
  const delayed: Record<string, unknown> = {};
  for (const key of Object.keys(WEAKENS) as SettingKey[]) {
    const to = next[key];
    if (to === undefined || to === current[key]) continue;
    const weakens = (WEAKENS[key] as (a: unknown, b: unknown) => boolean)(current[key], to);
    (weakens ? delayed : immediate)[key] = to;
  }
  return { immediate: immediate as Partial<Settings>, delayed: delayed as Partial<Settings> };
}

function findProfile(people: readonly Person[], profileId: string) {
  for (const person of people) {
    const profile = person.profiles.find((p) => p.id === profileId);
    if (profile) return { person, profile };
  }
  return undefined;
}

/** Would this change, applied now, leave fewer pages blocked or less friction? */
export function isWeakening(request: ChangeRequest, people: readonly Person[], settings: Settings): boolean {
  switch (request.kind) {
    case 'remove-profile':
    case 'pause-profile': {
      const found = findProfile(people, request.payload.profileId);
      return !!found && !found.person.paused && !found.profile.paused;
    }
    case 'remove-person':
    case 'pause-person': {
      const person = people.find((p) => p.id === request.payload.personId);
      return !!person && !person.paused && person.profiles.some((p) => !p.paused);
    }
    case 'remove-name': {
      const person = people.find((p) => p.id === request.payload.personId);
      return !!person && !person.paused && person.names.includes(request.payload.name);
    }
    case 'show-in-feeds': {
      const person = people.find((p) => p.id === request.payload.personId);
      return !!person && person.hideFromFeeds && settings.foldFeeds;
    }
    case 'settings':
      return Object.keys(splitSettings(settings, request.payload).delayed).length > 0;
    case 'reset':
      return true;
  }
}

function samePendingTarget(a: ChangeRequest, b: ChangeRequest): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'settings' || a.kind === 'reset') return a.kind === 'reset';
  return JSON.stringify(a.payload) === JSON.stringify(b.payload);
}

/**
 * Adds a weakening change to the list. Asking again for something already pending keeps the first
 * request and its time (asking twice does not make it sooner or later). A new settings request
 * replaces earlier pending values for the same settings: her latest wish is the one that counts.
 */
export function schedule(
  pending: readonly PendingChange[],
  request: ChangeRequest,
  now: number,
  settings: Settings,
  id: string,
): PendingChange[] {
  if (pending.some((p) => samePendingTarget(p, request))) return [...pending];
  let list = [...pending];
  if (request.kind === 'settings') list = dropSettings(list, Object.keys(request.payload) as SettingKey[]);
  const change = { ...request, id, requestedAt: now, effectiveAt: now + delayMs(settings) } as PendingChange;
  return [...list, change];
}

/** Removes the given settings from pending settings changes (a newer choice for them was made); empty ones go. */
export function dropSettings(
  pending: readonly PendingChange[],
  keys: readonly SettingKey[],
): PendingChange[] {
  if (keys.length === 0) return [...pending];
  const out: PendingChange[] = [];
  for (const change of pending) {
    if (change.kind !== 'settings') {
      out.push(change);
      continue;
    }
    const payload: Record<string, unknown> = { ...change.payload };
    for (const key of keys) delete payload[key];
    if (Object.keys(payload).length > 0) out.push({ ...change, payload: payload as Partial<Settings> });
  }
  return out;
}

export function cancel(pending: readonly PendingChange[], id: string): PendingChange[] {
  return pending.filter((p) => p.id !== id);
}

/** The changes whose time has come, oldest first, and the rest. */
export function partitionDue(
  pending: readonly PendingChange[],
  now: number,
): { due: PendingChange[]; later: PendingChange[] } {
  const due = pending.filter((p) => p.effectiveAt <= now).sort((a, b) => a.effectiveAt - b.effectiveAt);
  return { due, later: pending.filter((p) => p.effectiveAt > now) };
}

/** When the next pending change falls due, if any. */
export function nextDueAt(pending: readonly PendingChange[]): number | undefined {
  return pending.length === 0 ? undefined : Math.min(...pending.map((p) => p.effectiveAt));
}

export interface ProtectionState {
  people: Person[];
  settings: Settings;
}

/** Applies one change (pending or immediate) to people and settings. A change to something gone does nothing. */
export function applyChange(state: ProtectionState, change: ChangeRequest): ProtectionState {
  const people = state.people.map((p) => ({
    ...p,
    profiles: p.profiles.map((pr) => ({ ...pr })),
    names: [...p.names],
  }));
  switch (change.kind) {
    case 'remove-profile':
      for (const person of people)
        person.profiles = person.profiles.filter((p) => p.id !== change.payload.profileId);
      return { people, settings: state.settings };
    case 'pause-profile':
      for (const person of people)
        for (const profile of person.profiles)
          if (profile.id === change.payload.profileId) profile.paused = true;
      return { people, settings: state.settings };
    case 'remove-person':
      return { people: people.filter((p) => p.id !== change.payload.personId), settings: state.settings };
    case 'pause-person':
      for (const person of people) if (person.id === change.payload.personId) person.paused = true;
      return { people, settings: state.settings };
    case 'remove-name':
      for (const person of people)
        if (person.id === change.payload.personId)
          person.names = person.names.filter((name) => name !== change.payload.name);
      return { people, settings: state.settings };
    case 'show-in-feeds':
      for (const person of people) if (person.id === change.payload.personId) person.hideFromFeeds = false;
      return { people, settings: state.settings };
    case 'settings':
      return { people, settings: { ...state.settings, ...change.payload } };
    case 'reset':
      return state;
  }
}

/**
 * Applies every due change in time order. `reset` is reported rather than applied: clearing everything
 * is storage's job. Changes still waiting are returned as they were.
 */
export function applyDue(
  state: ProtectionState,
  pending: readonly PendingChange[],
  now: number,
): { state: ProtectionState; pending: PendingChange[]; applied: PendingChange[]; reset: boolean } {
  const { due, later } = partitionDue(pending, now);
  let next = state;
  for (const change of due) next = applyChange(next, change);
  return { state: next, pending: later, applied: due, reset: due.some((c) => c.kind === 'reset') };
}
