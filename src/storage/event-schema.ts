import * as v from 'valibot';
import { EVENT_ID, type EventId, isLocalDay, type NoContactEvent } from '@/src/core';
import type { Expect, SameAs } from './schemas';

/**
 * One stored event, checked on read: an entry that cannot be an event is dropped, a malformed optional field
 * loses the field, not the event, and fields it does not know are left behind.
 */

/** 1970-01-01 to the end of 9999: instants whose local day is a valid `YYYY-MM-DD`. */
const LATEST_MILLIS = Date.UTC(9999, 11, 30);

export const MillisSchema = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(LATEST_MILLIS));
export const DaySchema = v.pipe(v.string(), v.check<string>(isLocalDay));
const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(1));
export const MomentSchema = v.picklist(['search', 'contact']);

/** Present and wrong: read as absent. */
const dropIfWrong = <S extends v.GenericSchema>(schema: S) =>
  v.optional(
    v.union([
      schema,
      v.pipe(
        v.unknown(),
        v.transform(() => undefined),
      ),
    ]),
  );

const NonEmptySchema = v.pipe(v.string(), v.minLength(1));

/** The fields that fell back to undefined are left out, so the entry reads as if they had never been there. */
function withoutUndefined<T extends object>(value: T): T {
  const out = {} as T;
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key as keyof T] = field;
  return out;
}

/** An id as core makes them; one that is not is left out, and the event gets its id as an old event would. */
const idField = { id: dropIfWrong(v.pipe(v.string(), v.maxLength(64), v.regex(EVENT_ID))) };

/** A day's counts: whole numbers, zero or more; a long tally still fits a few decades. */
const CountsSchema = v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(40_000));

const visitFields = {
  ...idField,
  at: MillisSchema,
  key: dropIfWrong(NonEmptySchema),
  visit: dropIfWrong(NonEmptySchema),
  moment: dropIfWrong(MomentSchema),
};

export const StoredEventSchema = v.variant('type', [
  v.pipe(v.object({ type: v.literal('urge'), ...visitFields }), v.transform(withoutUndefined)),
  v.pipe(v.object({ type: v.literal('slip'), ...visitFields }), v.transform(withoutUndefined)),
  v.pipe(
    v.object({ type: v.literal('contact'), ...idField, at: MillisSchema }),
    v.transform(withoutUndefined),
  ),
  v.pipe(
    v.object({
      type: v.literal('start'),
      ...idField,
      at: MillisSchema,
      since: DaySchema,
      install: dropIfWrong(v.literal(true)),
    }),
    v.transform(withoutUndefined),
  ),
  v.pipe(
    v.object({ type: v.literal('gap'), ...idField, at: MillisSchema, from: MillisSchema, to: MillisSchema }),
    v.check((gap) => gap.from <= gap.to),
    v.transform(withoutUndefined),
  ),
  v.pipe(
    v.object({ type: v.literal('clock-back'), ...idField, at: MillisSchema, from: MillisSchema }),
    v.transform(withoutUndefined),
  ),
  v.pipe(
    v.object({
      type: v.literal('milestone'),
      ...idField,
      at: MillisSchema,
      days: CountSchema,
      streakStart: MillisSchema,
    }),
    v.transform(withoutUndefined),
  ),
  v.pipe(
    v.object({
      type: v.literal('urge-day'),
      ...idField,
      at: MillisSchema,
      day: DaySchema,
      count: CountSchema,
      moment: dropIfWrong(MomentSchema),
    }),
    v.transform(withoutUndefined),
  ),
  v.pipe(
    v.object({
      type: v.literal('folded-day'),
      ...idField,
      at: MillisSchema,
      day: DaySchema,
      count: CountSchema,
    }),
    v.transform(withoutUndefined),
  ),
  v.pipe(
    v.object({
      type: v.literal('urge-tally'),
      ...idField,
      at: MillisSchema,
      from: DaySchema,
      counts: CountsSchema,
      search: dropIfWrong(CountsSchema),
      contact: dropIfWrong(CountsSchema),
    }),
    v.transform(withoutUndefined),
  ),
]);

/** The schema gives exactly core's events (a new kind of event or field is added to both). */
export type StoredEventIsEvent = Expect<
  SameAs<v.InferOutput<typeof StoredEventSchema>, NoContactEvent & { id?: EventId }>
>;
