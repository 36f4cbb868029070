import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem, getValues, setValues } from './item';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('defineItem', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the fallback until something is stored, and removes the value on null', async () => {
    const item = defineItem<number | null>('local:count', { fallback: null });
    expect(await item.getValue()).toBeNull();
    await item.setValue(3);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ count: 3 });
    expect(await item.getValue()).toBe(3);
    await item.setValue(null);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keeps session items in session storage', async () => {
    const item = defineItem<Record<string, number>>('session:tabs', { fallback: {} });
    await item.setValue({ a: 1 });
    expect(await fakeBrowser.storage.session.get('tabs')).toEqual({ tabs: { a: 1 } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await item.removeValue();
    expect(await item.getValue()).toEqual({});
  });

  it('tells watchers about real changes only, with the fallback for a removed value', async () => {
    const item = defineItem<{ n: number }[]>('local:list', { fallback: [] });
    const other = defineItem<number>('session:list', { fallback: 0 });
    const seen = vi.fn();
    const stop = item.watch(seen);
    await item.setValue([{ n: 1 }]);
    await item.setValue([{ n: 1 }]);
    await other.setValue(5);
    await item.removeValue();
    await flush();
    expect(seen.mock.calls).toEqual([
      [[{ n: 1 }], []],
      [[], [{ n: 1 }]],
    ]);
    stop();
    await item.setValue([{ n: 2 }]);
    await flush();
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('reads and writes several items at once', async () => {
    const a = defineItem<string>('local:a', { fallback: 'none' });
    const b = defineItem<number>('session:b', { fallback: 0 });
    const c = defineItem<boolean>('local:c', { fallback: false });
    await setValues([
      { item: a, value: 'x' },
      { item: b, value: 2 },
    ]);
    expect(await getValues([a, b, c] as const)).toEqual(['x', 2, false]);
  });

  it('marks a new item with its version on the first write, and migrates an older value once', async () => {
    const migrations = { 2: (old: unknown) => (old as number[]).map((n) => n * 10) };
    const fresh = defineItem<number[]>('local:nums', { fallback: [], version: 2, migrations });
    await fresh.setValue([1]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ nums: [1], nums$: { v: 2 } });

    await fakeBrowser.storage.local.set({ nums: [1, 2], nums$: { v: 1 } });
    await fresh.migrate();
    await fresh.migrate();
    expect(await fresh.getValue()).toEqual([10, 20]);
    expect(await fresh.getMeta()).toEqual({ v: 2 });
  });

  it('refuses to migrate a value from a newer version, and reads it as it is', async () => {
    await fakeBrowser.storage.local.set({ nums: [7], nums$: { v: 3 } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const item = defineItem<number[]>('local:nums', { fallback: [], version: 2, migrations: {} });
    expect(await item.getValue()).toEqual([7]);
    expect(error).toHaveBeenCalledOnce();
    await expect(item.migrate()).rejects.toThrow('Version downgrade');
    error.mockRestore();
  });
});
