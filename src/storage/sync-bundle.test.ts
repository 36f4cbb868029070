import { describe, expect, it } from 'vitest';
import type { Person } from './schemas';
import {
  chunkText,
  decodeBundle,
  encodeBundle,
  ITEM_QUOTA,
  mergeBundles,
  type SyncBundle,
} from './sync-bundle';

const profile = (handle: string, addedAt = 0) => ({
  id: handle,
  target: { kind: 'profile', platform: 'instagram', handle } as const,
  input: '',
  addedAt,
  paused: false,
});
const person = (id: string, handles: string[]): Person => ({
  id,
  name: id,
  paused: false,
  names: [],
  hideFromFeeds: true,
  profiles: handles.map((h) => profile(h)),
});
const bundle = (people: Person[], extra: Partial<SyncBundle> = {}): SyncBundle => ({
  people,
  plan: {},
  settings: {},
  removed: {},
  ...extra,
});
const stored = (k: string, v: unknown) => k.length + new TextEncoder().encode(JSON.stringify(v)).length;

describe('sync bundle', () => {
  it('cuts long text into items within the per-item quota, whatever the characters', () => {
    const text = `${'a"\\\n'.repeat(3000)}${'é'.repeat(5000)}${'😀'.repeat(3000)}`;
    const chunks = chunkText(text);
    expect(chunks.join('')).toBe(text);
    for (const [i, c] of chunks.entries()) expect(stored(`nc.${i}`, c)).toBeLessThanOrEqual(ITEM_QUOTA);
  });

  it('round-trips a list of people through items', () => {
    const b = bundle(
      [
        person(
          'sam',
          Array.from({ length: 300 }, (_, i) => `handle${i}`),
        ),
      ],
      { plan: { text: 'ü\n' } },
    );
    const encoded = encodeBundle(b, 7);
    if (!encoded.ok) throw new Error('too big');
    expect(Object.keys(encoded.items).length).toBeGreaterThan(2);
    expect(decodeBundle(encoded.items)).toEqual({
      kind: 'ok',
      bundle: b,
      meta: encoded.meta,
      bytes: encoded.bytes,
    });
  });

  it('refuses what cannot fit in the total quota', () => {
    const b = bundle([
      person(
        'sam',
        Array.from({ length: 2000 }, (_, i) => `handle${i}`),
      ),
    ]);
    expect(encodeBundle(b, 1)).toEqual({ ok: false, reason: 'too-big' });
  });

  it('ignores a half-written bundle', () => {
    const encoded = encodeBundle(bundle([person('sam', ['a'])]), 1);
    if (!encoded.ok) throw new Error('too big');
    expect(decodeBundle({ ...encoded.items, 'nc.meta': { v: 1, n: 2, at: 2 } })).toEqual({
      kind: 'unreadable',
    });
    expect(decodeBundle({ 'nc.0': 'x' })).toEqual({ kind: 'unreadable' });
    expect(decodeBundle({})).toEqual({ kind: 'absent' });
    expect(decodeBundle({ ...encoded.items, 'nc.meta': { ...encoded.meta, v: 2 } })).toMatchObject({
      kind: 'newer',
    });
  });

  it('merges without losing a profile either side added', () => {
    const newer = bundle([person('sam', ['a', 'b'])], { plan: { goalDays: 30 } });
    const older = bundle([person('sam', ['a', 'c']), person('jo', ['d'])], { plan: { goalDays: 14 } });
    const merged = mergeBundles(newer, older, 100);
    expect(merged.people.map((p) => [p.id, p.profiles.map((pr) => pr.id)])).toEqual([
      ['sam', ['a', 'b', 'c']],
      ['jo', ['d']],
    ]);
    expect(merged.plan).toEqual({ goalDays: 30 });
  });

  it('lets a removal on one device win over the old copy on another, but not over a later re-add', () => {
    const newer = bundle([person('sam', ['b'])], { removed: { 'instagram:a': 50 } });
    const older = bundle([{ ...person('sam', []), profiles: [profile('a', 10), profile('c', 60)] }], {
      removed: { 'instagram:c': 40 },
    });
    const merged = mergeBundles(newer, older, 100);
    expect(merged.people[0]?.profiles.map((p) => p.id)).toEqual(['b', 'c']);
    expect(merged.removed).toEqual({ 'instagram:a': 50, 'instagram:c': 40 });
  });
});
