import { type NoContactEvent, tidyEvents } from '@/src/core';
import { StoredEventSchema } from './event-schema';
import { keepValid } from './repair';

/**
 * Whatever was read from storage, as a valid event list: malformed entries dropped, the rest kept (repaired
 * to their known fields), then tidied (repeated writes once, in time order, capped; see tidyEvents).
 */
export function repairEvents(value: unknown, maxEvents?: number): NoContactEvent[] {
  return tidyEvents(keepValid(StoredEventSchema, value, Number.POSITIVE_INFINITY), maxEvents);
}
