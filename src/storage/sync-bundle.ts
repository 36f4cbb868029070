import { targetKey } from '@/src/core';
import type { Person, Plan, Settings } from './schemas';

/**
 * What travels through the browser's sync storage, and how it fits: people, plan and settings (never the
 * journal) as one JSON text, cut into items under the 8 KB per-item quota and kept well under the 100 KB
 * total; her record travels beside it (sync-record.ts). Pure: sync.ts does the reading and writing.
 *
 * Keys: `nc.meta` = { v, n, at } and `nc.0` … `nc.<n-1>`, each a slice of the JSON text.
 */

export interface SyncBundle {
  people: Person[];
  plan: Partial<Plan>;
  settings: Partial<Settings>;
  /** Profiles removed on some device, by target key, with when: so a merge does not bring them back. */
  removed: Record<string, number>;
}

export interface SyncMeta {
  v: 1;
  n: number;
  at: number;
}

export const META_KEY = 'nc.meta';
export const chunkKey = (i: number) => `nc.${i}`;
/** storage.sync's QUOTA_BYTES_PER_ITEM, counted as key + JSON of the value. */
export const ITEM_QUOTA = 8192;
/**
 * storage.sync's QUOTA_BYTES is 102 400; this is what No Contact uses of it, leaving room for the browser's
 * own bookkeeping. Her list comes first; her record (sync-record.ts) has the rest.
 */
export const TOTAL_BUDGET = 96_000;
/** Tombstones older than this are forgotten (a device offline longer may bring a profile back: safe side). */
export const REMOVED_TTL_MS = 180 * 24 * 3_600_000;

/** Bytes a character costs inside a JSON string literal, in UTF-8. */
function cost(code: number): number {
  if (code === 0x22 || code === 0x5c) return 2;
  if (code < 0x20) return 6;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdfff) return 2; // each half of a pair: 4 bytes per pair
  return 3;
}

/** Cuts `text` into slices whose stored size (key + quoted JSON) stays within the per-item quota. */
export function chunkText(text: string, maxKeyLength = 8): string[] {
  const budget = ITEM_QUOTA - maxKeyLength - 2 - 64;
  const chunks: string[] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    const c = cost(text.charCodeAt(i));
    if (used + c > budget) {
      // Never split a surrogate pair.
      const code = text.charCodeAt(i);
      const cut = code >= 0xdc00 && code <= 0xdfff ? i - 1 : i;
      chunks.push(text.slice(start, cut));
      start = cut;
      used = 0;
      for (let j = cut; j <= i; j++) used += cost(text.charCodeAt(j));
      continue;
    }
    used += c;
  }
  chunks.push(text.slice(start));
  return chunks;
}

/** Bytes items take in sync storage, as the quota counts them (key + JSON of the value). */
export function storedBytes(
  items: Record<string, unknown>,
  which: (key: string) => boolean = () => true,
): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const [key, value] of Object.entries(items)) {
    if (which(key)) bytes += key.length + encoder.encode(JSON.stringify(value)).length;
  }
  return bytes;
}

export const isBundleKey = (key: string) => key === META_KEY || /^nc\.\d+$/.test(key);

export type Encoded =
  | { ok: true; items: Record<string, unknown>; meta: SyncMeta; bytes: number }
  | { ok: false; reason: 'too-big' };

export function encodeBundle(bundle: SyncBundle, at: number): Encoded {
  const text = JSON.stringify(bundle);
  const chunks = chunkText(text);
  const items: Record<string, unknown> = {};
  chunks.forEach((chunk, i) => {
    items[chunkKey(i)] = chunk;
  });
  const meta: SyncMeta = { v: 1, n: chunks.length, at };
  items[META_KEY] = meta;
  const bytes = storedBytes(items);
  return bytes > TOTAL_BUDGET ? { ok: false, reason: 'too-big' } : { ok: true, items, meta, bytes };
}

export type DecodedBundle =
  | { kind: 'absent' }
  | { kind: 'ok'; bundle: SyncBundle; meta: SyncMeta; bytes: number }
  /** Written by a newer version: left for it to read (and not written over). */
  | { kind: 'newer'; bytes: number }
  /** Half-written (another device mid-write) or not a bundle. */
  | { kind: 'unreadable' };

/** Reads a bundle back, or says why it cannot. */
export function decodeBundle(items: Record<string, unknown>): DecodedBundle {
  const meta = items[META_KEY] as Partial<SyncMeta> | undefined;
  if (meta === undefined)
    return Object.keys(items).some(isBundleKey) ? { kind: 'unreadable' } : { kind: 'absent' };
  if (typeof meta?.v === 'number' && meta.v > 1)
    return { kind: 'newer', bytes: storedBytes(items, isBundleKey) };
  if (meta?.v !== 1 || !Number.isInteger(meta.n) || typeof meta.at !== 'number')
    return { kind: 'unreadable' };
  let text = '';
  for (let i = 0; i < (meta.n as number); i++) {
    const chunk = items[chunkKey(i)];
    if (typeof chunk !== 'string') return { kind: 'unreadable' };
    text += chunk;
  }
  try {
    const bundle = JSON.parse(text) as SyncBundle;
    if (!Array.isArray(bundle.people) || typeof bundle.removed !== 'object') return { kind: 'unreadable' };
    return { kind: 'ok', bundle, meta: meta as SyncMeta, bytes: storedBytes(items, isBundleKey) };
  } catch {
    return { kind: 'unreadable' };
  }
}

function mergeRemoved(
  a: Record<string, number>,
  b: Record<string, number>,
  now: number,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, at] of [...Object.entries(a), ...Object.entries(b)]) {
    if (now - at > REMOVED_TTL_MS) continue;
    out[key] = Math.max(out[key] ?? 0, at);
  }
  return out;
}

/**
 * Merges two devices' bundles without losing a profile: `newer` wins for names, pauses, plan and settings;
 * every profile either side has is kept, unless some device removed it after it was added.
 */
export function mergeBundles(newer: SyncBundle, older: SyncBundle, now: number): SyncBundle {
  const removed = mergeRemoved(newer.removed, older.removed, now);
  const alive = (p: { target: Person['profiles'][number]['target']; addedAt: number }) =>
    !(removed[targetKey(p.target)] !== undefined && (removed[targetKey(p.target)] as number) >= p.addedAt);
  const people: Person[] = newer.people.map((person) => ({
    ...person,
    profiles: person.profiles.filter(alive),
  }));
  const keys = new Set(people.flatMap((p) => p.profiles.map((pr) => targetKey(pr.target))));
  for (const person of older.people) {
    const missing = person.profiles.filter((pr) => alive(pr) && !keys.has(targetKey(pr.target)));
    if (missing.length === 0) continue;
    let home = people.find((p) => p.id === person.id);
    if (!home) {
      home = { ...person, profiles: [] };
      people.push(home);
    }
    for (const profile of missing) {
      home.profiles.push(profile);
      keys.add(targetKey(profile.target));
    }
  }
  return { people, plan: newer.plan, settings: newer.settings, removed };
}
