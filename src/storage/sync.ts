import { browser } from 'wxt/browser';
import {
  adopt,
  type EventRecord,
  fitShared,
  localDay,
  recordTime,
  sameCounts,
  sharedPart,
  tallyOf,
} from '@/src/core';
import { deviceTag, readRecord, writeRecord } from './events';
import {
  deletedEventsItem,
  eventsItem,
  metaItem,
  peopleItem,
  planItem,
  removedItem,
  type SyncProblem,
  type SyncStatus,
  settingsItem,
  syncEnabledItem,
  syncSeenItem,
  syncStatusItem,
} from './items';
import { readPeople } from './people';
import { changeRecord } from './record-lock';
import { repairPeople } from './repair';
import { MetaSchema, readAs } from './schemas';
import {
  decodeBundle,
  encodeBundle,
  isBundleKey,
  mergeBundles,
  type SyncBundle,
  storedBytes,
  TOTAL_BUDGET,
} from './sync-bundle';
import { decodeRecord, encodeRecord } from './sync-record';

/**
 * Keeps her list, plan and settings, and the shared part of her record (what her streak is derived from), in
 * the browser's sync storage when she turns it on, so her other browsers protect her the same way and show the
 * same streak. Journal, her answers about slips, pending changes, gaps and each urge stay on this device.
 *
 * Data another browser wrote that cannot be read (a newer version, slices missing or from two writes) is left
 * alone and reported (`syncStatusItem`); this browser's record is never changed by it.
 */

export type SyncOutcome = 'ok' | 'off' | SyncProblem;

/** Unreadable for this long is not another browser mid-write: this browser writes over it. */
export const UNREADABLE_GRACE_MS = 10 * 60_000;

