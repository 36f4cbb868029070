import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { localDay, targetKey } from '@/src/core';
import { recordStart } from './events';
import {
  deletedEventsItem,
  deviceItem,
  eventsItem,
  journalItem,
  metaItem,
  pendingItem,
  peopleItem,
  planItem,
  removedItem,
  settingsItem,
  syncEnabledItem,
  syncStatusItem,
} from './items';
import {
  applyChange,
  applyDue,
  type ChangeRequest,
  cancel,
  dropSettings,
  isWeakening,
  nextDueAt,
  type PendingChange,
  schedule,
  splitSettings,
} from './pending-rules';
import { readPeople } from './people';
import { readSettings } from './plan';
import { repairSettings } from './repair';
import { IdSchema, type Person, readAs, type Settings } from './schemas';
import { slipAnswersItem } from './slip-answers';

export type { ChangeRequest, PendingChange, PendingKind } from './pending-rules';

const PendingSchema = v.object({
  id: IdSchema,
  kind: v.picklist([
    'remove-profile',
    'pause-profile',
    'remove-person',
    'pause-person',
    'remove-name',
    'show-in-feeds',
    'settings',
    'reset',
  ]),
  // Copied field by field, leaving behind keys that would reach a prototype (`__proto__`, `constructor`).
  payload: v.record(v.string(), v.unknown()),
  requestedAt: v.number(),
  effectiveAt: v.number(),
});

function wellFormed(change: v.InferOutput<typeof PendingSchema>): boolean {
  const p = change.payload;
  switch (change.kind) {
    case 'remove-profile':
    case 'pause-profile':
      return typeof p.profileId === 'string';
    case 'remove-person':
    case 'pause-person':
    case 'show-in-feeds':
      return typeof p.personId === 'string';
    case 'remove-name':
      return typeof p.personId === 'string' && typeof p.name === 'string';
    default:
      return true;
  }
}

/** The waiting changes; malformed entries are dropped (they could only ever weaken). */
export async function readPending(): Promise<PendingChange[]> {
  const raw = await pendingItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = readAs(PendingSchema, entry);
    return parsed && wellFormed(parsed) ? [parsed as PendingChange] : [];
  });
}

/** Target keys that were in `before` and are gone from `after`, stamped `now`, so sync won't resurrect them. */
async function rememberRemoved(
  before: readonly Person[],
  after: readonly Person[],
  now: number,
): Promise<void> {
  const kept = new Set(after.flatMap((p) => p.profiles.map((pr) => targetKey(pr.target))));
  const gone = before
    .flatMap((p) => p.profiles.map((pr) => targetKey(pr.target)))
    .filter((k) => !kept.has(k));
  if (gone.length === 0) return;
  const removed = { ...(await removedItem.getValue()) };
  for (const key of gone) removed[key] = now;
  await removedItem.setValue(removed);
}

export type RequestOutcome = { applied: true } | { applied: false; change: PendingChange };

/**
 * She asks to remove or pause something, or to reset. If that weakens her protection it waits for the
 * delay in force now; otherwise (it was already paused, say) it happens at once.
 */
export async function requestChange(request: ChangeRequest, now: number): Promise<RequestOutcome> {
  const [people, settings, pending] = await Promise.all([readPeople(), readSettings(), readPending()]);
  if (isWeakening(request, people, settings) && settings.delayHours > 0) {
    const id = crypto.randomUUID();
    const next = schedule(pending, request, now, settings, id);
    await pendingItem.setValue(next);
    // Asked again for something already waiting: the earlier request stands.
    const change =
      next.find((c) => c.id === id) ??
      next.find(
        (c) => c.kind === request.kind && JSON.stringify(c.payload) === JSON.stringify(request.payload),
      );
    return change ? { applied: false, change } : { applied: true };
  }
  if (request.kind === 'reset') {
    await resetEverything(now);
    return { applied: true };
  }
  const state = applyChange({ people, settings }, request);
  await rememberRemoved(people, state.people, now);
  await storage.setItems([
    { item: peopleItem, value: state.people },
    { item: settingsItem, value: state.settings },
  ]);
  return { applied: true };
}

