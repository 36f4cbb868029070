import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDays, bestStreak, currentStreak, localDay, noContactSince, urgesByDay } from '@/src/core';
import { deleteEvent, deviceTag, readEvents, readRecord, recordNow, recordStart } from './events';
import { exportData, importData, parseImport } from './export-import';
import { eventsItem, metaItem, syncStatusItem } from './items';
import { addJournalEntry } from './journal';
import { setSyncEnabled, syncNow, UNREADABLE_GRACE_MS } from './sync';
import { RECORD_META_KEY, recordSliceKey } from './sync-record';

const TZ = 'UTC';
const DAY = 86_400_000;
const T0 = Date.parse('2026-03-10T10:00:00Z');
const TODAY = localDay(T0, TZ);

/**
 * Two browsers of hers, signed in to the same sync: each has its own local storage (swapped in and out of the
 * fake browser), and they share the sync storage, as the browser's own sync would carry it.
 */
const locals: Record<string, Record<string, unknown>> = {};
async function on<T>(name: 'laptop' | 'phone', run: () => Promise<T>): Promise<T> {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.local.set(locals[name] ?? {});
  try {
    return await run();
  } finally {
    locals[name] = await fakeBrowser.storage.local.get(null);
  }
}

/** A fresh install at `now`, as the background sets one up, with sync turned on. */
async function install(now: number): Promise<void> {
  await metaItem.setValue({ installedAt: now, installDay: localDay(now, TZ) });
  await deviceTag();
  await recordStart(localDay(now, TZ), now, true);
  await setSyncEnabled(true, now, TZ);
}

async function streak(now: number) {
  const [events, meta] = await Promise.all([readEvents(), metaItem.getValue()]);
  const since = noContactSince(events, meta?.installDay ?? TODAY);
  return { days: currentStreak(events, now, TZ, since).days, best: bestStreak(events, now, TZ, since).days };
}

const synced = async () => JSON.stringify(await fakeBrowser.storage.sync.get(null));