async function localBundle(): Promise<SyncBundle> {
  const [people, plan, settings, removed] = await Promise.all([
    readPeople(),
    planItem.getValue(),
    settingsItem.getValue(),
    removedItem.getValue(),
  ]);
  return { people, plan: plan ?? {}, settings: settings ?? {}, removed: removed ?? {} };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Slices (keys `slice` reads the number of) beyond the `n` of a new write: left over from a longer one. */
function staleSlices(items: Record<string, unknown>, slice: RegExp, n: number): string[] {
  return Object.keys(items).filter((key) => Number(slice.exec(key)?.[1] ?? -1) >= n);
}

/** Writes only the items that differ from what sync holds, then removes `stale` keys. */
async function writeChanged(
  current: Record<string, unknown>,
  items: Record<string, unknown>,
  stale: string[],
): Promise<void> {
  const changed = Object.fromEntries(
    Object.entries(items).filter(([key, value]) => !same(current[key], value)),
  );
  if (Object.keys(changed).length > 0) await browser.storage.sync.set(changed);
  if (stale.length > 0) await browser.storage.sync.remove(stale);
}

/** Her list, plan and settings: merged with what other browsers wrote, then written. Returns the bytes used. */
async function syncBundle(
  items: Record<string, unknown>,
  now: number,
  canOverwrite: boolean,
): Promise<{ problem?: SyncProblem; bytes: number }> {
  const remote = decodeBundle(items);
  // Left as it is, it keeps its room in the quota.
  if (remote.kind === 'newer') return { problem: 'newer', bytes: remote.bytes };
  if (remote.kind === 'unreadable' && !canOverwrite) {
    return { problem: 'unreadable', bytes: storedBytes(items, isBundleKey) };
  }
  const seen = await syncSeenItem.getValue();
  let local = await localBundle();
  if (remote.kind === 'ok' && remote.meta.at > seen) {
    const merged = mergeBundles(remote.bundle, local, now);
    merged.people = repairPeople(merged.people);
    if (!same(merged, local)) {
      await Promise.all([
        peopleItem.setValue(merged.people),
        planItem.setValue(merged.plan),
        settingsItem.setValue(merged.settings),
        removedItem.setValue(merged.removed),
      ]);
    }
    local = merged;
    await syncSeenItem.setValue(remote.meta.at);
  }
  const previousAt = remote.kind === 'ok' ? remote.meta.at : 0;
  if (remote.kind === 'ok' && same(remote.bundle, local)) return { bytes: remote.bytes };
  const encoded = encodeBundle(local, Math.max(now, previousAt + 1));
  if (!encoded.ok) return { problem: 'too-big', bytes: 0 };
  await writeChanged(items, encoded.items, staleSlices(items, /^nc\.(\d+)$/, encoded.meta.n));
  await syncSeenItem.setValue(encoded.meta.at);
  return { bytes: encoded.bytes };
}

/**
 * Her record: what other browsers shared merged into hers (so a contact there restarts the count here), then
 * the shared part of the merged record written back, within `budget` bytes (oldest detail left out first).
 */
async function syncRecord(
  items: Record<string, unknown>,
  now: number,
  timeZone: string,
  budget: number,
  canOverwrite: boolean,
): Promise<SyncProblem | undefined> {
  const remote = decodeRecord(items);
  if (remote.kind === 'newer') return 'newer';
  if (remote.kind === 'unreadable' && !canOverwrite) return 'unreadable';
  const self = await deviceTag();
  const theirs = remote.kind === 'ok' ? remote.record : undefined;
  // Read, merged and written as one change: an urge a page records meanwhile waits, and is not overwritten.
  const local = await changeRecord(async () => {
    const current = await readRecord();
    if (!theirs) return current;
    const merged = adopt(current, theirs, self);
    if (!same(merged, current)) await writeRecord(merged);
    return merged;
  });
  const previous = remote.kind === 'ok' ? remote.record : undefined;
  const meta = readAs(MetaSchema, await metaItem.getValue());
  const fallbackDay = meta?.installDay ?? localDay(now, timeZone);
  const fits = (record: EventRecord) => encodeRecord(record).bytes <= budget;
  const build = (tallyAt: number) =>
    fitShared(sharedPart(local, self, timeZone, tallyAt), fits, timeZone, fallbackDay);
  // Her tally keeps its time while its counts stay the same, so other browsers see nothing new to take.
  const before = previous && tallyOf(previous, self);
  const stamp = recordTime([...local.events, ...(previous?.events ?? [])], now);
  let shared = build(before?.at ?? stamp);
  const mine = shared && tallyOf(shared, self);
  const unchanged = before ? mine !== undefined && sameCounts(mine, before) : mine === undefined;
  if (shared && !unchanged && before) shared = build(stamp);
  if (!shared) return 'too-big';
  const encoded = encodeRecord(shared);
  if (remote.kind === 'ok' && remote.meta.h === encoded.meta.h) return undefined;
  await writeChanged(items, encoded.items, staleSlices(items, /^nc\.r\.(\d+)$/, encoded.meta.n));
  return undefined;
}

async function runSync(now: number, timeZone: string): Promise<SyncOutcome> {
  // Only her explicit `true` turns sync on: a hand-edited or corrupted value ("false", 1, {}) keeps it off.
  if ((await syncEnabledItem.getValue()) !== true) return 'off';
  const status = await syncStatusItem.getValue();
  // What stayed unreadable past the grace period is not a write in progress: this browser's copy replaces it.
  const canOverwrite =
    status?.problem === 'unreadable' &&
    typeof status.since === 'number' &&
    now - status.since >= UNREADABLE_GRACE_MS;
  let problem: SyncProblem | undefined;
  try {
    const items = await browser.storage.sync.get(null);
    const bundle = await syncBundle(items, now, canOverwrite);
    const recordProblem = await syncRecord(items, now, timeZone, TOTAL_BUDGET - bundle.bytes, canOverwrite);
    problem = bundle.problem ?? recordProblem;
  } catch {
    problem = 'failed';
  }
  const next: SyncStatus = problem
    ? { at: now, problem, since: status?.problem === problem ? (status.since ?? now) : now }
    : { at: now };
  if (!same({ ...status, at: 0 }, { ...next, at: 0 })) await syncStatusItem.setValue(next);
  return problem ?? 'ok';
}

let queue: Promise<SyncOutcome> = Promise.resolve('ok');

/** Takes what other browsers wrote (merging, never losing anything), then writes what this one has. */
export function syncNow(now: number, timeZone: string): Promise<SyncOutcome> {
  const run = () => runSync(now, timeZone);
  queue = queue.then(run, run);
  return queue;
}

/** Her choice for this device; turning it on merges with what other devices synced. */
export async function setSyncEnabled(enabled: boolean, now: number, timeZone: string): Promise<SyncOutcome> {
  await syncEnabledItem.setValue(enabled);
  if (!enabled) {
    // Off: what was merged stays here, and nothing about sync is left to report.
    await syncStatusItem.removeValue();
    return 'off';
  }
  await syncSeenItem.setValue(0);
  return syncNow(now, timeZone);
}

/** Background: sync after every local change to what is synced, and whenever another device writes. */
export function watchSync(clock: () => number, timeZone: () => string): void {
  const run = () => void syncNow(clock(), timeZone());
  for (const item of [
    peopleItem,
    planItem,
    settingsItem,
    removedItem,
    syncEnabledItem,
    eventsItem,
    deletedEventsItem,
  ])
    item.watch(run);
  // Any of its items: sync delivers them one by one, so a slice arriving after its meta completes a write.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some((key) => key.startsWith('nc.'))) run();
  });
  run();
}
