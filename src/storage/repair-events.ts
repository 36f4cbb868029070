import type { NoContactEvent } from '@/src/core';

const TYPES = new Set(['urge', 'slip', 'contact', 'start', 'gap', 'clock-back', 'milestone', 'urge-day']);

/** Keeps the well-formed events, in time order. */
export function repairEvents(value: unknown): NoContactEvent[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (e): e is NoContactEvent =>
        typeof e === 'object' &&
        e !== null &&
        TYPES.has((e as { type?: unknown }).type as string) &&
        Number.isFinite((e as { at?: unknown }).at),
    )
    .sort((a, b) => a.at - b.at);
}