describe('one record across her browsers', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    for (const name of Object.keys(locals)) delete locals[name];
    await on('laptop', () => install(T0));
    await on('phone', () => install(T0 + 60_000));
  });

  it('carries "No contact since" to the other browser, and a contact back, and never the journal', async () => {
    await on('laptop', async () => {
      await recordStart(addDays(TODAY, -10), T0 + 120_000);
      await addJournalEntry('The message I did not send', T0 + 130_000);
      expect(await syncNow(T0 + 140_000, TZ)).toBe('ok');
    });
    expect(await synced()).not.toContain('The message I did not send');
    await on('phone', async () => {
      expect(await syncNow(T0 + 200_000, TZ)).toBe('ok');
      expect(await streak(T0 + 200_000)).toEqual({ days: 10, best: 10 });
      await recordNow((at) => ({ type: 'contact', at }), T0 + DAY);
      await syncNow(T0 + DAY, TZ);
    });
    await on('laptop', async () => {
      await syncNow(T0 + DAY + 1000, TZ);
      expect(await streak(T0 + DAY + 1000)).toEqual({ days: 0, best: 11 });
    });
  });

  it('counts the urges of each browser once, on both', async () => {
    for (const [name, at] of [
      ['laptop', T0 + 1000],
      ['laptop', T0 + 2000],
      ['phone', T0 + 3000],
    ] as const) {
      await on(name, async () => {
        await syncNow(at, TZ);
        await recordNow((stamp) => ({ type: 'urge', at: stamp, visit: `v${at}` }), at);
        await syncNow(at + 1, TZ);
      });
    }
    for (const name of ['laptop', 'phone'] as const) {
      await on(name, async () => {
        await syncNow(T0 + 5000, TZ);
        expect(urgesByDay(await readEvents(), TZ).get(TODAY)?.resisted).toBe(3);
      });
    }
  });

  it('keeps a deletion deleted on the other browser, and against an old export', async () => {
    const file = await on('laptop', async () => {
      await recordNow((at) => ({ type: 'contact', at }), T0 + 1000);
      await syncNow(T0 + 2000, TZ);
      return JSON.stringify(await exportData(T0 + 2000));
    });
    await on('phone', async () => {
      await syncNow(T0 + 3000, TZ);
      const contact = (await readEvents()).find((e) => e.type === 'contact');
      if (!contact) throw new Error('the contact did not arrive');
      await deleteEvent(contact.id, T0 + 4000);
      await syncNow(T0 + 5000, TZ);
    });
    await on('laptop', async () => {
      await syncNow(T0 + 6000, TZ);
      expect((await readEvents()).some((e) => e.type === 'contact')).toBe(false);
      const parsed = parseImport(file);
      if (!parsed.ok) throw new Error('export unreadable');
      await importData(parsed.file, T0 + 7000);
      expect((await readEvents()).some((e) => e.type === 'contact')).toBe(false);
    });
  });

  it('keeps the merged record here when sync is turned off', async () => {
    await on('laptop', async () => {
      await recordStart(addDays(TODAY, -5), T0 + 1000);
      await syncNow(T0 + 2000, TZ);
    });
    await on('phone', async () => {
      await syncNow(T0 + 3000, TZ);
      await setSyncEnabled(false, T0 + 4000, TZ);
      await fakeBrowser.storage.sync.clear();
      expect(await syncNow(T0 + 5000, TZ)).toBe('off');
      expect((await streak(T0 + 5000)).days).toBe(5);
    });
  });

  it.each([
    ['from a newer version', { [RECORD_META_KEY]: { v: 9, n: 1, h: '00000000' } }, 'newer'],
    ['with a slice missing', { [RECORD_META_KEY]: { v: 1, n: 3, h: '00000000' } }, 'unreadable'],
    ['with slices from two writes', { [recordSliceKey(0)]: '{"e":[],"x":[]} ' }, 'unreadable'],
  ])('leaves sync data %s alone, says so, and keeps the record here', async (_, damage, problem) => {
    await on('laptop', async () => {
      await recordStart(addDays(TODAY, -5), T0 + 1000);
      await syncNow(T0 + 2000, TZ);
    });
    await fakeBrowser.storage.sync.set(damage);
    const before = await synced();
    await on('phone', async () => {
      const record = await readRecord();
      expect(await syncNow(T0 + 3000, TZ)).toBe(problem);
      expect(await readRecord()).toEqual(record);
      expect(await syncStatusItem.getValue()).toEqual({ at: T0 + 3000, problem, since: T0 + 3000 });
      // Her list still syncs beside it.
      expect(await synced()).toBe(before);
    });
  });

  it('writes over sync data that stays unreadable, and reports nothing wrong after', async () => {
    await fakeBrowser.storage.sync.set({ [RECORD_META_KEY]: { v: 1, n: 2, h: '00000000' } });
    await on('phone', async () => {
      expect(await syncNow(T0 + 1000, TZ)).toBe('unreadable');
      expect(await syncNow(T0 + 1000 + UNREADABLE_GRACE_MS, TZ)).toBe('ok');
      expect(await syncStatusItem.getValue()).toEqual({ at: T0 + 1000 + UNREADABLE_GRACE_MS });
    });
    await on('laptop', async () => {
      expect(await syncNow(T0 + 2000 + UNREADABLE_GRACE_MS, TZ)).toBe('ok');
    });
  });

  it('leaves the oldest detail out of sync when it would not fit, never the current run, and keeps it here', async () => {
    await on('laptop', async () => {
      // Years of going through to pages with long addresses, every day, stored as this browser keeps them.
      const key = (i: number) => `site:example.org/${i}/${'p'.repeat(250)}`;
      const tag = await deviceTag();
      const slips = Array.from({ length: 2998 }, (_, i) => {
        const at = T0 - (3000 - i) * DAY;
        return { id: `s${at.toString(36)}.${tag}`, type: 'slip' as const, at, key: key(i) };
      });
      await eventsItem.setValue([...(await readEvents()), ...slips]);
      await recordNow((at) => ({ type: 'contact', at }), T0 + 1000);
      await recordNow((at) => ({ type: 'slip', at, key: key(-1) }), T0 + 2000);
      expect(await syncNow(T0 + 3000, TZ)).toBe('ok');
      expect((await readEvents()).filter((e) => e.type === 'slip')).toHaveLength(2999);
    });
    await on('phone', async () => {
      await syncNow(T0 + 4000, TZ);
      const slips = (await readEvents()).filter((e) => e.type === 'slip');
      expect(slips.length).toBeGreaterThan(100);
      expect(slips.length).toBeLessThan(2999);
      // The newest ones came, the oldest did not; the contact and the slip after it did.
      expect(slips.at(-1)?.at).toBeGreaterThan(T0);
      expect(Math.min(...slips.map((s) => s.at))).toBeGreaterThan(T0 - 2999 * DAY);
      expect((await streak(T0 + 5000)).days).toBe(0);
    });
  });
});
