import { browser } from 'wxt/browser';

/**
 * One stored value under a fixed key: what every page, the content script and the background need from
 * browser storage, and no more. The layout is the one @wxt-dev/storage used (the value under its key, a
 * version mark `{ v }` under `<key>$`), so what older builds stored is read as before.
 */

type Area = 'local' | 'session';

export interface StoredItem<T> {
  /** `local:people`, `session:allowances`. */
  readonly key: `${Area}:${string}`;
  readonly area: Area;
  /** The key within its area. */
  readonly name: string;
  readonly fallback: T;
  /** The stored value, or the fallback when there is none. */
  getValue(): Promise<T>;
  /** Writing null or undefined removes the value. */
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** The version mark, `{ v }`, or `{}`. */
  getMeta(): Promise<Record<string, unknown>>;
  /** Called when the stored value really changes (here or in another page); returns a way to stop. */
  watch(callback: (value: T, old: T) => void): () => void;
  /** Brings an older stored shape to the current version; runs once by itself when the item is defined. */
  migrate(): Promise<void>;
}

export interface ItemOptions<T> {
  fallback: T;
  /** The current shape's version; an item whose shape never changed is version 1 and keeps no mark. */
  version?: number;
  /** Steps from version n − 1 to n, by n (migrations.ts). */
  migrations?: Record<number, (old: unknown) => unknown>;
}

const areaOf = (area: Area) => browser.storage[area];

/** Equal as stored values (JSON-like data): a write of the same value is not a change. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => Object.hasOwn(b, k) && same((a as never)[k], (b as never)[k]))
  );
}

export function defineItem<T>(key: StoredItem<T>['key'], options: ItemOptions<T>): StoredItem<T> {
  const { fallback, version = 1, migrations } = options;
  const area = key.slice(0, key.indexOf(':')) as Area;
  const name = key.slice(area.length + 1);
  const metaKey = `${name}$`;
  // Set when nothing was stored yet: the first write records the current version with the value.
  let markOnWrite = false;

  async function migrate(): Promise<void> {
    const stored = await areaOf(area).get([name, metaKey]);
    const value = stored[name];
    const meta = stored[metaKey] as { v?: number } | null | undefined;
    markOnWrite = value == null && meta?.v == null;
    if (value == null) return;
    const from = meta?.v ?? 1;
    if (from > version) throw new Error(`Version downgrade detected (v${from} -> v${version}) for "${key}"`);
    if (from === version) return;
    let next = value;
    for (let to = from + 1; to <= version; to++) next = (await migrations?.[to]?.(next)) ?? next;
    await areaOf(area).set({ [name]: next, [metaKey]: { ...meta, v: version } });
  }

  // Every read and write waits for the migration; a failed one is reported and the value read as it is.
  const migrated = migrations
    ? migrate().catch((error) => console.error(`Migration failed for ${key}`, error))
    : Promise.resolve();

  return {
    key,
    area,
    name,
    fallback,
    async getValue() {
      await migrated;
      return ((await areaOf(area).get(name))[name] ?? fallback) as T;
    },
    async setValue(value) {
      await migrated;
      if (markOnWrite) {
        markOnWrite = false;
        await areaOf(area).set({ [metaKey]: { v: version } });
      }
      await (value == null ? areaOf(area).remove(name) : areaOf(area).set({ [name]: value }));
    },
    async removeValue() {
      await migrated;
      await areaOf(area).remove(name);
    },
    async getMeta() {
      await migrated;
      const meta = (await areaOf(area).get(metaKey))[metaKey];
      return typeof meta === 'object' && meta !== null && !Array.isArray(meta)
        ? (meta as Record<string, unknown>)
        : {};
    },
    watch(callback) {
      const listener = (
        changes: Record<string, { newValue?: unknown; oldValue?: unknown }>,
        changed: string,
      ) => {
        const change = changes[name];
        if (changed !== area || !change || same(change.newValue, change.oldValue)) return;
        callback((change.newValue ?? fallback) as T, (change.oldValue ?? fallback) as T);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    migrate,
  };
}

type Values<I extends readonly StoredItem<unknown>[]> = {
  [K in keyof I]: I[K] extends StoredItem<infer T> ? T : never;
};

/** Several items in one read per storage area: a consistent view, never half of a write. */
export async function getValues<const I extends readonly StoredItem<unknown>[]>(
  items: I,
): Promise<Values<I>> {
  const stored: Partial<Record<Area, Record<string, unknown>>> = {};
  await Promise.all(
    (['local', 'session'] as const).map(async (area) => {
      const names = items.filter((item) => item.area === area).map((item) => item.name);
      if (names.length > 0) stored[area] = await areaOf(area).get(names);
    }),
  );
  return items.map((item) => stored[item.area]?.[item.name] ?? item.fallback) as Values<I>;
}

/** Several items in one write per storage area: pages never see one written without the others. */
export async function setValues(
  entries: readonly { item: StoredItem<unknown>; value: unknown }[],
): Promise<void> {
  const writes: Partial<Record<Area, Record<string, unknown>>> = {};
  for (const { item, value } of entries) writes[item.area] = { ...writes[item.area], [item.name]: value };
  await Promise.all(Object.entries(writes).map(([area, values]) => areaOf(area as Area).set(values)));
}
