import { type NoContactEvent, sanitizeEvents } from '@/src/core';

/** Keeps the well-formed events, in time order (see sanitizeEvents). */
export function repairEvents(value: unknown): NoContactEvent[] {
  return sanitizeEvents(value);
}
