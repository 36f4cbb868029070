import type { Reading } from './types';

export const HOME: Reading = { kind: 'home' };
export const POST: Reading = { kind: 'post' };
export const PAGE: Reading = { kind: 'page' };
export const OTHER: Reading = { kind: 'other' };

/** A profile reading when `raw` is a valid handle; a platform page otherwise. */
export function profileReading(
  raw: string | undefined,
  canonical: (raw: string) => string | undefined,
): Reading {
  const handle = raw === undefined ? undefined : canonical(raw);
  return handle === undefined ? PAGE : { kind: 'profile', handle };
}

/** The same reading, as a conversation with that profile when it is one. */
export function asChat(reading: Reading): Reading {
  return reading.kind === 'profile' ? { ...reading, chat: true } : reading;
}

/** `@name` → `name`; anything else → `undefined`. */
export function afterAt(segment: string | undefined): string | undefined {
  return segment?.startsWith('@') ? segment.slice(1) : undefined;
}

/** Segment `i`, lower-cased, for comparing with fixed path words. */
export function word(segments: readonly string[], i: number): string | undefined {
  return segments[i]?.toLowerCase();
}
