/**
 * The few checks stored values and import files need, small enough for every page and the content script to
 * carry. A shape returns a clean copy of a value (fields it does not know are left behind) or throws `Invalid`
 * naming the first wrong field, as a dot path (`people.0.profiles.2.target.handle`; '' for the value itself).
 */
export type Shape<T> = (value: unknown, path?: string) => T;

/** Thrown, never shown: the reader repairs or the import reports `path`. Not an Error: no stack to capture. */
export class Invalid {
  constructor(readonly path: string) {}
}

const fail = (path: string): never => {
  throw new Invalid(path);
};

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** The value, or `fallback` when it is not of the shape. */
export function shapeOr<T>(shape: Shape<T>, value: unknown, fallback: T): T {
  try {
    return shape(value);
  } catch {
    return fallback;
  }
}

/** A field that falls back on its own: one bad field does not cost the whole entry. */
export const orElse =
  <T>(shape: Shape<T>, fallback: T): Shape<T> =>
  (value) =>
    shapeOr(shape, value, structuredClone(fallback));

/** A string of `min` to `max` UTF-16 units, matching `pattern` if given. */
export const text =
  (max: number, min = 0, pattern?: RegExp): Shape<string> =>
  (value, path = '') =>
    typeof value === 'string' && value.length >= min && value.length <= max && (pattern?.test(value) ?? true)
      ? value
      : fail(path);

/** A number (NaN is not one) within [min, max]; `whole` also asks for an integer. */
export const num =
  (min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY, whole = false): Shape<number> =>
  (value, path = '') =>
    typeof value === 'number' && value >= min && value <= max && (!whole || Number.isInteger(value))
      ? value
      : fail(path);

/** A finite number: a time in epoch milliseconds. */
export const finite = num(-Number.MAX_VALUE, Number.MAX_VALUE);

export const bool: Shape<boolean> = (value, path = '') => (typeof value === 'boolean' ? value : fail(path));

/** One of a few exact values. */
export const oneOf =
  <const T>(values: readonly T[]): Shape<T> =>
  (value, path = '') =>
    values.includes(value as T) ? (value as T) : fail(path);

export const nullable =
  <T>(shape: Shape<T>): Shape<T | null> =>
  (value, path) =>
    value === null ? null : shape(value, path);

/** A field that may be absent; when present it must be of the shape. */
export const optional =
  <T>(shape: Shape<T>): Shape<T | undefined> =>
  (value, path) =>
    value === undefined ? undefined : shape(value, path);

/** A list of at most `max` entries, every one of the shape. */
export const list =
  <T>(item: Shape<T>, max = Number.POSITIVE_INFINITY): Shape<T[]> =>
  (value, path = '') => {
    if (!Array.isArray(value)) return fail(path);
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) out.push(item(value[i], join(path, i)));
    return out.length <= max ? out : fail(path);
  };

type Fields<T> = { [K in keyof T]-?: Shape<T[K]> };

/** An object with these fields, in this order; `strict` refuses fields it does not know instead of dropping them. */
export const fields =
  <T>(entries: Fields<T>, strict = false): Shape<T> =>
  (value, path = '') => {
    if (typeof value !== 'object' || value === null) return fail(path);
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key in entries) {
      const field = entries[key](input[key], join(path, key));
      if (field !== undefined) out[key] = field;
    }
    if (strict) for (const key in input) if (!Object.hasOwn(entries, key)) fail(join(path, key));
    return out as T;
  };

/** An object whose `key` field says which shape it has. */
export const variant =
  <T>(key: string, options: Record<string, Shape<T>>): Shape<T> =>
  (value, path = '') => {
    if (typeof value !== 'object' || value === null) return fail(path);
    const tag = (value as Record<string, unknown>)[key];
    return typeof tag === 'string' && Object.hasOwn(options, tag)
      ? (options[tag] as Shape<T>)(value, path)
      : fail(join(path, key));
  };

/** Keys that would reach an object's prototype if copied onto it. */
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** Any fields, copied (a pending change's payload); the unsafe keys are left behind. */
export const record: Shape<Record<string, unknown>> = (value, path = '') => {
  if (typeof value !== 'object' || value === null) return fail(path);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (!UNSAFE_KEYS.has(key)) out[key] = field;
  return out;
};
