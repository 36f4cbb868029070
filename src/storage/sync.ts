import { browser } from 'wxt/browser';
import { peopleItem, planItem, removedItem, settingsItem, syncEnabledItem, syncSeenItem } from './items';
import { readPeople } from './people';
import { repairPeople } from './repair';
import { chunkKey, decodeBundle, encodeBundle, META_KEY, mergeBundles, type SyncBundle } from './sync-bundle';

/**
 * Keeps people, profiles, plan and settings in the browser's sync storage when she turns it on, so her
 * other computers are protected too. Journal, history and pending changes stay on this device.
 */

export type SyncOutcome = 'ok' | 'off' | 'too-big' | 'failed';

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

let queue: Promise<SyncOutcome> = Promise.resolve('ok');

/** Takes what other devices wrote (merging, never losing a profile), then writes what this one has. */
export function syncNow(now: number): Promise<SyncOutcome> {
  queue = queue.then(
    () => runSync(now),
    () => runSync(now),
  );
  return queue;
}

async function runSync(now: number): Promise<SyncOutcome> {
  // Only her explicit `true` turns sync on: a hand-edited or corrupted value ("false", 1, {}) keeps it off.
  if ((await syncEnabledItem.getValue()) !== true) return 'off';
  try {
    const remote = decodeBundle(await browser.storage.sync.get(null));
    const seen = await syncSeenItem.getValue();
    let local = await localBundle();
    if (remote && remote.meta.at > seen) {
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
    if (remote && same(remote.bundle, local)) return 'ok';
    const encoded = encodeBundle(local, Math.max(now, (remote?.meta.at ?? 0) + 1));
    if (!encoded.ok) return 'too-big';
    await browser.storage.sync.set(encoded.items);
    const stale = Array.from({ length: Math.max(0, (remote?.meta.n ?? 0) - encoded.meta.n) }, (_, i) =>
      chunkKey(encoded.meta.n + i),
    );
    if (stale.length > 0) await browser.storage.sync.remove(stale);
    await syncSeenItem.setValue(encoded.meta.at);
    return 'ok';
  } catch {
    return 'failed';
  }
}

/** Her choice for this device; turning it on merges with what other devices synced. */
export async function setSyncEnabled(enabled: boolean, now: number): Promise<SyncOutcome> {
  await syncEnabledItem.setValue(enabled);
  if (!enabled) return 'off';
  await syncSeenItem.setValue(0);
  return syncNow(now);
}

/** Background: sync after every local change to what is synced, and whenever another device writes. */
export function watchSync(clock: () => number): void {
  const run = () => void syncNow(clock());
  for (const item of [peopleItem, planItem, settingsItem, removedItem, syncEnabledItem]) item.watch(run);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && META_KEY in changes) run();
  });
  run();
}