export interface SettingsOutcome {
  /** Settings that applied at once (stronger protection, or no change in strength). */
  immediate: Partial<Settings>;
  /** The scheduled change for the rest, if any. */
  pending?: PendingChange;
}

/** Saves the friction settings: stronger values now, weaker ones after the delay in force now. */
export async function saveSettings(next: Partial<Settings>, now: number): Promise<SettingsOutcome> {
  const [settings, pending] = await Promise.all([readSettings(), readPending()]);
  const { immediate, delayed } = splitSettings(settings, next);
  let list = dropSettings(pending, Object.keys(immediate) as (keyof Settings)[]);
  let scheduled: PendingChange | undefined;
  if (Object.keys(delayed).length > 0) {
    if (settings.delayHours > 0) {
      const id = crypto.randomUUID();
      list = schedule(list, { kind: 'settings', payload: delayed }, now, settings, id);
      scheduled = list.find((c) => c.id === id);
    } else Object.assign(immediate, delayed);
  }
  if (Object.keys(immediate).length > 0)
    await settingsItem.setValue(repairSettings({ ...settings, ...immediate }));
  await pendingItem.setValue(list);
  return { immediate, pending: scheduled };
}

/**
 * His posts folded away in her feeds again: strengthening, so at once, and a request to show them that is still
 * waiting is called off (it would undo this when due).
 */
export async function hideInFeeds(personId: string): Promise<void> {
  const [people, pending] = await Promise.all([readPeople(), readPending()]);
  for (const person of people) if (person.id === personId) person.hideFromFeeds = true;
  const kept = pending.filter((c) => !(c.kind === 'show-in-feeds' && c.payload.personId === personId));
  await storage.setItems([
    { item: peopleItem, value: people },
    { item: pendingItem, value: kept },
  ]);
}

export async function cancelPending(id: string): Promise<void> {
  await pendingItem.setValue(cancel(await readPending(), id));
}

/** When the next change falls due (for the alarm), if any. */
export async function nextPendingAt(): Promise<number | undefined> {
  return nextDueAt(await readPending());
}

/** Applies every change whose time has come; returns what was applied. Safe to run often and twice. */
export async function applyDuePending(now: number, timeZone: string): Promise<PendingChange[]> {
  const pending = await readPending();
  if (!pending.some((p) => p.effectiveAt <= now)) return [];
  const [people, settings] = await Promise.all([readPeople(), readSettings()]);
  const result = applyDue({ people, settings }, pending, now);
  if (result.reset) {
    await resetEverything(now, timeZone);
    return result.applied;
  }
  await rememberRemoved(people, result.state.people, now);
  // One write: a page never sees the change applied while it is still listed as waiting.
  await storage.setItems([
    { item: peopleItem, value: result.state.people },
    { item: settingsItem, value: result.state.settings },
    { item: pendingItem, value: result.pending },
  ]);
  return result.applied;
}

/** Everything back to a fresh install: her list, plan, settings, history and journal are gone. */
export async function resetEverything(
  now: number,
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
) {
  await Promise.all([
    peopleItem.removeValue(),
    planItem.removeValue(),
    settingsItem.removeValue(),
    eventsItem.removeValue(),
    deletedEventsItem.removeValue(),
    journalItem.removeValue(),
    pendingItem.removeValue(),
    slipAnswersItem.removeValue(),
    syncStatusItem.removeValue(),
    // A new tag: what this browser records from now on is not mistaken for what it shared before.
    deviceItem.removeValue(),
    // A fresh start on this device: sync goes off, or other devices would bring everything back.
    syncEnabledItem.setValue(false),
  ]);
  const installDay = localDay(now, timeZone);
  await metaItem.setValue({ installedAt: now, installDay });
  await recordStart(installDay, now, true);
}
